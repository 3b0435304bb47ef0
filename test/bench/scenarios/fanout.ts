import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Agent } from 'node:http';
import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';
import { post } from '../lib/load.js';
import { percentile } from '../lib/stats.js';
import { settle } from '../lib/cpu.js';

/**
 * Event-to-client latency with `subscribers` graphql-ws clients, through the gateway or straight to the
 * owning subgraph: each event is a vacancy posted through the gateway; latency = from just before the
 * mutation is sent to the moment each client receives it. Before each event the subgraphs are let go idle
 * (what the previous vacancy set off, e.g. its offer-alert mails, is not billed to the next delivery).
 * With several `wsUrls` (gateway processes) the clients are spread evenly over them. The clients connect
 * in batches (each batch connected before the next starts: no listen-backlog overflow at 10,000).
 */
export async function fanOut(opts: {
  wsUrls: string[];
  direct: boolean;
  subscribers: number;
  events: number;
  gatewayUrl: string;
  token: string;
  caller: Caller;
  internalSecret: string;
  companyId: string;
  agent: Agent;
  /** Processes let go idle before each event (the stack, and any gateway processes). */
  idlePids?: (number | undefined)[];
}): Promise<{ p50: number; p99: number; delivered: number; expected: number }> {
  const clients: Client[] = [];
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  let delivered = 0;
  const perClient = opts.subscribers;
  let connected = 0;
  const failed = new Set<number>();
  const batch = 250;
  for (let i = 0; i < perClient; i++) {
    let acked = false;
    const client = createClient({
      url: opts.wsUrls[i % opts.wsUrls.length] ?? '',
      webSocketImpl: WebSocket,
      connectionParams: (): Record<string, string> =>
        opts.direct
          ? { [CALLER_HEADER]: signCaller(opts.caller, opts.internalSecret, { method: 'WS', path: '/graphql', body: null }) }
          : { authorization: `Bearer ${opts.token}` },
      retryAttempts: 0,
      lazy: false,
      // A client that fails or is closed before its first acknowledgement counts as failed.
      on: {
        connected: () => {
          acked = true;
          connected++;
        },
        error: () => void (acked || failed.add(i)),
        closed: () => void (acked || failed.add(i)),
      },
    });
    clients.push(client);
    client.subscribe<{ vacancyPosted: { title: string } }>(
      { query: 'subscription { vacancyPosted { id title } }' },
      {
        next: (r) => {
          const t = sentAt.get(r.data?.vacancyPosted.title ?? '');
          if (t !== undefined) {
            latencies.push(performance.now() - t);
            delivered++;
          }
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    if ((i + 1) % batch === 0 || i + 1 === perClient) {
      const deadline = Date.now() + 30_000;
      while (connected + failed.size < i + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    }
  }
  const label = `${perClient} ${opts.direct ? 'direct' : `through ${opts.wsUrls.length} gateway(s)`}`;
  console.error(`[bench] fanout ${label}: ${connected} connected, ${failed.size} failed`);
  if (failed.size) throw new Error(`fan-out: ${failed.size} of ${perClient} clients could not connect`);
  // Every client is connected; its subscribe message follows on the same socket.
  await new Promise((r) => setTimeout(r, Math.max(1_500, Math.min(perClient, 2_000) * 3)));
  for (let e = 0; e < opts.events; e++) {
    for (const pid of opts.idlePids ?? []) await settle(pid);
    const title = `Fan-out ${opts.direct ? 'direct' : 'gateway'} ${e} ${Date.now()}`;
    sentAt.set(title, performance.now());
    const r = await post(
      {
        url: opts.gatewayUrl,
        body: JSON.stringify({
          query: 'mutation($i: PostVacancyInput!) { postVacancy(input: $i) { id } }',
          variables: {
            i: {
              companyId: opts.companyId,
              title,
              municipalityCode: '037006',
              openings: 1,
              requiredSkills: ['magazzino'],
              contractType: 'TEMPO_DETERMINATO',
              hoursPerWeek: 30,
              status: 'OPEN',
            },
          },
        }),
        headers: { authorization: `Bearer ${opts.token}` },
      },
      opts.agent,
    );
    if (!r.ok) throw new Error(`postVacancy failed: ${r.body.slice(0, 300)}`);
    await new Promise((res) => setTimeout(res, 300));
  }
  console.error(`[bench] fanout ${label}: events posted, ${delivered}/${perClient * opts.events} delivered`);
  const deadline = Date.now() + 10_000;
  while (delivered < perClient * opts.events && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await Promise.all(clients.map((c) => c.dispose()));
  console.error(`[bench] fanout ${label}: ${delivered}/${perClient * opts.events} delivered`);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), delivered, expected: perClient * opts.events };
}
