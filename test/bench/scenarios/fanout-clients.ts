/**
 * A fan-out client process (forked by scenarios/fanout.ts): holds its share of the graphql-ws subscribers,
 * so the clients' receipt of each event runs outside the bench process that posts the events. Each
 * receipt is stamped with this process's `performance.timeOrigin + performance.now()` (milliseconds since
 * the epoch, from the machine's one clock: comparable with the parent's stamp of the same kind, see the
 * `clock` message). Talks to its parent over the IPC channel only.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { CALLER_HEADER, signCaller, type Caller } from '@ixl/auth';

export interface ClientsStart {
  type: 'start';
  urls: string[];
  /** Index of this process's first client (clients are spread over `urls` by their global index). */
  first: number;
  count: number;
  direct: boolean;
  token: string;
  caller: Caller;
  internalSecret: string;
  query: string;
}
export type ToClients = ClientsStart | { type: 'clock' } | { type: 'collect' } | { type: 'dispose' };
export type FromClients =
  | { type: 'connected'; connected: number; failed: number }
  | { type: 'clock'; now: number }
  | { type: 'delivered'; delivered: number }
  | { type: 'receipts'; receipts: Record<string, number[]> };

const now = () => performance.timeOrigin + performance.now();
const send = (m: FromClients) => process.send?.(m);
const clients: Client[] = [];
const receipts = new Map<string, number[]>();
let delivered = 0;
let reported = 0;

async function start(m: ClientsStart): Promise<void> {
  let connected = 0;
  let failed = 0;
  const batch = 250;
  for (let i = 0; i < m.count; i++) {
    const global = m.first + i;
    let acked = false;
    const client = createClient({
      url: m.urls[global % m.urls.length] ?? '',
      webSocketImpl: WebSocket,
      connectionParams: (): Record<string, string> =>
        m.direct
          ? { [CALLER_HEADER]: signCaller(m.caller, m.internalSecret, { method: 'WS', path: '/graphql', body: null }) }
          : { authorization: `Bearer ${m.token}` },
      retryAttempts: 0,
      lazy: false,
      // A client that fails or is closed before its first acknowledgement counts as failed.
      on: {
        connected: () => {
          acked = true;
          connected++;
        },
        error: () => void (acked || failed++),
        closed: () => void (acked || failed++),
      },
    });
    clients.push(client);
    client.subscribe<{ vacancyPosted: { title: string } }>(
      { query: m.query },
      {
        next: (r) => {
          const at = now();
          const title = r.data?.vacancyPosted.title;
          if (title === undefined) return;
          let list = receipts.get(title);
          if (!list) receipts.set(title, (list = []));
          list.push(at);
          delivered++;
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    // Each batch connected before the next starts (no listen-backlog overflow at 10,000).
    if ((i + 1) % batch === 0 || i + 1 === m.count) {
      const deadline = Date.now() + 30_000;
      while (connected + failed < i + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    }
  }
  send({ type: 'connected', connected, failed });
  // Progress for the parent's wait, off the receipt path (at most every 100 ms, only when it changed).
  setInterval(() => {
    if (delivered !== reported) send({ type: 'delivered', delivered: (reported = delivered) });
  }, 100).unref();
}

process.on('message', (m: ToClients) => {
  if (m.type === 'start') void start(m);
  else if (m.type === 'clock') send({ type: 'clock', now: now() });
  else if (m.type === 'collect') send({ type: 'receipts', receipts: Object.fromEntries(receipts) });
  else if (m.type === 'dispose') void Promise.all(clients.map((c) => c.dispose())).finally(() => process.exit(0));
});
