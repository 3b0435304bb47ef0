import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { spreadKeepAlive } from './keep-alive.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

/** A WebSocket server with spreadKeepAlive (`intervalMs`, `tickMs`), and `n` clients that answer pings or not. */
async function serve(intervalMs: number, tickMs: number) {
  const http: Server = createServer();
  const wss = new WebSocketServer({ server: http });
  const stop = spreadKeepAlive(wss, intervalMs, tickMs);
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const clients: WebSocket[] = [];
  cleanup.push(async () => {
    stop();
    for (const c of clients) c.terminate();
    for (const c of wss.clients) c.terminate();
    wss.close();
    await new Promise((r) => http.close(r));
  });
  const { port } = http.address() as AddressInfo;
  const connect = async (answers: boolean) => {
    const client = new WebSocket(`ws://127.0.0.1:${port}`, { autoPong: answers });
    const pings: number[] = [];
    client.on('ping', () => pings.push(performance.now()));
    const closed = new Promise<number>((r) => client.once('close', (code) => r(code)));
    clients.push(client);
    await new Promise((r) => client.once('open', r));
    return { client, pings, closed };
  };
  return { connect, wss };
}

describe('spreadKeepAlive', () => {
  it('pings every socket once per interval, in slots spread over the interval rather than all at once', async () => {
    const { connect } = await serve(400, 20);
    const clients = await Promise.all(Array.from({ length: 20 }, () => connect(true)));
    const start = performance.now();
    await new Promise((r) => setTimeout(r, 1_300));
    for (const c of clients) {
      expect(c.pings.length).toBeGreaterThanOrEqual(2);
      expect(c.pings.length).toBeLessThanOrEqual(4);
      expect(c.client.readyState).toBe(WebSocket.OPEN);
    }
    // 20 sockets over 20 slots of 20 ms: their first pings span most of the interval, not one instant.
    const firsts = clients.map((c) => (c.pings[0] ?? Number.NaN) - start).sort((a, b) => a - b);
    expect((firsts.at(-1) ?? 0) - (firsts[0] ?? 0)).toBeGreaterThan(200);
  });

  it('terminates a socket that did not answer the previous ping, and keeps those that did', async () => {
    const { connect } = await serve(200, 20);
    const silent = await connect(false);
    const live = await connect(true);
    const code = await Promise.race([silent.closed, new Promise<number>((r) => setTimeout(() => r(-1), 2_000))]);
    expect(code).toBe(1006); // terminated: no close frame
    expect(silent.pings.length).toBeGreaterThanOrEqual(1);
    expect(live.client.readyState).toBe(WebSocket.OPEN);
    expect(live.pings.length).toBeGreaterThanOrEqual(1);
  });
});
