import { describe, expect, it } from 'vitest';
import { FanOutGroups, graphqlWsNextWriter, MAX_BUFFERED_BYTES, type FanOutSource } from './fan-out.js';

/** An upstream the test drives by hand: `emit` an event, `finish` the stream; counts opens and stops. */
function upstream() {
  const state = { opened: 0, stopped: 0, resolved: 0, emit: (_e: number) => undefined as void, finish: () => undefined as void };
  const source: FanOutSource<number, { n: number }> = {
    open: ({ event, end }) => {
      state.opened++;
      state.emit = event;
      state.finish = end;
      return () => void state.stopped++;
    },
    resolve: async (e) => {
      state.resolved++;
      await new Promise((r) => setTimeout(r, 5 - e)); // later events resolve faster: order must still hold
      return { n: e };
    },
    onError: (err) => {
      throw err;
    },
  };
  return { state, source };
}

const member = () => {
  const got: string[] = [];
  let ended = false;
  return {
    got,
    ended: () => ended,
    m: { deliver: (_r: { n: number }, json: string) => void got.push(json), end: () => void (ended = true) },
  };
};
const tick = () => new Promise((r) => setTimeout(r, 30));

describe('FanOutGroups', () => {
  it('opens one upstream per key, resolves and serialises each event once, and delivers every event in order to every member', async () => {
    const groups = new FanOutGroups<number, { n: number }>();
    const { state, source } = upstream();
    const a = member();
    const b = member();
    const other = member();
    const other2 = upstream();
    groups.join('k', a.m, source);
    groups.join('k', b.m, source);
    groups.join('other', other.m, other2.source);
    expect(state.opened).toBe(1);
    expect(groups.size).toBe(2);
    state.emit(1);
    state.emit(2);
    state.emit(3);
    await tick();
    expect(state.resolved).toBe(3);
    expect(a.got).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
    expect(b.got).toEqual(a.got);
    expect(other.got).toEqual([]);
  });

  it('stops the upstream when the last member leaves, and starts a fresh group after an ended one', async () => {
    const groups = new FanOutGroups<number, { n: number }>();
    const { state, source } = upstream();
    const a = member();
    const b = member();
    const leaveA = groups.join('k', a.m, source);
    const leaveB = groups.join('k', b.m, source);
    leaveA();
    leaveA();
    state.emit(1);
    await tick();
    expect(a.got).toEqual([]);
    expect(b.got).toEqual(['{"n":1}']);
    expect(state.stopped).toBe(0);
    leaveB();
    expect(state.stopped).toBe(1);
    expect(groups.size).toBe(0);

    const c = member();
    groups.join('k', c.m, source);
    expect(state.opened).toBe(2);
    state.emit(2);
    state.finish();
    await tick();
    expect(c.got).toEqual(['{"n":2}']);
    expect(c.ended()).toBe(true);
    const d = member();
    groups.join('k', d.m, source);
    expect(state.opened).toBe(3);
  });
});

describe('graphqlWsNextWriter', () => {
  it('writes the graphql-ws next frame around the shared payload, only to an open socket that is not backed up', () => {
    const sent: string[] = [];
    const socket = { readyState: 1, OPEN: 1, bufferedAmount: 0, send: (d: string) => void sent.push(d) };
    const write = graphqlWsNextWriter(socket, 'sub-"1"');
    write('{"data":{"x":1}}');
    expect(sent.map((s) => JSON.parse(s) as unknown)).toEqual([{ id: 'sub-"1"', type: 'next', payload: { data: { x: 1 } } }]);
    socket.bufferedAmount = MAX_BUFFERED_BYTES + 1;
    write('{"data":{"x":2}}');
    socket.bufferedAmount = 0;
    socket.readyState = 3;
    write('{"data":{"x":3}}');
    expect(sent).toHaveLength(1);
  });
});
