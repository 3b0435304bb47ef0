import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, liveClient, liveSubscriptions, settle, subscribed, until, type TestStack } from '@ixl/testkit';
import * as f from './factories.js';

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

const AGREE =
  'mutation($id: ID!) { setRiskShareAgreement(editionId: $id, input: { targetRatePercent: 50, metric: EMPLOYMENT_RATE, reason: "Accordo con l’ente" }) { atRiskCents } }';
const SETTLE = 'mutation($id: ID!, $asOf: String!) { settleRiskShare(editionId: $id, asOf: $asOf) { id payableCents } }';
const SUBSCRIPTION = 'subscription { riskShareSettled { id title riskShare { settlement { id payableCents withheldCents } } } }';

describe('riskShareSettled: the training portal’s risk position updates when a window closes', () => {
  it('tells the training body about its own edition only (once, even if settled twice); staff see all; others are refused', async () => {
    const [seneca, ecipar] = [await f.trainingBody(t.stack), await f.trainingBody(t.stack)];
    const [senecaToken, eciparToken, staff] = [
      await t.tokenFor('TRAINING_BODY', { trainingBodyId: seneca.id }),
      await t.tokenFor('TRAINING_BODY', { trainingBodyId: ecipar.id }),
      await t.tokenFor('STAFF'),
    ];
    const a = (await f.edition(t.stack, seneca.id, { startDate: '2019-03-04', endDate: '2019-05-31', totalCostCents: 1_000_000 })).edition;
    const b = (await f.edition(t.stack, ecipar.id, { startDate: '2019-03-04', endDate: '2019-05-31', totalCostCents: 2_000_000 })).edition;
    const [pa] = await f.participants(t.stack, a.id, 2);
    await f.placement(t.stack, pa?.beneficiaryId ?? '', '2019-07-01');
    await factories.drainEvents(t.stack);
    for (const id of [a.id, b.id]) expect((await t.graphql(AGREE, { token: staff, variables: { id } })).errors).toBeUndefined();

    const serving = liveSubscriptions(t.stack);
    const senecaFeed = live.subscribe<{
      riskShareSettled: {
        id: string;
        title: string;
        riskShare: { settlement: { id: string; payableCents: number; withheldCents: number } };
      };
    }>(senecaToken, SUBSCRIPTION);
    const eciparFeed = live.subscribe<{ riskShareSettled: { id: string } }>(eciparToken, 'subscription { riskShareSettled { id } }');
    const staffFeed = live.subscribe<{ riskShareSettled: { id: string } }>(staff, 'subscription { riskShareSettled { id } }');
    const denied = live.subscribe(await t.tokenFor('COMMITTEE_MEMBER'), 'subscription { riskShareSettled { id } }');
    await subscribed(t.stack, serving + 3); // the committee member's is refused

    const settled = await t.graphql<{ settleRiskShare: { id: string; payableCents: number } }>(SETTLE, {
      token: staff,
      variables: { id: a.id, asOf: '2020-06-01' },
    });
    expect(settled.errors).toBeUndefined();
    await t.graphql(SETTLE, { token: staff, variables: { id: a.id, asOf: '2020-07-01' } });
    await until(() => senecaFeed.received.length >= 1 && staffFeed.received.length >= 1);
    await settle();
    // 1 of 2 employed = 50%: the target is met, the whole 30% is payable.
    expect(senecaFeed.received.map((r) => r.data?.riskShareSettled)).toEqual([
      {
        id: a.id,
        title: a.title,
        riskShare: { settlement: { id: settled.data?.settleRiskShare.id, payableCents: 300_000, withheldCents: 0 } },
      },
    ]);
    expect(eciparFeed.received).toEqual([]);
    expect(staffFeed.received.map((r) => r.data?.riskShareSettled.id)).toEqual([a.id]);
    await until(() => denied.received.length > 0 || denied.errors.length > 0);
    expect(JSON.stringify(denied)).toContain('FORBIDDEN');
  });
});
