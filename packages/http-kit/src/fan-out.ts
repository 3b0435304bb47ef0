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

/** The part of the TCP (or TLS) socket under a `ws` socket that the `next` writer writes to. */
interface RawSocket {
  readonly destroyed: boolean;
  readonly writableLength: number;
  write(chunk: Buffer): boolean;
}

/** The part of a `ws` socket a graphql-ws `next` writer needs. */
export interface NextSocket {
  readonly readyState: number;
  readonly OPEN: number;
  readonly bufferedAmount: number;
  send(data: string): void;
  /** The negotiated WebSocket extensions (`ws`): '' when none, e.g. no permessage-deflate. */
  readonly extensions?: string;
  /** `ws`'s own socket (not part of its typed API): the frames are written to it directly when no extension is negotiated. */
  readonly _socket?: RawSocket | null;
}

/**
 * A client that reads nothing stops getting events once this much is queued on its socket (the server's
 * memory is not its buffer); graphql-ws's keep-alive closes it when it stops answering.
 */
export const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * The UTF-8 bytes of the payload last written: a group writes the same serialised payload to each of its
 * members in one loop, so it is encoded once per event instead of once per member. Keyed by the string
 * itself (equal strings have equal bytes, so a hit is always right, whichever group it came from).
 */
let lastPayload: string | undefined;
let lastPayloadBytes = Buffer.alloc(0);
function payloadBytes(json: string): Buffer {
  if (json !== lastPayload) {
    lastPayloadBytes = Buffer.from(json, 'utf8');
    lastPayload = json;
  }
  return lastPayloadBytes;
}

const CLOSING_BRACE = 0x7d;

/**
 * One unmasked, uncompressed, final text frame (RFC 6455 §5.2, as a server sends it): `prefix`, `payload`
 * and a closing brace, in a single buffer, so the kernel gets one write (ws writes a header and the data
 * with a writev each time, after encoding the whole message again).
 */
export function textFrame(prefix: Buffer, payload: Buffer): Buffer {
  const length = prefix.length + payload.length + 1;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (header === 2) frame[1] = length;
  else if (header === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length % 2 ** 32, 6);
  }
  prefix.copy(frame, header);
  payload.copy(frame, header + prefix.length);
  frame[header + length - 1] = CLOSING_BRACE;
  return frame;
}

/**
 * Writes graphql-ws `next` messages of subscription `id` straight to its socket, around a payload already
 * serialised once for the whole group (graphql-ws would serialise the same result again for every client).
 * When the connection negotiated no extension (our servers offer none: no permessage-deflate), `ws`'s
 * sender writes every frame synchronously to the TCP socket in call order, so the frame built here goes to
 * that socket too, in one write, in the same order as anything `ws` sends (pings, `complete`, close);
 * otherwise (an extension) through `ws.send`.
 */
export function graphqlWsNextWriter(socket: NextSocket, id: string): (json: string) => void {
  const prefixText = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  const prefix = Buffer.from(prefixText, 'utf8');
  const raw = socket.extensions === '' ? socket._socket : undefined;
  return (json) => {
    if (socket.readyState !== socket.OPEN) return;
    if (raw && !raw.destroyed) {
      if (raw.writableLength <= MAX_BUFFERED_BYTES) raw.write(textFrame(prefix, payloadBytes(json)));
      return;
    }
    if (socket.bufferedAmount <= MAX_BUFFERED_BYTES) socket.send(`${prefixText}${json}}`);
  };
}
