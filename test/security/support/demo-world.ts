import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, companyId, trainingBodyId, demoUserId } from '@ixl/demo-data';
import { factories, type TestStack } from '@ixl/testkit';
import type { RunningStack } from '@ixl/launcher';

/** The principals every root field is called as (the demo roles). */
export const PRINCIPALS = [
  'anonymous',
  'company1',
  'company2',
  'trainingBody1',
  'trainingBody2',
  'beneficiary1',
  'beneficiary2',
  'committee',
  'staff',
  'admin',
] as const;
export type Principal = (typeof PRINCIPALS)[number];

/** Ids of demo rows by the argument name that takes them; "owner A" rows (company1, trainingBody1, beneficiary1, the committee member's committee). */
export type DemoIds = Record<string, string>;

export interface DemoWorld {
  tokens: Record<Principal, string | undefined>;
  /** Ids owned by owner A (company1 / trainingBody1 / beneficiary1 / the member's committee). */
  ids: DemoIds;
  /** The same kinds of ids owned by owner B (company2 / trainingBody2 / beneficiary2), when the demo data has them. */
  otherIds: DemoIds;
}

async function one(stack: RunningStack, sql: string, params: unknown[] = []): Promise<string | undefined> {
  const rows = (await stack.subgraphs.people.orm.em.getConnection().execute(sql, params)) as { id: string }[];
  return rows[0]?.id;
}

/** Looks the demo rows up (SQL, read-only) and logs every principal in. */
export async function loadDemoWorld(t: TestStack): Promise<DemoWorld> {
  const s = t.stack;
  const c1 = companyId('rekeep');
  const c2 = companyId('tper');
  const tb1 = trainingBodyId('seneca');
  const tb2 = trainingBodyId('ecipar');
  const b1 = await one(s, 'select beneficiary_id as id from people.user_account where email = ?', ['beneficiario@demo.ixl']);
  // Beneficiary 2: a demo person with a placement and an enrolment if possible (so own-only has rows to hide).
  const b2 = await one(
    s,
    `select b.id from people.beneficiary b where b.id <> ? order by (select count(*) from companies.placement p where p.beneficiary_id = b.id) + (select count(*) from training.enrolment e where e.beneficiary_id = b.id) desc, b.id limit 1`,
    [b1],
  );
  if (!b1 || !b2) throw new Error('demo data: beneficiaries missing');
  const committeeUser = demoUserId('comitato@demo.ixl');
  // The committee the demo member is secretary of (what "own" means for the secretary's acts, e.g. the verbale's template).
  const committeeId = await one(
    s,
    `select committee_id as id from projects.committee_member where user_id = ? order by (role = 'SECRETARY') desc, id limit 1`,
    [committeeUser],
  );
  const owned = async (kind: 'A' | 'B'): Promise<DemoIds> => {
    const company = kind === 'A' ? c1 : c2;
    const body = kind === 'A' ? tb1 : tb2;
    const person = kind === 'A' ? b1 : b2;
    const vacancyId = await one(s, 'select id from companies.vacancy where company_id = ? order by id limit 1', [company]);
    const editionId = await one(s, 'select id from training.course_edition where training_body_id = ? order by id limit 1', [body]);
    const ids: Record<string, string | undefined> = {
      companyId: company,
      trainingBodyId: body,
      beneficiaryId: person,
      vacancyId,
      candidateId: await one(
        s,
        'select c.id from companies.candidate c join companies.vacancy v on v.id = c.vacancy_id where v.company_id = ? order by c.id limit 1',
        [company],
      ),
      placementId: await one(s, 'select id from companies.placement where company_id = ? order by id limit 1', [company]),
      editionId,
      enrolmentId: await one(s, 'select id from training.enrolment where edition_id = ? order by id limit 1', [editionId]),
      settlementId: await one(s, 'select id from finance.training_settlement where training_body_id = ? order by id limit 1', [body]),
      interviewId: await one(s, 'select id from people.interview where beneficiary_id = ? order by id limit 1', [person]),
      serviceId: await one(s, 'select id from people.service_record where beneficiary_id = ? order by id limit 1', [person]),
      pathId: await one(s, 'select id from projects.self_employment where beneficiary_id = ? order by id limit 1', [person]),
      indemnityId: await one(s, 'select id from finance.stage_indemnity where company_id = ? order by id limit 1', [company]),
    };
    return Object.fromEntries(Object.entries(ids).filter((e): e is [string, string] => !!e[1]));
  };
  const ids = await owned('A');
  const otherIds = await owned('B');
  const shared: Record<string, string | undefined> = {
    committeeId,
    sessionId: await one(s, 'select id from projects.committee_session where committee_id = ? order by held_on desc, id limit 1', [
      committeeId,
    ]),
    agendaItemId: await one(
      s,
      'select a.id from projects.agenda_item a join projects.committee_session cs on cs.id = a.session_id where cs.committee_id = ? order by a.id limit 1',
      [committeeId],
    ),
    // Another member's membership (removeCommitteeMember, staff only, runs before the acts of the demo member, who must
    // stay the secretary of committeeId).
    memberId: await one(s, 'select id from projects.committee_member where user_id <> ? order by (committee_id = ?) desc, id limit 1', [
      committeeUser,
      committeeId,
    ]),
    userId: committeeUser,
    operatorId: demoUserId('staff@demo.ixl'),
    projectId: await one(s, 'select id from projects.project order by id limit 1'),
    subjectId: await one(s, 'select id from projects.project order by id limit 1'),
    callId: await one(s, 'select id from projects.call order by id limit 1'),
    loanId: await one(s, 'select id from finance.loan order by id limit 1'),
    grantId: await one(s, 'select id from finance.grant order by id limit 1'),
    expenseLineId: await one(s, 'select id from finance.grant_expense_line order by id limit 1'),
    budgetLineId: await one(s, 'select id from finance.budget_line order by id limit 1'),
    commitmentId: await one(s, 'select id from finance.budget_commitment order by id limit 1'),
    entryId: await one(s, 'select id from finance.ledger_entry order by id limit 1'),
    referenceId: ids.placementId,
    batchId: randomUUID(),
  };
  for (const [k, v] of Object.entries(shared)) if (v && !ids[k]) ids[k] = v;
  for (const [k, v] of Object.entries(shared)) if (v && !otherIds[k]) otherIds[k] = v;

  const login = (email: string) => t.login(email, DEMO_PASSWORD);
  const tokens: Record<Principal, string | undefined> = {
    anonymous: undefined,
    company1: await login('azienda@demo.ixl'),
    company2: await login('azienda2@demo.ixl'),
    trainingBody1: await login('ente@demo.ixl'),
    trainingBody2: await t.tokenFor('TRAINING_BODY', { trainingBodyId: tb2 }),
    beneficiary1: await login('beneficiario@demo.ixl'),
    beneficiary2: await t.tokenFor('BENEFICIARY', { beneficiaryId: b2 }),
    committee: await login('comitato@demo.ixl'),
    staff: await login('staff@demo.ixl'),
    admin: await login('admin@demo.ixl'),
  };
  void factories;
  return { tokens, ids, otherIds };
}
