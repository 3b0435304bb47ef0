import { useRouter } from '@ixl/ui';

/** A query-string parameter of the current address (`/fabbisogni/abbinamento?id=…`), re-read on every navigation. */
export function useSearchParam(name: string): string | null {
  useRouter(); // re-render when the address changes
  return new URLSearchParams(window.location.search).get(name);
}
