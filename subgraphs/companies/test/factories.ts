import { randomUUID } from 'node:crypto';
import { PEOPLE_EVENTS, type BeneficiaryMatchingProfile } from '@ixl/contracts';
import { factories, type TestStack } from '@ixl/testkit';

/** A matching profile as `people` publishes it: in target, PRONTO, active, in Bologna, by default. */
export function matchingProfile(overrides: Partial<BeneficiaryMatchingProfile> = {}): BeneficiaryMatchingProfile {
  return {
    beneficiaryId: randomUUID(),
    firstName: 'Giulia',
    lastInitial: 'R',
    birthYear: 1985,
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
    availableHoursPerWeek: 40,
    shifts: ['MORNING', 'AFTERNOON'],
    contractWishes: [],
    cvShareConsent: true,
    ...overrides,
  };
}

/** Publishes profiles as the people subgraph would (BeneficiaryProfileChanged), without delivering them. */
export async function publishProfiles(t: TestStack, profiles: BeneficiaryMatchingProfile[]): Promise<void> {
  for (const profile of profiles) {
    await factories.publishAs(t.stack, 'people', {
      type: PEOPLE_EVENTS.BeneficiaryProfileChanged,
      aggregateType: 'Beneficiary',
      aggregateId: profile.beneficiaryId,
      payload: { profile },
    });
  }
}

/** Publishes the profiles and delivers them to the companies read model now. */
export async function seedProfiles(t: TestStack, profiles: BeneficiaryMatchingProfile[]): Promise<BeneficiaryMatchingProfile[]> {
  await publishProfiles(t, profiles);
  await factories.drainEvents(t.stack);
  return profiles;
}

export async function eraseBeneficiary(t: TestStack, beneficiaryId: string): Promise<void> {
  await factories.publishAs(t.stack, 'people', {
    type: PEOPLE_EVENTS.BeneficiaryErased,
    aggregateType: 'Beneficiary',
    aggregateId: beneficiaryId,
    payload: { beneficiaryId },
  });
  await factories.drainEvents(t.stack);
}

/** Raw SQL on the companies schema (assertions on rows and outbox events). */
export async function sql<T = Record<string, unknown>>(t: TestStack, query: string, params: unknown[] = []): Promise<T[]> {
  return t.stack.subgraphs.companies.orm.em.getConnection().execute<T[]>(query, params);
}

export async function count(t: TestStack, table: string): Promise<number> {
  const [row] = await sql<{ n: string }>(t, `select count(*) as n from "companies"."${table}"`);
  return Number(row?.n ?? 0);
}

/** Companies outbox events of a type, oldest first. */
export async function outbox(t: TestStack, type: string): Promise<{ aggregate_id: string; payload: Record<string, unknown> }[]> {
  return sql(t, `select "aggregate_id", "payload" from "companies"."outbox_event" where "type" = ? order by "id"`, [type]);
}

export const VACANCY_FIELDS =
  'id status title municipalityCode openings requiredSkills niceToHaveSkills italianLevel contractType hoursPerWeek shifts maxDistanceKm startDate occupationCode company { id name }';

export async function postVacancy(t: TestStack, token: string, input: Record<string, unknown>): Promise<{ id: string; status: string }> {
  const r = await t.graphql<{ postVacancy: { id: string; status: string } }>(
    `mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id status } }`,
    { token, variables: { i: input } },
  );
  if (!r.data?.postVacancy) throw new Error(`postVacancy failed: ${JSON.stringify(r.errors)}`);
  return r.data.postVacancy;
}
