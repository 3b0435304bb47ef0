/**
 * Issue 27: a 100,000-row placements file (INSERIMENTI, CSV, ~9 MB) checked and imported through the
 * gateway's file route as ADMIN, the import running in the background in chunks; then the same file
 * checked again (everything unchanged). 10,000 synthetic people (10 placements each, 2015–2017) at 100
 * companies; the people get their codice fiscale key in the matching read model as `people` publishes it.
 */
import pg from 'pg';
import { fiscalCodeHash } from '@ixl/subgraph-kit';
import { computeCheckCharacter } from '@ixl/territory';
import { addDays } from '@ixl/calendar';

export interface HistoryImportFigures {
  rows: number;
  bytes: number;
  checkSeconds: number;
  importSeconds: number;
  recheckSeconds: number;
  created: number;
  unchanged: number;
  errors: number;
  /** The same file imported a second time: its batch's counts and what changed in the database. */
  reimportSeconds: number;
  reimport: { status: string; created: number; updated: number; unchanged: number };
  placementsBefore: number;
  placementsAfter: number;
  eventsBefore: number;
  eventsAfter: number;
}

const letters = (n: number, width: number) => {
  let s = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 26)) s = String.fromCharCode(65 + (n % 26)) + s;
  return s;
};
/** A well-formed codice fiscale per index: 6 letters from the index, born 1980-01-01 in Bologna, its check character. */
const codiceFiscale = (i: number) => {
  const first15 = `${letters(i, 6)}80A01A944`;
  return first15 + computeCheckCharacter(first15);
};

export async function historyImportBench(
  dbUrl: string,
  gatewayUrl: string,
  adminToken: string,
  rows = 100_000,
): Promise<HistoryImportFigures> {
  const persons = 10_000;
  const perPerson = Math.ceil(rows / persons);
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const vats = Array.from({ length: 100 }, (_, i) => `9${String(i).padStart(10, '0')}`);
  await c.query(
    `insert into companies.company (id, name, vat_number, municipality_code) select gen_random_uuid(), 'Impresa storica ' || v, v, '037006' from unnest($1::text[]) v on conflict do nothing`,
    [vats],
  );
  const ids = (
    await c.query<{ id: string }>(
      `select beneficiary_id as id from companies.matching_profile where not erased order by beneficiary_id limit $1`,
      [persons],
    )
  ).rows.map((r) => r.id);
  if (ids.length < persons) throw new Error(`history import bench needs ${persons} people in the matching read model, found ${ids.length}`);
  const cfs = ids.map((_, i) => codiceFiscale(i));
  // The codice fiscale at its source too (people): the import's placements move people to PLACED, people then
  // publishes their profile again with the hash of the code it holds, which must be the file's.
  await c.query(
    `update people.beneficiary b set codice_fiscale = x.cf from unnest($1::uuid[], $2::text[]) as x(id, cf) where b.id = x.id`,
    [ids, cfs],
  );
  await c.query(
    `update companies.matching_profile m set fiscal_code_hash = x.h from unnest($1::uuid[], $2::text[]) as x(id, h) where m.beneficiary_id = x.id`,
    [ids, cfs.map(fiscalCodeHash)],
  );
  await c.end();

  const lines = [
    'id_esterno;codice_fiscale;partita_iva_azienda;tipo;contratto;data_inizio;data_fine;ore_settimanali;id_esterno_precedente;seguito',
  ];
  for (let i = 0; i < rows; i++) {
    const p = i % persons;
    const k = Math.floor(i / persons) % perPerson;
    const start = addDays('2015-01-01', k * 70);
    lines.push(`S-${i};${cfs[p]};${vats[(p + k) % vats.length]};assunzione;tempo determinato;${start};${addDays(start, 60)};30;;`);
  }
  const file = Buffer.from(lines.join('\n'), 'utf-8');
  const origin = new URL(gatewayUrl).origin;
  const post = async (path: string) => {
    const r = await fetch(`${origin}/files/companies/history-imports${path}?kind=INSERIMENTI`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'x-file-name': 'inserimenti-storici.csv', 'content-type': 'text/csv' },
      body: file,
    });
    const body = (await r.json()) as Record<string, unknown>;
    if (r.status >= 300) throw new Error(`history import ${path}: ${r.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  let t = performance.now();
  const check = (await post('/check')) as { errors: unknown[]; toCreate: number };
  const checkSeconds = (performance.now() - t) / 1000;
  if (check.errors.length) throw new Error(`history import bench file has errors: ${JSON.stringify(check.errors.slice(0, 3))}`);
  type BatchState = { status: string; createdCount: number; updatedCount: number; unchangedCount: number; error: string | null };
  const waitBatch = async (id: string): Promise<BatchState | undefined> => {
    for (;;) {
      const r = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($id: ID!) { historyImportBatch(id: $id) { status createdCount updatedCount unchangedCount error } }',
          variables: { id },
        }),
      });
      const b = ((await r.json()) as { data?: { historyImportBatch: BatchState } }).data?.historyImportBatch;
      if (b && b.status !== 'QUEUED' && b.status !== 'RUNNING') return b;
      await new Promise((res) => setTimeout(res, 1000));
    }
  };
  const counts = async () => {
    const db = new pg.Client({ connectionString: dbUrl });
    await db.connect();
    try {
      const [p] = (await db.query<{ n: number }>(`select count(*)::int as n from companies.placement`)).rows;
      const [e] = (await db.query<{ n: number }>(`select count(*)::int as n from companies.outbox_event`)).rows;
      return { placements: p?.n ?? 0, events: e?.n ?? 0 };
    } finally {
      await db.end();
    }
  };
  t = performance.now();
  const batch = (await post('')) as { id: string };
  const done = await waitBatch(batch.id);
  const importSeconds = (performance.now() - t) / 1000;
  if (done?.status !== 'DONE') throw new Error(`history import bench batch ${done?.status}: ${done?.error}`);
  t = performance.now();
  const again = (await post('/check')) as { errors: unknown[]; unchanged: number };
  const recheckSeconds = (performance.now() - t) / 1000;
  // The same file imported again: a batch that writes nothing (no placement, no event).
  const before = await counts();
  t = performance.now();
  // Not started when the re-check found errors (the start would refuse the file): the figure then fails.
  const second = again.errors.length ? undefined : await waitBatch(((await post('')) as { id: string }).id);
  const reimportSeconds = (performance.now() - t) / 1000;
  const after = await counts();
  return {
    rows,
    bytes: file.length,
    checkSeconds,
    importSeconds,
    recheckSeconds,
    created: done.createdCount,
    unchanged: again.unchanged,
    errors: again.errors.length,
    reimportSeconds,
    reimport: {
      status: second?.status ?? (again.errors.length ? `NOT RUN (re-check: ${again.errors.length} errors)` : 'MISSING'),
      created: second?.createdCount ?? -1,
      updated: second?.updatedCount ?? -1,
      unchanged: second?.unchangedCount ?? -1,
    },
    placementsBefore: before.placements,
    placementsAfter: after.placements,
    eventsBefore: before.events,
    eventsAfter: after.events,
  };
}
