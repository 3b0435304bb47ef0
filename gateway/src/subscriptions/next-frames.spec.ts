import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { graphqlWsNextWriter, MAX_BUFFERED_BYTES } from '@ixl/http-kit';

/**
 * The gateway's `next` frames, as real `ws` clients read them: built by hand and written to the TCP
 * socket when no extension is negotiated, through `ws.send` otherwise.
 */
interface Pair {
  server: WebSocket;
  client: WebSocket;
  received: unknown[];
}

const servers: { http: Server; wss: WebSocketServer }[] = [];
afterEach(async () => {
  for (const { http, wss } of servers.splice(0)) {
    for (const c of wss.clients) c.terminate();
    wss.close();
    await new Promise((r) => http.close(r));
  }
});

/** `n` connected server/client socket pairs on one server (`deflate`: permessage-deflate on both sides). */
async function pairs(n: number, deflate = false): Promise<Pair[]> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http, perMessageDeflate: deflate });
  servers.push({ http, wss });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const { port } = http.address() as AddressInfo;
  const accepted: WebSocket[] = [];
  wss.on('connection', (s) => accepted.push(s));
  const out: Pair[] = [];
  for (let i = 0; i < n; i++) {
    const client = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: deflate });
    const received: unknown[] = [];
    client.on('message', (data, binary) => {
      expect(binary).toBe(false);
      received.push(JSON.parse(data.toString()));
    });
    await new Promise((r) => client.once('open', r));
    while (accepted.length <= i) await new Promise((r) => setTimeout(r, 5));
    out.push({ server: accepted[i] as WebSocket, client, received });
  }
  return out;
}

const settle = (p: Pair[], count: number) =>
  expect.poll(() => p.every((x) => x.received.length >= count), { timeout: 5_000, interval: 10 }).toBe(true);

const next = (id: string, payload: unknown) => ({ id, type: 'next', payload });

describe('graphql-ws next frames written once per group', () => {
  it('frames short, 126+ and 65,536+ byte payloads (with non-ASCII text) that a ws client reads as text messages', async () => {
    const [p] = await pairs(1);
    if (!p) throw new Error('no pair');
    expect(p.server.extensions).toBe('');
    const write = graphqlWsNextWriter(p.server, 'sub-"1"');
    const payloads = [
      { data: { x: 1 } },
      { data: { title: 'Magazziniere/a – Forlì, più turni '.repeat(5) } },
      { data: { title: 'è'.repeat(40_000) } },
    ];
    for (const payload of payloads) write(JSON.stringify(payload));
    await settle([p], 3);
    expect(p.received).toEqual(payloads.map((payload) => next('sub-"1"', payload)));
  });

  it('keeps its frames in order with what ws itself sends on the same socket (complete after next)', async () => {
    const [p] = await pairs(1);
    if (!p) throw new Error('no pair');
    const write = graphqlWsNextWriter(p.server, '7');
    write('{"data":{"n":1}}');
    p.server.send(JSON.stringify({ id: '7', type: 'complete' }));
    write('{"data":{"n":2}}');
    await settle([p], 3);
    expect(p.received).toEqual([next('7', { data: { n: 1 } }), { id: '7', type: 'complete' }, next('7', { data: { n: 2 } })]);
  });

  it("never gives a member another group's payload when groups' writes interleave (the encoded payload is shared)", async () => {
    // Two groups of three (e.g. staff and a company: different caller scopes, different answers).
    const sockets = await pairs(6);
    const staff = sockets.slice(0, 3).map((p, i) => ({ p, write: graphqlWsNextWriter(p.server, `s${i}`) }));
    const company = sockets.slice(3).map((p, i) => ({ p, write: graphqlWsNextWriter(p.server, `c${i}`) }));
    const staffJson = JSON.stringify({ data: { vacancyPosted: { id: 'v1', title: 'Riservato allo staff' } } });
    const companyJson = JSON.stringify({ data: { vacancyPosted: null } });
    // Same length on purpose: only the bytes tell them apart.
    const companyPadded = companyJson.padEnd(staffJson.length - 1, ' ') + ' ';
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3; i++) {
        staff[i]?.write(staffJson);
        company[i]?.write(round === 1 ? companyPadded : companyJson);
      }
    }
    await settle(sockets, 3);
    for (const [i, { p }] of staff.entries()) expect(p.received).toEqual(Array(3).fill(next(`s${i}`, JSON.parse(staffJson))));
    for (const [i, { p }] of company.entries()) {
      expect(p.received).toEqual(Array(3).fill(next(`c${i}`, { data: { vacancyPosted: null } })));
      expect(JSON.stringify(p.received)).not.toContain('Riservato');
    }
  });

  it('goes through ws.send when permessage-deflate was negotiated', async () => {
    const [p] = await pairs(1, true);
    if (!p) throw new Error('no pair');
    expect(p.server.extensions).toContain('permessage-deflate');
    const write = graphqlWsNextWriter(p.server, 'z');
    write('{"data":{"t":"àèìòù"}}');
    write('{"data":{"t":"second"}}');
    await settle([p], 2);
    expect(p.received).toEqual([next('z', { data: { t: 'àèìòù' } }), next('z', { data: { t: 'second' } })]);
  });

  it('writes nothing to a closed socket or one with more than MAX_BUFFERED_BYTES queued', async () => {
    const [p] = await pairs(1);
    if (!p) throw new Error('no pair');
    const write = graphqlWsNextWriter(p.server, 'q');
    // The client stops reading: the server's socket queues what the kernel does not take.
    p.client.pause();
    const big = JSON.stringify({ data: { blob: 'x'.repeat(1024 * 1024) } });
    let writes = 0;
    const raw = (p.server as unknown as { _socket: { writableLength: number } })._socket;
    while (raw.writableLength <= MAX_BUFFERED_BYTES && writes < 200) {
      write(big);
      writes++;
    }
    expect(raw.writableLength).toBeGreaterThan(MAX_BUFFERED_BYTES);
    const queued = raw.writableLength;
    write(big);
    expect(raw.writableLength).toBe(queued);
    p.client.resume();
    await settle([p], writes);
    expect(p.received).toHaveLength(writes);
    p.server.close();
    await new Promise((r) => p.client.once('close', r));
    write('{"data":{"late":true}}');
    await new Promise((r) => setTimeout(r, 50));
    expect(p.received).toHaveLength(writes);
  });
});
