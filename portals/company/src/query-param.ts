import { useRouter } from '@ixl/ui';
import { useCallback } from 'react';

/**
 * Navigates to a route with query parameters (`/?inserito=<id>`), as @ixl/ui's QueryLink does for
 * links: the route matches the path, the query stays in the address (reload and back work).
 */
export function useNavigateWithQuery(): (to: string, query: Record<string, string>) => void {
  const { base, navigate } = useRouter();
  return useCallback(
    (to, query) => {
      navigate(to);
      window.history.replaceState(null, '', `${base.replace(/\/$/, '')}${to}?${new URLSearchParams(query).toString()}`);
    },
    [base, navigate],
  );
}
