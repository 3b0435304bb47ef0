import type { WebSocket, WebSocketServer } from 'ws';

/** What graphql-ws's `useServer` does by default: a ping every 12 s, and a socket that did not answer the last one is closed. */
export const KEEP_ALIVE_MS = 12_000;
const TICK_MS = 100;

/**
 * Keep-alive pings for every socket of `wss`, spread evenly over the interval: each socket gets a fixed
 * slot of the interval's `intervalMs / tickMs` ticks when it connects, and each tick pings only its slot's
 * sockets. A socket that has not answered (pong) the ping of the previous round is terminated, as
 * graphql-ws does (it terminates a socket `keepAlive` ms after an unanswered ping).
 *
 * graphql-ws's own keep-alive (one interval timer per socket, plus a timeout timer and a `pong` listener
 * per ping) makes the sockets that connected together ping together: with 5,000 sockets per gateway a
 * burst of 5,000 pings (writes, timers, listeners) every 12 s, and a live event that arrives during the
 * burst waits for it. Here a tick handles 1/120 of the sockets, with no timer or listener per ping.
 * Returns what stops it.
 */
export function spreadKeepAlive(wss: WebSocketServer, intervalMs = KEEP_ALIVE_MS, tickMs = TICK_MS): () => void {
  const slots = Math.max(1, Math.round(intervalMs / tickMs));
  const buckets = Array.from({ length: slots }, () => new Map<WebSocket, { answered: boolean }>());
  let nextSlot = 0;
  const onConnection = (socket: WebSocket) => {
    const bucket = buckets[nextSlot++ % slots];
    if (!bucket) return;
    const state = { answered: true };
    bucket.set(socket, state);
    socket.on('pong', () => (state.answered = true));
    socket.once('close', () => bucket.delete(socket));
  };
  wss.on('connection', onConnection);
  let tick = 0;
  const timer = setInterval(() => {
    const bucket = buckets[tick++ % slots];
    if (!bucket) return;
    for (const [socket, state] of bucket) {
      if (socket.readyState !== socket.OPEN) continue;
      if (!state.answered) {
        bucket.delete(socket);
        socket.terminate();
        continue;
      }
      state.answered = false;
      socket.ping();
    }
  }, tickMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    wss.off('connection', onConnection);
  };
}
