import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { startStack, subgraphDefinitions, type RunningStack } from '../src/index.js';
import { SUBGRAPHS } from '@ixl/registry';
import { bootTestStack, factories, freshDatabase, graphqlRequest, testConfig, type TestStack } from '@ixl/testkit';
import { backupDatabase, migrateToBackup, migrateToLatest, restoreDatabase, type SchemaDefinition } from '@ixl/db';

const SCHEMAS = SUBGRAPHS.map((s) => s.schema);
/** Event positions are transaction ids of the source cluster: rebased on restore, compared separately. */
const POSITION_COLUMNS = new Set(['tx_id', 'last_tx_id', 'last_event_id', 'event_tx_id']);
const defs = (await subgraphDefinitions()) as unknown as SchemaDefinition[];
const repo = resolve(import.meta.dirname, '../../..');

let t: TestStack;
let dir: string;
beforeAll(async () => {
  t = await bootTestStack({ seedDemo: true });
  await factories.drainEvents(t.stack);
  dir = mkdtempSync(join(tmpdir(), 'ixl-backup-'));
}, 180_000);
afterAll(async () => {
  await t?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** Row count and an md5 of the whole content (position columns left out) of every IXL table. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await query<{ s: string; t: string }>(
    url,
    `select table_schema as s, table_name as t from information_schema.tables where table_schema = any($1) and table_type = 'BASE TABLE' order by 1, 2`,
    [SCHEMAS],
  );
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const { s, t: table } of tables) {
    const cols = (
      await query<{ c: string }>(
        url,
        `select column_name as c from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position`,
        [s, table],
      )
    )
      .map((r) => r.c)
      .filter((c) => !POSITION_COLUMNS.has(c));
    const row = `row(${cols.map((c) => `x."${c}"`).join(', ')})::text`;
    const [r] = await query<{ rows: number; md5: string }>(
      url,
      `select count(*)::int as rows, coalesce(md5(string_agg(${row}, '|' order by ${row})), '') as md5 from "${s}"."${table}" x`,
    );
    out[`${s}.${table}`] = r ?? { rows: -1, md5: '' };
  }
  return out;
}

describe('backup and restore', () => {
  it('restores a seeded database into a fresh one: same rows and content in every table, sequences, working events', async () => {
    // A finance ledger row exists (append-only triggers must not block the restore).
    const [ledger] = await query<{ c: number }>(t.databaseUrl, 'select count(*)::int as c from finance.ledger_entry');
    expect(ledger?.c).toBeGreaterThan(0);
    const file = join(dir, 'seeded.ixlbak');
    const summary = await backupDatabase(t.databaseUrl, SCHEMAS, file);
    expect(summary.tables).toBeGreaterThan(30);
    expect(summary.rows).toBeGreaterThan(1000);
    const raw = gunzipSync(readFileSync(file));
    expect(raw.toString('utf8', 0, 9)).toBe('IXLBAK/1 ');
    // COPY text never holds a NUL byte: one would mean protocol framing leaked into the data.
    expect(raw.includes(0)).toBe(false);

    const target = await freshDatabase('ixl_restore');
    let stack: RunningStack | undefined;
    try {
      const restored = await restoreDatabase({
        url: target.url,
        file,
        prepare: (h) => migrateToBackup(target.url, defs, h),
        finish: () => migrateToLatest(target.url, defs),
      });
      expect(restored.rows).toBe(summary.rows);
      const before = await fingerprint(t.databaseUrl);
      const after = await fingerprint(target.url);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(after).toEqual(before);
      expect(after['people.beneficiary']?.rows).toBeGreaterThan(100);

      // Sequences continue after the restored rows.
      const [seq] = await query<{ v: string; m: string }>(
        target.url,
        `select nextval(pg_get_serial_sequence('people.outbox_event', 'id'))::text as v, (select max(id) from people.outbox_event)::text as m`,
      );
      expect(BigInt(seq?.v ?? '0')).toBeGreaterThan(BigInt(seq?.m ?? '0'));

      // The restored database serves the stack, and new events reach their consumers (positions rebased).
      stack = await startStack(testConfig({ databaseUrl: target.url, secrets: t.secrets }), { quiet: true });
      const login = await graphqlRequest<{ login: { token: string } }>(
        stack.gatewayUrl,
        'mutation { login(email: "staff@demo.ixl", password: "demo-password") { token } }',
      );
      const token = login.data?.login.token;
      expect(token).toBeTruthy();
      const count = await graphqlRequest<{ beneficiaries: { totalCount: number } }>(
        stack.gatewayUrl,
        '{ beneficiaries(first: 1) { totalCount } }',
        { token },
      );
      expect(count.data?.beneficiaries.totalCount).toBe(after['people.beneficiary']?.rows);
      const person = await factories.createBeneficiary(stack);
      const profile = {
        beneficiaryId: person.id,
        firstName: 'Dopo',
        lastInitial: 'R',
        birthYear: 1990,
        sex: 'F',
        citizenship: 'IT',
        municipalityCode: '037006',
        status: 'ACTIVE',
        profile: 'IN_TARGET',
        readiness: 'PRONTO',
        italianLevel: 'B1',
        skills: [],
        occupations: [],
        drivingLicence: false,
        ownVehicle: false,
        availableHoursPerWeek: 20,
        shifts: [],
        contractWishes: [],
        cvShareConsent: false,
      };
      await factories.publishAs(stack, 'people', {
        type: 'BeneficiaryProfileChanged',
        aggregateType: 'Beneficiary',
        aggregateId: person.id,
        payload: { profile },
      });
      await factories.drainEvents(stack);
      expect(await query(target.url, 'select first_name from companies.matching_profile where beneficiary_id = $1', [person.id])).toEqual([
        { first_name: 'Dopo' },
      ]);
    } finally {
      await stack?.stop();
      await target.drop();
    }
  }, 300_000);

  it('refuses a non-empty target, a truncated file and a file that is not a backup, leaving the target unchanged', async () => {
    const file = join(dir, 'again.ixlbak');
    await backupDatabase(t.databaseUrl, SCHEMAS, file);
    const prepare = () => Promise.reject(new Error('prepare must not run'));
    await expect(restoreDatabase({ url: t.databaseUrl, file, prepare })).rejects.toThrow(/already has IXL tables/);

    const target = await freshDatabase('ixl_restore');
    try {
      const raw = gunzipSync(readFileSync(file));
      const cut = join(dir, 'cut.ixlbak');
      writeFileSync(cut, gzipSync(raw.subarray(0, raw.lastIndexOf(10, Math.floor(raw.length / 2)) + 1)));
      await expect(restoreDatabase({ url: target.url, file: cut, prepare: (h) => migrateToBackup(target.url, defs, h) })).rejects.toThrow(
        /incomplete/,
      );
      // The failed restore rolled back: the migrated tables are empty (only migration bookkeeping and seeded rows).
      const [b] = await query<{ c: number }>(target.url, 'select count(*)::int as c from people.beneficiary');
      expect(b?.c).toBe(0);
      const junk = join(dir, 'junk.ixlbak');
      writeFileSync(junk, gzipSync(Buffer.from('hello\n')));
      await expect(restoreDatabase({ url: target.url, file: junk, prepare })).rejects.toThrow(/not an IXL backup/);
    } finally {
      await target.drop();
    }
  }, 300_000);

  it('runs as `npm run backup` and `npm run restore` against DATABASE_URL', async () => {
    const file = join(dir, 'cli.ixlbak');
    // What the npm scripts run (tsx with the source condition), without starting npx and npm three times.
    const run = promisify(execFile);
    const backup = await run(process.execPath, ['--conditions', 'ixl-source', '--import', 'tsx', 'packages/launcher/bin/backup.ts', file], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: t.databaseUrl },
    });
    expect(backup.stdout).toMatch(/Backup written to .*cli\.ixlbak: \d+ tables, \d+ rows/);
    expect(statSync(file).size).toBeGreaterThan(1000);
    const target = await freshDatabase('ixl_restore');
    try {
      const restore = await run(
        process.execPath,
        ['--conditions', 'ixl-source', '--import', 'tsx', 'packages/launcher/bin/restore.ts', file],
        {
          cwd: repo,
          env: { ...process.env, DATABASE_URL: target.url },
        },
      );
      expect(restore.stdout).toMatch(/Restored .*: \d+ tables, \d+ rows/);
      const [a] = await query<{ c: number }>(t.databaseUrl, 'select count(*)::int as c from people.beneficiary');
      const [b] = await query<{ c: number }>(target.url, 'select count(*)::int as c from people.beneficiary');
      expect(b?.c).toBe(a?.c);
      // A second restore into the now filled database is refused without --force.
      await expect(
        run(process.execPath, ['--conditions', 'ixl-source', '--import', 'tsx', 'packages/launcher/bin/restore.ts', file], {
          cwd: repo,
          env: { ...process.env, DATABASE_URL: target.url },
        }),
      ).rejects.toMatchObject({ stderr: expect.stringMatching(/already has IXL tables/) });
    } finally {
      await target.drop();
    }
  }, 300_000);
});
