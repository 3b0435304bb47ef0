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
 */
export async function fanOut(opts: {
  wsUrl: string;
  direct: boolean;
  subscribers: number;
  events: number;
  gatewayUrl: string;
  token: string;
  caller: Caller;
  internalSecret: string;
  companyId: string;
  agent: Agent;
  stackPid?: number;
}): Promise<{ p50: number; p99: number; delivered: number; expected: number }> {
  const clients: Client[] = [];
  const latencies: number[] = [];
  const sentAt = new Map<string, number>();
  let delivered = 0;
  const perClient = opts.subscribers;
  for (let i = 0; i < perClient; i++) {
    const client = createClient({
      url: opts.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: (): Record<string, string> =>
        opts.direct
          ? { [CALLER_HEADER]: signCaller(opts.caller, opts.internalSecret, { method: 'WS', path: '/graphql', body: null }) }
          : { authorization: `Bearer ${opts.token}` },
      retryAttempts: 0,
      lazy: false,
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
  }
  await new Promise((r) => setTimeout(r, Math.max(1_500, perClient * 3)));
  for (let e = 0; e < opts.events; e++) {
    await settle(opts.stackPid);
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
  const deadline = Date.now() + 10_000;
  while (delivered < perClient * opts.events && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await Promise.all(clients.map((c) => c.dispose()));
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), delivered, expected: perClient * opts.events };
}
