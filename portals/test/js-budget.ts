import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a portal's first page load needs before it can show anything: the module scripts of its
 * `index.html` and every chunk they import statically, transitively. Chunks reached only through `import()` (the
 * pages, the English texts, the charts) load later, when used, and do not count.
 */
export interface InitialJs {
  /** The chunks, relative to the portal's folder (`assets/index-….js`). */
  files: string[];
  rawBytes: number;
  /** Each chunk gzipped on its own (level 9, as served) and summed. */
  gzipBytes: number;
}

const SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
/** Static imports of a minified ES module: `import"./a.js"`, `import{x}from"./a.js"`, `export*from"./a.js"`. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g;

/** `portalDir` is a built portal's folder (`portals/dist/beneficiario`); `base` its public path (`/beneficiario/`). */
export function initialJs(portalDir: string, base: string): InitialJs {
  const html = readFileSync(join(portalDir, 'index.html'), 'utf8');
  const toFile = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const queue = [...html.matchAll(SCRIPT), ...html.matchAll(PRELOAD)].map((m) => toFile(m[1] ?? ''));
  if (queue.length === 0) throw new Error(`${portalDir}/index.html loads no module script`);
  const seen = new Set<string>();
  let rawBytes = 0;
  let gzipBytes = 0;
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    const path = join(portalDir, file);
    if (!existsSync(path)) throw new Error(`${file}, loaded by ${portalDir}/index.html, is not in the build`);
    seen.add(file);
    const content = readFileSync(path);
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
    for (const m of content.toString('utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) queue.push(posix.normalize(posix.join(dirname(file), spec)));
      else if (spec.startsWith(base)) queue.push(toFile(spec));
    }
  }
  return { files: [...seen].sort(), rawBytes, gzipBytes };
}

/**
 * Each portal's budget for its initial JS, gzipped: what it measured after the reductions of issue 25, plus ~1.5 %.
 * The HTML now preloads the main page's chunk (portals/vite.base.ts, `mainPage`), so it counts here: the main page
 * (5–18 KB gzipped) was loaded right after the entry before, and counted nowhere.
 * Lowered again after the error reasons' Italian texts (~17 KB; loaded after the first screen) and graphql-ws (~2.5 KB;
 * loaded at the first live subscription) left the first load.
 * Lowered again when Apollo Client became a chunk of its own (portal-client apollo-runtime.ts) and the ICU parser left
 * (packages/ui/web/icu.ts): the beneficiary's home is a first screen drawn without Apollo Client, which loads after it
 * (99,602 B measured, the issue's target being 100 KB); the other portals' main pages need it at once, so their HTML
 * preloads it and it counts here (161,110 / 156,646 / 155,169 / 203,537 B measured).
 * Lowered again when the staff home became a first screen too (drawn from the early query before Apollo Client, its
 * live feed and account card loaded with it): 135,775 B measured; then 97,300 B once the other pages' texts came with
 * the first of those pages opened (portals/staff/src/page-messages.ts) instead of in the first JS.
 * Raise one only with the reason in the commit; the issue's target for the phone-first beneficiary portal is 100 KB.
 */
export const JS_BUDGETS_GZIP: Record<string, number> = {
  beneficiario: 101_100,
  azienda: 163_600,
  ente: 159_000,
  comitato: 157_500,
  staff: 98_800,
};

/** The portals over their budget, as readable lines (empty: all within). */
export function overBudget(measured: Record<string, InitialJs>, budgets: Record<string, number>): string[] {
  return Object.entries(measured)
    .filter(([portal, js]) => js.gzipBytes > (budgets[portal] ?? 0))
    .map(
      ([portal, js]) =>
        `${portal}: initial JS ${js.gzipBytes.toLocaleString('en')} B gzipped > budget ${(budgets[portal] ?? 0).toLocaleString('en')} B (${js.files.join(', ')})`,
    );
}
