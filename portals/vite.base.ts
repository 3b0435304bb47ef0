import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { DocumentNode } from 'graphql';
import { defaultClientConditions, defineConfig, type HtmlTagDescriptor, type Plugin, type UserConfig } from 'vite';

/** Where the gateway serves the portals from (`config.portalsDir` = `<repo>/portals/dist`). */
export const PORTALS_DIST = resolve(import.meta.dirname, 'dist');

/**
 * Vite config of one portal: built to `portals/dist/<path>/` with base `/<path>/` (or, for the
 * landing page, `portals/dist/index.html` + `portals/dist/assets/`). No inline scripts (the gateway's
 * CSP forbids them), no external fonts or CDNs.
 */
export function portalConfig(
  root: string,
  path: string | null,
  options: {
    /** The main page's module (the route `/`): preloaded by the HTML alongside the entry. */
    mainPage?: string;
    /** The main page's first query (no variables): sent from the HTML as soon as the session is renewed (earlyQueryRequest). */
    mainQuery?: DocumentNode;
    /**
     * The main page is a first screen (portal-client `PortalRoute.firstScreen`): drawn before Apollo Client has loaded,
     * which comes after it. Otherwise the main page needs Apollo Client at once, and the HTML preloads its chunk too.
     */
    firstScreen?: boolean;
  } = {},
): UserConfig {
  const outDir = path ? resolve(PORTALS_DIST, path) : PORTALS_DIST;
  return defineConfig({
    root,
    base: path ? `/${path}/` : '/',
    plugins: [
      react(),
      ...(path
        ? [
            earlyStart(
              path,
              options.mainPage ? resolve(root, options.mainPage) : null,
              options.mainQuery ?? null,
              options.firstScreen ?? false,
            ),
          ]
        : []),
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

/** The request Apollo Client sends for a query: its JSON body (exactly, as a string) and headers, without the token. */
export interface EarlyQueryRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * What the portals' Apollo Client (HttpLink, InMemoryCache: portal-client `createPortalClient`) sends for `document`,
 * found by running the query through a real Apollo Client whose fetch only records the request: the printed text with
 * the `__typename`s the cache adds, the operation name, the extensions, in Apollo's order and spelling. The portal
 * takes the early answer over only for a request whose body is exactly this string (portal-client `takeEarlyQuery`).
 */
export async function earlyQueryRequest(document: DocumentNode): Promise<EarlyQueryRequest> {
  const { ApolloClient, HttpLink, InMemoryCache } = await import('@apollo/client');
  let sent: RequestInit | null = null;
  const apollo = new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      fetch: (_uri, init) => {
        sent = init ?? null;
        return Promise.reject(new Error('recorded, not sent'));
      },
    }),
    cache: new InMemoryCache(),
  });
  await apollo.query({ query: document, fetchPolicy: 'network-only' }).catch(() => undefined);
  apollo.stop();
  const init = sent as RequestInit | null;
  if (!init || typeof init.body !== 'string') throw new Error('Apollo Client sent no request body for the early query');
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    if (name !== 'authorization') headers[name] = value;
  });
  return { body: init.body, headers };
}

/**
 * The session's renewal as a classic script of a few hundred bytes, run as soon as it arrives (`async`), long before
 * the portal's JS (~160 KiB) has downloaded: `POST /auth/session/<portal>` exactly as the portal's client sends it
 * (same headers, same-origin credentials, under the same Web Lock, so no other tab rotates the cookie meanwhile). The
 * portal takes the pending answer over (portal-client `takeEarlySessionRenewal`) instead of asking again; a portal
 * that starts first marks it taken, and then this script does nothing. An external file: the CSP allows no inline
 * script.
 *
 * With `query` (the main page's first query), opened at the portal's home (`/<portal>/`) and signed in, the script
 * then sends that query to the same origin's `/graphql`, as Apollo Client would (same body, same headers, the renewed
 * access token), as soon as the renewal answers: the page's data comes while the portal's JS is still downloading.
 * The portal's Apollo Client takes that answer over for its own identical request (portal-client `takeEarlyQuery`),
 * once; the token stays inside this function.
 */
export function sessionStartScript(portal: string, query: EarlyQueryRequest | null = null): string {
  const early = query
    ? `
  if (location.pathname !== '/${portal}/' && location.pathname !== '/${portal}') return;
  var body = ${JSON.stringify(query.body)};
  var ask = function (res) {
    if (res.status !== 200) return null;
    return res
      .clone()
      .json()
      .then(function (s) {
        if (!s || typeof s.token !== 'string') return null;
        var headers = ${JSON.stringify(query.headers)};
        headers.authorization = 'Bearer ' + s.token;
        return fetch('/graphql', { method: 'POST', headers: headers, credentials: 'same-origin', body: body });
      });
  };
  w.__ixlQueryStart = {
    body: body,
    response: w.__ixlSessionStart.then(ask).catch(function () {
      return null;
    }),
  };`
    : '';
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
  w.__ixlSessionStart.catch(function () {});${early}
})();
`;
}

/**
 * Cuts the start's waterfall (issue 25): the session's renewal (and the main page's first query, `mainQuery`) starts
 * from the HTML (sessionStartScript) instead of after the portal's JS has run, and the HTML preloads, alongside the entry, the chunk of the portal's main page
 * (`mainPage`, the route `/`) with its own imports, instead of after the entry has run.
 */
function earlyStart(portal: string, mainPage: string | null, mainQuery: DocumentNode | null, firstScreen: boolean): Plugin {
  let source = sessionStartScript(portal);
  let fileName = '';
  let base = '/';
  return {
    name: 'ixl-early-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      source = sessionStartScript(portal, mainQuery ? await earlyQueryRequest(mainQuery) : null);
      fileName = `assets/session-start-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
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
          // Apollo Client (a lazy chunk of portal-client, loaded after a first screen): preloaded when the main page
          // needs it at once, instead of asked for only once the entry has run.
          if (!firstScreen) {
            const apollo = chunks.find((c) => c.facadeModuleId?.endsWith('/portal-client/web/apollo-runtime.ts'));
            if (apollo) walk(apollo.fileName);
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
