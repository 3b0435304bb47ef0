import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, type TestStack } from '@ixl/testkit';
import { count, matchingProfile, outbox, postVacancy, seedProfiles } from './factories.js';

let t: TestStack;
let staff: string;
let rekeep: { id: string; name: string };
let alfa: { id: string; name: string };
let zeta: { id: string; name: string };
const person = matchingProfile({ firstName: 'Marta' });
const other = matchingProfile({ firstName: 'Karim' });

const RECORD =
  'mutation($i: RecordPlacementInput!) { recordPlacement(input: $i) { id type contract startDate endDate hoursPerWeek followUp sourceEditionId company { id } vacancy { id } previousPlacement { id type } followUps { id } } }';
type P = {
  id: string;
  type: string;
  contract: string | null;
  followUp: string | null;
  company: { id: string } | null;
  previousPlacement: { id: string; type: string } | null;
  followUps: { id: string }[];
  vacancy: { id: string } | null;
  sourceEditionId: string | null;
};

async function record(input: Record<string, unknown>): Promise<P> {
  const r = await t.graphql<{ recordPlacement: P }>(RECORD, { token: staff, variables: { i: input } });
  if (!r.data?.recordPlacement) throw new Error(JSON.stringify(r.errors));
  return r.data.recordPlacement;
}

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  rekeep = await factories.createCompany(t.stack, 'Rekeep');
  alfa = await factories.createCompany(t.stack, 'Alfa');
  zeta = await factories.createCompany(t.stack, 'Zeta');
  await seedProfiles(t, [person, other]);
});
afterAll(async () => {
  await t?.stop();
});

describe('recordPlacement', () => {
  it('records a stage with its vacancy and course, and publishes PlacementRecorded for people, training and finance', async () => {
    const vacancy = await postVacancy(t, staff, {
      title: 'Magazziniere',
      municipalityCode: '037006',
      companyId: rekeep.id,
      status: 'OPEN',
    });
    const edition = '3f9c2b1e-5a4d-4e8f-9b7c-1d2e3f4a5b6c';
    const p = await record({
      beneficiaryId: person.beneficiaryId,
      type: 'STAGE',
      startDate: '2026-03-01',
      endDate: '2026-08-31',
      hoursPerWeek: 30,
      companyId: rekeep.id,
      vacancyId: vacancy.id,
      sourceEditionId: edition,
    });
    expect(p).toMatchObject({
      type: 'STAGE',
      contract: null,
      company: { id: rekeep.id },
      vacancy: { id: vacancy.id },
      sourceEditionId: edition,
      previousPlacement: null,
      followUps: [],
    });
    const [event] = (await outbox(t, 'PlacementRecorded')).filter((e) => e.aggregate_id === p.id);
    expect(event?.payload).toEqual({
      placementId: p.id,
      beneficiaryId: person.beneficiaryId,
      companyId: rekeep.id,
      vacancyId: vacancy.id,
      sourceEditionId: edition,
      previousPlacementId: null,
      followUp: null,
      type: 'STAGE',
      contract: null,
      startDate: '2026-03-01',
      endDate: '2026-08-31',
      hoursPerWeek: 30,
    });
  });

  it('converts a stage into a contract, and renews a contract, as new linked placements', async () => {
    const stage = await record({
      beneficiaryId: other.beneficiaryId,
      type: 'STAGE',
      startDate: '2026-01-10',
      endDate: '2026-06-30',
      companyId: alfa.id,
    });
    const hire = await record({
      beneficiaryId: other.beneficiaryId,
      type: 'ASSUNZIONE',
      contract: 'TEMPO_DETERMINATO',
      startDate: '2026-07-01',
      endDate: '2026-12-31',
      companyId: alfa.id,
      previousPlacementId: stage.id,
      followUp: 'CONVERSION',
    });
    expect(hire).toMatchObject({ followUp: 'CONVERSION', previousPlacement: { id: stage.id, type: 'STAGE' } });
    const renewal = await record({
      beneficiaryId: other.beneficiaryId,
      type: 'ASSUNZIONE',
      contract: 'TEMPO_INDETERMINATO',
      startDate: '2027-01-01',
      companyId: alfa.id,
      previousPlacementId: hire.id,
      followUp: 'RENEWAL',
    });
    expect(renewal.previousPlacement?.id).toBe(hire.id);
    const chain = await t.graphql<{ recordPlacement: P }>(RECORD, {
      token: staff,
      variables: { i: { beneficiaryId: other.beneficiaryId, type: 'LAVORO_AUTONOMO', startDate: '2027-02-01' } },
    });
    expect(chain.data?.recordPlacement).toMatchObject({ type: 'LAVORO_AUTONOMO', company: null });
    const events = (await outbox(t, 'PlacementRecorded')).map((e) => e.payload).filter((p) => p.beneficiaryId === other.beneficiaryId);
    expect(events.map((e) => [e.type, e.followUp, e.previousPlacementId])).toEqual([
      ['STAGE', null, null],
      ['ASSUNZIONE', 'CONVERSION', stage.id],
      ['ASSUNZIONE', 'RENEWAL', hire.id],
      ['LAVORO_AUTONOMO', null, null],
    ]);
  });

  it.each([
    ['contract', { type: 'ASSUNZIONE', companyId: 'REKEEP' }],
    ['contract', { type: 'STAGE', contract: 'TEMPO_DETERMINATO', companyId: 'REKEEP' }],
    ['hoursPerWeek', { type: 'MINI_JOB', hoursPerWeek: 20, companyId: 'REKEEP' }],
    ['hoursPerWeek', { type: 'MINI_JOB', companyId: 'REKEEP' }],
    ['companyId', { type: 'TIROCINIO' }],
    ['companyId', { type: 'TIROCINIO', companyId: '7d7e4f6e-2d0a-4c1b-9a43-0f2b7e1c9a11' }],
    ['startDate', { type: 'LAVORO_AUTONOMO', startDate: '2026-13-01' }],
    ['endDate', { type: 'LAVORO_AUTONOMO', endDate: '2025-01-01' }],
    ['endDate', { type: 'ASSUNZIONE', contract: 'TEMPO_INDETERMINATO', endDate: '2027-01-01', companyId: 'REKEEP' }],
    ['beneficiaryId', { type: 'LAVORO_AUTONOMO', beneficiaryId: '7d7e4f6e-2d0a-4c1b-9a43-0f2b7e1c9a11' }],
    [
      'followUp',
      {
        type: 'ASSUNZIONE',
        contract: 'TEMPO_DETERMINATO',
        companyId: 'REKEEP',
        previousPlacementId: '7d7e4f6e-2d0a-4c1b-9a43-0f2b7e1c9a11',
      },
    ],
    [
      'previousPlacementId',
      {
        type: 'ASSUNZIONE',
        contract: 'TEMPO_DETERMINATO',
        companyId: 'REKEEP',
        previousPlacementId: '7d7e4f6e-2d0a-4c1b-9a43-0f2b7e1c9a11',
        followUp: 'CONVERSION',
      },
    ],
  ])('rejects a bad %s with BAD_USER_INPUT and records nothing', async (field, patch) => {
    const input = { beneficiaryId: person.beneficiaryId, startDate: '2026-05-01', ...patch } as Record<string, unknown>;
    if (input.companyId === 'REKEEP') input.companyId = rekeep.id;
    const before = [await count(t, 'placement'), (await outbox(t, 'PlacementRecorded')).length];
    const r = await t.graphql(RECORD, { token: staff, variables: { i: input } });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions?.field).toBe(field);
    expect([await count(t, 'placement'), (await outbox(t, 'PlacementRecorded')).length]).toEqual(before);
  });

  it('refuses conversions that are not stage → contract, and follow-ups of another person or company', async () => {
    const hire = await record({
      beneficiaryId: person.beneficiaryId,
      type: 'ASSUNZIONE',
      contract: 'TEMPO_DETERMINATO',
      startDate: '2026-09-01',
      companyId: zeta.id,
    });
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          beneficiaryId: person.beneficiaryId,
          type: 'ASSUNZIONE',
          contract: 'TEMPO_INDETERMINATO',
          startDate: '2026-10-01',
          companyId: zeta.id,
          previousPlacementId: hire.id,
          followUp: 'CONVERSION',
        },
        'previousPlacementId',
      ],
      [
        {
          beneficiaryId: other.beneficiaryId,
          type: 'ASSUNZIONE',
          contract: 'TEMPO_DETERMINATO',
          startDate: '2026-10-01',
          companyId: zeta.id,
          previousPlacementId: hire.id,
          followUp: 'RENEWAL',
        },
        'previousPlacementId',
      ],
      [
        {
          beneficiaryId: person.beneficiaryId,
          type: 'ASSUNZIONE',
          contract: 'TEMPO_DETERMINATO',
          startDate: '2026-10-01',
          companyId: alfa.id,
          previousPlacementId: hire.id,
          followUp: 'EXTENSION',
        },
        'companyId',
      ],
      [
        {
          beneficiaryId: person.beneficiaryId,
          type: 'STAGE',
          startDate: '2026-10-01',
          companyId: zeta.id,
          previousPlacementId: hire.id,
          followUp: 'CONVERSION',
        },
        'type',
      ],
    ];
    for (const [input, field] of cases) {
      const r = await t.graphql(RECORD, { token: staff, variables: { i: input } });
      expect(r.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('is staff-only', async () => {
    const company = await t.tokenFor('COMPANY', { companyId: rekeep.id });
    const r = await t.graphql(RECORD, {
      token: company,
      variables: { i: { beneficiaryId: person.beneficiaryId, type: 'LAVORO_AUTONOMO', startDate: '2026-05-01' } },
    });
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
  });
});

describe('companyPlacementRanking', () => {
  it('ranks companies by placements started in the year, ties by name sharing the rank', async () => {
    // 2026 so far: Rekeep 1 stage; Alfa stage + conversion; Zeta 1 hire. Add one more to Rekeep to tie with Alfa.
    await record({ beneficiaryId: person.beneficiaryId, type: 'TIROCINIO', startDate: '2026-11-01', companyId: rekeep.id });
    const r = await t.graphql<{ companyPlacementRanking: { rank: number; placements: number; company: { name: string } }[] }>(
      '{ companyPlacementRanking(year: 2026) { rank placements company { name } } }',
      { token: staff },
    );
    expect(r.data?.companyPlacementRanking.map((x) => [x.rank, x.company.name, x.placements])).toEqual([
      [1, 'Alfa', 2],
      [1, 'Rekeep', 2],
      [3, 'Zeta', 1],
    ]);
    const y2027 = await t.graphql<{ companyPlacementRanking: { placements: number; company: { name: string } }[] }>(
      '{ companyPlacementRanking(year: 2027) { placements company { name } } }',
      { token: staff },
    );
    expect(y2027.data?.companyPlacementRanking.map((x) => [x.company.name, x.placements])).toEqual([['Alfa', 1]]);
    const company = await t.tokenFor('COMPANY', { companyId: rekeep.id });
    expect(errorCodes(await t.graphql('{ companyPlacementRanking(year: 2026) { rank } }', { token: company }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql('{ companyPlacementRanking(year: 1999) { rank } }', { token: staff }))).toEqual(['BAD_USER_INPUT']);
  });
});
