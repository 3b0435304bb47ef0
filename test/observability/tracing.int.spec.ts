import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InMemorySpanExporter, startTracing, type ReadableSpan, type Tracing } from '@ixl/observability';
import { buildCodiceFiscale } from '@ixl/territory';
import type { TestStack } from '@ixl/testkit';

/**
 * One trace from the gateway down to SQL, and from a mutation through its event to the consumer: the
 * real stack, traced by the OpenTelemetry SDK and the maintained instrumentations into an in-memory
 * exporter. Tracing starts before the stack's modules load (they are imported below, after it), as the
 * launcher does first thing; this file runs in a worker of its own (the `observability` project).
 */
const exporter = new InMemorySpanExporter();
let tracing: Tracing | undefined;
let t: TestStack;
let factories: typeof import('@ixl/testkit').factories;

const person = { firstName: 'Ottavia', lastName: 'Zanardelli', birthDate: '1987-03-14', sex: 'F' as const };
const codiceFiscale = buildCodiceFiscale({
  surname: person.lastName,
  name: person.firstName,
  birthDate: person.birthDate,
  sex: person.sex,
  birthPlaceCode: 'A944',
  omocodia: 0,
});
const email = 'ottavia.zanardelli@example.org';
const password = 'Segreto-Molto-Lungo-2026!';
const phone = '+39 333 7654321';

beforeAll(async () => {
  tracing = startTracing({ serviceName: 'ixl-test', exporter });
  const testkit = await import('@ixl/testkit');
  factories = testkit.factories;
  t = await testkit.bootTestStack();
});
afterAll(async () => {
  await t?.stop();
  await tracing?.shutdown();
});

const spansOf = (traceId: string) => exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
const parentOf = (s: ReadableSpan) => s.parentSpanContext?.spanId;

/** Every ancestor of `span` in its trace, nearest first. */
function ancestors(span: ReadableSpan, all: ReadableSpan[]): ReadableSpan[] {
  const byId = new Map(all.map((s) => [s.spanContext().spanId, s]));
  const out: ReadableSpan[] = [];
  for (let p = byId.get(parentOf(span) ?? ''); p; p = byId.get(parentOf(p) ?? '')) out.push(p);
  return out;
}

/** The trace as an indented tree (name and the attributes that place it), for the failure message and the note. */
function tree(spans: ReadableSpan[]): string {
  const children = new Map<string | undefined, ReadableSpan[]>();
  const ids = new Set(spans.map((s) => s.spanContext().spanId));
  for (const s of spans) {
    const key = ids.has(parentOf(s) ?? '') ? parentOf(s) : undefined;
    children.set(key, [...(children.get(key) ?? []), s]);
  }
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const s of (children.get(parent) ?? []).sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1])) {
      const where =
        s.attributes['service'] ??
        s.attributes['graphql.operation.name'] ??
        s.attributes['db.system.name'] ??
        s.attributes['db.system'] ??
        '';
      lines.push(`${'  '.repeat(depth)}${s.name}${where ? ` [${String(where)}]` : ''}`);
      walk(s.spanContext().spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  return lines.join('\n');
}

const isSql = (s: ReadableSpan) => s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql';

describe('tracing across the federation', () => {
  it('follows one federated query from the gateway through people, companies and training down to SQL', async () => {
    const company = await factories.createCompany(t.stack, 'Rekeep Traccia');
    const body = await factories.createTrainingBody(t.stack, 'Seneca Traccia');
    const edition = await factories.createEdition(t.stack, body.id, 'OSS 2026');
    const b = await factories.createBeneficiary(t.stack);
    await factories.createPlacement(t.stack, { beneficiaryId: b.id, companyId: company.id });
    await factories.enrol(t.stack, edition.id, b.id);
    const token = await t.tokenFor('STAFF');
    exporter.reset();
    const r = await t.graphql(
      `query StaffOverview { beneficiaries(first: 5) { nodes { id placements { company { name } } enrolments { edition { title trainingBody { name } } } } } }`,
      { token },
    );
    expect(r.errors).toBeUndefined();

    const request = exporter
      .getFinishedSpans()
      .find((s) => s.name === 'gateway.request' && s.attributes['graphql.operation.name'] === 'StaffOverview');
    expect(request, 'the gateway span of the operation').toBeDefined();
    const spans = spansOf(request!.spanContext().traceId);
    const shown = tree(spans);
    // Below the request's HTTP server span at the gateway: the operation, its plan and one fetch per subgraph.
    expect(
      ancestors(request!, spans).some((s) => s.kind === 1 && s.attributes['url.path'] === '/graphql'),
      shown,
    ).toBe(true); // SERVER
    expect(
      spans.some((s) => s.name === 'gateway.plan'),
      shown,
    ).toBe(true);
    const fetches = spans.filter((s) => s.name === 'gateway.fetch');
    expect(new Set(fetches.map((s) => s.attributes['service'])), shown).toEqual(new Set(['people', 'companies', 'training']));
    // Each subgraph's own work is in the same trace (traceparent over the fetch), below that fetch: its
    // HTTP server span, its GraphQL execution and the SQL it ran.
    for (const fetch of fetches) {
      const below = spans.filter((s) => ancestors(s, spans).includes(fetch));
      expect(
        below.some((s) => s.kind === 1),
        `${String(fetch.attributes['service'])}: server span\n${shown}`,
      ).toBe(true);
      expect(
        below.some((s) => s.name.startsWith('graphql.')),
        `${String(fetch.attributes['service'])}: graphql span\n${shown}`,
      ).toBe(true);
      expect(below.some(isSql), `${String(fetch.attributes['service'])}: SQL span\n${shown}`).toBe(true);
    }
    console.log(`Trace ${request!.spanContext().traceId}:\n${shown}`);
  });

  it('carries the trace through the outbox: the consumer of the event a mutation published links to that request', async () => {
    exporter.reset();
    const registered = await t.registerVerified({
      ...person,
      codiceFiscale,
      email,
      password,
      phone,
      citizenship: 'IT',
      municipalityCode: '037006',
      privacyConsent: true,
      privacyNoticeVersion: '2026-01',
    });
    await factories.drainEvents(t.stack);
    // The outbox rows the registration wrote hold the traceparent of the mutation's request.
    const rows = (await t.stack.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute(`select "type", "trace_parent" from "people"."outbox_event" where "aggregate_id" = ? order by "id"`, [registered.id])) as {
      type: string;
      trace_parent: string | null;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    const published = rows.filter((r) => r.trace_parent);
    expect(published.length, JSON.stringify(rows)).toBeGreaterThan(0);
    const requestTraces = new Set(published.map((r) => r.trace_parent!.split('-')[1]!));
    // Those traces are the mutation's requests through the gateway (their HTTP root span is at the gateway).
    for (const traceId of requestTraces) expect(spansOf(traceId).some((s) => s.name === 'gateway.request')).toBe(true);
    // A consumer's handling: its own trace, linked to the request that caused the event, with its SQL below.
    const handled = exporter
      .getFinishedSpans()
      .filter((s) => s.name.startsWith('event ') && s.links.some((l) => requestTraces.has(l.context.traceId)));
    expect(
      handled.length,
      exporter
        .getFinishedSpans()
        .map((s) => s.name)
        .join(', '),
    ).toBeGreaterThan(0);
    const consumer = handled[0]!;
    const consumerTrace = spansOf(consumer.spanContext().traceId);
    expect(
      consumerTrace.some((s) => isSql(s) && ancestors(s, consumerTrace).includes(consumer)),
      tree(consumerTrace),
    ).toBe(true);
    console.log(
      `Event ${String(consumer.attributes['ixl.event.type'])} handled by ${String(consumer.attributes['messaging.consumer.group.name'])}, linked to trace ${consumer.links[0]!.context.traceId}:\n${tree(consumerTrace)}`,
    );
  });

  it('traces subscriptions at the gateway: the subscription starting, and each event resolved for the client', async () => {
    const { liveClient, until } = await import('@ixl/testkit');
    const live = liveClient(t.url);
    try {
      const token = await t.tokenFor('STAFF');
      const feed = live.subscribe<{ beneficiaryRegistered: { id: string } }>(
        token,
        'subscription NewPeople { beneficiaryRegistered { id } }',
      );
      await until(() => exporter.getFinishedSpans().some((s) => s.name === 'gateway.subscribe'), 15_000);
      const other = { firstName: 'Gaspare', lastName: 'Ferrandino', birthDate: '1979-11-02', sex: 'M' as const };
      const registered = await t.registerVerified({
        ...other,
        codiceFiscale: buildCodiceFiscale({
          surname: other.lastName,
          name: other.firstName,
          birthDate: other.birthDate,
          sex: other.sex,
          birthPlaceCode: 'A944',
          omocodia: 0,
        }),
        email: 'gaspare.ferrandino@example.org',
        password,
        citizenship: 'IT',
        municipalityCode: '037006',
        privacyConsent: true,
        privacyNoticeVersion: '2026-01',
      });
      await until(() => feed.received.some((r) => r.data?.beneficiaryRegistered.id === registered.id), 15_000);
      await until(() => exporter.getFinishedSpans().some((s) => s.name === 'gateway.subscription.event'), 15_000);
      const start = exporter.getFinishedSpans().find((s) => s.name === 'gateway.subscribe')!;
      expect(start.attributes).toMatchObject({ 'graphql.operation.name': 'NewPeople', 'graphql.operation.type': 'subscription' });
      const event = exporter.getFinishedSpans().find((s) => s.name === 'gateway.subscription.event')!;
      expect(event.attributes).toMatchObject({ 'graphql.operation.name': 'NewPeople', 'ixl.subgraph': 'people' });
    } finally {
      await live.dispose();
    }
  });

  it('puts no personal data in span names, attributes or events (names, codice fiscale, email, phone, password, variables)', () => {
    const spans = exporter.getFinishedSpans();
    expect(spans.length).toBeGreaterThan(20);
    const needles = [person.firstName, person.lastName, codiceFiscale, email, phone, password, person.birthDate, 'Zanardelli'];
    const text = JSON.stringify(
      spans.map((s) => ({
        name: s.name,
        attributes: s.attributes,
        events: s.events,
        links: s.links.map((l) => l.attributes),
        resource: s.resource.attributes,
      })),
    ).toLowerCase();
    for (const needle of needles) expect(text, `span data contains ${needle}`).not.toContain(needle.toLowerCase());
    // No GraphQL document or variables and no SQL parameters are recorded.
    for (const s of spans) {
      for (const key of Object.keys(s.attributes)) {
        expect(key).not.toMatch(/variables|graphql\.document|db\.statement\.parameters|db\.query\.parameter|http\.request\.header/);
      }
    }
  });
});
