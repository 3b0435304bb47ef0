import { createHash } from 'node:crypto';

/** A deterministic UUID (v5 layout, SHA-1 of a namespace string) so every subgraph's seed agrees on ids. */
export function demoId(kind: string, key: string | number): string {
  const h = createHash('sha1').update(`ixl-demo:${kind}:${key}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** mulberry32: a small seeded PRNG, so demo and benchmark data are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rnd: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** Picks by weight: `[[value, weight], ...]`. */
export function weighted<T>(rnd: () => number, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [value, w] of table) {
    x -= w;
    if (x < 0) return value;
  }
  const last = table[table.length - 1];
  if (!last) throw new Error('weighted pick from an empty table');
  return last[0];
}
