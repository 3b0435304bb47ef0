import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootTestStack,
  historyImportClient,
  type HistoryImportBatchResult,
  type HistoryImportClient,
  factories,
  type TestStack,
} from '@ixl/testkit';
import { layoutCsv, PROJECTS_IMPORT_LAYOUTS } from '@ixl/contracts';

/**
 * Issue 27, the projects kind: social-innovation projects of 2019 with their path imported from a PROGETTI file:
 * bad rows reported and nothing written; each step written as a live step (history row dated the day it happened,
 * ProjectStatusChanged, which finance's project facts follow); the 2019 funnel equals the hand count of the file;
 * a re-import changes nothing; a corrected file adds a later step and changes a field, never a recorded step; no undo.
 */

let t: TestStack;
let staff: string;
let admin: string;
let imports: HistoryImportClient;
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  t.stack.subgraphs.projects.orm.em.getConnection().execute<T[]>(query, params);
const count = async (table: string, where = 'true') =>
  Number((await sql<{ n: string }>(`select count(*) as n from "projects"."${table}" where ${where}`))[0]?.n ?? 0);
/** A PROGETTI file from rows given by column name (the layout's order, `;`). */
const progetti = (rows: Record<string, string>[]) => layoutCsv(PROJECTS_IMPORT_LAYOUTS.PROGETTI, rows);

const FUNDED = {
  id_esterno: 'PIS-2019-001',
  titolo: 'Sartoria sociale di quartiere',
  organizzazione: 'Cooperativa Filo Rosso',
  settore: 'moda etica',
  posti_previsti: '3',
  importo_richiesto: '8.000,00',
  data_candidatura: '15/01/2019',
  data_preselezione: '10/02/2019',
  data_incontro_conoscitivo: '04/03/2019',
  data_accompagnamento: '11/03/2019',
  data_report: '20/05/2019',
  data_comitato_valutazione: '10/06/2019',
  data_comitato_gestione: '01/07/2019',
  data_finanziamento: '15/07/2019',
  percorso: 'tre laboratori',
};
const WITHDRAWN = {
  id_esterno: 'PIS-2019-002',
  titolo: 'Orto condiviso',
  organizzazione: 'Gruppo Terra Viva',
  tipo_organizzazione: 'gruppo informale',
  settore: 'agricoltura sociale',
  data_candidatura: '2019-02-01',
  data_preselezione: '2019-02-20',
  uscita: 'ritirato',
  data_uscita: '2019-03-15',
  motivo_uscita: 'Il gruppo si è sciolto',
};
const IN_PATH = {
  id_esterno: 'PIS-2019-003',
  titolo: 'Emporio solidale',
  organizzazione: 'Associazione Il Ponte',
  settore: 'welfare di comunità',
  posti_previsti: '2',
  data_candidatura: '01/04/2019',
  data_preselezione: '15/04/2019',
  data_incontro_conoscitivo: '06/05/2019',
  data_accompagnamento: '13/05/2019',
  percorso: 'breve',
};

let first: HistoryImportBatchResult;

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
  imports = historyImportClient(t.graphql, 'projects', admin);
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

describe('history import: projects with their path (PROGETTI)', () => {
  it('reports every bad row with its column and writes nothing', async () => {
    const bad = progetti([
      FUNDED,
      { ...WITHDRAWN, data_uscita: '2019-02-10' },
      { ...IN_PATH, data_incontro_conoscitivo: '', settore: 'edilizia' },
      {
        ...FUNDED,
        id_esterno: 'PIS-2019-004',
        importo_richiesto: '8.000,001',
        uscita: 'respinto',
        data_uscita: '20/07/2019',
        motivo_uscita: 'x',
      },
    ]);
    const r = await imports.check('PROGETTI', 'progetti-2019.csv', bad);
    expect(r.errors.map((e) => [e.line, e.column, e.reasonCode])).toEqual([
      [3, 'data_uscita', 'IMPORT_PATH_ORDER'],
      [4, 'settore', 'IMPORT_CODE_UNKNOWN'],
      [4, 'data_accompagnamento', 'IMPORT_PATH_GAP'],
      [5, 'importo_richiesto', 'IMPORT_MONEY_FORMAT'],
      [5, 'uscita', 'IMPORT_EXIT_AFTER_FUNDING'],
    ]);
    expect(r.errors[0]).toMatchObject({ file: 'progetti-2019.csv', params: { column: 'data_uscita', previous: 'data_preselezione' } });
    const refused = await imports.start('PROGETTI', 'progetti-2019.csv', bad);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_HAS_ERRORS', params: { count: 5 } });
    await expect(historyImportClient(t.graphql, 'projects', staff).check('PROGETTI', 'progetti-2019.csv', bad)).rejects.toThrow(
      /FORBIDDEN/,
    );
    expect(await count('project')).toBe(0);
  });

  it('imports the projects and writes each step as a live one: history, events, finance facts, the funnel', async () => {
    first = await imports.importFile('PROGETTI', 'progetti-2019.csv', progetti([FUNDED, WITHDRAWN, IN_PATH]));
    expect(first).toMatchObject({ createdCount: 3, updatedCount: 0 });
    const projects = await sql<Record<string, unknown>>(
      `select r."key", p."status", p."organisation_kind" as "kind", p."sector", p."requested_amount_cents"::int as "cents", p."path_kind" as "path",
         to_char(p."intake_meeting_on", 'YYYY-MM-DD') as "intake", to_char(p."submitted_at" at time zone 'Europe/Rome', 'YYYY-MM-DD HH24:MI') as "submitted"
       from projects.import_record r join projects.project p on p."id" = r."entity_id" order by r."key"`,
    );
    expect(projects).toEqual([
      {
        key: 'PIS-2019-001',
        status: 'FUNDED',
        kind: 'ETS',
        sector: 'ETHICAL_FASHION',
        cents: 800_000,
        path: 'THREE_LABS',
        intake: '2019-03-04',
        submitted: '2019-01-15 00:00',
      },
      {
        key: 'PIS-2019-002',
        status: 'WITHDRAWN',
        kind: 'INFORMAL_GROUP',
        sector: 'SOCIAL_FARMING',
        cents: null,
        path: null,
        intake: null,
        submitted: '2019-02-01 00:00',
      },
      {
        key: 'PIS-2019-003',
        status: 'ACCOMPANIMENT',
        kind: 'ETS',
        sector: 'COMMUNITY_WELFARE',
        cents: null,
        path: 'SHORT',
        intake: '2019-05-06',
        submitted: '2019-04-01 00:00',
      },
    ]);
    const [withdrawn] = await sql<{ entity_id: string }>(`select "entity_id" from projects.import_record where "key" = 'PIS-2019-002'`);
    expect(
      await sql(
        `select "from_status" as "from", "to_status" as "to", to_char("on", 'YYYY-MM-DD') as "on", "reason" from projects.status_change where "subject_id" = ? order by "at"`,
        [withdrawn!.entity_id],
      ),
    ).toEqual([
      { from: null, to: 'SUBMITTED', on: '2019-02-01', reason: null },
      { from: 'SUBMITTED', to: 'PRE_SELECTION', on: '2019-02-20', reason: null },
      { from: 'PRE_SELECTION', to: 'WITHDRAWN', on: '2019-03-15', reason: 'Il gruppo si è sciolto' },
    ]);
    // 8 + 3 + 4 steps, each with its event; finance follows each project's last step.
    expect(await count('status_change')).toBe(15);
    expect(await count('outbox_event', `"type" = 'ProjectStatusChanged'`)).toBe(15);
    await factories.drainEvents(t.stack);
    const facts = await t.stack.subgraphs.finance.orm.em
      .getConnection()
      .execute<{ status: string }[]>(`select "status" from finance.project_fact order by "status"`);
    expect(facts.map((f) => f.status)).toEqual(['ACCOMPANIMENT', 'FUNDED', 'WITHDRAWN']);
    // The 2019 funnel equals the hand count of the file.
    const funnel = await t.graphql<{ projectFunnel: Record<string, unknown>[] }>(
      '{ projectFunnel(fromYear: 2019, toYear: 2019) { year sector applied accompanied evaluated evaluatedPositively funded withdrawn } }',
      { token: staff },
    );
    expect(funnel.errors).toBeUndefined();
    const total = (k: string) => funnel.data!.projectFunnel.reduce((s, r) => s + Number(r[k]), 0);
    expect(['applied', 'accompanied', 'evaluated', 'evaluatedPositively', 'funded', 'withdrawn'].map(total)).toEqual([3, 2, 1, 1, 1, 1]);
  });

  it('a re-import changes nothing; a corrected file adds a later step and a field, never changes a recorded step', async () => {
    expect(await imports.importFile('PROGETTI', 'progetti-2019.csv', progetti([FUNDED, WITHDRAWN, IN_PATH]))).toMatchObject({
      createdCount: 0,
      unchangedCount: 3,
    });
    expect(await count('status_change')).toBe(15);
    const corrected = progetti([FUNDED, WITHDRAWN, { ...IN_PATH, data_report: '01/07/2019', posti_previsti: '4' }]);
    expect(await imports.check('PROGETTI', 'progetti-2019-v2.csv', corrected)).toMatchObject({
      toCreate: 0,
      toUpdate: 1,
      unchanged: 2,
      errors: [],
    });
    expect(await imports.importFile('PROGETTI', 'progetti-2019-v2.csv', corrected)).toMatchObject({ updatedCount: 1, unchangedCount: 2 });
    const [p3] = await sql<{ status: string; expected_jobs: number; id: string }>(
      `select p."id", p."status", p."expected_jobs" from projects.import_record r join projects.project p on p."id" = r."entity_id" where r."key" = 'PIS-2019-003'`,
    );
    expect(p3).toMatchObject({ status: 'REVIEW', expected_jobs: 4 });
    expect(await count('status_change', `"subject_id" = '${p3!.id}'`)).toBe(5);
    expect(await count('outbox_event', `"type" = 'ProjectStatusChanged'`)).toBe(16);
    const rewritten = progetti([{ ...FUNDED, data_preselezione: '11/02/2019' }, WITHDRAWN, IN_PATH]);
    expect(
      (await imports.check('PROGETTI', 'progetti-2019-v3.csv', rewritten)).errors.map((e) => [e.line, e.column, e.reasonCode]),
    ).toEqual([
      [2, 'data_preselezione', 'IMPORT_PROJECT_PATH_CHANGED'],
      [4, 'data_report', 'IMPORT_PROJECT_PATH_CHANGED'],
    ]);
  });

  it('a projects batch cannot be undone: its steps have reached finance and the funnels', async () => {
    const refused = await imports.undo(first.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_UNDO_PROJECTS' });
    expect(await count('project')).toBe(3);
  });
});
