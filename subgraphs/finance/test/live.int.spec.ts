import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, liveClient, liveSubscriptions, settle, subscribed, until, withApproval, type TestStack } from '@ixl/testkit';
import { approveFunding, fundingApproved, loanOfDecision } from './factories.js';

let t: TestStack;
let live: ReturnType<typeof liveClient>;
let approver: string;
beforeAll(async () => {
  t = await bootTestStack();
  live = liveClient(t.url);
  approver = await t.tokenFor('ADMIN');
});
afterAll(async () => {
  await live?.dispose();
  await t?.stop();
});

/** Money mutations under maker-checker: prepared as `token`, approved by a second user (an ADMIN). */
const money = <T = Record<string, unknown>>(
  resultType: string,
  query: string,
  o: { token?: string; variables?: Record<string, unknown> },
) => withApproval<T>(t, query, { token: o.token ?? '', variables: o.variables, approver, resultType });

describe('live finance alerts through the gateway', () => {
  it('alerts staff when a loan falls into arrears, and refuses the alert feed to others', async () => {
    const staff = await t.tokenFor('STAFF');
    expect(
      (
        await money(
          'GuaranteePlafond',
          'mutation { setGuaranteePlafond(amountCents: 15000000, effectiveFrom: "2026-01-01") { amountCents } }',
          {
            token: staff,
          },
        )
      ).errors,
    ).toBeUndefined();
    const p = fundingApproved({ amountCents: 600_000, termMonths: 12, graceMonths: 0, approvedOn: '2026-01-20' });
    await approveFunding(t, p);
    const loan = await loanOfDecision(t, p.decisionId);
    expect(
      (
        await money('Loan', 'mutation($i: DisburseLoanInput!) { disburseLoan(input: $i) { status } }', {
          token: staff,
          variables: { i: { loanId: loan.id, contractDate: '2026-01-20', disbursedOn: '2026-01-20' } },
        })
      ).errors,
    ).toBeUndefined();
    const serving = liveSubscriptions(t.stack);
    const feed = live.subscribe<{ loanInArrears: { id: string; principalCents: number } }>(
      staff,
      'subscription { loanInArrears { id principalCents } }',
    );
    const denied = live.subscribe(await t.tokenFor('COMMITTEE_MEMBER'), 'subscription { loanInArrears { id } }');
    await subscribed(t.stack, serving + 1); // the committee member's is refused
    const r = await t.graphql<{ assessLoanArrears: { id: string }[] }>('mutation { assessLoanArrears(asOf: "2026-04-30") { id } }', {
      token: staff,
    });
    expect(r.data?.assessLoanArrears.map((l) => l.id)).toContain(loan.id);
    await until(() => feed.received.length >= 1);
    await settle();
    expect(feed.received.map((e) => e.data?.loanInArrears)).toEqual([{ id: loan.id, principalCents: 600_000 }]);
    await until(() => denied.received.length > 0 || denied.errors.length > 0);
    expect(JSON.stringify(denied)).toContain('FORBIDDEN');
  });
});
