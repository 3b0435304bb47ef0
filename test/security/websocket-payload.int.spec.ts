import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WS_MAX_PAYLOAD_BYTES } from '@ixl/http-kit';
import { bootTestStack, liveClient, subscribed, type TestStack } from '@ixl/testkit';

/**
 * Issue 18, finding 5: the gateway's and the subgraphs' WebSocket servers read frames of up to 100 MiB
 * (the `ws` default) before anyone is authenticated. Now a frame over WS_MAX_PAYLOAD_BYTES (64 KiB)
 * closes the socket with 1009 (message too big) and is not buffered; subscriptions still work.
 */
let t: TestStack;
beforeAll(async () => {
  t = await bootTestStack();
});
afterAll(async () => {
  await t?.stop();
});

/** Opens a graphql-ws socket, sends one frame of `bytes` bytes, and resolves with the close code (or 'open' after 2 s). */
function sendFrame(url: string, bytes: number): Promise<number | 'open'> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const timer = setTimeout(() => {
      socket.terminate();
      resolve('open');
    }, 2000);
    socket.on('error', () => undefined); // the close event follows with the code
    socket.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    socket.on('open', () => {
      // A connection_init whose payload pads the frame to exactly `bytes` bytes.
      const head = '{"type":"connection_init","payload":{"pad":"';
      const tail = '"}}';
      socket.send(head + 'x'.repeat(bytes - head.length - tail.length) + tail, (err) => err && reject(err));
    });
  });
}

describe('WebSocket frame size (finding 5)', () => {
  it('the gateway closes the socket with 1009 on a frame over the limit, before authentication', async () => {
    const url = t.url.replace(/^http/, 'ws');
    expect(await sendFrame(url, WS_MAX_PAYLOAD_BYTES + 1)).toBe(1009);
    expect(await sendFrame(url, 10 * 1024 * 1024)).toBe(1009);
    // A frame within the limit is read: without a token the connection is refused by graphql-ws (4403).
    expect(await sendFrame(url, WS_MAX_PAYLOAD_BYTES)).toBe(4403);
  });

  it('every subgraph closes the socket with 1009 on a frame over the limit', async () => {
    for (const subgraph of Object.values(t.stack.subgraphs)) {
      const url = subgraph.url.replace(/^http/, 'ws');
      expect(await sendFrame(url, WS_MAX_PAYLOAD_BYTES + 1), subgraph.name).toBe(1009);
      expect(await sendFrame(url, WS_MAX_PAYLOAD_BYTES), subgraph.name).toBe(4403);
    }
  });

  it('subscriptions with their ordinary messages still work through the gateway', async () => {
    const live = liveClient(t.url);
    try {
      const token = await t.tokenFor('STAFF');
      const feed = live.subscribe(token, 'subscription { beneficiaryRegistered { id } }');
      await subscribed(t.stack, 1);
      expect(feed.errors).toEqual([]);
    } finally {
      await live.dispose();
    }
  });
});
