import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, until, type TestStack } from '@ixl/testkit';
import { advance, registerPerson } from '../../subgraphs/people/test/factories.js';
import { sql } from './helpers.js';

let t: TestStack;
let staff: string;
let admin: string;
beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  staff = await t.tokenFor('STAFF');
  admin = await t.tokenFor('ADMIN');
});
afterAll(async () => {
  await t?.stop();
});

const WITHDRAW =
  'mutation($v: String) { withdrawPrivacyConsent(noticeVersion: $v) { id consentWithdrawnAt mailOptOut consentHistory { action noticeVersion at } } }';
const offerMails = async (to: string) =>
  sql<{ c: number }>(t, `select count(*)::int as c from people.mail_outbox where to_address = ? and subject like 'Nuova offerta%'`, [to]);
const matchingStatus = async (id: string) =>
  (await sql<{ status: string }>(t, 'select status from companies.matching_profile where beneficiary_id = ?', [id]))[0]?.status;

describe('consent withdrawal', () => {
  it('is recorded with time and notice version, takes the person out of matching and stops offer mail', async () => {
    const skills = [{ label: 'Pulizie industriali', escoCode: null }];
    const quitting = await registerPerson(t, { skills });
    const staying = await registerPerson(t, { skills });
    await advance(t, staff, quitting.id, 'IN_TARGET');
    await advance(t, staff, staying.id, 'IN_TARGET');
    await factories.drainEvents(t.stack);
    expect(await matchingStatus(quitting.id)).toBe('IN_TARGET');

    // Only the person itself, only the current notice version; nothing changes otherwise.
    expect(errorCodes(await t.graphql(WITHDRAW, { token: staff }))).toEqual(['FORBIDDEN']);
    const wrong = await t.graphql(WITHDRAW, { token: quitting.token, variables: { v: '1999-01' } });
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors?.[0]?.extensions?.field).toBe('noticeVersion');
    expect(await sql(t, 'select consent_withdrawn_at from people.beneficiary where id = ?', [quitting.id])).toEqual([
      { consent_withdrawn_at: null },
    ]);

    const before = Date.now();
    const r = await t.graphql<{
      withdrawPrivacyConsent: {
        consentWithdrawnAt: string;
        mailOptOut: boolean;
        consentHistory: { action: string; noticeVersion: string; at: string }[];
      };
    }>(WITHDRAW, { token: quitting.token, variables: { v: '2026-01' } });
    expect(r.errors).toBeUndefined();
    const w = r.data?.withdrawPrivacyConsent;
    expect(new Date(w?.consentWithdrawnAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(w?.mailOptOut).toBe(true);
    expect(w?.consentHistory.map((c) => [c.action, c.noticeVersion])).toEqual([
      ['GIVEN', '2026-01'],
      ['WITHDRAWN', '2026-01'],
    ]);
    await factories.drainEvents(t.stack);
    expect(await matchingStatus(quitting.id)).toBe('CONSENT_WITHDRAWN');
    expect(await matchingStatus(staying.id)).toBe('IN_TARGET');

    const vacancyId = '5f0a4b8e-2222-4222-8333-944455556666';
    await factories.publishAs(t.stack, 'companies', {
      type: 'VacancyPosted',
      aggregateType: 'Vacancy',
      aggregateId: vacancyId,
      payload: {
        vacancyId,
        companyId: 'c1',
        title: 'Addetto/a pulizie',
        municipalityCode: '037006',
        openings: 2,
        status: 'OPEN',
        requiredSkills: ['pulizie industriali'],
      },
    });
    await factories.drainEvents(t.stack);
    expect((await offerMails(staying.input.email as string))[0]?.c).toBe(1);
    expect((await offerMails(quitting.input.email as string))[0]?.c).toBe(0);
    // Opting back into mail does not bring back what needs consent.
    await t.graphql('mutation($b: ID!) { setMailOptOut(beneficiaryId: $b, optOut: false) { id } }', {
      token: quitting.token,
      variables: { b: quitting.id },
    });
    const second = '5f0a4b8e-3333-4222-8333-944455556666';
    await factories.publishAs(t.stack, 'companies', {
      type: 'VacancyPosted',
      aggregateType: 'Vacancy',
      aggregateId: second,
      payload: {
        vacancyId: second,
        companyId: 'c1',
        title: 'Pulizie uffici',
        municipalityCode: '037006',
        openings: 1,
        status: 'OPEN',
        requiredSkills: ['pulizie industriali'],
      },
    });
    await factories.drainEvents(t.stack);
    expect((await offerMails(staying.input.email as string))[0]?.c).toBe(2);
    expect((await offerMails(quitting.input.email as string))[0]?.c).toBe(0);
  });
});

describe('retention job', () => {
  it('pseudonymises people whose record closed more than the retention period ago, with a fixed clock', async () => {
    const closed = await registerPerson(t);
    const open = await registerPerson(t);
    const out = await t.graphql('mutation($b: ID!) { putBeneficiaryOutOfProtocol(beneficiaryId: $b, reason: UNREACHABLE) { status } }', {
      token: staff,
      variables: { b: closed.id },
    });
    expect(out.errors).toBeUndefined();
    const month = 30.5 * 86_400_000;
    const runAt = (months: number) => t.stack.subgraphs.people.jobs.runNow('privacy-retention', new Date(Date.now() + months * month));
    const erasedAt = async (id: string) =>
      (await sql<{ erased_at: Date | null }>(t, 'select erased_at from people.beneficiary where id = ?', [id]))[0]?.erased_at ?? null;

    expect(await runAt(59)).toBe(true);
    expect(await erasedAt(closed.id)).toBeNull();
    expect(await runAt(61)).toBe(true);
    expect(await erasedAt(closed.id)).not.toBeNull();
    expect(await erasedAt(open.id)).toBeNull();
    const [row] = await sql<{ first_name: string; codice_fiscale: string; email: string | null; status: string }>(
      t,
      'select first_name, codice_fiscale, email, status from people.beneficiary where id = ?',
      [closed.id],
    );
    expect(row).toEqual({ first_name: 'Pseudonimo', codice_fiscale: `ERASED-${closed.id}`, email: null, status: 'FUORI_PROTOCOLLO' });
    const audit = await sql(
      t,
      `select actor_id, actor_role from people.personal_data_audit where beneficiary_id = ? and action = 'ERASE'`,
      [closed.id],
    );
    expect(audit).toEqual([{ actor_id: 'system', actor_role: 'SYSTEM' }]);
    const login = await t.graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      variables: { e: closed.input.email, p: closed.input.password },
    });
    expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('audit of changes', () => {
  it('records who changed a person’s data, when and which fields; only ADMIN browses it', async () => {
    const p = await registerPerson(t);
    const out = await t.graphql('mutation($b: ID!) { putBeneficiaryOutOfProtocol(beneficiaryId: $b, reason: WORKING) { status } }', {
      token: staff,
      variables: { b: p.id },
    });
    expect(out.errors).toBeUndefined();
    await factories.drainEvents(t.stack);
    const query =
      'query($b: ID!) { personalDataAudit(beneficiaryId: $b, action: CHANGE, first: 50) { totalCount nodes { at actorId actorRole action detail fields } } }';
    expect(errorCodes(await t.graphql(query, { token: staff, variables: { b: p.id } }))).toEqual(['FORBIDDEN']);
    let nodes: { actorRole: string; detail: string; fields: string[]; at: string }[] = [];
    await until(async () => {
      const r = await t.graphql<{ personalDataAudit: { nodes: typeof nodes } }>(query, { token: admin, variables: { b: p.id } });
      nodes = r.data?.personalDataAudit.nodes ?? [];
      return nodes.some((n) => n.detail === 'people:BeneficiaryStatusChanged' && n.actorRole === 'STAFF');
    });
    const change = nodes.find((n) => n.detail === 'people:BeneficiaryStatusChanged' && n.actorRole === 'STAFF');
    expect(change?.fields).toEqual(expect.arrayContaining(['from', 'to']));
    expect(nodes.some((n) => n.detail === 'people:BeneficiaryRegistered')).toBe(true);
    // A redelivered event adds no second row.
    const [{ c: rows } = { c: 0 }] = await sql<{ c: number }>(
      t,
      `select count(*)::int as c from people.personal_data_audit where beneficiary_id = ? and action = 'CHANGE'`,
      [p.id],
    );
    await sql(
      t,
      `update people.event_consumer_offset set last_tx_id = '0'::xid8, last_event_id = 0 where consumer = 'people.change-audit' and source = 'people'`,
    );
    await factories.drainEvents(t.stack);
    expect(
      await sql(t, `select count(*)::int as c from people.personal_data_audit where beneficiary_id = ? and action = 'CHANGE'`, [p.id]),
    ).toEqual([{ c: rows }]);
  });
});
