/**
 * The staff status page names every event consumer and periodic job in Italian and English: a consumer or job
 * added to a subgraph (or the JetStream relay) without its name would show as "Altra elaborazione".
 */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { subgraphConfig } from '@ixl/config';
import { RELAY_CONSUMER } from '@ixl/events';
import { subgraphDefinitions, testConfig, testSecrets } from '@ixl/testkit';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The status page's catalogue, read as text (it is portal code, built for the browser): its Italian and English halves. */
const source = readFileSync(resolve(import.meta.dirname, '../../portals/staff/src/features/status/messages.ts'), 'utf8');
const [italian = '', english = ''] = source.split(/\n {2}en: \{/);

describe('status page names', () => {
  it(
    'every consumer of every subgraph, the JetStream relay and every job has an Italian and an English name',
    { timeout: 60_000 },
    async () => {
      const config = testConfig({ databaseUrl: 'postgres://x@localhost/x', secrets: testSecrets() });
      const consumers = new Set<string>([RELAY_CONSUMER]);
      const jobs = new Set<string>();
      for (const def of await subgraphDefinitions()) {
        const own = subgraphConfig(def.name, config);
        const specs = typeof def.consumers === 'function' ? def.consumers(own) : (def.consumers ?? []);
        for (const spec of specs) consumers.add(spec.consumer);
        const scheduled = typeof def.jobs === 'function' ? def.jobs(own) : (def.jobs ?? []);
        for (const job of scheduled) jobs.add(job.name);
      }
      expect(consumers.size).toBeGreaterThan(10);
      expect(jobs.size).toBeGreaterThan(3);
      expect(english.length).toBeGreaterThan(100);
      for (const [lang, text] of [
        ['it', italian],
        ['en', english],
      ] as const) {
        for (const c of consumers) expect(text, `${lang}: status.consumer.${c}`).toContain(`'status.consumer.${c}':`);
        for (const j of jobs) expect(text, `${lang}: status.job.${j}`).toContain(`'status.job.${j}':`);
      }
    },
  );
});
