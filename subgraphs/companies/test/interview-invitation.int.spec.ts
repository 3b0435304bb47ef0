import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInRome } from '@ixl/calendar';
import { bootTestStack, errorCodes, factories, until, type TestStack } from '@ixl/testkit';
import { matchingProfile, outbox, postVacancy, seedProfiles, sql } from './factories.js';

/** Hand-over "interview invitation": the company sets day, time and place or link; the person sees it and gets a mail. */
let t: TestStack;
let staff: string;
let userA: string;
let userB: string;
let vacancyA: string;
let person: { id: string; firstName: string; lastName: string };
let personToken: string;

const DAY = addDays(todayInRome(), 10);
const INVITE =
  'mutation($i: InviteToInterviewInput!) { inviteToInterview(input: $i) { id status interviewAt interviewPlace interviewLink interviewNote } }';
const MINE = '{ myJobInterviews { candidateId vacancyTitle companyName at place link note } }';

type Invited = {
  id: string;
  status: string;
  interviewAt: string;
  interviewPlace: string | null;
  interviewLink: string | null;
  interviewNote: string | null;
};
const invite = (token: string, i: Record<string, unknown>) =>
  t.graphql<{ inviteToInterview: Invited }>(INVITE, { token, variables: { i } });
const mails = async () =>
  (
    (
      await t.graphql<{ capturedMail: { to: string; subject: string; text: string }[] }>(
        '{ capturedMail(first: 100) { to subject text } }',
        { token: staff },
      )
    ).data?.capturedMail ?? []
  ).filter((m) => m.subject.startsWith('Colloquio di lavoro'));

async function propose(beneficiaryId: string): Promise<string> {
  const r = await t.graphql<{ proposeCandidate: { id: string } }>(
    'mutation($i: ProposeCandidateInput!) { proposeCandidate(input: $i) { id } }',
    {
      token: staff,
      variables: { i: { vacancyId: vacancyA, beneficiaryId } },
    },
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.proposeCandidate.id;
}

beforeAll(async () => {
  t = await bootTestStack();
  staff = await t.tokenFor('STAFF');
  const a = await factories.createCompany(t.stack, 'Logistica Emilia');
  const b = await factories.createCompany(t.stack, 'Altra Impresa');
  userA = await t.tokenFor('COMPANY', { companyId: a.id });
  userB = await t.tokenFor('COMPANY', { companyId: b.id });
  vacancyA = (
    await postVacancy(t, userA, {
      title: 'Magazziniere',
      requiredSkills: ['picking'],
      municipalityCode: '037006',
      status: 'OPEN',
      openings: 2,
    })
  ).id;
  person = await factories.createBeneficiary(t.stack, { firstName: 'Amina', lastName: 'Diallo' });
  await t.stack.subgraphs.people.orm.em
    .getConnection()
    .execute('update people.beneficiary set email = ? where id = ?', ['amina@example.org', person.id]);
  personToken = await t.tokenFor('BENEFICIARY', { beneficiaryId: person.id });
  await seedProfiles(t, [matchingProfile({ beneficiaryId: person.id, firstName: 'Amina', lastInitial: 'D', skills: ['picking'] })]);
});
afterAll(async () => {
  await t?.stop();
});

describe('inviteToInterview', () => {
  it('refuses bad details, another company, other roles and an unknown candidate; nothing changes', async () => {
    const candidate = await propose(person.id);
    const good = { candidateId: candidate, date: DAY, time: '10:30', place: 'Via Stalingrado 37, Bologna' };
    const bad: [Record<string, unknown>, string][] = [
      [{ ...good, date: '31/12/2026' }, 'date'],
      [{ ...good, date: addDays(todayInRome(), -1) }, 'date'],
      [{ ...good, time: '9.30' }, 'time'],
      [{ ...good, place: ' ', link: null }, 'place'],
      [{ ...good, place: null, link: 'ftp://example.org/x' }, 'link'],
      [{ ...good, note: 'x'.repeat(1001) }, 'note'],
    ];
    for (const [input, field] of bad) {
      const r = await invite(userA, input);
      expect(errorCodes(r), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect(errorCodes(await invite(userB, good))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await invite(personToken, good))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await invite('', good))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await invite(userA, { ...good, candidateId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['FORBIDDEN']);
    const [row] = await sql<{ status: string; interview_at: Date | null }>(
      t,
      'select status, interview_at from companies.candidate where id = ?',
      [candidate],
    );
    expect(row).toEqual({ status: 'PROPOSED', interview_at: null });
    expect(await outbox(t, 'InterviewInvited')).toHaveLength(0);
  });

  it('invites with day, time (Europe/Rome) and place; the person sees it and gets one mail; a reschedule mails the new time', async () => {
    const [{ id: candidate } = { id: '' }] = await sql<{ id: string }>(t, 'select id from companies.candidate where beneficiary_id = ?', [
      person.id,
    ]);
    const r = await invite(userA, {
      candidateId: candidate,
      date: DAY,
      time: '10:30',
      place: 'Via Stalingrado 37, Bologna',
      note: 'Chiedere di Paola',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data?.inviteToInterview).toMatchObject({
      status: 'INTERVIEW',
      interviewPlace: 'Via Stalingrado 37, Bologna',
      interviewLink: null,
      interviewNote: 'Chiedere di Paola',
    });
    const at = r.data?.inviteToInterview.interviewAt ?? '';
    const rome = new Intl.DateTimeFormat('it-IT', {
      timeZone: 'Europe/Rome',
      hour: '2-digit',
      minute: '2-digit',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(new Date(at));
    expect(rome).toBe(`${DAY.slice(8, 10)}/${DAY.slice(5, 7)}/${DAY.slice(0, 4)}, 10:30`);

    const mine = await t.graphql<{ myJobInterviews: Record<string, unknown>[] }>(MINE, { token: personToken });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myJobInterviews).toEqual([
      {
        candidateId: candidate,
        vacancyTitle: 'Magazziniere',
        companyName: 'Logistica Emilia',
        at,
        place: 'Via Stalingrado 37, Bologna',
        link: null,
        note: 'Chiedere di Paola',
      },
    ]);
    const other = await factories.createBeneficiary(t.stack);
    const otherToken = await t.tokenFor('BENEFICIARY', { beneficiaryId: other.id });
    expect((await t.graphql<{ myJobInterviews: unknown[] }>(MINE, { token: otherToken })).data?.myJobInterviews).toEqual([]);
    expect(errorCodes(await t.graphql(MINE, { token: userA }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.graphql(MINE, {}))).toEqual(['UNAUTHENTICATED']);

    await factories.drainEvents(t.stack);
    await until(async () => (await mails()).length >= 1);
    const [mail] = await mails();
    expect(mail?.to).toBe('amina@example.org');
    expect(mail?.subject).toBe('Colloquio di lavoro con Logistica Emilia');
    expect(mail?.text).toContain('Logistica Emilia ti invita a un colloquio di lavoro per «Magazziniere»');
    expect(mail?.text).toContain('alle ore 10:30');
    expect(mail?.text).toContain('Luogo: Via Stalingrado 37, Bologna');
    expect(mail?.text).toContain('Indicazioni dell’azienda: Chiedere di Paola');

    // Rescheduled by video call: a new mail with the new time and the link; the company sees what it sent.
    const again = await invite(userA, { candidateId: candidate, date: DAY, time: '15:00', link: 'https://meet.example.org/colloquio' });
    expect(again.data?.inviteToInterview).toMatchObject({
      status: 'INTERVIEW',
      interviewPlace: null,
      interviewLink: 'https://meet.example.org/colloquio',
    });
    const seen = await t.graphql<{ vacancyCandidates: { id: string; interviewAt: string; interviewLink: string }[] }>(
      'query($v: ID!) { vacancyCandidates(vacancyId: $v) { id interviewAt interviewLink } }',
      { token: userA, variables: { v: vacancyA } },
    );
    expect(seen.data?.vacancyCandidates.find((c) => c.id === candidate)).toMatchObject({
      interviewLink: 'https://meet.example.org/colloquio',
    });
    await factories.drainEvents(t.stack);
    await until(async () => (await mails()).length >= 2);
    expect((await mails()).map((m) => m.text).find((x) => x.includes('15:00'))).toContain(
      'Collegamento per la videochiamata: https://meet.example.org/colloquio',
    );
    await factories.drainEvents(t.stack);
    expect(await mails()).toHaveLength(2);
  });
});
