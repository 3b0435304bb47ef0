import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, withApproval, type GraphQLResponse, type TestStack } from '@ixl/testkit';
import { addDays, todayInRome } from '@ixl/calendar';
import type { ProjectStatusChangedPayload } from '@ixl/contracts';
import { countRows, financeSql, recordPlacement, snapshot, stagePlacement } from './factories.js';

/*
 * The over-55 call: "La prima call, destinata ad enti del Terzo settore disponibili ad assumere beneficiari di Insieme per il
 * lavoro non lontani dalla pensione, prevede un incentivo per una quota fino a 10.000 euro/anno per ogni inserimento
 * effettuato" (seeds/003_fe62a26ba95cc30f.txt:1562-1568, people "over 55": :1563). The intermediaries call: "progetti ...
 * finanziati nella misura massima di 40.000 euro/anno" (seeds/003_fe62a26ba95cc30f.txt:1570-1573).
 */

let t: TestStack;
let staff: string;
let approver: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  approver = await t.tokenFor('ADMIN');
});
afterAll(async () => {
  await t?.stop();
});

const COMMIT = 'mutation($i: SupportPaymentInput!) { commitSupportPayment(input: $i) { id companyId amountCents year } }';
/** A support payment is money (maker-checker, issue 26): prepared by staff, approved by a second user. */
const commit = <T = Record<string, unknown>>(o: { token: string; variables: Record<string, unknown> }) =>
  withApproval<T>(t, COMMIT, { ...o, approver, resultType: 'SupportPayment' });
const reasonAndField = (r: GraphQLResponse) => ({
  code: r.errors?.[0]?.extensions?.code,
  reason: r.errors?.[0]?.extensions?.reason,
  field: r.errors?.[0]?.extensions?.field,
});

async function company(thirdSector: boolean): Promise<string> {
  const id = randomUUID();
  await factories.publishAs(t.stack, 'companies', {
    type: 'CompanyRegistered',
    aggregateType: 'Company',
    aggregateId: id,
    payload: {
      companyId: id,
      name: thirdSector ? 'La Fraternità Soc. Coop. Sociale' : 'Rekeep S.p.A.',
      association: null,
      atecoCode: null,
      municipalityCode: '037006',
      boardJoinedOn: null,
      boardLeftOn: null,
      thirdSector,
      changedFields: [],
    },
  });
  return id;
}

async function person(birthDate: string | null): Promise<string> {
  const id = randomUUID();
  await factories.publishAs(t.stack, 'people', {
    type: 'BeneficiaryProfileChanged',
    aggregateType: 'Beneficiary',
    aggregateId: id,
    payload: { profile: { beneficiaryId: id, firstName: 'Anna', lastInitial: 'R', birthYear: 1968, ...(birthDate ? { birthDate } : {}) } },
  });
  return id;
}

async function placement(o: { companyId: string | null; beneficiaryId: string; startDate: string; type?: string }): Promise<string> {
  const p = stagePlacement({
    companyId: o.companyId,
    beneficiaryId: o.beneficiaryId,
    startDate: o.startDate,
    endDate: null,
    type: (o.type ?? 'ASSUNZIONE') as 'ASSUNZIONE',
    contract: 'TEMPO_DETERMINATO',
  });
  await recordPlacement(t, p);
  return p.placementId;
}

async function project(to: string, callKind: string | null): Promise<string> {
  const id = randomUUID();
  const payload: ProjectStatusChangedPayload = {
    projectId: id,
    projectKind: 'SOCIAL_INNOVATION',
    from: null,
    to,
    reason: null,
    on: '2026-01-10',
    organisationKind: callKind === 'LABOUR_INTERMEDIARIES' ? 'LABOUR_INTERMEDIARY' : 'ETS',
    callKind,
  };
  await factories.publishAs(t.stack, 'projects', {
    type: 'ProjectStatusChanged',
    aggregateType: 'Project',
    aggregateId: id,
    payload: { ...payload },
  });
  await factories.drainEvents(t.stack);
  return id;
}

const over55 = (referenceId: string, extra: Record<string, unknown> = {}) => ({
  kind: 'OVER55_HIRING',
  referenceId,
  year: 2026,
  bookedOn: '2026-05-01',
  description: 'Assunzione over 55',
  amountCents: 600_000,
  ...extra,
});

describe('over-55 hiring incentive', () => {
  it('is committed for a real hire of a person aged 55+ at the hire date by a Third Sector employer, within €10,000 a year', async () => {
    const ets = await company(true);
    const who = await person('1971-03-15'); // 55 on 2026-03-15
    const placementId = await placement({ companyId: ets, beneficiaryId: who, startDate: '2026-03-15' });
    const first = await commit<{ commitSupportPayment: { companyId: string } }>({
      token: staff,
      variables: { i: over55(placementId) },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.commitSupportPayment.companyId).toBe(ets); // the employer comes from the placement
    const before = await snapshot(t);
    const over = await commit({ token: staff, variables: { i: over55(placementId, { amountCents: 400_001 }) } });
    expect(reasonAndField(over)).toEqual({ code: 'BAD_USER_INPUT', reason: 'YEARLY_CAP_EXCEEDED', field: 'amountCents' });
    expect(over.errors?.[0]?.extensions?.params).toEqual({ capCents: 1_000_000, availableCents: 400_000 });
    expect(await snapshot(t)).toEqual(before);
    expect((await commit({ token: staff, variables: { i: over55(placementId, { amountCents: 400_000 }) } })).errors).toBeUndefined();
    // a new year has its own cap
    const next = over55(placementId, { year: 2027, bookedOn: '2027-01-10', amountCents: 1_000_000 });
    expect((await commit({ token: staff, variables: { i: next } })).errors).toBeUndefined();
  });

  it('refuses a random placement id, an under-55, a non-Third-Sector employer, a stage, an unknown age, an earlier year: nothing written', async () => {
    const ets = await company(true);
    const spa = await company(false);
    const old = await person('1960-06-30');
    const young = await person('1971-03-16'); // 54 on 2026-03-15
    const unknownAge = await person(null);
    const cases: [string, Record<string, unknown>, { reason: string; field: string; params?: Record<string, unknown> }][] = [
      ['random placement id', over55(randomUUID()), { reason: 'OVER55_PLACEMENT_NOT_FOUND', field: 'referenceId' }],
      [
        'under 55 at the hire date',
        over55(await placement({ companyId: ets, beneficiaryId: young, startDate: '2026-03-15' })),
        { reason: 'OVER55_UNDER_AGE', field: 'referenceId', params: { ageAtHire: 54, hireDate: '2026-03-15' } },
      ],
      [
        'employer not Third Sector',
        over55(await placement({ companyId: spa, beneficiaryId: old, startDate: '2026-02-01' })),
        { reason: 'OVER55_EMPLOYER_NOT_THIRD_SECTOR', field: 'referenceId' },
      ],
      [
        'employer unknown to finance',
        over55(await placement({ companyId: randomUUID(), beneficiaryId: old, startDate: '2026-02-01' })),
        { reason: 'OVER55_EMPLOYER_NOT_THIRD_SECTOR', field: 'referenceId' },
      ],
      [
        'a stage is not a hire',
        over55(await placement({ companyId: ets, beneficiaryId: old, startDate: '2026-02-01', type: 'STAGE' })),
        { reason: 'OVER55_NOT_A_HIRE', field: 'referenceId', params: { placementType: 'STAGE' } },
      ],
      [
        'birth date unknown',
        over55(await placement({ companyId: ets, beneficiaryId: unknownAge, startDate: '2026-02-01' })),
        { reason: 'OVER55_AGE_UNKNOWN', field: 'referenceId' },
      ],
      [
        'a year before the hire',
        over55(await placement({ companyId: ets, beneficiaryId: old, startDate: '2026-02-01' }), { year: 2025, bookedOn: '2026-02-10' }),
        { reason: 'OVER55_YEAR_BEFORE_HIRE', field: 'year', params: { hireYear: 2026 } },
      ],
      [
        'another employer named',
        over55(await placement({ companyId: ets, beneficiaryId: old, startDate: '2026-02-01' }), { companyId: spa }),
        { reason: 'PLACEMENT_COMPANY_MISMATCH', field: 'companyId' },
      ],
    ];
    for (const [label, input, expected] of cases) {
      const before = await snapshot(t);
      const r = await commit({ token: staff, variables: { i: input } });
      expect({ label, ...reasonAndField(r) }).toEqual({ label, code: 'BAD_USER_INPUT', reason: expected.reason, field: expected.field });
      if (expected.params) expect(r.errors?.[0]?.extensions?.params).toEqual(expected.params);
      expect(r.errors?.[0]?.message).toBeTruthy();
      expect(await snapshot(t)).toEqual(before);
    }
  });

  it('follows the employer: a company registered as Third Sector later qualifies from then on', async () => {
    const coop = await company(false);
    const who = await person('1965-01-01');
    const placementId = await placement({ companyId: coop, beneficiaryId: who, startDate: '2026-04-01' });
    expect(errorCodes(await commit({ token: staff, variables: { i: over55(placementId) } }))).toEqual(['BAD_USER_INPUT']);
    await factories.publishAs(t.stack, 'companies', {
      type: 'CompanyChanged',
      aggregateType: 'Company',
      aggregateId: coop,
      payload: {
        companyId: coop,
        name: 'Coop',
        association: null,
        atecoCode: null,
        municipalityCode: '037006',
        boardJoinedOn: null,
        boardLeftOn: null,
        thirdSector: true,
        changedFields: ['thirdSector'],
      },
    });
    await factories.drainEvents(t.stack);
    expect((await commit({ token: staff, variables: { i: over55(placementId) } })).errors).toBeUndefined();
    // erasure forgets the birth date: no further incentive can be checked
    await factories.publishAs(t.stack, 'people', {
      type: 'BeneficiaryErased',
      aggregateType: 'Beneficiary',
      aggregateId: who,
      payload: { beneficiaryId: who },
    });
    await factories.drainEvents(t.stack);
    expect(await financeSql(t, 'select "birth_date" from "finance"."person_fact" where "beneficiary_id" = ?', [who])).toEqual([
      { birth_date: null },
    ]);
  });
});

describe('labour intermediaries grant', () => {
  const grant = (referenceId: string, amountCents: number) => ({
    kind: 'INTERMEDIARY_PROJECT',
    referenceId,
    year: 2026,
    bookedOn: '2026-02-01',
    description: 'Progetto di reinserimento',
    amountCents,
  });

  it('is tied to a real project of the intermediaries call approved for funding, within €40,000 a year', async () => {
    const funded = await project('FUNDED', 'LABOUR_INTERMEDIARIES');
    const cases: [string, Record<string, unknown>, string, Record<string, unknown> | undefined][] = [
      ['random project id', grant(randomUUID(), 100_000), 'INTERMEDIARY_PROJECT_NOT_FOUND', undefined],
      [
        'a social-innovation project',
        grant(await project('FUNDED', 'SOCIAL_INNOVATION'), 100_000),
        'NOT_AN_INTERMEDIARY_PROJECT',
        undefined,
      ],
      [
        'not approved yet',
        grant(await project('EVALUATION_COMMITTEE', 'LABOUR_INTERMEDIARIES'), 100_000),
        'INTERMEDIARY_PROJECT_NOT_APPROVED',
        { projectStatus: 'EVALUATION_COMMITTEE' },
      ],
      ['over the yearly cap', grant(funded, 4_000_001), 'YEARLY_CAP_EXCEEDED', { capCents: 4_000_000, availableCents: 4_000_000 }],
    ];
    for (const [label, input, reason, params] of cases) {
      const before = await snapshot(t);
      const r = await commit({ token: staff, variables: { i: input } });
      expect({ label, ...reasonAndField(r) }).toEqual({
        label,
        code: 'BAD_USER_INPUT',
        reason,
        field: reason === 'YEARLY_CAP_EXCEEDED' ? 'amountCents' : 'referenceId',
      });
      if (params) expect(r.errors?.[0]?.extensions?.params).toEqual(params);
      expect(await snapshot(t)).toEqual(before);
    }
    expect((await commit({ token: staff, variables: { i: grant(funded, 4_000_000) } })).errors).toBeUndefined();
    expect(errorCodes(await commit({ token: staff, variables: { i: grant(funded, 1) } }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('non-cash support recorded by staff', () => {
  const RECORD =
    'mutation($i: NonCashSupportInput!) { recordNonCashSupport(input: $i) { id kind description valueCents providedOn decisionId } }';

  it('is recorded for a known project (finance’s read model of projects), and refused with reasons otherwise', async () => {
    const projectId = await project('FUNDED', 'SOCIAL_INNOVATION');
    const item = {
      projectId,
      kind: 'SERVICES_IN_KIND',
      description: 'Sala e attrezzature per i laboratori',
      valueCents: 45_000,
      providedOn: '2026-03-01',
    };
    const ok = await t.graphql<{ recordNonCashSupport: { id: string } }>(RECORD, { token: staff, variables: { i: item } });
    expect(ok.errors).toBeUndefined();
    const tomorrow = addDays(todayInRome(), 1);
    const cases: [string, Record<string, unknown>, string, string, string][] = [
      ['unknown project', { ...item, projectId: randomUUID() }, 'BAD_USER_INPUT', 'NON_CASH_PROJECT_NOT_FOUND', 'projectId'],
      ['no value', { ...item, valueCents: 0 }, 'BAD_USER_INPUT', 'AMOUNT_POSITIVE_CENTS', 'valueCents'],
      ['no description', { ...item, description: '  ' }, 'BAD_USER_INPUT', 'NON_CASH_DESCRIPTION_LENGTH', 'description'],
      ['in the future', { ...item, providedOn: tomorrow }, 'BAD_USER_INPUT', 'NON_CASH_DATE_IN_FUTURE', 'providedOn'],
      ['not a date', { ...item, providedOn: '01/03/2026' }, 'BAD_USER_INPUT', 'ISO_DATE_EXPECTED', 'providedOn'],
      [
        'the same again',
        { ...item, description: 'SALA E ATTREZZATURE PER I LABORATORI' },
        'CONFLICT',
        'NON_CASH_SUPPORT_DUPLICATE',
        'description',
      ],
    ];
    for (const [label, input, code, reason, field] of cases) {
      const before = await countRows(t, 'non_cash_support');
      const r = await t.graphql(RECORD, { token: staff, variables: { i: input } });
      expect({ label, ...reasonAndField(r) }).toEqual({ label, code, reason, field });
      expect(await countRows(t, 'non_cash_support')).toBe(before);
    }
    const dup = await t.graphql(RECORD, { token: staff, variables: { i: item } });
    expect(dup.errors?.[0]?.extensions?.existingId).toBe(ok.data?.recordNonCashSupport.id);
    const company = await t.tokenFor('COMPANY', { companyId: randomUUID() });
    expect(errorCodes(await t.graphql(RECORD, { token: company, variables: { i: { ...item, description: 'Altro' } } }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
