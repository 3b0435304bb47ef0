import { describe, expect, it } from 'vitest';
import type { Catalog } from '@ixl/ui';
import { PORTAL_CATALOGS } from './portal-catalogues.js';

const catalogs: Record<string, Catalog> = PORTAL_CATALOGS;

describe('portal texts: Italian first, English for every one of them', () => {
  it.each(Object.keys(catalogs))('%s has the same keys in both languages, none empty', (name) => {
    const catalog = catalogs[name] as Catalog;
    expect(Object.keys(catalog.it).length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.it).sort());
    for (const text of [...Object.values(catalog.it), ...Object.values(catalog.en)]) expect(text.trim()).not.toBe('');
  });
});
