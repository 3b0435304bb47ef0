import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, liveClient, liveSubscriptions, settle, subscribed, until, type TestStack } from '@ixl/testkit';
import { CommitteeKind } from '../src/entities/enums.js';
import { ProjectStatus } from '../src/entities/project.entity.js';
import { createCommittee, projectAt } from './factories.js';
import { DECIDE, dossierVoted, ok } from './operations.js';

let t: TestStack;
let live: ReturnType<typeof liveClient>;
beforeAll(async () => {
  t = await bootTestStack();
  live = liveClient(t.url);
});
afterAll(async () => {
  await live?.dispose();
  await t?.stop();
});

describe('live committee decisions through the gateway', () => {
  it('reach staff and the members of the deciding committee, not members of another committee', async () => {
    const staff = await t.tokenFor('STAFF');
    const evaluation = await createCommittee(t, CommitteeKind.EVALUATION, 2, 2);
    const other = await createCommittee(t, CommitteeKind.EVALUATION, 2, 1);
    const serving = liveSubscriptions(t.stack);
    const staffFeed = live.subscribe<{ committeeDecisionRecorded: { outcome: string; votesFor: number } }>(
      staff,
      'subscription { committeeDecisionRecorded { outcome votesFor } }',
    );
    const memberFeed = live.subscribe<{ committeeDecisionRecorded: { outcome: string } }>(
      evaluation.tokens[0] ?? '',
      'subscription { committeeDecisionRecorded { outcome } }',
    );
    const outsiderFeed = live.subscribe(other.tokens[0] ?? '', 'subscription { committeeDecisionRecorded { outcome } }');
    const beneficiaryFeed = live.subscribe(await t.tokenFor('BENEFICIARY'), 'subscription { committeeDecisionRecorded { outcome } }');
    await subscribed(t.stack, serving + 3); // staff and both members (filtered per event); the beneficiary is refused
    const project = await projectAt(t, ProjectStatus.EVALUATION_COMMITTEE);
    const voted = await dossierVoted(
      t,
      staff,
      evaluation.committee.id,
      project.id,
      evaluation.tokens.map((token) => ({ token, choice: 'APPROVE' })),
    );
    await ok(
      t,
      DECIDE,
      { input: { agendaItemId: voted.itemId, outcome: 'APPROVED', funding: { kind: 'GRANT', investmentCents: 300_000 } } },
      evaluation.tokens[0],
    );
    await until(() => staffFeed.received.length >= 1 && memberFeed.received.length >= 1);
    await settle();
    expect(staffFeed.received.map((r) => r.data?.committeeDecisionRecorded)).toEqual([{ outcome: 'APPROVED', votesFor: 2 }]);
    expect(memberFeed.received.map((r) => r.data?.committeeDecisionRecorded)).toEqual([{ outcome: 'APPROVED' }]);
    expect(outsiderFeed.received).toEqual([]);
    await until(() => beneficiaryFeed.received.length > 0 || beneficiaryFeed.errors.length > 0);
    expect(JSON.stringify(beneficiaryFeed)).toContain('FORBIDDEN');
  });
});
