import { ApolloProvider } from '@apollo/client/react';
import {
  I18nProvider,
  PortalLayout,
  RouterProvider,
  Routes,
  Link,
  PageTitle,
  stripBase,
  useI18n,
  useRouter,
  type Catalog,
  type Route,
} from '@ixl/ui';
import { preloadPage } from './lazy-page.js';
import { startTransition, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { LoginPage } from './auth/login-page.js';
import { FORGOT_PASSWORD_PATH, ForgotPasswordPage, NEW_PASSWORD_PATH, NewPasswordPage } from './auth/password-pages.js';
import { createPortalClient, type PortalClient } from './client.js';
import { takeEarlyQuery } from './early-query.js';
import { LiveClientContext } from './live-connection.js';
import { createSessionStore, type Role, type Session, type SessionStore } from './session.js';
import {
  cookieRefreshApi,
  cookieSessionApi,
  shareSessionAcrossTabs,
  takeEarlySessionRenewal,
  type SharedSession,
} from './shared-session.js';

/**
 * Sessions used to be kept per tab in sessionStorage (tokens included): whatever an older version left there goes.
 * Well after the page has started: the first touch of sessionStorage opens it, which took 70–130 ms of the main
 * thread in Chromium (the slowest single step of a portal's start, seen in a CPU profile).
 */
function forgetTabStorage(path: string): void {
  const forget = () => {
    try {
      sessionStorage.removeItem(`ixl.session.${path}`);
    } catch {
      // storage unavailable: nothing kept there either
    }
  };
  // Ten seconds after the start, then when idle: at the first idle moment it still fell inside the start on a slow
  // phone (Lighthouse counted it as a long task of the load).
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(forget, { timeout: 10_000 }) : forget());
  setTimeout(idle, 10_000);
}
import { SessionContext } from './use-session.js';
import '@ixl/ui/theme.css';

export interface PortalRoute extends Route {
  /** Message key of the navigation label; routes without one are not in the menu. */
  navLabel?: string;
  /** Roles whose menu shows the route (all of the portal's when absent); the API still decides access. */
  navRoles?: readonly Role[];
}

export interface PortalDefinition {
  /** The path the gateway serves it under, e.g. `staff` (also the session's storage key). */
  path: string;
  /** Message key of the portal's name. */
  titleKey: string;
  /** Roles that may sign in here. */
  roles: readonly Role[];
  messages: Catalog;
  routes: PortalRoute[];
  /** The demo login shown under the sign-in form (demo data only). */
  demoEmail?: string;
  /** Pages open without signing in (e.g. a registration form); they get the session store to sign in. */
  publicRoutes?: { path: string; render: (session: SessionStore) => ReactNode }[];
  /** Shown under the sign-in form (e.g. a link to a public registration page). */
  signInFooter?: () => ReactNode;
}

/** Pages every portal has, signed in or not: "Password dimenticata?" and the page of a password link. */
const PASSWORD_ROUTES = [
  { path: FORGOT_PASSWORD_PATH, render: () => <ForgotPasswordPage /> },
  { path: NEW_PASSWORD_PATH, render: () => <NewPasswordPage /> },
];

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Link to="/">{t('notFound.back')}</Link>
    </>
  );
}

/** A session this tab keeps alone (tests, embedded use): signing in only sets it. */
function notShared(session: SessionStore): SharedSession {
  return {
    restoring: () => false,
    restored: () => Promise.resolve(),
    signIn: async (s) => session.set(s),
    signOut: async () => session.clear('user'),
    subscribe: () => () => undefined,
    stop: () => undefined,
  };
}

function Shell({
  portal,
  session,
  shared,
  children,
}: {
  portal: PortalDefinition;
  session: SessionStore;
  shared: SharedSession;
  children: (current: Session) => ReactNode;
}) {
  const { t } = useI18n();
  const { path } = useRouter();
  const current = useStoreInTransition(session.subscribe, session.get);
  // A new tab asks the session cookie first: "loading" meanwhile, not a sign-in form that would vanish.
  const restoring = useStoreInTransition(shared.subscribe, shared.restoring);
  // Signing in or out replaces the page: the keyboard focus goes to its heading, not to <body>. Not when a new
  // tab finds its session (restored on load: the page was never replaced), nor when the token is only renewed.
  const signedInAs = current?.user.id ?? null;
  const previous = useRef(signedInAs);
  useEffect(() => {
    if (previous.current === signedInAs) return;
    previous.current = signedInAs;
    if (restoring) return;
    return focusHeadingWhenShown();
  }, [signedInAs, restoring]);
  const nav = current
    ? portal.routes
        .filter((r) => r.navLabel && (!r.navRoles || r.navRoles.includes(current.user.role)))
        .map((r) => ({ path: r.path, label: t(r.navLabel ?? '') }))
    : [];
  return (
    <PortalLayout title={t(portal.titleKey)} user={current?.user.displayName} onLogout={current ? shared.signOut : undefined} nav={nav}>
      {/* Pages load on demand (lazyPage): the first visit to one shows this while its code arrives. */}
      <Suspense
        fallback={
          <p role="status" className="ixl-muted">
            {t('status.loading')}
          </p>
        }
      >
        {current ? (
          children(current)
        ) : restoring ? (
          <p role="status" className="ixl-muted">
            {t('status.loading')}
          </p>
        ) : (
          ([...(portal.publicRoutes ?? []), ...PASSWORD_ROUTES].find((r) => r.path === path)?.render(session) ?? (
            <>
              <LoginPage
                session={session}
                signIn={shared.signIn}
                roles={portal.roles}
                {...(portal.demoEmail ? { demoEmail: portal.demoEmail } : {})}
              />
              {portal.signInFooter?.()}
            </>
          ))
        )}
      </Suspense>
    </PortalLayout>
  );
}

/**
 * The value of an external store, re-rendered as a transition when it changes: the whole portal re-renders when the
 * session is restored or ends, and as a transition React does it in slices of a few ms instead of one long task (with
 * `useSyncExternalStore`, always synchronous, the restored session's render was a 80–250 ms task on start).
 */
function useStoreInTransition<T>(subscribe: (listener: () => void) => () => void, get: () => T): T {
  const [value, setValue] = useState(get);
  useEffect(() => {
    const update = () => startTransition(() => setValue(() => get()));
    update(); // it may have changed between the render and this effect
    return subscribe(update);
  }, [subscribe, get]);
  return value;
}

/**
 * Focuses the page's heading (`#main h1`) now, or as soon as it can take the focus: a page loaded on demand
 * (lazyPage) shows "Caricamento…" first, and React reveals it only once its code has arrived. Tries every 50 ms
 * for up to 10 s; returns the clean-up.
 */
function focusHeadingWhenShown(): () => void {
  const focused = () => {
    const heading = document.querySelector<HTMLElement>('#main h1');
    heading?.focus();
    return Boolean(heading) && document.activeElement === heading;
  };
  if (focused()) return () => undefined;
  const started = Date.now();
  const timer = setInterval(() => {
    if (focused() || Date.now() - started > 10_000) clearInterval(timer);
  }, 50);
  return () => clearInterval(timer);
}

/** The whole portal: i18n, router under `/<path>/`, Apollo Client, sign-in gate and layout. */
export function PortalApp({
  portal,
  client,
  session,
  shared,
}: {
  portal: PortalDefinition;
  client: PortalClient;
  session: SessionStore;
  /** The session shared by the browser's tabs (mountPortal); without it the session is this tab's alone. */
  shared?: SharedSession;
}) {
  const routes = useMemo(() => [...portal.routes, ...PASSWORD_ROUTES], [portal.routes]);
  const sharedSession = useMemo(() => shared ?? notShared(session), [shared, session]);
  return (
    <I18nProvider messages={portal.messages}>
      <RouterProvider base={`/${portal.path}/`}>
        <ApolloProvider client={client.apollo}>
          <LiveClientContext.Provider value={client.ws}>
            <Shell portal={portal} session={session} shared={sharedSession}>
              {(current) => (
                <SessionContext.Provider value={{ session: current, store: session }}>
                  <Routes routes={routes} fallback={<NotFound />} />
                </SessionContext.Provider>
              )}
            </Shell>
          </LiveClientContext.Provider>
        </ApolloProvider>
      </RouterProvider>
    </I18nProvider>
  );
}

/** How long the first screen waits for the session's restoration before it shows "Caricamento…". */
const RESTORE_WAIT_MS = 1_500;

/** Entry point of a portal's main.tsx: renders it into #root. */
export function mountPortal(portal: PortalDefinition, element: HTMLElement | null = document.getElementById('root')): PortalClient {
  if (!element) throw new Error('#root is missing');
  // The access token stays in this tab's memory; the session itself is the HttpOnly cookie every tab shares.
  forgetTabStorage(portal.path);
  // The page of the address opened starts downloading now, alongside the session's restoration.
  const opened = portal.routes.find((r) => r.path === stripBase(window.location.pathname, `/${portal.path}/`));
  if (opened) preloadPage(opened.render());
  const session = createSessionStore(portal.path, null);
  // The HTML started the session's renewal already (portals/vite.base.ts): its answer is taken over, not asked again.
  const cookie = cookieSessionApi(portal.path, undefined, takeEarlySessionRenewal());
  // The HTML may have sent the main page's query too, once the session was renewed: its answer serves the page's request.
  const client = createPortalClient(session, {
    sessionApi: (graphql) => cookieRefreshApi(cookie, graphql),
    earlyQuery: takeEarlyQuery(),
  });
  const shared = shareSessionAcrossTabs(session, portal.path, cookie);
  const root = createRoot(element);
  // As a transition, React renders the first screen in slices of a few milliseconds, yielding to the browser in
  // between, instead of one long task (a phone's main thread stays responsive while the portal starts).
  const render = () => startTransition(() => root.render(<PortalApp portal={portal} client={client} session={session} shared={shared} />));
  // The first screen waits for the session's restoration (started by the HTML, usually answered by the time the JS has
  // run), up to RESTORE_WAIT_MS: drawn signed in at once, with its menu, instead of "Caricamento…" then the page moved
  // down by the menu (a layout shift) and the whole portal rendered twice.
  void Promise.race([shared.restored(), new Promise((resolve) => setTimeout(resolve, RESTORE_WAIT_MS))]).then(render);
  return client;
}
