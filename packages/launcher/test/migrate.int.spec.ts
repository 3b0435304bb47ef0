import 'reflect-metadata';
import { afterAll, describe, expect, it } from 'vitest';
import { startSubgraph, type RunningSubgraph } from '@ixl/subgraph-kit';
import { subgraphConfig } from '@ixl/config';
import { freshDatabase, testConfig, testSecrets } from '@ixl/testkit';
import { migrateAll, subgraphDefinition } from '../src/index.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe('migrations as their own deployment step (IXL_MIGRATE_ON_START=off, ixl-migrate)', () => {
  it('a subgraph waits, serving nothing, until ixl-migrate has applied its migrations; a second ixl-migrate changes nothing', async () => {
    const db = await freshDatabase();
    cleanup.push(db.drop);
    const config = testConfig({ databaseUrl: db.url, secrets: testSecrets(), migrateOnStart: false });
    const logs: string[] = [];
    let running: RunningSubgraph | undefined;
    const starting = startSubgraph(await subgraphDefinition('projects'), subgraphConfig('projects', config), (level, message) => {
      logs.push(`${level} ${message}`);
    }).then((r) => (running = r));
    cleanup.push(async () => {
      await starting.catch(() => undefined);
      await running?.stop();
    });

    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(running).toBeUndefined();
    expect(logs).toContain('warn waiting for migrations: run ixl-migrate (IXL_MIGRATE_ON_START=off)');

    const reports = await migrateAll(config);
    expect(reports.map((r) => r.subgraph)).toEqual(['people', 'companies', 'training', 'projects', 'finance']);
    expect(reports.every((r) => r.applied.length > 0)).toBe(true);

    await starting;
    const ready = await fetch(`http://127.0.0.1:${running!.port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ checks: { database: 'ok', migrations: 'ok' } });

    expect((await migrateAll(config)).every((r) => r.applied.length === 0)).toBe(true);
    expect((await migrateAll(config, ['finance'])).map((r) => r.subgraph)).toEqual(['finance']);
  });
});
