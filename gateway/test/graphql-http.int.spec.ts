import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditServer, type AuditResult } from 'graphql-http';
import { bootTestStack, type TestStack } from '@ixl/testkit';

let t: TestStack;
let results: AuditResult[];
beforeAll(async () => {
  t = await bootTestStack();
  results = await auditServer({ url: t.url, fetchFn: fetch });
});
afterAll(async () => {
  await t?.stop();
});

/**
 * SHOULD audits we do not pass, on purpose. For legacy `Accept: application/json` requests the spec
 * suggests 200 on request errors; Apollo Server answers 400 (as it does for
 * application/graphql-response+json, where the spec requires 4xx). Clients read `errors` either way.
 */
const REQUEST_ERROR_STATUS = 'Apollo Server answers request errors (parse, validation, variable coercion) with 400 for every media type';
const ACCEPTED_SHOULD_FAILURES: Record<string, string> = {
  '572B': REQUEST_ERROR_STATUS,
  FDE2: REQUEST_ERROR_STATUS,
  '7B9B': REQUEST_ERROR_STATUS,
};

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  it('runs the full audit list', () => {
    expect(results.length).toBeGreaterThan(30);
  });

  it('passes every MUST audit', () => {
    const failed = results
      .filter((r) => r.name.startsWith('MUST') && r.status !== 'ok')
      .map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`);
    expect(failed).toEqual([]);
  });

  it('passes every SHOULD audit except the ones listed with a reason (and those really fail)', () => {
    for (const id of Object.keys(ACCEPTED_SHOULD_FAILURES)) expect(results.find((r) => r.id === id)?.status, id).not.toBe('ok');
    const failed = results
      .filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok' && !ACCEPTED_SHOULD_FAILURES[r.id])
      .map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`);
    expect(failed).toEqual([]);
  });
});
