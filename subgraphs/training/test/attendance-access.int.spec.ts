import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '@ixl/auth';
import { bootTestStack, errorCodes, factories, graphqlRequest, type TestStack } from '@ixl/testkit';
import type { CourseSession } from '../src/entities/course-session.entity.js';
import type { Enrolment } from '../src/entities/enrolment.entity.js';
import * as f from './factories.js';

let t: TestStack;
let staff: string;
let body: string;
let otherBody: string;
let editionId: string;
let otherEditionId: string;
let sessions: CourseSession[];
let people: Enrolment[];

const IMPORT =
  'mutation($id: ID!, $csv: String!, $dry: Boolean, $key: String) { importAttendanceCsv(editionId: $id, csv: $csv, dryRun: $dry, idempotencyKey: $key) { accepted rows alreadyImported uploadId errors { line field reason reasonCode params } } }';
type Report = {
  accepted: boolean;
  rows: number;
  alreadyImported: boolean;
  uploadId: string | null;
  errors: { line: number; field: string; reason: string; reasonCode: string; params: Record<string, unknown> }[];
};
const importCsv = async (csv: string, opts: { token?: string; id?: string; dry?: boolean; key?: string } = {}) => {
  const r = await t.graphql<{ importAttendanceCsv: Report }>(IMPORT, {
    token: opts.token ?? body,
    variables: { id: opts.id ?? editionId, csv, dry: opts.dry ?? null, key: opts.key ?? null },
  });
  return r;
};
const attendanceRows = () =>
  f.count(t.stack, 'training.attendance a join training.enrolment n on n.id = a.enrolment_id where n.edition_id = ?', [editionId]);
const uploadedEvents = () => f.count(t.stack, `training.outbox_event where type = 'AttendanceUploaded' and aggregate_id = ?`, [editionId]);

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  const seneca = await f.trainingBody(t.stack);
  const ecipar = await f.trainingBody(t.stack);
  body = await t.tokenFor('TRAINING_BODY', { trainingBodyId: seneca.id });
  otherBody = await t.tokenFor('TRAINING_BODY', { trainingBodyId: ecipar.id });
  const made = await f.edition(t.stack, seneca.id, { sessions: 4, hours: 4 });
  editionId = made.edition.id;
  sessions = made.sessions;
  people = await f.participants(t.stack, editionId, 3);
  const other = await f.edition(t.stack, ecipar.id, { sessions: 1 });
  otherEditionId = other.edition.id;
  await f.participants(t.stack, otherEditionId, 2);
});
afterAll(async () => {
  await t?.stop();
});

describe('attendance CSV import', () => {
  it('reports every bad row with line and reason and writes nothing', async () => {
    const [a, b] = people as [Enrolment, Enrolment];
    const csv = [
      'person,session,hours',
      `${a.codiceFiscale},S001,4`, // fine
      `RSSMRA80A01A944Z,S001,4`, // unknown person (valid shape, not enrolled)
      `${b.codiceFiscale},S999,2`, // session not in the edition
      `${b.id},S002,4.5`, // hours above the 4-hour session
      `${a.codiceFiscale},S001,3`, // duplicate of line 2
      `${b.codiceFiscale},S003,tre`, // not a number
    ].join('\n');
    const before = await attendanceRows();
    const r = await importCsv(csv);
    expect(r.errors).toBeUndefined();
    const report = r.data?.importAttendanceCsv as Report;
    expect(report.accepted).toBe(false);
    expect(report.rows).toBe(6);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'person'],
      [4, 'session'],
      [5, 'hours'],
      [6, 'row'],
      [7, 'hours'],
    ]);
    expect(report.errors[3]?.reason).toContain('line 2');
    expect(await attendanceRows()).toBe(before);
    expect(await uploadedEvents()).toBe(0);
  });

  it('reads the file with csv-parse: BOM, `;`, Windows line ends, a quoted line break; errors at the line where the row starts', async () => {
    const [a, b] = people as [Enrolment, Enrolment];
    const csv = [
      '\uFEFF"Codice_Fiscale";"session";"ore"',
      `"${a.codiceFiscale}";S001;"2,5"`, // line 2: fine
      `"RSSMRA80A01A944Z`, // line 3: a quoted field with a line break inside (unknown person)
      `(nota)";S001;4`,
      '',
      `${b.codiceFiscale};S999;2`, // line 6: session not in the edition
    ].join('\r\n');
    const before = await attendanceRows();
    const report = (await importCsv(csv, { dry: true })).data?.importAttendanceCsv as Report;
    expect(report.accepted).toBe(false);
    expect(report.rows).toBe(3);
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'person'],
      [6, 'session'],
    ]);
    const broken = (await importCsv(`person;session;hours\n${a.codiceFiscale};S001;2\n"${b.codiceFiscale};S002;2\n`)).data
      ?.importAttendanceCsv as Report;
    expect(broken).toMatchObject({
      accepted: false,
      errors: [
        {
          line: 3,
          field: 'csv',
          reason: 'The file is not valid CSV: a quoted field is never closed',
          reasonCode: 'ATTENDANCE_CSV_QUOTE_NOT_CLOSED',
          params: {},
        },
      ],
    });
    expect(await attendanceRows()).toBe(before);
  });

  it('dry run validates only; a real import writes all rows once; the same file again changes nothing', async () => {
    const lines = ['codice_fiscale;session;ore'];
    for (const p of people) for (const s of sessions) lines.push(`${p.codiceFiscale};${s.code};${p === people[2] ? '2,5' : '4'}`);
    const csv = lines.join('\n');
    const dry = (await importCsv(csv, { dry: true })).data?.importAttendanceCsv;
    expect(dry).toMatchObject({ accepted: true, rows: 12, errors: [], alreadyImported: false, uploadId: null });
    expect(await attendanceRows()).toBe(0);

    const done = (await importCsv(csv)).data?.importAttendanceCsv;
    expect(done).toMatchObject({ accepted: true, rows: 12, errors: [], alreadyImported: false });
    expect(await attendanceRows()).toBe(12);
    expect(await uploadedEvents()).toBe(1);

    const again = (await importCsv(`${csv.replace(/\n/g, '\r\n')}\r\n`)).data?.importAttendanceCsv;
    expect(again).toMatchObject({ accepted: true, alreadyImported: true, uploadId: done?.uploadId });
    expect(await attendanceRows()).toBe(12);
    expect(await uploadedEvents()).toBe(1);

    const r = await t.graphql<{
      courseEdition: { enrolments: { participantName: string; attendedHours: number; attendancePercent: number }[] };
    }>('query($id: ID!) { courseEdition(id: $id) { enrolments { participantName attendedHours attendancePercent } } }', {
      token: body,
      variables: { id: editionId },
    });
    expect(r.data?.courseEdition.enrolments).toEqual([
      { participantName: 'Partecipante 1', attendedHours: 16, attendancePercent: 100 },
      { participantName: 'Partecipante 2', attendedHours: 16, attendancePercent: 100 },
      { participantName: 'Partecipante 3', attendedHours: 10, attendancePercent: 62.5 },
    ]);
    const rows = await t.graphql<{ courseEdition: { enrolments: { attendance: { sessionId: string; hours: number }[] }[] } }>(
      'query($id: ID!) { courseEdition(id: $id) { enrolments { attendance { sessionId hours } } } }',
      { token: body, variables: { id: editionId } },
    );
    expect(rows.data?.courseEdition.enrolments[2]?.attendance).toEqual(sessions.map((s) => ({ sessionId: s.id, hours: 2.5 })));
  });

  it('treats a repeated idempotency key as the same upload', async () => {
    const p = people[0] as Enrolment;
    const first = (await importCsv(`person,session,hours\n${p.id},S004,3`, { key: 'portal-upload-1' })).data?.importAttendanceCsv;
    expect(first).toMatchObject({ accepted: true, alreadyImported: false });
    const second = (await importCsv(`person,session,hours\n${p.id},S004,1`, { key: 'portal-upload-1' })).data?.importAttendanceCsv;
    expect(second).toMatchObject({ accepted: true, alreadyImported: true, uploadId: first?.uploadId });
    expect(await f.count(t.stack, 'training.attendance where enrolment_id = ? and minutes_present = 180', [p.id])).toBe(1);
  });

  it('records and corrects a single row, refusing hours above the session length', async () => {
    const p = people[2] as Enrolment;
    const s = sessions[0] as CourseSession;
    const M = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { enrolmentId sessionId hours } }';
    const bad = await t.graphql(M, { token: body, variables: { input: { enrolmentId: p.id, sessionId: s.id, hours: 5 } } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('hours');
    const ok = await t.graphql<{ recordAttendance: { hours: number } }>(M, {
      token: body,
      variables: { input: { enrolmentId: p.id, sessionId: s.id, hours: 3.5 } },
    });
    expect(ok.data?.recordAttendance.hours).toBe(3.5);
    expect(
      await f.count(t.stack, 'training.attendance where enrolment_id = ? and session_id = ? and minutes_present = 210', [p.id, s.id]),
    ).toBe(1);
  });

  it('imports a 10,000-row file in seconds (100 people × 100 sessions)', async () => {
    const bodyId = (
      await t.stack.subgraphs.training.orm.em
        .fork()
        .execute<{ training_body_id: string }[]>('select training_body_id from training.course_edition where id = ?', [editionId])
    )[0]?.training_body_id as string;
    const big = await f.edition(t.stack, bodyId, { startDate: '2021-01-01', endDate: '2021-12-31', sessions: 100, hours: 3, seats: 100 });
    const enrolled = await f.participants(t.stack, big.edition.id, 100);
    const lines = ['person,session,hours'];
    for (const p of enrolled) for (const s of big.sessions) lines.push(`${p.codiceFiscale},${s.code},3`);
    expect(lines).toHaveLength(10_001);
    const started = Date.now();
    const r = await importCsv(lines.join('\n'), { id: big.edition.id });
    const elapsed = Date.now() - started;
    expect(r.errors).toBeUndefined();
    expect(r.data?.importAttendanceCsv).toMatchObject({ accepted: true, rows: 10_000 });
    expect(
      await f.count(t.stack, 'training.attendance a join training.enrolment n on n.id = a.enrolment_id where n.edition_id = ?', [
        big.edition.id,
      ]),
    ).toBe(10_000);
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('authorisation: a training body sees only its own editions', () => {
  it("gets FORBIDDEN for another body's edition, its participants and uploads, and nothing is written", async () => {
    const read = await t.graphql('query($id: ID!) { courseEdition(id: $id) { id title } }', {
      token: otherBody,
      variables: { id: editionId },
    });
    expect(errorCodes(read)).toEqual(['FORBIDDEN']);
    expect(read.data?.courseEdition ?? null).toBeNull();
    const missing = await t.graphql('query($id: ID!) { courseEdition(id: $id) { id } }', {
      token: otherBody,
      variables: { id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(errorCodes(missing)).toEqual(['FORBIDDEN']);

    const list = await t.graphql<{ courseEditions: { id: string }[] }>('{ courseEditions { id } }', { token: otherBody });
    expect(list.data?.courseEditions.map((e) => e.id)).toEqual([otherEditionId]);

    const before = await attendanceRows();
    const csv = `person,session,hours\n${people[0]?.codiceFiscale},S001,1`;
    expect(errorCodes(await importCsv(csv, { token: otherBody }))).toEqual(['FORBIDDEN']);
    const outcome = await t.graphql('mutation($input: CourseOutcomeInput!) { recordCourseOutcome(input: $input) { id } }', {
      token: otherBody,
      variables: { input: { enrolmentId: people[0]?.id, outcome: 'DROPPED_OUT', droppedOutOn: '2020-03-01', dropOutReason: 'x' } },
    });
    expect(errorCodes(outcome)).toEqual(['FORBIDDEN']);
    expect(await attendanceRows()).toBe(before);
    expect(await f.count(t.stack, `training.enrolment where edition_id = ? and outcome = 'IN_PROGRESS'`, [editionId])).toBe(3);
  });

  it('lets a body add sessions to its own edition only', async () => {
    const ADD = 'mutation($id: ID!, $s: [CourseSessionInput!]!) { addCourseSessions(editionId: $id, sessions: $s) { code date hours } }';
    const before = await f.count(t.stack, 'training.course_session where edition_id = ?', [otherEditionId]);
    expect(
      errorCodes(await t.graphql(ADD, { token: body, variables: { id: otherEditionId, s: [{ date: '2020-03-02', hours: 3 }] } })),
    ).toEqual(['FORBIDDEN']);
    const outside = await t.graphql(ADD, {
      token: otherBody,
      variables: {
        id: otherEditionId,
        s: [
          { date: '2020-03-02', hours: 3 },
          { date: '2021-01-01', hours: 3 },
        ],
      },
    });
    expect(errorCodes(outside)).toEqual(['BAD_USER_INPUT']);
    expect(outside.errors?.[0]?.extensions?.field).toBe('sessions.1.date');
    expect(await f.count(t.stack, 'training.course_session where edition_id = ?', [otherEditionId])).toBe(before);
    const ok = await t.graphql<{ addCourseSessions: unknown[] }>(ADD, {
      token: otherBody,
      variables: {
        id: otherEditionId,
        s: [
          { date: '2020-03-02', hours: 3 },
          { date: '2020-03-02', hours: 2.5 },
        ],
      },
    });
    expect(ok.data?.addCourseSessions).toEqual([
      { code: '2020-03-02', date: '2020-03-02', hours: 3 },
      { code: '2020-03-02#2', date: '2020-03-02', hours: 2.5 },
    ]);
  });

  it('resolves no CourseEdition reference of another body (federation _entities path)', async () => {
    const bodyId = (
      await t.stack.subgraphs.training.orm.em
        .fork()
        .execute<{ training_body_id: string }[]>('select training_body_id from training.course_edition where id = ?', [otherEditionId])
    )[0]?.training_body_id;
    const caller: Caller = { userId: '00000000-0000-4000-8000-0000000000aa', role: 'TRAINING_BODY', trainingBodyId: bodyId };
    const r = await graphqlRequest<{ _entities: ({ id: string; title: string } | null)[] }>(
      t.stack.subgraphs.training.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CourseEdition { id title } } }',
      {
        signAs: { caller, internalSecret: t.secrets.internalSecret },
        variables: {
          r: [
            { __typename: 'CourseEdition', id: editionId },
            { __typename: 'CourseEdition', id: otherEditionId },
          ],
        },
      },
    );
    expect(r.data?._entities.map((e) => e?.id ?? null)).toEqual([null, otherEditionId]);
  });

  it('shows the body names, attendance and outcomes of its participants but not other people', async () => {
    const r = await t.graphql<{ courseEditions: { enrolments: { codiceFiscale: string; outcome: string }[] }[] }>(
      '{ courseEditions { enrolments { codiceFiscale outcome } } }',
      { token: otherBody },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.courseEditions).toHaveLength(1);
    expect(r.data?.courseEditions[0]?.enrolments).toHaveLength(2);
  });
});

describe('enrolments', () => {
  it('lets a beneficiary ask and staff confirm with the name and codice fiscale the body will see', async () => {
    const person = await factories.createBeneficiary(t.stack);
    // Only editions that have not ended are offered (issue 20): one of the same body, still to run.
    const [{ training_body_id: bodyId } = { training_body_id: '' }] = await t.stack.subgraphs.training.orm.em
      .fork()
      .execute<{ training_body_id: string }[]>('select training_body_id from training.course_edition where id = ?', [editionId]);
    const openId = (await f.edition(t.stack, bodyId, { startDate: '2099-01-10', endDate: '2099-03-10' })).edition.id;
    const me = await t.tokenFor('BENEFICIARY', { beneficiaryId: person.id });
    const asked = await t.graphql<{ requestCourseEnrolment: { id: string; status: string } }>(
      'mutation($id: ID!) { requestCourseEnrolment(editionId: $id) { id status } }',
      { token: me, variables: { id: openId } },
    );
    expect(asked.data?.requestCourseEnrolment.status).toBe('REQUESTED');
    const ENROL = 'mutation($input: EnrolInCourseInput!) { enrolInCourse(input: $input) { id status participantName codiceFiscale } }';
    const bad = await t.graphql(ENROL, {
      token: staff,
      variables: { input: { editionId: openId, beneficiaryId: person.id, participantName: 'Giulia R.', codiceFiscale: 'NOTACODE' } },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.field).toBe('codiceFiscale');
    expect(
      errorCodes(
        await t.graphql(ENROL, {
          token: body,
          variables: {
            input: { editionId: openId, beneficiaryId: person.id, participantName: 'Giulia R.', codiceFiscale: person.codiceFiscale },
          },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const ok = await t.graphql<{ enrolInCourse: { id: string; status: string; participantName: string; codiceFiscale: string } }>(ENROL, {
      token: staff,
      variables: {
        input: {
          editionId: openId,
          beneficiaryId: person.id,
          participantName: `${person.firstName} ${person.lastName}`,
          codiceFiscale: person.codiceFiscale.toLowerCase(),
        },
      },
    });
    expect(ok.data?.enrolInCourse).toEqual({
      id: asked.data?.requestCourseEnrolment.id,
      status: 'ENROLLED',
      participantName: `${person.firstName} ${person.lastName}`,
      codiceFiscale: person.codiceFiscale,
    });
    expect(
      await f.count(t.stack, `training.outbox_event where type = 'EnrolmentChanged' and aggregate_id = ?`, [ok.data?.enrolInCourse.id]),
    ).toBe(2);
    const mine = await t.graphql<{ beneficiary: { enrolments: { status: string; participantName: string }[] } }>(
      'query($id: ID!) { beneficiary(id: $id) { enrolments { status participantName } } }',
      { token: me, variables: { id: person.id } },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.beneficiary.enrolments).toEqual([{ status: 'ENROLLED', participantName: `${person.firstName} ${person.lastName}` }]);
  });

  it('refuses an enrolment beyond the seats and an incomplete drop-out, changing nothing', async () => {
    const bodyId = (
      await t.stack.subgraphs.training.orm.em
        .fork()
        .execute<{ training_body_id: string }[]>('select training_body_id from training.course_edition where id = ?', [editionId])
    )[0]?.training_body_id as string;
    const small = (await f.edition(t.stack, bodyId, { seats: 1 })).edition.id;
    const [only] = await f.participants(t.stack, small, 1);
    const person = await factories.createBeneficiary(t.stack);
    const full = await t.graphql('mutation($input: EnrolInCourseInput!) { enrolInCourse(input: $input) { id } }', {
      token: staff,
      variables: {
        input: { editionId: small, beneficiaryId: person.id, participantName: 'Mario B.', codiceFiscale: person.codiceFiscale },
      },
    });
    expect(errorCodes(full)).toEqual(['LIMIT_EXCEEDED']);
    expect(await f.count(t.stack, 'training.enrolment where edition_id = ?', [small])).toBe(1);

    const OUTCOME =
      'mutation($input: CourseOutcomeInput!) { recordCourseOutcome(input: $input) { outcome droppedOutOn dropOutReason attendancePercent } }';
    const incomplete = await t.graphql(OUTCOME, {
      token: body,
      variables: { input: { enrolmentId: only?.id, outcome: 'DROPPED_OUT', droppedOutOn: '2020-03-01' } },
    });
    expect(errorCodes(incomplete)).toEqual(['BAD_USER_INPUT']);
    expect(incomplete.errors?.[0]?.extensions?.field).toBe('dropOutReason');
    expect(await f.count(t.stack, `training.enrolment where id = ? and outcome = 'IN_PROGRESS'`, [only?.id])).toBe(1);
    const dropped = await t.graphql<{ recordCourseOutcome: unknown }>(OUTCOME, {
      token: body,
      variables: { input: { enrolmentId: only?.id, outcome: 'DROPPED_OUT', droppedOutOn: '2020-03-01', dropOutReason: 'Moved away' } },
    });
    expect(dropped.data?.recordCourseOutcome).toEqual({
      outcome: 'DROPPED_OUT',
      droppedOutOn: '2020-03-01',
      dropOutReason: 'Moved away',
      attendancePercent: 0,
    });
  });
});
