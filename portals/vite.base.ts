import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin, type UserConfig } from 'vite';

/** Where the gateway serves the portals from (`config.portalsDir` = `<repo>/portals/dist`). */
export const PORTALS_DIST = resolve(import.meta.dirname, 'dist');

/**
 * Vite config of one portal: built to `portals/dist/<path>/` with base `/<path>/` (or, for the
 * landing page, `portals/dist/index.html` + `portals/dist/assets/`). No inline scripts (the gateway's
 * CSP forbids them), no external fonts or CDNs.
 */
export function portalConfig(root: string, path: string | null): UserConfig {
  const outDir = path ? resolve(PORTALS_DIST, path) : PORTALS_DIST;
  return defineConfig({
    root,
    base: path ? `/${path}/` : '/',
    plugins: [react(), precompress(), ...(path ? [] : [cleanLandingOutput(outDir)])],
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
