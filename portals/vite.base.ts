import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
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
    plugins: [react(), ...(path ? [] : [cleanLandingOutput(outDir)])],
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

function cleanLandingOutput(outDir: string): Plugin {
  return {
    name: 'ixl-clean-landing',
    apply: 'build',
    buildStart() {
      rmSync(resolve(outDir, 'index.html'), { force: true });
      rmSync(resolve(outDir, 'assets'), { recursive: true, force: true });
    },
  };
}
