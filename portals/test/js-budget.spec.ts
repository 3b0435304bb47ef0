import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { initialJs, overBudget } from './js-budget.js';

/** A small fake build: an entry importing a shared chunk statically and a page through import(). */
const dir = mkdtempSync(join(tmpdir(), 'ixl-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (file: string, content: string) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), content);
};
const entry = 'import{a as r}from"./vendor-1.js";import"./side-2.js";const p=()=>import("./page-3.js");r(p);';
const vendor = `export const a=(f)=>f;${'const x="react-dom";'.repeat(200)}`;
const side = 'document.title="IXL";';
const page = `export const Page=()=>null;${'"pagina";'.repeat(500)}`;
write(
  'index.html',
  '<!doctype html><script type="module" crossorigin src="/beneficiario/assets/index-0.js"></script><link rel="modulepreload" crossorigin href="/beneficiario/assets/vendor-1.js">',
);
write('assets/index-0.js', entry);
write('assets/vendor-1.js', vendor);
write('assets/side-2.js', side);
write('assets/page-3.js', page);
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

describe('initial JS of a build', () => {
  it('counts the entry and its static imports, gzipped, and leaves out chunks loaded by import()', () => {
    const js = initialJs(dir, '/beneficiario/');
    expect(js.files).toEqual(['assets/index-0.js', 'assets/side-2.js', 'assets/vendor-1.js']);
    expect(js.gzipBytes).toBe(gz(entry) + gz(vendor) + gz(side));
    expect(js.rawBytes).toBe(entry.length + vendor.length + side.length);
  });

  it('fails a portal over its budget and passes one within it', () => {
    const js = initialJs(dir, '/beneficiario/');
    expect(overBudget({ beneficiario: js }, { beneficiario: js.gzipBytes })).toEqual([]);
    const over = overBudget({ beneficiario: js }, { beneficiario: js.gzipBytes - 1 });
    expect(over).toHaveLength(1);
    expect(over[0]).toContain('beneficiario: initial JS');
    expect(over[0]).toContain('assets/vendor-1.js');
    // A portal without a budget has none to spend.
    expect(overBudget({ nuovo: js }, {})).toHaveLength(1);
  });

  it('says so when the page loads a chunk that is not in the build', () => {
    write('assets/side-2.js', 'import"./gone-9.js";');
    expect(() => initialJs(dir, '/beneficiario/')).toThrow(/gone-9\.js.*not in the build/);
    write('assets/side-2.js', side);
  });
});
