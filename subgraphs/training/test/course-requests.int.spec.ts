import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, liveClient, liveSubscriptions, subscribed, until, type TestStack } from '@ixl/testkit';
import { registrationInput } from '../../people/test/factories.js';
import * as f from './factories.js';

let t: TestStack;
let live: ReturnType<typeof liveClient>;
let staff: string;
let bodyToken: string;
let otherBodyToken: string;
let bodyId: string;
let bodyName: string;

beforeAll(async () => {
  t = await bootTestStack({ smtp: true });
  live = liveClient(t.url);
  staff = await t.tokenFor('STAFF');
  const body = await f.trainingBody(t.stack);
  bodyId = body.id;
  bodyName = body.name;
  bodyToken = await t.tokenFor('TRAINING_BODY', { trainingBodyId: body.id });
  otherBodyToken = await t.tokenFor('TRAINING_BODY', { trainingBodyId: (await f.trainingBody(t.stack)).id });
});
afterAll(async () => {
  await live?.dispose();
  await t?.stop();
});

/** A person registered through the API (so `people` can mail them), with their token and identity. */
async function person(firstName: string) {
  const input = registrationInput({ firstName });
  const reg = await t.registerVerified(input);
  return { id: reg.id, token: reg.token, name: `${firstName} ${String(input.lastName)}`, cf: String(input.codiceFiscale) };
}

const REQUEST = `mutation($id: ID!, $name: String, $cf: String) { requestCourseEnrolment(editionId: $id, participantName: $name, codiceFiscale: $cf) { id status } }`;
const DECIDE = `mutation($input: CourseRequestDecisionInput!) { decideCourseRequest(input: $input) { id status decisionReason decidedAt participantName } }`;
const CATALOGUE = '{ courseEditions { id } }';
const mails = (beneficiaryId: string) =>
  t.stack.subgraphs.people.orm.em
    .fork()
    .execute<{ template: string; text_body: string }[]>(
      `select "template", "text_body" from "people"."mail_outbox" where "recipient_id" = ? and "template" like 'course_request%'`,
      [beneficiaryId],
    );

describe('course request → training body → enrolment', () => {
  it('shows the request live, with the name, to the body and staff; the body accepts; the person sees it and gets a mail', async () => {
    const { edition } = await f.edition(t.stack, bodyId, { startDate: '2099-02-01', endDate: '2099-04-30', seats: 5 });
    const anna = await person('Anna');
    const serving = liveSubscriptions(t.stack);
    const bodyFeed = live.subscribe<{
      courseEnrolmentChanged: { status: string; participantName: string | null; edition: { id: string } };
    }>(bodyToken, 'subscription { courseEnrolmentChanged { status participantName edition { id } } }');
    const otherFeed = live.subscribe<{ courseEnrolmentChanged: { status: string } }>(
      otherBodyToken,
      'subscription { courseEnrolmentChanged { status } }',
    );
    const staffFeed = live.subscribe<{ courseEnrolmentChanged: { status: string; participantName: string | null } }>(
      staff,
      'subscription { courseEnrolmentChanged { status participantName } }',
    );
    await subscribed(t.stack, serving + 3);

    const catalogue = await t.graphql<{ courseEditions: { id: string }[] }>(CATALOGUE, { token: anna.token });
    expect(catalogue.data?.courseEditions.map((e) => e.id)).toContain(edition.id);
    const asked = await t.graphql<{ requestCourseEnrolment: { id: string; status: string } }>(REQUEST, {
      token: anna.token,
      variables: { id: edition.id, name: anna.name, cf: anna.cf },
    });
    expect(asked.data?.requestCourseEnrolment.status).toBe('REQUESTED');
    const requestId = asked.data?.requestCourseEnrolment.id ?? '';

    await until(() => bodyFeed.received.length >= 1 && staffFeed.received.length >= 1);
    expect(bodyFeed.received[0]?.data?.courseEnrolmentChanged).toEqual({
      status: 'REQUESTED',
      participantName: anna.name,
      edition: { id: edition.id },
    });
    expect(staffFeed.received[0]?.data?.courseEnrolmentChanged).toEqual({ status: 'REQUESTED', participantName: anna.name });
    const list = await t.graphql<{
      courseEdition: { enrolments: { id: string; status: string; participantName: string; requestedAt: string }[] };
    }>('query($id: ID!) { courseEdition(id: $id) { enrolments { id status participantName requestedAt } } }', {
      token: bodyToken,
      variables: { id: edition.id },
    });
    expect(list.data?.courseEdition.enrolments).toEqual([
      { id: requestId, status: 'REQUESTED', participantName: anna.name, requestedAt: expect.any(String) },
    ]);

    // Another body cannot answer; nor can the person; a bad id is refused with its field.
    expect(
      errorCodes(await t.graphql(DECIDE, { token: otherBodyToken, variables: { input: { enrolmentId: requestId, accept: true } } })),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await t.graphql(DECIDE, { token: anna.token, variables: { input: { enrolmentId: requestId, accept: true } } })),
    ).toEqual(['FORBIDDEN']);

    const ok = await t.graphql<{ decideCourseRequest: { status: string; decidedAt: string; participantName: string } }>(DECIDE, {
      token: bodyToken,
      variables: { input: { enrolmentId: requestId, accept: true } },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.decideCourseRequest).toMatchObject({ status: 'ENROLLED', participantName: anna.name });
    const twice = await t.graphql(DECIDE, {
      token: bodyToken,
      variables: { input: { enrolmentId: requestId, accept: false, reason: 'ci ripensiamo' } },
    });
    expect(errorCodes(twice)).toEqual(['ILLEGAL_TRANSITION']);

    await until(() => bodyFeed.received.length >= 2);
    expect(bodyFeed.received[1]?.data?.courseEnrolmentChanged.status).toBe('ENROLLED');
    expect(otherFeed.received).toEqual([]);

    const mine = await t.graphql<{ myBeneficiary: { enrolments: { status: string; edition: { id: string } }[] } }>(
      '{ myBeneficiary { enrolments { status edition { id } } } }',
      { token: anna.token },
    );
    expect(mine.data?.myBeneficiary.enrolments).toEqual([{ status: 'ENROLLED', edition: { id: edition.id } }]);
    await factories.drainEvents(t.stack);
    await until(async () => (await mails(anna.id)).length > 0);
    const [mail] = await mails(anna.id);
    expect(mail?.template).toBe('course_request_accepted');
    expect(mail?.text_body).toContain(edition.title);
    expect(mail?.text_body).toContain(bodyName);
  });

  it('declines with a reason the person reads in the portal and in a mail; a decline without a reason changes nothing', async () => {
    const { edition } = await f.edition(t.stack, bodyId, { startDate: '2099-05-01', endDate: '2099-06-30', seats: 5 });
    const bruno = await person('Bruno');
    const asked = await t.graphql<{ requestCourseEnrolment: { id: string } }>(REQUEST, {
      token: bruno.token,
      variables: { id: edition.id, name: bruno.name, cf: bruno.cf },
    });
    const id = asked.data?.requestCourseEnrolment.id ?? '';
    for (const reason of [null, '  ', 'x'.repeat(501)]) {
      const bad = await t.graphql(DECIDE, { token: staff, variables: { input: { enrolmentId: id, accept: false, reason } } });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors?.[0]?.extensions?.field).toBe('reason');
    }
    const no = await t.graphql<{ decideCourseRequest: { status: string; decisionReason: string } }>(DECIDE, {
      token: staff,
      variables: { input: { enrolmentId: id, accept: false, reason: 'Il corso richiede il livello B1 di italiano' } },
    });
    expect(no.data?.decideCourseRequest).toMatchObject({
      status: 'REJECTED',
      decisionReason: 'Il corso richiede il livello B1 di italiano',
    });
    const mine = await t.graphql<{ myBeneficiary: { enrolments: { status: string; decisionReason: string }[] } }>(
      '{ myBeneficiary { enrolments { status decisionReason } } }',
      { token: bruno.token },
    );
    expect(mine.data?.myBeneficiary.enrolments).toEqual([
      { status: 'REJECTED', decisionReason: 'Il corso richiede il livello B1 di italiano' },
    ]);
    await factories.drainEvents(t.stack);
    await until(async () => (await mails(bruno.id)).length > 0);
    const [mail] = await mails(bruno.id);
    expect(mail?.template).toBe('course_request_declined');
    expect(mail?.text_body).toContain('Il corso richiede il livello B1 di italiano');
    // Declined, the person may ask again.
    const again = await t.graphql<{ requestCourseEnrolment: { id: string; status: string } }>(REQUEST, {
      token: bruno.token,
      variables: { id: edition.id, name: bruno.name, cf: bruno.cf },
    });
    expect(again.data?.requestCourseEnrolment).toEqual({ id, status: 'REQUESTED' });
  });

  it('does not offer past or full editions, and refuses requests for them with the field named', async () => {
    const past = (await f.edition(t.stack, bodyId, { startDate: '2020-01-01', endDate: '2020-02-01' })).edition;
    const full = (await f.edition(t.stack, bodyId, { startDate: '2099-01-01', endDate: '2099-02-01', seats: 1 })).edition;
    await f.participants(t.stack, full.id, 1);
    const carla = await person('Carla');
    const catalogue = await t.graphql<{ courseEditions: { id: string }[] }>(CATALOGUE, { token: carla.token });
    const ids = catalogue.data?.courseEditions.map((e) => e.id) ?? [];
    expect(ids).not.toContain(past.id);
    expect(ids).not.toContain(full.id);
    for (const [edition, reason] of [
      [past, 'COURSE_REQUEST_EDITION_ENDED'],
      [full, 'EDITION_FULL'],
    ] as const) {
      const r = await t.graphql(REQUEST, { token: carla.token, variables: { id: edition.id, name: carla.name, cf: carla.cf } });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions?.field).toBe('editionId');
      expect(r.errors?.[0]?.extensions?.reason).toBe(reason);
    }
    const badCf = await t.graphql(REQUEST, {
      token: carla.token,
      variables: {
        id: (await f.edition(t.stack, bodyId, { startDate: '2099-01-01', endDate: '2099-02-01' })).edition.id,
        name: carla.name,
        cf: 'NOTACF',
      },
    });
    expect(badCf.errors?.[0]?.extensions?.field).toBe('codiceFiscale');
    expect(await f.count(t.stack, 'training.enrolment where beneficiary_id = ?', [carla.id])).toBe(0);
  });

  it('refuses to accept when the seats ran out meanwhile', async () => {
    const { edition } = await f.edition(t.stack, bodyId, { startDate: '2099-07-01', endDate: '2099-08-01', seats: 1 });
    const dario = await person('Dario');
    const asked = await t.graphql<{ requestCourseEnrolment: { id: string } }>(REQUEST, {
      token: dario.token,
      variables: { id: edition.id, name: dario.name, cf: dario.cf },
    });
    await f.participants(t.stack, edition.id, 1);
    const r = await t.graphql(DECIDE, {
      token: bodyToken,
      variables: { input: { enrolmentId: asked.data?.requestCourseEnrolment.id, accept: true } },
    });
    expect(errorCodes(r)).toEqual(['LIMIT_EXCEEDED']);
  });
});
