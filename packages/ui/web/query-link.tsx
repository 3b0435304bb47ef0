import type { AnchorHTMLAttributes } from 'react';
import { useRouter } from './router.js';

/** `/path?name=value` under the portal's base (routes match the path only; the query carries the id). */
function withQuery(base: string, to: string, query: Record<string, string>): string {
  return `${base.replace(/\/$/, '')}${to}?${new URLSearchParams(query).toString()}`;
}

/**
 * A link to a route with query parameters (a detail page: `/edizione?id=…`). A plain click navigates
 * client-side and keeps the query in the address (reload, back and new tab work).
 */
export function QueryLink({
  to,
  query,
  ...props
}: { to: string; query: Record<string, string> } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { base, navigate } = useRouter();
  const href = withQuery(base, to, query);
  return (
    <a
      href={href}
      {...props}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
        window.history.replaceState(null, '', href);
      }}
    />
  );
}

/** A query parameter of the current address (re-read on every navigation). */
export function useQueryParam(name: string): string | null {
  useRouter();
  return new URLSearchParams(window.location.search).get(name);
}
