import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, errorCodes, factories, until, type TestStack } from '@ixl/testkit';
import { CommitteeKind } from '../src/entities/enums.js';
import { ProjectStatus } from '../src/entities/project.entity.js';
import { createCommittee, outbox, projectAt } from './factories.js';
import { AGENDA, SESSION, ok } from './operations.js';

let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack();
});
afterAll(async () => {
  await t?.stop();
});

const CONVENE = 'mutation($s: ID!) { conveneCommitteeSession(sessionId: $s) { id } }';

describe('committee convocation', () => {
  it('mails the agenda to every active member once, even if convened twice; refuses an empty agenda', async () => {
    const staff = await t.tokenFor('STAFF');
    const { committee, tokens } = await createCommittee(t, CommitteeKind.EVALUATION, 2, 2);
    const session = await ok<{ scheduleCommitteeSession: { id: string } }>(
      t,
      SESSION,
      { input: { committeeId: committee.id, heldOn: '2026-12-10', location: "Palazzo d'Accursio, sala Anziani" } },
      staff,
    );
    const sessionId = session.scheduleCommitteeSession.id;
    const empty = await t.graphql(CONVENE, { token: staff, variables: { s: sessionId } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    expect(errorCodes(await t.graphql(CONVENE, { token: tokens[0], variables: { s: sessionId } }))).toEqual(['FORBIDDEN']);
    expect(await outbox(t, 'CommitteeConvened')).toHaveLength(0);

    const project = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE, { title: 'Sartoria di comunità' });
    await ok(t, AGENDA, { input: { sessionId, subjectKind: 'PROJECT', subjectId: project.id } }, staff);
    await ok(t, CONVENE, { s: sessionId }, staff);
    await ok(t, CONVENE, { s: sessionId }, staff);
    await factories.drainEvents(t.stack);
    const convocations = async () =>
      (
        (
          await t.graphql<{ capturedMail: { subject: string; text: string }[] }>('{ capturedMail(first: 100) { subject text } }', {
            token: staff,
          })
        ).data?.capturedMail ?? []
      ).filter((m) => m.subject.startsWith(`Convocazione: ${committee.name}`));
    await until(async () => (await convocations()).length >= 2);
    await new Promise((r) => setTimeout(r, 300));
    const mails = await convocations();
    expect(mails).toHaveLength(2);
    expect(mails[0]?.text).toContain('1. Sartoria di comunità');
    expect(mails[0]?.text).toContain("Palazzo d'Accursio");
  });
});
