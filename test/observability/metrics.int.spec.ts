import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestStack, factories, type TestStack } from '@ixl/testkit';

/**
 * Prometheus metrics of a running stack: scraped from the process's own metrics listener before and
 * after real traffic through the gateway; the named series move. The public port does not serve them.
 */
let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack();
});
afterAll(async () => {
  await t?.stop();
});

const scrape = async (url = t.stack.gateway.metricsUrl): Promise<string> => {
  const r = await fetch(url);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
  return r.text();
};

/** The value of the series `name{labels…}` (every label given must match), summed; 0 when absent. */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{([^}]*)\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[3] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) sum += Number(m[4]);
  }
  return sum;
}
const has = (text: string, name: string, labels: Record<string, string> = {}) =>
  text.split('\n').some((l) => l.startsWith(name) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));

describe('metrics', () => {
  it('counts requests, latency, errors, subgraph fetches, plan-cache hits and events; reads queues, lag and pools', async () => {
    const before = await scrape();
    const token = await t.tokenFor('STAFF');
    const company = await factories.createCompany(t.stack, 'Metriche Srl');
    const b = await factories.createBeneficiary(t.stack);
    await factories.createPlacement(t.stack, { beneficiaryId: b.id, companyId: company.id });
    const query = 'query MetricsOverview { beneficiaries(first: 5) { nodes { id placements { company { name } } } } }';
    for (let i = 0; i < 3; i++) expect((await t.graphql(query, { token })).errors).toBeUndefined();
    const refused = await t.graphql('query MetricsRefused { beneficiaries(first: 5) { nodes { id } } }');
    expect(refused.errors?.length).toBeGreaterThan(0);
    await t
      .registerVerified({
        firstName: 'Metrica',
        lastName: 'Prova',
        birthDate: '1990-05-05',
        sex: 'F',
        codiceFiscale: 'PRVMRC90E45A944X',
        email: 'metrica.prova@example.org',
        password: 'Segreto-Molto-Lungo-2026!',
        citizenship: 'IT',
        municipalityCode: '037006',
        privacyConsent: true,
        privacyNoticeVersion: '2026-01',
      })
      .catch(() => undefined); // a refused codice fiscale still makes traffic; the events below come from the placements too
    await factories.drainEvents(t.stack);
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) => value(after, name, labels) - value(before, name, labels);

    const op = { service: 'gateway', operation: 'MetricsOverview' };
    expect(moved('ixl_graphql_requests_total', { ...op, outcome: 'ok' })).toBe(3);
    expect(moved('ixl_graphql_request_duration_seconds_count', op)).toBe(3);
    expect(moved('ixl_graphql_request_duration_seconds_sum', op)).toBeGreaterThan(0);
    expect(moved('ixl_graphql_requests_total', { service: 'gateway', operation: 'MetricsRefused', outcome: 'error' })).toBe(1);
    expect(moved('ixl_graphql_errors_total', { service: 'gateway', operation: 'MetricsRefused' })).toBeGreaterThan(0);
    // Per subgraph fetch, and each subgraph's own count of what it served.
    expect(moved('ixl_subgraph_fetches_total', { subgraph: 'people', operation: 'MetricsOverview', outcome: 'ok' })).toBe(3);
    expect(moved('ixl_subgraph_fetches_total', { subgraph: 'companies', operation: 'MetricsOverview', outcome: 'ok' })).toBe(3);
    expect(moved('ixl_subgraph_fetch_duration_seconds_count', { subgraph: 'companies', operation: 'MetricsOverview' })).toBe(3);
    expect(moved('ixl_graphql_requests_total', { service: 'companies' })).toBeGreaterThanOrEqual(3);
    // The same operation planned once, then served from the plan cache.
    expect(moved('ixl_query_plan_cache_total', { result: 'hit' })).toBeGreaterThanOrEqual(2);
    expect(moved('ixl_query_plan_cache_total', { result: 'miss' })).toBeGreaterThanOrEqual(1);
    // Events: handled by consumers; each consumer's backlog and lag are series (drained: nothing waits).
    expect(moved('ixl_events_handled_total', { outcome: 'ok' })).toBeGreaterThan(0);
    expect(has(after, 'ixl_event_consumer_backlog', { consumer: 'training.placements', source: 'companies' })).toBe(true);
    expect(value(after, 'ixl_event_consumer_backlog', { consumer: 'training.placements' })).toBe(0);
    expect(has(after, 'ixl_event_consumer_lag_seconds', { consumer: 'companies.matching-profile', source: 'people' })).toBe(true);
    expect(has(after, 'ixl_event_dead_letters', { consumer: 'finance.placements' })).toBe(true);
    expect(has(after, 'ixl_mail_queue', { status: 'pending' })).toBe(true);
    expect(has(after, 'ixl_db_pool_connections', { service: 'people', state: 'used' })).toBe(true);
    expect(value(after, 'ixl_service_up', { service: 'training' })).toBe(1);
    // Declared even when this stack runs no job queue (IXL_JOBS=off in tests).
    expect(after).toContain('# TYPE ixl_job_queue_depth gauge');
    expect(after).toContain('# TYPE ixl_job_runs_total counter');
    // Node's runtime metrics.
    expect(value(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(has(after, 'nodejs_eventloop_lag_p99_seconds')).toBe(true);
    expect(value(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    const excerpt = after
      .split('\n')
      .filter((l) =>
        /MetricsOverview|query_plan_cache|training\.placements|ixl_mail_queue|service="people",state|ixl_service_up\{service="people"/.test(
          l,
        ),
      )
      .filter((l) => !/_bucket\{/.test(l));
    console.log(`/metrics excerpt:\n${excerpt.join('\n')}`);
  });

  it('keeps /metrics off the public gateway port; a subgraph serves them on its internal port', async () => {
    const publicMetrics = await fetch(t.url.replace(/\/graphql$/, '/metrics'));
    expect(publicMetrics.status).toBe(404);
    const subgraph = await scrape(t.stack.subgraphs.people.url.replace(/\/graphql$/, '/metrics'));
    expect(subgraph).toContain('ixl_graphql_requests_total');
    expect(new URL(t.stack.gateway.metricsUrl).port).not.toBe(new URL(t.url).port);
  });
});
