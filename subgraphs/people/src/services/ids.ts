import { createHash } from 'node:crypto';

export { isUuid, requireUuid } from '@ixl/subgraph-kit';

/** A UUID-shaped id derived from `key` (SHA-256), so the same fact always gets the same row id. */
export function uuidFromKey(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
