import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, until, type TestStack } from '@ixl/testkit';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { REGISTER, registrationInput } from '../../subgraphs/people/test/factories.js';

interface Outcome {
  codiceFiscale: string;
  input: Record<string, unknown>;
  id?: string;
  codes: string[];
}

/**
 * kill -9 of the people subgraph (its own OS process) in the middle of a burst of registrations (the mutation
 * that creates the person is `verifyEmail`, the mail link of a registration: issue 18, finding 2):
 * every acknowledged registration is in the database exactly once, its event is delivered to the
 * companies read model once, nothing is written twice, and a client retrying a failed call either
 * succeeds or is told it already exists (CONFLICT) — never a duplicate.
 */
describe('kill -9 of a subgraph during a burst of mutations', () => {
  let t: TestStack;
  let db: pg.Client;
  beforeAll(async () => {
    t = await bootTestStack({ processes: ['people'] });
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
  }, 180_000);
  afterAll(async () => {
    await db?.end();
    await t?.stop();
  });

  // Registrations waiting for their mail link: one real registerBeneficiary gives the stored form, copied (other
  // codice fiscale and address, a fresh link token) so the burst does not hash hundreds of passwords.
  let template: Record<string, unknown> | undefined;
  const pending = async (input: Record<string, unknown>): Promise<string> => {
    if (!template) {
      const first = await t.graphql(REGISTER, { variables: { input: registrationInput() } });
      if (first.errors) throw new Error(JSON.stringify(first.errors));
      template = (await db.query('select form from people.pending_registration limit 1')).rows[0].form as Record<string, unknown>;
    }
    const token = randomBytes(32).toString('base64url');
    const form = { ...template, codiceFiscale: input.codiceFiscale, email: input.email, birthDate: input.birthDate, sex: input.sex };
    await db.query(
      `insert into people.pending_registration (id, token_hash, email, form, created_at, expires_at) values ($1, $2, $3, $4, now(), now() + interval '1 day')`,
      [randomUUID(), createHash('sha256').update(token).digest('hex'), input.email, JSON.stringify(form)],
    );
    return token;
  };
  const tokens = new Map<Record<string, unknown>, string>();
  const register = async (input: Record<string, unknown>): Promise<{ id?: string; codes: string[] }> => {
    let token = tokens.get(input);
    if (!token) tokens.set(input, (token = await pending(input)));
    const r = await t
      .graphql<{ verifyEmail: { email: string } }>('mutation($t: String!) { verifyEmail(token: $t) { email } }', {
        variables: { t: token },
      })
      .catch(() => ({ data: undefined, errors: [{ extensions: { code: 'NETWORK' } }] }));
    const id = r.data?.verifyEmail
      ? ((await db.query('select id from people.beneficiary where codice_fiscale = $1', [input.codiceFiscale])).rows[0]?.id as string)
      : undefined;
    return {
      ...(id ? { id } : {}),
      codes: (r.errors ?? []).map((e) => {
        const ext = (e as { extensions?: { code?: unknown; reason?: unknown } }).extensions;
        return ext?.reason === 'ACCOUNT_LINK_USED' ? 'CONFLICT' : String(ext?.code);
      }),
    };
  };

  it('keeps every acknowledged write exactly once and loses none of their events', async () => {
    const people = t.processes.people;
    if (!people) throw new Error('people runs in its own process');
    const outcomes: Outcome[] = [];
    let acknowledged = 0;
    let killed = false;
    let restarted = false;
    const send = async () => {
      const input = registrationInput();
      const r = await register(input);
      if (r.id) acknowledged++;
      outcomes.push({ codiceFiscale: String(input.codiceFiscale), input, ...r });
      return r;
    };
    const first = await send();
    expect(first.codes, people.output().slice(-2000)).toEqual([]);
    // Four clients send registrations; after the 6th acknowledgement the process is killed (SIGKILL)
    // while requests are in flight, stays down for a moment (calls fail) and is started again; the
    // clients go on until 6 more have been acknowledged after the restart (or 150 s have passed).
    const chaos = (async () => {
      await until(() => acknowledged >= 6, 120_000);
      await people.kill('SIGKILL');
      killed = true;
      await new Promise((r) => setTimeout(r, 1_500));
      await people.start();
      restarted = true;
    })();
    let afterRestart = 0;
    const deadline = Date.now() + 150_000;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (afterRestart < 6 && Date.now() < deadline) {
          const wasRestarted = restarted;
          const r = await send();
          if (r.id && wasRestarted) afterRestart++;
          if (!r.id) await new Promise((done) => setTimeout(done, 1_000));
        }
      }),
    );
    await chaos;
    expect(killed).toBe(true);
    expect(afterRestart, people.output().slice(-3000)).toBeGreaterThanOrEqual(6);
    const failed = outcomes.filter((o) => !o.id);
    const ok = outcomes.filter((o) => o.id);
    expect(failed.length).toBeGreaterThan(0); // the kill really hit the burst
    expect(ok.length, JSON.stringify(failed.map((f) => f.codes))).toBeGreaterThanOrEqual(12);
    for (const f of failed)
      expect(
        f.codes.every((c) => c === 'SERVICE_UNAVAILABLE' || c === 'INTERNAL_SERVER_ERROR' || c === 'NETWORK'),
        JSON.stringify(f.codes),
      ).toBe(true);

    const countByCf = async (cf: string) =>
      Number((await db.query('select count(*)::int as c from people.beneficiary where codice_fiscale = $1', [cf])).rows[0].c);
    for (const o of ok) expect(await countByCf(o.codiceFiscale), o.codiceFiscale).toBe(1);
    for (const o of failed) expect(await countByCf(o.codiceFiscale)).toBeLessThanOrEqual(1);

    // A client retries what failed: it succeeds, or learns the registration was already committed (the link is used).
    let committedBeforeKill = 0;
    for (const o of failed) {
      const retry = await register(o.input);
      if (!retry.id) committedBeforeKill++;
      expect(retry.id ? [] : retry.codes, o.codiceFiscale).toEqual(retry.id ? [] : ['CONFLICT']);
      expect(await countByCf(o.codiceFiscale)).toBe(1);
    }
    const cfs = outcomes.map((o) => o.codiceFiscale);
    const rows = (await db.query('select id from people.beneficiary where codice_fiscale = any($1)', [cfs])).rows as { id: string }[];
    expect(rows).toHaveLength(outcomes.length);
    const ids = rows.map((r) => r.id);

    // One registration event each in the outbox, and each delivered to the companies read model.
    const events = (
      await db.query(
        "select aggregate_id, count(*)::int as c from people.outbox_event where type = 'BeneficiaryRegistered' and aggregate_id = any($1) group by aggregate_id",
        [ids],
      )
    ).rows as { c: number }[];
    expect(events).toHaveLength(outcomes.length);
    expect(events.every((e) => e.c === 1)).toBe(true);
    await until(
      async () =>
        Number(
          (await db.query('select count(*)::int as c from companies.matching_profile where beneficiary_id = any($1)', [ids])).rows[0].c,
        ) === outcomes.length,
      60_000,
    );
    console.info(
      `kill -9 burst: ${outcomes.length} registrations sent, ${ok.length} acknowledged, ${failed.length} failed (${committedBeforeKill} of them had committed before the kill), 0 duplicates`,
    );
    const dead = (await db.query('select count(*)::int as c from companies.event_dead_letter')).rows[0].c as number;
    expect(dead).toBe(0);
  }, 300_000);
});
