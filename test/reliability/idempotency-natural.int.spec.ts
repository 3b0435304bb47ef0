/**
 * Nothing counts twice (issue 28), for the create mutations that had no natural key before: ten at
 * once and twice in a row, with and without an `Idempotency-Key`, leave one record; without a key
 * the repeats get CONFLICT naming it. The rule of every mutation: support/create-mutations.ts.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';
import { codeOf, idOf, repeatKit, ten } from './support/repeats.js';
import { createCommittee, projectAt } from '../../subgraphs/projects/test/factories.js';
import { CommitteeKind } from '../../subgraphs/projects/src/entities/enums.js';
import { ProjectStatus } from '../../subgraphs/projects/src/entities/project.entity.js';

let t: TestStack;
let staff: string;
let admin: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
});
afterAll(async () => {
  await t?.stop();
});

const { send, countOf, repeats } = repeatKit(() => t);
const uniq = () => randomUUID().slice(0, 8);
let day = 0;
/** A day of 2025 no other round of this file uses. */
const nextDay = () => new Date(Date.UTC(2025, 0, 1 + day++)).toISOString().slice(0, 10);

describe('companies', () => {
  it('addCompanySite: one site per company and name; addCompanyContact: one contact per company and person', async () => {
    const company = await factories.createCompany(t.stack);
    await repeats({
      field: 'addCompanySite',
      query:
        'mutation($c: ID!, $n: String!, $m: String!) { addCompanySite(companyId: $c, name: $n, municipalityCode: $m, address: "Via Emilia 1") { id name } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ c: company.id, n: `Sede ${uniq()}`, m: '037006' }),
      count: (v) => countOf('companies', 'select count(*) as n from companies.company_site where company_id = ? and name = ?', [v.c, v.n]),
    });
    await repeats({
      field: 'addCompanyContact',
      query: 'mutation($i: AddCompanyContactInput!) { addCompanyContact(input: $i) { id fullName } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ i: { companyId: company.id, fullName: `Anna ${uniq()}`, role: 'HR' } }),
      count: (v) => {
        const i = v.i as { companyId: string; fullName: string };
        return countOf('companies', 'select count(*) as n from companies.company_contact where company_id = ? and full_name = ?', [
          i.companyId,
          i.fullName,
        ]);
      },
    });
  });
});

describe('people', () => {
  it('scheduleIntakeInterview: one interview per person at one time', async () => {
    let hour = 8;
    await repeats({
      field: 'scheduleIntakeInterview',
      query:
        'mutation($b: ID!, $at: DateTimeISO!) { scheduleIntakeInterview(beneficiaryId: $b, scheduledAt: $at, mode: IN_PERSON, location: "Via Capramozza 13") { id } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ b: (await factories.createBeneficiary(t.stack)).id, at: `2027-03-0${(hour++ % 5) + 1}T09:30:00.000Z` }),
      count: (v) => countOf('people', 'select count(*) as n from people.interview where beneficiary_id = ?', [v.b]),
    });
  });

  it('recordContactAttempt: one attempt per person at one instant', async () => {
    const person = await factories.createBeneficiary(t.stack);
    let minute = 10;
    await repeats({
      field: 'recordContactAttempt',
      query:
        'mutation($b: ID!, $at: DateTimeISO!) { recordContactAttempt(beneficiaryId: $b, at: $at, channel: PHONE, answered: false) { attempt { id } } }',
      token: () => staff,
      natural: true,
      idOf: (a) => (a.data?.recordContactAttempt as { attempt?: { id?: string } } | undefined)?.attempt?.id,
      fresh: async () => ({ b: person.id, at: `2026-11-30T09:${minute++}:00.000Z` }),
      count: (v) => countOf('people', 'select count(*) as n from people.contact_attempt where beneficiary_id = ? and at = ?', [v.b, v.at]),
    });
  });
});

describe('projects', () => {
  it('createProjectCall: the same call once; createCommittee: one committee of a kind per name', async () => {
    await repeats({
      field: 'createProjectCall',
      query: 'mutation($i: ProjectCallInput!) { createProjectCall(input: $i) { id title } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ i: { kind: 'SOCIAL_INNOVATION', title: `Bando ${uniq()}`, opensOn: '2026-01-15', closesOn: '2026-03-31' } }),
      count: (v) => countOf('projects', 'select count(*) as n from projects.call where title = ?', [(v.i as { title: string }).title]),
    });
    await repeats({
      field: 'createCommittee',
      query: 'mutation($i: CommitteeInput!) { createCommittee(input: $i) { id name } }',
      token: () => admin,
      natural: true,
      fresh: async () => ({ i: { kind: 'EVALUATION', name: `Comitato ${uniq()}`, quorum: 2 } }),
      count: (v) => countOf('projects', 'select count(*) as n from projects.committee where name = ?', [(v.i as { name: string }).name]),
    });
  });

  it('scheduleCommitteeSession: a committee meets once a day', async () => {
    const { committee } = await createCommittee(t, CommitteeKind.EVALUATION, 1, 1);
    await repeats({
      field: 'scheduleCommitteeSession',
      query: 'mutation($input: CommitteeSessionInput!) { scheduleCommitteeSession(input: $input) { id } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ input: { committeeId: committee.id, heldOn: nextDay(), location: 'Sala Tassinari' } }),
      count: (v) => {
        const i = v.input as { committeeId: string; heldOn: string };
        return countOf('projects', 'select count(*) as n from projects.committee_session where committee_id = ? and held_on = ?', [
          i.committeeId,
          i.heldOn,
        ]);
      },
    });
  });

  it('recordProjectLab and recordProjectOutcome: one lab per project and day, the same outcome once', async () => {
    const project = await projectAt(t, ProjectStatus.ACCOMPANIMENT);
    // After the intake meeting the factory records (2 March 2026), never in the future.
    let labDay = 0;
    await repeats({
      field: 'recordProjectLab',
      query: 'mutation($i: ProjectMeetingInput!) { recordProjectLab(input: $i) { id } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({
        i: { projectId: project.id, heldOn: `2026-04-${String(10 + labDay++)}`, durationMinutes: 120, facilitator: 'Aster' },
      }),
      count: (v) => {
        const i = v.i as { projectId: string; heldOn: string };
        return countOf('projects', 'select count(*) as n from projects.path_meeting where subject_id = ? and held_on = ?', [
          i.projectId,
          i.heldOn,
        ]);
      },
    });
    await repeats({
      field: 'recordProjectOutcome',
      query: 'mutation($i: ProjectOutcomeInput!) { recordProjectOutcome(input: $i) { id } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({ i: { projectId: project.id, kind: 'PARTNERSHIP', description: `Accordo ${uniq()}`, on: nextDay() } }),
      count: (v) => {
        const i = v.i as { projectId: string; description: string };
        return countOf('projects', 'select count(*) as n from projects.project_outcome where project_id = ? and description = ?', [
          i.projectId,
          i.description,
        ]);
      },
    });
  });
});

describe('training', () => {
  it('createCourseEdition: one edition of a title per body and start day', async () => {
    const body = await factories.createTrainingBody(t.stack);
    await repeats({
      field: 'createCourseEdition',
      query: 'mutation($i: CreateCourseEditionInput!) { createCourseEdition(input: $i) { id } }',
      token: () => staff,
      natural: true,
      fresh: async () => ({
        i: {
          trainingBodyId: body.id,
          title: `Magazzino e logistica ${uniq()}`,
          subject: 'OSS',
          stream: 'TRANSVERSAL',
          startDate: '2027-02-01',
          endDate: '2027-04-30',
          seats: 12,
          totalCostCents: 1_200_000,
        },
      }),
      count: (v) =>
        countOf('training', 'select count(*) as n from training.course_edition where title = ?', [(v.i as { title: string }).title]),
    });
  });
});

describe('finance', () => {
  it('createBudgetLine: one request per funder, first year and label; defineLoanProduct: one definition per day', async () => {
    // A budget line is prepared as an approval request (maker-checker, issue 26): the repeats make one request.
    await repeats({
      field: 'createBudgetLine',
      query: 'mutation($i: BudgetLineInput!) { createBudgetLine(input: $i) { request { id } } }',
      token: () => admin,
      natural: true,
      fresh: async () => ({ i: { funder: 'COMUNE', fromYear: 2027, toYear: 2028, label: `Tirocini ${uniq()}`, amountCents: 5_000_000 } }),
      count: (v) =>
        countOf(
          'finance',
          `select count(*) as n from finance.approval_request where kind = 'CREATE_BUDGET_LINE' and state = 'PENDING' and payload->>'label' = ?`,
          [(v.i as { label: string }).label],
        ),
      idOf: (a) => (a.data?.createBudgetLine?.request as { id?: string } | undefined)?.id,
    });
    let month = 1;
    await repeats({
      field: 'defineLoanProduct',
      query: 'mutation($i: LoanProductInput!) { defineLoanProduct(input: $i) { id } }',
      token: () => admin,
      natural: true,
      fresh: async () => ({
        i: {
          validFrom: `2031-${String(month++).padStart(2, '0')}-01`,
          annualRatePercent: 2.5,
          maxPrincipalCents: 2_500_000,
          minTermMonths: 12,
          maxTermMonths: 60,
          maxGraceMonths: 6,
          guaranteeSharePercent: 80,
          reason: 'Revisione annuale delle condizioni del prestito sociale',
        },
      }),
      count: (v) =>
        countOf('finance', 'select count(*) as n from finance.loan_product where valid_from = ?', [
          (v.i as { validFrom: string }).validFrom,
        ]),
    });
  });
});

describe('a refused repeat changes nothing and names its field', () => {
  it('a duplicate answers CONFLICT with reason DUPLICATE and the existing id; ten at once leave one row', async () => {
    const company = await factories.createCompany(t.stack);
    const vars = { c: company.id, n: 'Magazzino Nord', m: '037006' };
    const q = 'mutation($c: ID!, $n: String!, $m: String!) { addCompanySite(companyId: $c, name: $n, municipalityCode: $m) { id } }';
    const answers = await ten(() => send(q, vars, { token: staff }));
    const created = answers.map((a) => idOf(a, 'addCompanySite')).find(Boolean);
    expect(answers.filter((a) => codeOf(a) === 'CONFLICT').map((a) => a.errors?.[0]?.extensions)).toEqual(
      Array(9).fill(expect.objectContaining({ reason: 'DUPLICATE', existingId: created })),
    );
    expect(await countOf('companies', 'select count(*) as n from companies.company_site where company_id = ?', [company.id])).toBe(1);
  });
});
