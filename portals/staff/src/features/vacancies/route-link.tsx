import { useRouter } from '@ixl/ui';
import type { AnchorHTMLAttributes } from 'react';

/**
 * A link to a route with query parameters (`/fabbisogni/abbinamento?id=…`). The portal router matches
 * routes on the path alone, so the parameters are written to the address right after the route changes;
 * the page reads them with useSearchParam. Opens in a new tab like any link.
 */
export function RouteLink({
  to,
  params,
  ...props
}: { to: string; params: Record<string, string> } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { base, navigate } = useRouter();
  const search = `?${new URLSearchParams(params).toString()}`;
  return (
    <a
      href={`${base.replace(/\/$/, '')}${to}${search}`}
      {...props}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
        window.history.replaceState(null, '', `${window.location.pathname}${search}`);
      }}
    />
  );
}
