import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';
import { addDays } from '@ixl/calendar';
import { IMPORT_CHUNK_ROWS } from '@ixl/subgraph-kit';
import { HistoryImportService, runImportBatch } from '../src/services/history-import.service.js';
import { sql } from './factories.js';

/**
 * Issue 27, the import at the size of the history: chunks of IMPORT_CHUNK_ROWS placements written set-based
 * (one insert of the chunk's placements, its PlacementRecorded events in one statement). Each new placement
 * publishes its event exactly once, in file order, one transaction per chunk; follow-ups find the placement
 * before them in the same chunk and across chunks; a re-import publishes nothing; a corrected file updates
 * only its rows; a row the database refuses in the middle of a large chunk fails the batch at its line with
 * nothing of that chunk written.
 */

let t: TestStack;
const people: { id: string; codiceFiscale: string }[] = [];
const VATS = ['08123456781', '08123456782'];
const HEADER =
  'id_esterno;codice_fiscale;partita_iva_azienda;tipo;contratto;data_inizio;data_fine;ore_settimanali;id_esterno_precedente;seguito';
const ROWS = 2 * IMPORT_CHUNK_ROWS + 137; // two full chunks and a partial one
/** The first start date of a file's placements (files of different prefixes do not overlap). */
const BASE: Record<string, string> = { BIG: '1990-01-01', REF: '1960-01-01' };

/**
 * Row i: person i % 3 at one of two companies, 20 days after that person's previous row there; every fourth
 * placement of a person at a company renews the one before it (the previous row of the same person and
 * company, three or six rows earlier: in the same chunk, or in the chunk before at a chunk boundary).
 */
function row(prefix: string, i: number, endShift = 0): string {
  const p = i % 3;
  const c = Math.floor(i / 3) % 2;
  const k = Math.floor(i / 6); // the placement's rank for this person at this company
  const start = addDays(BASE[prefix] ?? '1990-01-01', k * 20);
  const renews = k % 4 === 3;
  const prev = renews ? `${prefix}-${i - 6}` : '';
  return `${prefix}-${i};${people[p]!.codiceFiscale};${VATS[c]};assunzione;tempo determinato;${start};${addDays(start, 10 + endShift)};30;${prev};${renews ? 'rinnovo' : ''}`;
}
const file = (prefix: string, n: number, endShift: (i: number) => number = () => 0) =>
  [HEADER, ...Array.from({ length: n }, (_, i) => row(prefix, i, endShift(i)))].join('\n');

const RECORDED = `select count(*)::int as "n" from "companies"."outbox_event" where "type" = 'PlacementRecorded'`;
const caller = { role: 'ADMIN' as const, userId: null };
const em = () => t.stack.subgraphs.companies.orm.em.fork();
const start = (fileName: string, content: string) =>
  new HistoryImportService(em()).start(caller as never, {
    kind: 'INSERIMENTI',
    fileName,
    contentBase64: Buffer.from(content).toString('base64'),
  });
const batchRow = async (id: string) =>
  (
    await sql<{ status: string; processed_rows: number; created_count: number; updated_count: number; unchanged_count: number }>(
      t,
      `select "status", "processed_rows", "created_count", "updated_count", "unchanged_count" from "companies"."import_batch" where "id" = ?`,
      [id],
    )
  )[0];

/** The PlacementRecorded events of the placements a file's rows (by key prefix) map to, with the row's line. */
const eventsOf = (prefix: string) =>
  sql<{ id: string; tx_id: string; aggregate_id: string; payload: Record<string, unknown>; source_line: number; previous: string | null }>(
    t,
    `select e."id"::text as "id", e."tx_id"::text as "tx_id", e."aggregate_id", e."payload", r."source_line", p."previous_placement_id"::text as "previous"
     from "companies"."outbox_event" e
     join "companies"."import_record" r on r."kind" = 'INSERIMENTI' and r."entity_id"::text = e."aggregate_id"
     join "companies"."placement" p on p."id" = r."entity_id"
     where e."type" = 'PlacementRecorded' and r."key" like ? order by e."id"`,
    [`${prefix}-%`],
  );

beforeAll(async () => {
  t = await bootTestStack();
  const staff = await t.tokenFor('STAFF');
  for (let i = 0; i < 3; i++) {
    const p = await factories.createBeneficiary(t.stack, { firstName: ['Nadia', 'Omar', 'Rita'][i], sex: i % 2 ? 'M' : 'F' });
    // A staff profile update publishes the matching profile with the codice fiscale key the import resolves by.
    const r = await t.graphql(
      'mutation($id: ID!) { updateBeneficiaryProfile(beneficiaryId: $id, input: { availableHoursPerWeek: 30 }) { id } }',
      {
        token: staff,
        variables: { id: p.id },
      },
    );
    expect(r.errors).toBeUndefined();
    people.push(p);
  }
  await factories.drainEvents(t.stack);
  await sql(
    t,
    `insert into "companies"."company" ("id", "name", "vat_number", "municipality_code") values (gen_random_uuid(), 'Chunk Uno', ?, '037006'), (gen_random_uuid(), 'Chunk Due', ?, '037006')`,
    VATS,
  );
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('history import: large chunks of placements', () => {
  it('publishes one PlacementRecorded per new placement, in file order, one transaction per chunk; a re-import publishes none', async () => {
    const content = file('BIG', ROWS);
    const batch = await start('grande.csv', content);
    expect(await runImportBatch(em(), batch.id)).toBe(true);
    expect(await batchRow(batch.id)).toEqual({
      status: 'DONE',
      processed_rows: ROWS,
      created_count: ROWS,
      updated_count: 0,
      unchanged_count: 0,
    });

    const events = await eventsOf('BIG');
    // Exactly one event per placement: none missing, none doubled.
    expect(events).toHaveLength(ROWS);
    expect(new Set(events.map((e) => e.aggregate_id)).size).toBe(ROWS);
    // In the file's order (ids ascend with the lines), one transaction per chunk, the chunks in order.
    expect(events.map((e) => e.source_line)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 2));
    const txs = [...new Set(events.map((e) => e.tx_id))];
    expect(txs).toHaveLength(Math.ceil(ROWS / IMPORT_CHUNK_ROWS));
    events.forEach((e, i) => expect(e.tx_id).toBe(txs[Math.floor(i / IMPORT_CHUNK_ROWS)]));
    // The payload as a live placement's, marked imported, with the placement it follows (same chunk or the one before).
    for (const e of events) {
      expect(e.payload).toMatchObject({ placementId: e.aggregate_id, imported: true, previousPlacementId: e.previous, type: 'ASSUNZIONE' });
    }
    const renewals = events.filter((e) => e.previous);
    expect(renewals.length).toBeGreaterThan(100);
    // Line 2 + 503 renews line 2 + 497: across the boundary of the first two chunks.
    const byLine = new Map(events.map((e) => [e.source_line, e]));
    expect(byLine.get(IMPORT_CHUNK_ROWS + 5)!.previous).toBe(byLine.get(IMPORT_CHUNK_ROWS - 1)!.aggregate_id);
    const [linked] = await sql<{ n: number }>(
      t,
      `select count(*)::int as "n" from "companies"."placement" p join "companies"."import_record" r on r."entity_id" = p."id"
       where r."key" like 'BIG-%' and p."previous_placement_id" is not null`,
    );
    expect(linked?.n).toBe(renewals.length);
    // Provenance: every row remembers its file and line.
    const [src] = await sql<{ n: number }>(
      t,
      `select count(*)::int as "n" from "companies"."import_record" where "key" like 'BIG-%' and "source_file" = 'grande.csv' and "source_line" = substr("key", 5)::int + 2`,
    );
    expect(src?.n).toBe(ROWS);

    // The same file again: nothing written, nothing published.
    const [before] = await sql<{ n: number }>(t, RECORDED);
    const again = await start('grande.csv', content);
    expect(await runImportBatch(em(), again.id)).toBe(true);
    expect(await batchRow(again.id)).toMatchObject({ status: 'DONE', created_count: 0, updated_count: 0, unchanged_count: ROWS });
    const [after] = await sql<{ n: number }>(t, RECORDED);
    expect(after?.n).toBe(before?.n);

    // A corrected file (two end dates moved, one of them a renewal): those two rows updated, no event.
    const changed = new Set([7, IMPORT_CHUNK_ROWS + 3]);
    const corrected = await start(
      'grande-corretto.csv',
      file('BIG', ROWS, (i) => (changed.has(i) ? 5 : 0)),
    );
    expect(await runImportBatch(em(), corrected.id)).toBe(true);
    expect(await batchRow(corrected.id)).toMatchObject({ status: 'DONE', created_count: 0, updated_count: 2, unchanged_count: ROWS - 2 });
    const [afterCorrection] = await sql<{ n: number }>(t, RECORDED);
    expect(afterCorrection?.n).toBe(before?.n);
    const moved = await sql<{ key: string; days: number; previous: string | null; source_file: string }>(
      t,
      `select r."key", (p."end_date" - p."start_date")::int as "days", p."previous_placement_id"::text as "previous", r."source_file"
       from "companies"."placement" p join "companies"."import_record" r on r."entity_id" = p."id"
       where r."key" in ('BIG-7', 'BIG-${IMPORT_CHUNK_ROWS + 3}', 'BIG-8') order by r."key"`,
    );
    expect(moved).toEqual([
      {
        key: `BIG-${IMPORT_CHUNK_ROWS + 3}`,
        days: 15,
        previous: byLine.get(IMPORT_CHUNK_ROWS + 5)!.previous,
        source_file: 'grande-corretto.csv',
      },
      { key: 'BIG-7', days: 15, previous: null, source_file: 'grande-corretto.csv' },
      { key: 'BIG-8', days: 10, previous: null, source_file: 'grande.csv' },
    ]);
  });

  it('fails a batch at the line of a row the database refuses in a large chunk, with nothing of that chunk written or published', async () => {
    const n = IMPORT_CHUNK_ROWS + 40;
    const batch = await start('rifiutato.csv', file('REF', n));
    // After the check, a placement with the natural key of line 2 + 520 (second chunk) is recorded by hand.
    const [clash] = await sql<{ start: string }>(t, `select ?::date::text as "start"`, [addDays(BASE.REF!, Math.floor(520 / 6) * 20)]);
    await sql(
      t,
      `insert into "companies"."placement" ("id", "beneficiary_id", "company_id", "type", "start_date") select gen_random_uuid(), ?, c."id", 'ASSUNZIONE', ?::date from "companies"."company" c where c."vat_number" = ?`,
      [people[520 % 3]!.id, clash!.start, VATS[Math.floor(520 / 3) % 2]],
    );
    const [before] = await sql<{ n: number }>(t, RECORDED);
    expect(await runImportBatch(em(), batch.id)).toBe(true);
    const [b] = await sql<{
      status: string;
      processed_rows: number;
      created_count: number;
      error_code: string;
      error_line: number;
      error_params: Record<string, unknown>;
    }>(
      t,
      `select "status", "processed_rows", "created_count", "error_code", "error_line", "error_params" from "companies"."import_batch" where "id" = ?`,
      [batch.id],
    );
    expect(b).toMatchObject({
      status: 'FAILED',
      processed_rows: IMPORT_CHUNK_ROWS,
      created_count: IMPORT_CHUNK_ROWS,
      error_code: 'IMPORT_ROW_REJECTED',
      error_line: 522,
    });
    // The natural key's unique index or the no-overlap exclusion, whichever PostgreSQL checks first.
    expect(['23505:placement_natural_key_unique', '23P01:placement_no_overlap']).toContain(
      `${b!.error_params.sqlState}:${b!.error_params.constraint}`,
    );
    // The first chunk is in, with its events; nothing of the refused chunk.
    const events = await eventsOf('REF');
    expect(events).toHaveLength(IMPORT_CHUNK_ROWS);
    expect(new Set(events.map((e) => e.aggregate_id)).size).toBe(IMPORT_CHUNK_ROWS);
    const [after] = await sql<{ n: number }>(t, RECORDED);
    expect(after?.n).toBe((before?.n ?? 0) + IMPORT_CHUNK_ROWS);
    const [written] = await sql<{ n: number }>(t, `select count(*)::int as "n" from "companies"."import_record" where "key" like 'REF-%'`);
    expect(written?.n).toBe(IMPORT_CHUNK_ROWS);
  });
});
