import WebSocket from 'ws';

/** Memory of a Node process right after a full garbage collection: what it really keeps (MiB). */
export interface LiveMemory {
  heapUsed: number;
  external: number;
  rss: number;
}

/**
 * Talks to a process started with `--inspect=127.0.0.1:<port>` (benchmarks only) over the DevTools protocol:
 * forces a full GC, then reads `process.memoryUsage()`. A mean of RSS samples mostly measures where the GC
 * saw-tooth happened to be; the post-GC heap is what grows when something leaks.
 */
export async function connectHeapProbe(inspectPort: number): Promise<{ measure(): Promise<LiveMemory>; close(): void }> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error(`no inspector target on port ${inspectPort}`);
  const ws = new WebSocket(url);
  await new Promise<void>((ok, fail) => (ws.once('open', () => ok()), ws.once('error', fail)));
  let next = 1;
  const pending = new Map<number, (result: unknown) => void>();
  ws.on('message', (data: Buffer) => {
    const msg = JSON.parse(data.toString()) as { id?: number; result?: unknown; error?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.error ? Promise.reject(new Error(JSON.stringify(msg.error))) : msg.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((ok) => {
      const id = next++;
      pending.set(id, (r) => (pending.delete(id), ok(r)));
      ws.send(JSON.stringify({ id, method, params }));
    });
  const mib = (bytes: number) => bytes / 1024 / 1024;
  return {
    async measure() {
      await send('HeapProfiler.collectGarbage');
      const r = (await send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as {
        result: { value: string };
      };
      const m = JSON.parse(r.result.value) as { heapUsed: number; external: number; rss: number };
      return { heapUsed: mib(m.heapUsed), external: mib(m.external), rss: mib(m.rss) };
    },
    close: () => ws.close(),
  };
}
