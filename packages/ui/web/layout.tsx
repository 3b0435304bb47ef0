import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LanguageSwitch, useI18n } from './i18n.js';
import { Link, useRouter } from './router.js';

export interface NavItem {
  path: string;
  label: string;
}

/** Header (portal name, user, language, sign-out), optional navigation and the main landmark. */
export function PortalLayout({
  title,
  user,
  onLogout,
  nav = [],
  children,
}: {
  title: string;
  user?: string | undefined;
  /** Signs out; while its promise is pending the button is busy (the session is being ended on the server). */
  onLogout?: (() => void | Promise<void>) | undefined;
  nav?: NavItem[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { path } = useRouter();
  const [leaving, setLeaving] = useState(false);
  const logout = () => {
    if (!onLogout || leaving) return;
    setLeaving(true);
    void Promise.resolve(onLogout()).finally(() => setLeaving(false));
  };
  return (
    <>
      <a className="ixl-skip" href="#main">
        {t('skip.toContent')}
      </a>
      <header className="ixl-header">
        <div className="ixl-header__bar">
          <Link className="ixl-header__title" to="/">
            {title}
          </Link>
          {user ? <span className="ixl-header__user">{t('auth.signedInAs', { name: user })}</span> : null}
          <LanguageSwitch />
          {onLogout ? (
            <button type="button" className="ixl-link" onClick={logout} disabled={leaving} aria-busy={leaving || undefined}>
              {t('auth.logout')}
            </button>
          ) : null}
        </div>
      </header>
      {nav.length ? (
        <nav className="ixl-nav" aria-label={t('nav.label')}>
          <ul>
            {nav.map((item) => (
              <li key={item.path}>
                <Link to={item.path} aria-current={item.path === path ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {/* A new main once signed in: the header grows (name, "Esci", the menu), and the "Caricamento…" drawn while the
          session was restored is replaced by the page below it, not moved down with it (a layout shift, issue 25). */}
      <main key={user ? 'user' : 'none'} id="main" className="ixl-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/**
 * The page's h1. It takes focus when the page changes (not on first load), so keyboard and
 * screen-reader users land on the new content.
 */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { navigations } = useRouter();
  useEffect(() => {
    if (navigations > 0) ref.current?.focus();
  }, [navigations]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** A definition list of label/value rows (stacked on a phone). */
export function Details({ rows }: { rows: [label: string, value: ReactNode][] }) {
  return (
    <dl className="ixl-dl">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
