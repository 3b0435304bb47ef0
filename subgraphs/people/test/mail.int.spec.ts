import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, until, type TestStack } from '@ixl/testkit';
import { advance, countRows, registerPerson } from './factories.js';

let t: TestStack;
let staff: string;
beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
});
afterAll(async () => {
  await t?.stop();
});

type Mail = { to: string; subject: string; text: string };
const inbox = async (to: string) =>
  (
    await t.graphql<{ capturedMail: Mail[] }>('query($to: String) { capturedMail(to: $to, first: 50) { to subject text } }', {
      token: staff,
      variables: { to },
    })
  ).data?.capturedMail ?? [];
const waitForMail = async (to: string, count: number) => {
  await until(async () => (await inbox(to)).length >= count);
  return inbox(to);
};

describe("mail about a person's own path (capture inbox)", () => {
  it('confirms a registration, the interview appointment and a fuori-protocollo notice, each once', async () => {
    const p = await registerPerson(t, { firstName: 'Giulia' });
    const email = p.input.email as string;
    // The address was verified first (its link mail, with no name in it), then the welcome.
    const [welcome, verification] = await waitForMail(email, 2);
    expect(verification?.text).not.toContain('Giulia');
    // Addressed by the recorded sex, no "Benvenuta/o".
    expect(welcome?.subject).toBe(`${p.input.sex === 'F' ? 'Benvenuta' : 'Benvenuto'} in Insieme per il lavoro`);
    expect(welcome?.text).toContain('Ciao Giulia');
    expect(welcome?.text).toContain('/beneficiario/');

    await advance(t, staff, p.id, 'INTERVIEW_SCHEDULED');
    const afterInterview = await waitForMail(email, 3);
    expect(afterInterview[0]?.subject).toBe('Il tuo colloquio con Insieme per il lavoro');

    const out = await t.graphql('mutation($b: ID!) { putBeneficiaryOutOfProtocol(beneficiaryId: $b, reason: UNREACHABLE) { status } }', {
      token: staff,
      variables: { b: p.id },
    });
    expect(out.errors).toBeUndefined();
    const all = await waitForMail(email, 4);
    expect(all[0]?.subject).toBe('La tua posizione in Insieme per il lavoro');
    expect(all[0]?.text).toContain('non siamo riusciti a contattarti');
    expect(all[0]?.text).toContain('/beneficiario/riammissione');
    await new Promise((r) => setTimeout(r, 300));
    expect(await inbox(email)).toHaveLength(4);
  });

  it('shows the inbox to staff only', async () => {
    const p = await registerPerson(t);
    expect(errorCodes(await t.graphql('{ capturedMail { id } }', { token: p.token }))).toEqual(['FORBIDDEN']);
  });
});

describe('mass mailing', () => {
  it('reaches every matching person once, skips opt-outs, reports progress, and refuses bad input unchanged', async () => {
    const town = '037055'; // San Pietro in Casale
    const people = [
      await registerPerson(t, { municipalityCode: town }),
      await registerPerson(t, { municipalityCode: town }),
      await registerPerson(t, { municipalityCode: town }),
    ];
    const optOut = people[2];
    expect(
      (
        await t.graphql('mutation($b: ID!) { setMailOptOut(beneficiaryId: $b, optOut: true) { mailOptOut } }', {
          token: optOut?.token,
          variables: { b: optOut?.id },
        })
      ).data,
    ).toEqual({ setMailOptOut: { mailOptOut: true } });
    const other = await registerPerson(t);
    expect(
      errorCodes(
        await t.graphql('mutation($b: ID!) { setMailOptOut(beneficiaryId: $b, optOut: true) { mailOptOut } }', {
          token: other.token,
          variables: { b: people[0]?.id },
        }),
      ),
    ).toEqual(['FORBIDDEN']);

    const outboxBefore = await countRows(t, 'mail_outbox');
    const bad = await t.graphql('mutation($i: MassMailInput!) { sendMassMail(input: $i) { batchId } }', {
      token: staff,
      variables: { i: { subject: 'x', message: 'Nuovo corso OSS gratuito a Bologna', filter: { municipalityCodes: [town] } } },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
    expect(
      errorCodes(
        await t.graphql('mutation($i: MassMailInput!) { sendMassMail(input: $i) { batchId } }', {
          token: people[0]?.token,
          variables: { i: { subject: 'Corso', message: 'Nuovo corso OSS gratuito' } },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await countRows(t, 'mail_outbox')).toBe(outboxBefore);

    const r = await t.graphql<{ sendMassMail: { batchId: string; recipients: number; skippedOptedOut: number } }>(
      'mutation($i: MassMailInput!) { sendMassMail(input: $i) { batchId recipients skippedOptedOut skippedWithoutEmail } }',
      {
        token: staff,
        variables: {
          i: {
            subject: 'Corso OSS gratuito',
            message: 'Iscrizioni aperte al nuovo corso OSS a Bologna.',
            filter: { municipalityCodes: [town] },
          },
        },
      },
    );
    expect(r.data?.sendMassMail).toMatchObject({ recipients: 2, skippedOptedOut: 1, skippedWithoutEmail: 0 });
    const batchId = r.data?.sendMassMail.batchId;
    await until(
      async () =>
        (
          await t.graphql<{ massMailProgress: { sent: number } }>(
            'query($b: ID!) { massMailProgress(batchId: $b) { total sent pending failed } }',
            { token: staff, variables: { b: batchId } },
          )
        ).data?.massMailProgress.sent === 2,
    );
    expect((await inbox(people[0]?.input.email as string)).filter((m) => m.subject === 'Corso OSS gratuito')).toHaveLength(1);
    expect((await inbox(optOut?.input.email as string)).filter((m) => m.subject === 'Corso OSS gratuito')).toHaveLength(0);
  });
});

describe('offer alerts', () => {
  it('alerts ready people with a matching skill nearby, once per vacancy even if the event comes twice', async () => {
    const ready = await registerPerson(t, { municipalityCode: '037006', skills: [{ label: 'Pulizie industriali', escoCode: null }] });
    await advance(t, staff, ready.id, 'IN_TARGET');
    const notReady = await registerPerson(t, { municipalityCode: '037006', skills: [{ label: 'Pulizie industriali', escoCode: null }] });
    // Ready, the same skill, but at Castel del Rio, about 34 km from Bologna: beyond the 30 km.
    const far = await registerPerson(t, { municipalityCode: '037014', skills: [{ label: 'Pulizie industriali', escoCode: null }] });
    await advance(t, staff, far.id, 'IN_TARGET');
    const vacancyId = '5f0a4b8e-1111-4222-8333-944455556666';
    const event = {
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
    };
    await factories.publishAs(t.stack, 'companies', event);
    await factories.publishAs(t.stack, 'companies', event);
    await factories.drainEvents(t.stack);
    const mails = await waitForMail(ready.input.email as string, 3); // welcome, interview, offer
    expect(mails.filter((m) => m.subject === 'Nuova offerta adatta a te: Addetto/a pulizie')).toHaveLength(1);
    expect(mails.find((m) => m.subject.startsWith('Nuova offerta'))?.text).toContain('pulizie industriali');
    expect((await inbox(notReady.input.email as string)).filter((m) => m.subject.startsWith('Nuova offerta'))).toHaveLength(0);
    expect((await inbox(far.input.email as string)).filter((m) => m.subject.startsWith('Nuova offerta'))).toHaveLength(0);
    expect((await inbox(far.input.email as string)).length).toBeGreaterThan(0); // her other mails did arrive
  });
});
