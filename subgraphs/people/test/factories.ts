import { randomUUID } from 'node:crypto';
import { buildCodiceFiscale } from '@ixl/territory';
import type { TestStack } from '@ixl/testkit';
import { DEFAULT_INSTRUMENT } from '../src/services/default-instrument.js';
import { answersForScore as scoreAnswersFor } from '../src/services/assessment.rules.js';

let n = 0;
const SURNAMES = ['Rossi', 'Bianchi', 'Verdi', 'Neri', 'Galli', 'Fabbri', 'Monti', 'Sala'];
const NAMES = ['Giulia', 'Marco', 'Sara', 'Luca', 'Elena', 'Paolo'];

/** A valid registration input, unique per call (codice fiscale consistent with birth date and sex). */
export function registrationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  n++;
  const sex = (overrides.sex as 'F' | 'M' | undefined) ?? (n % 2 ? 'F' : 'M');
  const lastName = (overrides.lastName as string | undefined) ?? `${SURNAMES[n % SURNAMES.length]}`;
  const firstName = (overrides.firstName as string | undefined) ?? `${NAMES[n % NAMES.length]}`;
  const birthDate =
    (overrides.birthDate as string | undefined) ??
    `19${70 + (n % 25)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + ((n * 7) % 28)).padStart(2, '0')}`;
  const codiceFiscale = buildCodiceFiscale({
    surname: lastName,
    name: firstName,
    birthDate,
    sex,
    birthPlaceCode: 'A944',
    omocodia: (n + Math.floor(Math.random() * 1000)) % 8,
  });
  return {
    firstName,
    lastName,
    codiceFiscale,
    birthDate,
    sex,
    citizenship: 'IT',
    email: `reg${n}-${randomUUID().slice(0, 8)}@test.ixl`,
    password: 'a-long-password-123',
    municipalityCode: '037006',
    privacyConsent: true,
    privacyNoticeVersion: '2026-01',
    referringBody: 'CARITAS',
    italianLevel: 'C2',
    skills: [
      { label: 'Pulizie industriali', escoCode: null },
      { label: 'Magazzino', escoCode: 'http://data.europa.eu/esco/skill/abc-123' },
    ],
    availableHoursPerWeek: 30,
    shifts: ['MORNING'],
    drivingLicence: true,
    ...overrides,
  };
}

export const REGISTER = `mutation($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input) { email linkValidUntil } }`;

/**
 * Registers a person through the gateway as people do: the form, the verification link from the mail
 * (the test stack's SMTP server), then sign-in. Returns its id and login token.
 */
export async function registerPerson(
  t: TestStack,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; token: string; input: Record<string, unknown> }> {
  const input = registrationInput(overrides);
  const { id, token } = await t.registerVerified(input);
  return { id, token, input };
}

/** Answers to the default instrument: every item's first answer (score 0) or last answer (maximum score). */
export function defaultAnswers(kind: 'LOW' | 'HIGH'): { itemCode: string; answerCode: string }[] {
  return DEFAULT_INSTRUMENT.dimensions.flatMap((d) =>
    d.items.map((i) => ({ itemCode: i.code, answerCode: (kind === 'LOW' ? i.answers[0] : i.answers[i.answers.length - 1])?.code ?? '' })),
  );
}

/** Row count of a people table (or a filtered count). */
export async function countRows(t: TestStack, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const rows = await t.stack.subgraphs.people.orm.em
    .getConnection()
    .execute(`select count(*)::int as c from people.${table} where ${where}`, params);
  return (rows[0] as { c: number }).c;
}

/** Snapshot of every people table's row count (to show a refused operation changed nothing). */
export async function peopleCounts(t: TestStack): Promise<Record<string, number>> {
  const tables = [
    'beneficiary',
    'user_account',
    'status_change',
    'interview',
    'contact_attempt',
    'assessment',
    'assessment_instrument',
    'service_record',
    'document',
    'outbox_event',
  ];
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = await countRows(t, table);
  return out;
}

const SCHEDULE = `mutation($b: ID!, $at: DateTimeISO!) { scheduleIntakeInterview(beneficiaryId: $b, scheduledAt: $at, mode: VIDEO) { id status } }`;
const OUTCOME = `mutation($i: ID!, $a: Boolean!) { recordIntakeInterviewOutcome(interviewId: $i, attended: $a, notes: "ok") { id status } }`;
const ASSESS = `mutation($input: RecordAssessmentInput!) { recordFragilityAssessment(input: $input) { id score profile readiness } }`;

/** Drives a registered person to INTERVIEWED or IN_TARGET (PRONTO) through the staff API. */
export async function advance(
  t: TestStack,
  staff: string,
  beneficiaryId: string,
  to: 'INTERVIEW_SCHEDULED' | 'INTERVIEWED' | 'IN_TARGET' | 'NOT_IN_TARGET',
): Promise<{ interviewId: string }> {
  // An interview is recorded as held only once its time has come: book it for half an hour ago when it is to be held now.
  const at = new Date(Date.now() + (to === 'INTERVIEW_SCHEDULED' ? 86_400_000 : -30 * 60_000)).toISOString();
  const s = await t.graphql<{ scheduleIntakeInterview: { id: string } }>(SCHEDULE, { token: staff, variables: { b: beneficiaryId, at } });
  const interviewId = s.data?.scheduleIntakeInterview.id;
  if (!interviewId) throw new Error(`schedule failed: ${JSON.stringify(s.errors)}`);
  if (to === 'INTERVIEW_SCHEDULED') return { interviewId };
  const o = await t.graphql(OUTCOME, { token: staff, variables: { i: interviewId, a: true } });
  if (o.errors) throw new Error(`outcome failed: ${JSON.stringify(o.errors)}`);
  if (to === 'INTERVIEWED') return { interviewId };
  const input = {
    beneficiaryId,
    answers: defaultAnswers(to === 'IN_TARGET' ? 'HIGH' : 'LOW'),
    ...(to === 'IN_TARGET' ? { readiness: 'PRONTO' } : {}),
  };
  const a = await t.graphql(ASSESS, { token: staff, variables: { input } });
  if (a.errors) throw new Error(`assessment failed: ${JSON.stringify(a.errors)}`);
  return { interviewId };
}

/** The people outbox events about one beneficiary, oldest first. */
export async function eventsOf(t: TestStack, beneficiaryId: string): Promise<{ type: string; payload: Record<string, unknown> }[]> {
  return (await t.stack.subgraphs.people.orm.em
    .getConnection()
    .execute('select type, payload from people.outbox_event where aggregate_id = ? order by id', [beneficiaryId])) as {
    type: string;
    payload: Record<string, unknown>;
  }[];
}

/** Moves a person's registration (and SLA due date) `days` days into the past. */
export async function backdateRegistration(t: TestStack, beneficiaryId: string, days: number): Promise<void> {
  await t.stack.subgraphs.people.orm.em
    .getConnection()
    .execute(
      `update people.beneficiary set registered_at = registered_at - make_interval(days => ?), interview_due_date = ((registered_at - make_interval(days => ?)) at time zone 'Europe/Rome')::date + 15 where id = ?`,
      [days, days, beneficiaryId],
    );
}

export async function statusOf(t: TestStack, beneficiaryId: string): Promise<string> {
  const rows = await t.stack.subgraphs.people.orm.em
    .getConnection()
    .execute('select status from people.beneficiary where id = ?', [beneficiaryId]);
  return (rows[0] as { status: string }).status;
}

/** Answers to the default instrument that add up to exactly `score`. */
export const answersForScore = (score: number) => scoreAnswersFor(DEFAULT_INSTRUMENT, score);
