import { defineConfig } from 'vitest/config';
import swc from 'unplugin-swc';

// SWC emits decorator metadata (esbuild does not), so type-graphql and MikroORM decorators
// behave in tests exactly as in the tsc-built production code.
const swcPlugin = () =>
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
  });

// Integration files share their worker process (`isolate: false`): the stack's modules (type-graphql,
// Apollo, MikroORM, the five subgraphs) are transformed and imported once per worker instead of once
// per file. Safe because no integration file changes process-wide state (no vi.mock/stubEnv/stubGlobal,
// no process.env writes, no fake timers), each boots its own stack on its own fresh database and stops
// it in afterAll, and Vitest still restores mocks and config between files. The other projects stay
// isolated: in a shared process type-graphql's global metadata is in the order earlier files imported
// the classes, so the printed SDL compared by test/schema/schemas.spec.ts would change order; and
// portals/e2e/short-session.e2e.spec.ts sets an environment variable read when the people subgraph loads.
export default defineConfig({
  plugins: [swcPlugin()],
  resolve: { conditions: ['ixl-source'] },
  ssr: { resolve: { conditions: ['ixl-source'] } },
  test: {
    setupFiles: ['reflect-metadata'],
    // The slowest files at the end of every run (and every file's figures in test/artifacts/test-timings.json).
    reporters: ['default', './test/support/slowest-files.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['**/*.spec.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.int.spec.ts', '**/*.e2e.spec.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['**/*.int.spec.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', 'test/observability/**'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          isolate: false,
        },
      },
      {
        // Observability files start OpenTelemetry before the stack's modules load (instrumentations patch
        // pg and graphql as they are first required), so each needs a fresh worker process of its own.
        extends: true,
        test: {
          name: 'observability',
          sequence: { groupOrder: 1 },
          include: ['test/observability/**/*.int.spec.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          isolate: true,
        },
      },
      {
        // Browser tests: the built portals on the real stack, in one headless Chromium (portals/e2e).
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['**/*.e2e.spec.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          globalSetup: ['portals/e2e/global-setup.ts'],
          setupFiles: ['reflect-metadata', 'portals/e2e/failure-report.ts'],
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
    ],
  },
});
