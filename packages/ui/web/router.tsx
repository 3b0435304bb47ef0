import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';

/**
 * A minimal client-side router for one portal under its base path (`/staff/`): paths are relative
 * to the base (`/`, `/beneficiari`), the gateway serves index.html for any of them.
 */
interface RouterValue {
  base: string;
  path: string;
  /** How many client-side navigations happened (0 on first load). */
  navigations: number;
  navigate(path: string): void;
}
const RouterContext = createContext<RouterValue | null>(null);

export function stripBase(pathname: string, base: string): string {
  const trimmed = base.replace(/\/$/, '');
  const rest = pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) : pathname;
  return rest === '' ? '/' : rest;
}

export function RouterProvider({ base, children }: { base: string; children: ReactNode }) {
  const [path, setPath] = useState(() => stripBase(window.location.pathname, base));
  const [navigations, setNavigations] = useState(0);
  useEffect(() => {
    const onPop = () => {
      setPath(stripBase(window.location.pathname, base));
      setNavigations((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [base]);
  const navigate = useCallback(
    (to: string) => {
      window.history.pushState(null, '', `${base.replace(/\/$/, '')}${to}`);
      setPath(to);
      setNavigations((n) => n + 1);
    },
    [base],
  );
  const value = useMemo(() => ({ base, path, navigations, navigate }), [base, path, navigations, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter outside <RouterProvider>');
  return value;
}

/** An ordinary link (works without JavaScript, opens in a new tab) that navigates client-side on a plain click. */
export function Link({ to, ...props }: { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { base, navigate } = useRouter();
  return (
    <a
      href={`${base.replace(/\/$/, '')}${to}`}
      {...props}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    />
  );
}

export interface Route {
  path: string;
  render: () => ReactNode;
}

/** Renders the route whose path matches exactly, else `fallback`. */
export function Routes({ routes, fallback }: { routes: Route[]; fallback: ReactNode }) {
  const { path } = useRouter();
  const route = routes.find((r) => r.path === path);
  return <>{route ? route.render() : fallback}</>;
}
