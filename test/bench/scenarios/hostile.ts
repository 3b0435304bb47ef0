import type { Agent } from 'node:http';
import { post } from '../lib/load.js';
import { percentile } from '../lib/stats.js';

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const installments = '{ installmentCents totalInterestCents installments { number dueDate principalCents interestCents balanceCents } }';

/**
 * The most expensive requests an anonymous caller can still send within the gateway's default limits
 * (issue 18, finding 4: 30 aliases, cost 10000, depth 12, 4000 tokens, pages 1–1000). Shared by the
 * `hostile` bench scenario and `test/security/query-limits.int.spec.ts`.
 */
export const WORST_ANONYMOUS_REQUESTS: Record<string, string> = {
  '30 loan simulations of 60 months': `{ ${aliases(30, `simulateLoan(input: { principalCents: 2500000, termMonths: 60, graceMonths: 6 }) ${installments}`)} }`,
  '30 open-call lists': `{ ${aliases(30, 'openProjectCalls { id kind title description opensOn closesOn maxAmountCents }')} }`,
  'staff pages at the cost limit (refused by the subgraphs)': `{ ${aliases(3, 'beneficiaries(first: 1000) { nodes { id firstName } }')} }`,
  'deep nesting at the cost limit': `{ beneficiaries(first: 3) { nodes { placements { beneficiary { placements { beneficiary { placements { beneficiary { id } } } } } } } } }`,
  '30 public fields with 20 directives and fragments': `{ ...F } fragment F on Query { ${aliases(20, 'currentPrivacyNoticeVersion @include(if: true)')} ${aliases(10, 'openProjectCalls { id title }').replace(/a(\d)/g, 'b$1')} }`,
};

export interface HostileTiming {
  name: string;
  p50: number;
  max: number;
}

/** Each request `runs` times, anonymously, after 3 warm-up calls. */
export async function hostileLatency(gatewayUrl: string, agent: Agent, runs = 20): Promise<HostileTiming[]> {
  const out: HostileTiming[] = [];
  for (const [name, query] of Object.entries(WORST_ANONYMOUS_REQUESTS)) {
    const body = JSON.stringify({ query });
    for (let i = 0; i < 3; i++) await post({ url: gatewayUrl, body, headers: {} }, agent);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await post({ url: gatewayUrl, body, headers: {} }, agent);
      samples.push(performance.now() - t0);
      if (/QUERY_TOO_COSTLY|QUERY_TOO_DEEP|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/.test(r.body))
        throw new Error(`"${name}" is no longer accepted by the limits: ${r.body.slice(0, 300)}`);
    }
    out.push({ name, p50: percentile(samples, 50), max: Math.max(...samples) });
  }
  return out;
}
