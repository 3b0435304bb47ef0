import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORST_ANONYMOUS_REQUESTS } from '../bench/scenarios/hostile.js';
import { bootTestStack, errorCodes, graphqlRequest, type GraphQLResponse, type TestStack } from '@ixl/testkit';

/**
 * Issue 18, finding 4, through the real gateway with the default limits (depth 12, cost 10000, 30 aliases,
 * 20 directives, 4000 tokens, pages 1–1000): the attacks of the review are refused, and the most expensive
 * requests an anonymous caller can still send are answered in under 1 s.
 */
let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack();
});
afterAll(async () => {
  await t?.stop();
});

const anonymous = (query: string, variables: Record<string, unknown> = {}) => graphqlRequest(t.url, query, { variables });
async function timed(query: string, variables: Record<string, unknown> = {}): Promise<{ ms: number; res: GraphQLResponse }> {
  const started = performance.now();
  const res = await anonymous(query, variables);
  return { ms: performance.now() - started, res };
}
const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

describe('page sizes', () => {
  it.each([
    ['a negative first', '{ beneficiaries(first: -1000000) { nodes { id } } }', {}, 'first'],
    ['first 0', '{ beneficiaries(first: 0) { nodes { id } } }', {}, 'first'],
    ['an oversized first', '{ beneficiaries(first: 1001) { nodes { id } } }', {}, 'first'],
    ['a negative first in a variable', 'query($n: Int!) { financeLedger(first: $n) { id } }', { n: -1 }, 'first'],
    ['an oversized limit in a fragment', '{ ...Q } fragment Q on Query { myVacancyMatches(limit: 100000) { vacancyId } }', {}, 'limit'],
  ])('refuses %s with BAD_USER_INPUT naming the argument, before any subgraph is called', async (_, query, variables, field) => {
    const res = await anonymous(query, variables);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      field,
      min: 1,
      max: 1000,
      reason: 'PAGE_SIZE_OUT_OF_RANGE',
      params: { argument: field },
    });
    expect(res.data ?? null).toBeNull();
  });

  it("refuses the review's request (a negative first next to 7,000 aliases) at once", async () => {
    const { ms, res } = await timed(`{ beneficiaries(first: -1000000) { nodes { id } } ${aliases(7000, 'currentPrivacyNoticeVersion')} }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']); // over the token limit: not even parsed
    expect(ms).toBeLessThan(1000);
  });

  it('counts default page sizes: a list left without first costs its default page', async () => {
    // 15 aliases of the default 100-entry ledger page, each entry with 7 fields: 15 × (1 + 100 × 7) > 10000.
    const entry = '{ id account amountCents bookedOn memo recordedAt reversesEntryId }';
    const res = await anonymous(`{ ${aliases(15, `financeLedger ${entry}`)} }`);
    expect(errorCodes(res)).toEqual(['QUERY_TOO_COSTLY']);
    const sized = await anonymous(`{ ${aliases(15, `financeLedger(first: 1) ${entry}`)} }`);
    expect(errorCodes(sized)).not.toContain('QUERY_TOO_COSTLY');
  });
});

describe('aliases, directives and tokens', () => {
  it('refuses more than 30 aliases, counted through fragments', async () => {
    const res = await anonymous(`{ ...F ...F } fragment F on Query { ${aliases(16, 'currentPrivacyNoticeVersion')} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'TOO_MANY_ALIASES',
      limit: 30,
      params: { limit: 30 },
    });
    expect(errorCodes(await anonymous(`{ ${aliases(30, 'currentPrivacyNoticeVersion')} }`))).toEqual([]);
  });

  it('refuses more than 20 directives', async () => {
    const res = await anonymous(`{ currentPrivacyNoticeVersion ${'@include(if: true) '.repeat(21)} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      reason: 'TOO_MANY_DIRECTIVES',
      limit: 20,
      params: { limit: 20 },
    });
  });

  it('stops parsing a document of more than 4000 tokens', async () => {
    const res = await anonymous(`{ currentPrivacyNoticeVersion ${'__typename '.repeat(4000)} }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(res.errors?.[0]?.message).toContain('4000 tokens');
  });
});

describe('the worst accepted anonymous requests stay under 1 s', () => {
  const worst = WORST_ANONYMOUS_REQUESTS;
  it.each(Object.keys(worst))('%s', async (name) => {
    await timed(worst[name]!); // warm-up: query plan cache, connections
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await timed(worst[name]!));
    for (const { res } of runs) {
      expect(
        errorCodes(res).filter((c) =>
          ['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED'].includes(String(c)),
        ),
      ).toEqual([]);
      expect(errorCodes(res)).not.toContain('INTERNAL_SERVER_ERROR');
    }
    const best = Math.min(...runs.map((r) => r.ms));
    console.log(`worst anonymous request "${name}": ${best.toFixed(0)} ms (best of 3)`);
    expect(best).toBeLessThan(1000);
  });
});
