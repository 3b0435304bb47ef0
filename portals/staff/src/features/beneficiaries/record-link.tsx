import { useRouter } from '@ixl/ui';
import { useCallback, type AnchorHTMLAttributes } from 'react';

/** The beneficiary record and the assessment form (the person's id travels as `?id=`). */
export const RECORD_PATH = '/beneficiari/scheda';
export const ASSESSMENT_PATH = '/beneficiari/valutazione';

const query = (params: Record<string, string>) => {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '')).toString();
  return search ? `?${search}` : '';
};

/**
 * Client-side navigation to a route with query parameters: the portal router matches routes on the
 * path alone, so the parameters are written to the address right after the route changes.
 */
export function useGo(): (path: string, params?: Record<string, string>) => void {
  const { navigate } = useRouter();
  return useCallback(
    (path: string, params: Record<string, string> = {}) => {
      navigate(path);
      window.history.replaceState(null, '', `${window.location.pathname}${query(params)}`);
    },
    [navigate],
  );
}

/** Rewrites the query parameters of the current address (e.g. the applied search), keeping the route. */
export function replaceParams(params: Record<string, string>): void {
  window.history.replaceState(null, '', `${window.location.pathname}${query(params)}`);
}

/** The query parameters of the current address; re-read on every navigation. */
export function useParams(): URLSearchParams {
  useRouter();
  return new URLSearchParams(window.location.search);
}

/** An ordinary link to a route with parameters (opens in a new tab too), navigating client-side on a plain click. */
export function RouteLink({
  to,
  params = {},
  ...props
}: { to: string; params?: Record<string, string> } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const { base } = useRouter();
  const go = useGo();
  return (
    <a
      href={`${base.replace(/\/$/, '')}${to}${query(params)}`}
      {...props}
      onClick={(e) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        go(to, params);
      }}
    />
  );
}

/** A link to a person's record. */
export function RecordLink({ id, ...props }: { id: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  return <RouteLink to={RECORD_PATH} params={{ id }} {...props} />;
}
