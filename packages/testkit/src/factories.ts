import { randomUUID } from 'node:crypto';
import type { Role } from '@ixl/auth';
import type { RunningStack } from '@ixl/launcher';
import { buildCodiceFiscale } from '@ixl/territory';

let counter = 0;
const next = () => ++counter;

/** Inserts rows through a subgraph's own ORM connection (test data only; its own schema). */
async function insert(stack: RunningStack, subgraph: keyof RunningStack['subgraphs'], sql: string, params: unknown[]): Promise<void> {
  await stack.subgraphs[subgraph].orm.em.getConnection().execute(sql, params);
}

/**
 * scrypt cost of the accounts made here: N=2^12 instead of the production 2^17 (about 1 s of CPU per
 * hash or login on the CI machine, and the suite makes hundreds). The login path is the same:
 * verifyPassword reads the parameters from the stored hash. Accounts registered through the API and
 * the demo accounts keep the production cost.
 */
export const FIXTURE_PASSWORD_COST = { N: 2 ** 12, r: 8, p: 1 };

/** A user account (people schema) with a known password (hashed at FIXTURE_PASSWORD_COST). */
export async function createAccount(
  stack: RunningStack,
  input: { role: Role; beneficiaryId?: string; companyId?: string; trainingBodyId?: string; email?: string },
): Promise<{ id: string; email: string; password: string }> {
  const { hashPassword } = await import('@ixl/auth');
  const password = `pw-${randomUUID()}`;
  const id = randomUUID();
  const email = input.email ?? `user${next()}-${id.slice(0, 6)}@test.ixl`;
  await insert(
    stack,
    'people',
    'insert into people.user_account (id, email, password_hash, role, display_name, beneficiary_id, company_id, training_body_id, disabled, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, false, now())',
    [
      id,
      email,
      await hashPassword(password, FIXTURE_PASSWORD_COST),
      input.role,
      `Test ${input.role}`,
      input.beneficiaryId ?? null,
      input.companyId ?? null,
      input.trainingBodyId ?? null,
    ],
  );
  return { id, email, password };
}

export async function createBeneficiary(
  stack: RunningStack,
  overrides: Partial<{
    firstName: string;
    lastName: string;
    municipalityCode: string;
    birthDate: string;
    sex: 'F' | 'M';
    citizenship: string;
  }> = {},
): Promise<{ id: string; firstName: string; lastName: string; codiceFiscale: string }> {
  const n = next();
  const p = {
    firstName: 'Giulia',
    lastName: `Rossi${String.fromCharCode(65 + (n % 26))}`,
    municipalityCode: '037006',
    birthDate: `19${60 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`,
    sex: 'F' as const,
    citizenship: 'IT',
    ...overrides,
  };
  const codiceFiscale = buildCodiceFiscale({
    surname: p.lastName,
    name: p.firstName,
    birthDate: p.birthDate,
    sex: p.sex,
    birthPlaceCode: 'A944',
    omocodia: n % 8,
  });
  const id = randomUUID();
  await insert(
    stack,
    'people',
    'insert into people.beneficiary (id, first_name, last_name, codice_fiscale, birth_date, sex, citizenship, municipality_code, status, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())',
    [id, p.firstName, p.lastName, codiceFiscale, p.birthDate, p.sex, p.citizenship, p.municipalityCode, 'REGISTERED'],
  );
  return { id, firstName: p.firstName, lastName: p.lastName, codiceFiscale };
}

export async function createCompany(stack: RunningStack, name = `Azienda ${next()}`): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  await insert(stack, 'companies', 'insert into companies.company (id, name, municipality_code) values (?, ?, ?)', [id, name, '037006']);
  return { id, name };
}

export async function createPlacement(
  stack: RunningStack,
  input: { beneficiaryId: string; companyId: string | null; type?: string; contract?: string | null; startDate?: string },
): Promise<{ id: string }> {
  const id = randomUUID();
  await insert(
    stack,
    'companies',
    'insert into companies.placement (id, beneficiary_id, company_id, type, contract, start_date) values (?, ?, ?, ?, ?, ?)',
    [
      id,
      input.beneficiaryId,
      input.companyId,
      input.type ?? 'ASSUNZIONE',
      input.contract === undefined ? 'TEMPO_DETERMINATO' : input.contract,
      input.startDate ?? '2026-01-15',
    ],
  );
  return { id };
}

export async function createTrainingBody(stack: RunningStack, name = `Ente ${next()}`): Promise<{ id: string; name: string }> {
  const id = randomUUID();
  await insert(stack, 'training', 'insert into training.training_body (id, name) values (?, ?)', [id, name]);
  return { id, name };
}

export async function createEdition(
  stack: RunningStack,
  trainingBodyId: string,
  title = `Corso ${next()}`,
): Promise<{ id: string; title: string }> {
  const id = randomUUID();
  await insert(
    stack,
    'training',
    'insert into training.course_edition (id, training_body_id, title, subject, stream, start_date, end_date, seats, total_cost_cents) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [id, trainingBodyId, title, 'OSS', 'TRANSVERSAL', '2026-01-10', '2026-03-10', 20, 1_000_000],
  );
  return { id, title };
}

export async function enrol(stack: RunningStack, editionId: string, beneficiaryId: string): Promise<void> {
  await insert(stack, 'training', 'insert into training.enrolment (id, edition_id, beneficiary_id, enrolled_at) values (?, ?, ?, now())', [
    randomUUID(),
    editionId,
    beneficiaryId,
  ]);
}

/**
 * Publishes an event as if `source` had (outbox row + NOTIFY in one transaction), so a consumer can
 * be tested against the event contract without driving the producer.
 */
export async function publishAs(
  stack: RunningStack,
  source: keyof RunningStack['subgraphs'],
  event: { type: string; aggregateType: string; aggregateId: string; payload: Record<string, unknown> },
): Promise<void> {
  const { publishEvent } = await import('@ixl/events');
  await stack.subgraphs[source].orm.em.fork().transactional((em) => publishEvent(em, source, event));
}

/**
 * Runs every consumer of every subgraph until each has passed every event committed so far (an
 * event is held back while an older transaction anywhere in the database is still open, so one
 * pass may not be enough). Gives up quietly after `maxMs` (a consumer may be backing off on purpose);
 * the default leaves room for a loaded machine (8 s could end a drain of the demo data's events early).
 */
export async function drainEvents(stack: RunningStack, maxMs = 30_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    for (const sub of Object.values(stack.subgraphs)) await sub.bus.drain();
    if (!(await eventsPending(stack)) || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** True when some consumer's offset is behind a committed event of its source. */
async function eventsPending(stack: RunningStack): Promise<boolean> {
  const names = Object.keys(stack.subgraphs);
  const first = Object.values(stack.subgraphs)[0];
  if (!first) return false;
  const checks = names.flatMap((consumer) =>
    names.map(
      (source) => `select 1 from "${consumer}"."event_consumer_offset" o join "${source}"."outbox_event" e
        on o."source" = '${source}' and (e."tx_id", e."id") > (o."last_tx_id", o."last_event_id")`,
    ),
  );
  const rows = await first.orm.em.getConnection().execute(`select exists (${checks.join(' union all ')}) as "pending"`);
  return Boolean((rows as { pending: boolean }[])[0]?.pending);
}
