import type { ExecutionResult } from 'graphql';

/** One client subscription of a group: gets every event's result, and its JSON serialised once for the group. */
export interface FanOutMember {
  deliver(result: ExecutionResult, json: string): void;
  /** The upstream stream ended (after its last event was delivered). */
  end(): void;
}

/** What a group needs from its caller to run: how to open its upstream stream and resolve one event. */
export interface FanOutSource {
  /** Opens the upstream stream; returns what stops it. `event` gets each upstream result in order. */
  open(handlers: { event: (upstream: ExecutionResult) => void; end: () => void }): () => void;
  /** The client-shaped result of one upstream event (the rest of the federated plan, run once per group). */
  resolve(upstream: ExecutionResult): Promise<ExecutionResult>;
  onError(err: unknown): void;
}

interface Group {
  members: Set<FanOutMember>;
  chain: Promise<void>;
  stop: () => void;
}

/**
 * Client subscriptions that would receive identical messages (same operation, variables and caller
 * scope; the key says which) form one group: one upstream stream, one resolution and one serialisation
 * per event for the whole group, then a plain write to each member. Events are resolved and delivered in
 * order, one at a time per group. The upstream stream stops when the group's last member leaves.
 */
export class FanOutGroups {
  private readonly groups = new Map<string, Group>();

  /** Number of live groups (for tests). */
  get size(): number {
    return this.groups.size;
  }

  /** Adds `member` to the group `key` (opened from `source` when it is the first); returns its leave function. */
  join(key: string, member: FanOutMember, source: FanOutSource): () => void {
    let group = this.groups.get(key);
    if (!group) {
      const created: Group = { members: new Set(), chain: Promise.resolve(), stop: () => undefined };
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
