/** One client subscription of a group: gets every event's result, and its JSON serialised once for the group. */
export interface FanOutMember<R> {
  deliver(result: R, json: string): void;
  /** The upstream stream ended (after its last event was delivered). */
  end(): void;
}

/** What a group needs from its caller to run: how to open its upstream stream and resolve one event. */
export interface FanOutSource<U, R> {
  /** Opens the upstream stream; returns what stops it. `event` gets each upstream result in order. */
  open(handlers: { event: (upstream: U) => void; end: () => void }): () => void;
  /** The client-shaped result of one upstream event (run once per group). */
  resolve(upstream: U): Promise<R> | R;
  onError(err: unknown): void;
}

interface Group<R> {
  members: Set<FanOutMember<R>>;
  chain: Promise<void>;
  stop: () => void;
}

/**
 * Client subscriptions that would receive identical messages (same operation, variables and caller
 * scope; the key says which) form one group: one upstream stream, one resolution and one serialisation
 * per event for the whole group, then a plain write to each member. Events are resolved and delivered in
 * order, one at a time per group. The upstream stream stops when the group's last member leaves.
 * Used by the gateway (over its upstream subgraph streams) and by the subgraphs (over their outbox tail).
 */
export class FanOutGroups<U, R> {
  private readonly groups = new Map<string, Group<R>>();

  /** Number of live groups (for tests). */
  get size(): number {
    return this.groups.size;
  }

  /** Adds `member` to the group `key` (opened from `source` when it is the first); returns its leave function. */
  join(key: string, member: FanOutMember<R>, source: FanOutSource<U, R>): () => void {
    let group = this.groups.get(key);
    if (!group) {
      const created: Group<R> = { members: new Set(), chain: Promise.resolve(), stop: () => undefined };
      this.groups.set(key, created);
      created.stop = source.open({
        event: (upstream) => {
          created.chain = created.chain
            .then(async () => {
              if (!created.members.size) return;
              const result = await source.resolve(upstream);
              const json = JSON.stringify(result);
              for (const m of created.members) m.deliver(result, json);
            })
            .catch(source.onError);
        },
        end: () => {
          // New subscribers start a fresh group (and upstream stream) rather than join an ended one.
          if (this.groups.get(key) === created) this.groups.delete(key);
          created.chain = created.chain.then(() => {
            for (const m of created.members) m.end();
          });
        },
      });
      group = created;
    }
    const joined = group;
    joined.members.add(member);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      joined.members.delete(member);
      if (joined.members.size === 0) {
        if (this.groups.get(key) === joined) this.groups.delete(key);
        joined.stop();
      }
    };
  }
}

/** The part of a `ws` socket a graphql-ws `next` writer needs. */
export interface NextSocket {
  readonly readyState: number;
  readonly OPEN: number;
  readonly bufferedAmount: number;
  send(data: string): void;
}

/**
 * A client that reads nothing stops getting events once this much is queued on its socket (the server's
 * memory is not its buffer); graphql-ws's keep-alive closes it when it stops answering.
 */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * Writes graphql-ws `next` messages of subscription `id` straight to its socket, around a payload already
 * serialised once for the whole group (graphql-ws would serialise the same result again for every client).
 */
export function graphqlWsNextWriter(socket: NextSocket, id: string): (json: string) => void {
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return (json) => {
    if (socket.readyState === socket.OPEN && socket.bufferedAmount <= MAX_BUFFERED_BYTES) socket.send(`${prefix}${json}}`);
  };
}
