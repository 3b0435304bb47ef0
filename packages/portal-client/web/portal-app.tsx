import {
  Alert,
  Button,
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
import { lazyPage, preloadPage } from './lazy-page.js';
import { Component, startTransition, Suspense, use, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { LoginPage } from './auth/login-page.js';
import { FORGOT_PASSWORD_PATH, NEW_PASSWORD_PATH } from './auth/paths.js';
import type { PortalClient } from './client.js';
import { apolloContext } from './apollo-context.js';
import { LazyApolloContext, lazyApollo, readyApollo, retryFailedLoads, setActiveApollo, type LazyApollo } from './apollo-loader.js';
import { discardEarlyData, holdEarlyData } from './early-data.js';
import { takeEarlyQuery, type EarlyQuery } from './early-query.js';
import { LiveClientContext } from './live-connection.js';
import { createSessionStore, type Role, type Session, type SessionStore } from './session.js';
import {
  cookieRefreshApi,
  cookieSessionApi,
  type CookieSessionApi,
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
  /**
   * Drawn before the portal's Apollo Client has loaded (the main page: its data comes from the HTML's early query,
   * early-data.ts, and whatever in it needs Apollo Client is a lazy part). Every other route waits for the client.
   */
  firstScreen?: boolean;
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

const ForgotPasswordPage = lazyPage(
  () => import('./auth/password-pages.js'),
  (m) => m.ForgotPasswordPage,
);
const NewPasswordPage = lazyPage(
  () => import('./auth/password-pages.js'),
  (m) => m.NewPasswordPage,
);

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

/** Its children once the portal's Apollo Client has loaded ("Caricamento…" meanwhile, from the Suspense boundary). */
function NeedsApollo({ apollo, skip, children }: { apollo: LazyApollo; skip: boolean; children: ReactNode }) {
  if (!skip && !apollo.current()) use(apollo.load());
  return <>{children}</>;
}

/**
 * Loads the portal's Apollo Client when the browser is first idle after the page has been drawn; a failed load is
 * shown (LoadFailed, whose "Riprova" draws this again: loaded again).
 */
function LoadApolloAfterPaint({ apollo }: { apollo: LazyApollo }) {
  const [failed, setFailed] = useState<unknown>(null);
  if (failed) throw failed;
  useEffect(() => {
    if (apollo.current()) return undefined;
    const load = () => void apollo.load().catch((err: unknown) => setFailed(() => err ?? new Error('Apollo Client did not load')));
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(load, { timeout: 1_000 });
      else load();
    }, 0);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [apollo]);
  return null;
}

/**
 * A part of the portal whose code failed to download (a lazy page, Apollo Client): an Italian error with "Riprova",
 * which tries again, never a blank page.
 */
export class LoadFailed extends Component<{ children: ReactNode; text: string; retry: string }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <Alert>{this.props.text}</Alert>
        <Button
          onClick={() => {
            retryFailedLoads();
            this.setState({ failed: false });
          }}
        >
          {this.props.retry}
        </Button>
      </>
    );
  }
}

function Shell({
  portal,
  session,
  shared,
  apollo,
  children,
}: {
  portal: PortalDefinition;
  session: SessionStore;
  shared: SharedSession;
  apollo: LazyApollo;
  children: (current: Session) => ReactNode;
}) {
  const { t } = useI18n();
  const { path } = useRouter();
  const firstScreen = portal.routes.some((r) => r.path === path && r.firstScreen);
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
      {/* Pages load on demand (lazyPage), with the portal's Apollo Client (but the first screen's): the first visit to
          one shows this while its code arrives. */}
      <LoadFailed key={path} text={t('status.loadFailed')} retry={t('status.retry')}>
        <Suspense
          fallback={
            <p role="status" className="ixl-muted">
              {t('status.loading')}
            </p>
          }
        >
          {current ? (
            <NeedsApollo apollo={apollo} skip={firstScreen}>
              {children(current)}
            </NeedsApollo>
          ) : restoring ? (
            <p role="status" className="ixl-muted">
              {t('status.loading')}
            </p>
          ) : (
            (publicPage(portal, path, session, apollo) ?? (
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
          <LoadApolloAfterPaint apollo={apollo} />
        </Suspense>
      </LoadFailed>
    </PortalLayout>
  );
}

/** The public page at `path` (open without signing in), drawn once the portal's Apollo Client has loaded. */
function publicPage(portal: PortalDefinition, path: string, session: SessionStore, apollo: LazyApollo): ReactNode {
  const route = [...(portal.publicRoutes ?? []), ...PASSWORD_ROUTES].find((r) => r.path === path);
  return route ? (
    <NeedsApollo apollo={apollo} skip={false}>
      {route.render(session)}
    </NeedsApollo>
  ) : null;
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

/**
 * The whole portal: i18n, router under `/<path>/`, Apollo Client, sign-in gate and layout. `client` may be a lazily
 * loaded one (mountPortal): the sign-in form and the first screen's page are drawn before it has loaded, the rest once
 * it has. Apollo's React context is provided from the start (empty meanwhile): nothing is re-mounted when it comes.
 */
export function PortalApp({
  portal,
  client,
  session,
  shared,
}: {
  portal: PortalDefinition;
  client: PortalClient | LazyApollo;
  session: SessionStore;
  /** The session shared by the browser's tabs (mountPortal); without it the session is this tab's alone. */
  shared?: SharedSession;
}) {
  const routes = useMemo(() => [...portal.routes, ...PASSWORD_ROUTES], [portal.routes]);
  const sharedSession = useMemo(() => shared ?? notShared(session), [shared, session]);
  const apollo = useMemo(() => ('load' in client ? client : readyApollo(client)), [client]);
  const loaded = useStoreInTransition(apollo.subscribe, apollo.current);
  const ApolloContext = apolloContext();
  const apolloValue = useMemo(() => (loaded ? { client: loaded.apollo } : {}), [loaded]);
  return (
    <I18nProvider messages={portal.messages}>
      <RouterProvider base={`/${portal.path}/`}>
        <LazyApolloContext.Provider value={apollo}>
          <ApolloContext.Provider value={apolloValue}>
            <LiveClientContext.Provider value={loaded?.ws ?? null}>
              <Shell portal={portal} session={session} shared={sharedSession} apollo={apollo}>
                {(current) => (
                  <SessionContext.Provider value={{ session: current, store: session }}>
                    <Routes routes={routes} fallback={<NotFound />} />
                  </SessionContext.Provider>
                )}
              </Shell>
            </LiveClientContext.Provider>
          </ApolloContext.Provider>
        </LazyApolloContext.Provider>
      </RouterProvider>
    </I18nProvider>
  );
}

/** How long the first screen waits for the session's restoration before it shows "Caricamento…". */
const RESTORE_WAIT_MS = 1_500;

/**
 * Entry point of a portal's main.tsx: renders it into #root. Its Apollo Client is a chunk of its own, loaded once the
 * first screen is drawn (or at once, by a page or a form that needs it); returned, to be loaded with `load()`.
 */
export function mountPortal(portal: PortalDefinition, element: HTMLElement | null = document.getElementById('root')): LazyApollo {
  if (!element) throw new Error('#root is missing');
  const root = element;
  // The access token stays in this tab's memory; the session itself is the HttpOnly cookie every tab shares.
  forgetTabStorage(portal.path);
  const session = createSessionStore(portal.path, null);
  const firstScreen = portal.routes.some((r) => r.firstScreen);
  const started = earlyScriptRan();
  let start: { cookie: CookieSessionApi; early: EarlyQuery | null } | null = null;
  const client = lazyApollo(() =>
    Promise.all([started, import('./apollo-runtime.js')]).then(([, { createPortalClient }]) => {
      const { cookie, early } = start as NonNullable<typeof start>;
      return createPortalClient(session, {
        sessionApi: (graphql) => cookieRefreshApi(cookie, graphql),
        earlyQuery: firstScreen ? null : early,
      });
    }),
  );
  setActiveApollo(client);
  void started.then(() => {
    // The HTML started the session's renewal already (portals/vite.base.ts): its answer is taken over, not asked again.
    const cookie = cookieSessionApi(portal.path, undefined, takeEarlySessionRenewal());
    // The HTML may have sent the main page's query too, once the session was renewed: a first-screen main page reads
    // its answer without Apollo Client (early-data.ts), which then gets it in its cache; otherwise Apollo Client takes
    // the answer over for its own identical request.
    const early = takeEarlyQuery();
    start = { cookie, early };
    if (firstScreen) holdEarlyData(early);
    session.subscribe(() => {
      if (!session.get()) discardEarlyData(); // an answer for the session that ended
    });
    // The page of the address opened starts downloading now (with Apollo Client, unless it is the first screen's),
    // alongside the session's restoration.
    const opened = portal.routes.find((r) => r.path === stripBase(window.location.pathname, `/${portal.path}/`));
    if (opened) preloadPage(opened.render());
    const shared = shareSessionAcrossTabs(session, portal.path, cookie);
    const reactRoot = createRoot(root);
    // As a transition, React renders the first screen in slices of a few milliseconds, yielding to the browser in
    // between, instead of one long task (a phone's main thread stays responsive while the portal starts).
    const render = () =>
      startTransition(() => reactRoot.render(<PortalApp portal={portal} client={client} session={session} shared={shared} />));
    // The first screen waits for the session's restoration (started by the HTML, usually answered by the time the JS
    // has run), up to RESTORE_WAIT_MS: drawn signed in at once, with its menu, instead of "Caricamento…" then the page
    // moved down by the menu (a layout shift) and the whole portal rendered twice.
    void Promise.race([shared.restored(), new Promise((resolve) => setTimeout(resolve, RESTORE_WAIT_MS))]).then(render);
  });
  return client;
}

/**
 * Resolves once the HTML's early script (sessionStartScript, `async`) has run: it usually runs long before the
 * portal's JS, but with both in the browser's cache the portal's modules may run first, and would then renew the
 * session themselves and find no early query (the first screen would wait for Apollo Client). At most 1 s (a script
 * that failed to load).
 */
function earlyScriptRan(): Promise<void> {
  if ((window as { __ixlSessionStart?: unknown }).__ixlSessionStart) return Promise.resolve();
  const script = document.querySelector<HTMLScriptElement>('script[src*="/assets/session-start-"]');
  if (!script) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => resolve();
    script.addEventListener('load', done, { once: true });
    script.addEventListener('error', done, { once: true });
    setTimeout(done, 1_000);
  });
}
