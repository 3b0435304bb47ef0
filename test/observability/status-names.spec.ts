/**
 * The staff status page names every event consumer and periodic job in Italian and English: a consumer or job
 * added to a subgraph (or the JetStream relay) without its name would show as "Altra elaborazione".
 */
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { subgraphConfig } from '@ixl/config';
import { RELAY_CONSUMER } from '@ixl/events';
import { subgraphDefinitions, testConfig, testSecrets } from '@ixl/testkit';
import { STATUS_MESSAGES } from '../../portals/staff/src/features/status/messages.js';

describe('status page names', () => {
  it('every consumer of every subgraph, the JetStream relay and every job has an Italian and an English name', async () => {
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
    for (const lang of ['it', 'en'] as const) {
      const catalogue = STATUS_MESSAGES[lang] as Record<string, string>;
      for (const c of consumers) expect(catalogue[`status.consumer.${c}`], `${lang}: status.consumer.${c}`).toBeTruthy();
      for (const j of jobs) expect(catalogue[`status.job.${j}`], `${lang}: status.job.${j}`).toBeTruthy();
    }
  });
});
