import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type HtmlTagDescriptor, type Plugin, type UserConfig } from 'vite';

/** Where the gateway serves the portals from (`config.portalsDir` = `<repo>/portals/dist`). */
export const PORTALS_DIST = resolve(import.meta.dirname, 'dist');

/**
 * Vite config of one portal: built to `portals/dist/<path>/` with base `/<path>/` (or, for the
 * landing page, `portals/dist/index.html` + `portals/dist/assets/`). No inline scripts (the gateway's
 * CSP forbids them), no external fonts or CDNs.
 */
export function portalConfig(root: string, path: string | null, options: { mainPage?: string } = {}): UserConfig {
  const outDir = path ? resolve(PORTALS_DIST, path) : PORTALS_DIST;
  return defineConfig({
    root,
    base: path ? `/${path}/` : '/',
    plugins: [
      react(),
      ...(path ? [earlyStart(path, options.mainPage ? resolve(root, options.mainPage) : null)] : []),
      precompress(),
      ...(path ? [] : [cleanLandingOutput(outDir)]),
    ],
    // Workspace packages (@ixl/territory) are bundled from their TypeScript source.
    resolve: { conditions: ['ixl-source', ...defaultClientConditions] },
    build: {
      outDir,
      // A portal owns its folder; the landing page shares dist/ with them and cleans only its files.
      emptyOutDir: path !== null,
      assetsDir: 'assets',
      modulePreload: { polyfill: false },
      sourcemap: false,
      target: 'es2022',
      chunkSizeWarningLimit: 1024,
    },
    server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
  });
}

/**
 * The session's renewal as a classic script of a few hundred bytes, run as soon as it arrives (`async`), long before
 * the portal's JS (~160 KiB) has downloaded: `POST /auth/session/<portal>` exactly as the portal's client sends it
 * (same headers, same-origin credentials, under the same Web Lock, so no other tab rotates the cookie meanwhile). The
 * portal takes the pending answer over (portal-client `takeEarlySessionRenewal`) instead of asking again; a portal
 * that starts first marks it taken, and then this script does nothing. An external file: the CSP allows no inline
 * script.
 */
function sessionStartScript(portal: string): string {
  return `(function () {
  var w = window;
  if (w.__ixlSessionStart || typeof fetch !== 'function') return;
  var renew = function () {
    return fetch('/auth/session/${portal}', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ixl-session': '1' },
      credentials: 'same-origin',
    });
  };
  var locks = navigator.locks;
  w.__ixlSessionStart = locks ? locks.request('ixl.session.${portal}', renew) : renew();
  w.__ixlSessionStart.catch(function () {});
})();
`;
}

/**
 * Cuts the start's waterfall (issue 25): the session's renewal starts from the HTML (sessionStartScript) instead of
 * after the portal's JS has run, and the HTML preloads, alongside the entry, the chunk of the portal's main page
 * (`mainPage`, the route `/`) with its own imports, instead of after the entry has run.
 */
function earlyStart(portal: string, mainPage: string | null): Plugin {
  const source = sessionStartScript(portal);
  const fileName = `assets/session-start-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
  let base = '/';
  return {
    name: 'ixl-early-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [
          { tag: 'script', attrs: { async: true, fetchpriority: 'high', src: `${base}${fileName}` }, injectTo: 'head' },
        ];
        if (ctx.bundle) {
          const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
          const byName = new Map(chunks.map((c) => [c.fileName, c]));
          // What Vite's HTML already loads: the entry and its static imports.
          const inHtml = new Set<string>();
          const collect = (name: string) => {
            if (inHtml.has(name)) return;
            inHtml.add(name);
            byName.get(name)?.imports.forEach(collect);
          };
          const entries = chunks.filter((c) => c.isEntry);
          entries.forEach((c) => collect(c.fileName));
          const wanted = new Set<string>();
          const walk = (name: string) => {
            if (inHtml.has(name) || wanted.has(name)) return;
            wanted.add(name);
            byName.get(name)?.imports.forEach(walk);
          };
          // The main page and its own imports.
          if (mainPage) {
            const page = chunks.find((c) => c.facadeModuleId === mainPage);
            if (!page) throw new Error(`main page ${relative(process.cwd(), mainPage)} is not a chunk of the build (a lazyPage import?)`);
            walk(page.fileName);
          }
          for (const href of wanted)
            tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${href}` }, injectTo: 'head' });
        }
        return tags;
      },
    },
  };
}

/**
 * Writes `<file>.br` and `<file>.gz` next to every text file of the build, at the strongest settings (done once per
 * build, not per request): the gateway serves them to browsers that accept them (gateway/src/static.ts).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'ixl-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!['.js', '.css', '.html', '.svg', '.json'].includes(extname(fileName))) continue;
        const file = resolve(outDir, fileName);
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
          }),
        );
      }
    },
  };
}

function cleanLandingOutput(outDir: string): Plugin {
  return {
    name: 'ixl-clean-landing',
    apply: 'build',
    buildStart() {
      for (const suffix of ['', '.gz', '.br']) rmSync(resolve(outDir, `index.html${suffix}`), { force: true });
      rmSync(resolve(outDir, 'assets'), { recursive: true, force: true });
    },
  };
}
