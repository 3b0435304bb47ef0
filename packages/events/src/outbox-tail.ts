import pg from 'pg';
import { CHANNEL, parseNotification, table } from './sql.js';
import type { DomainEvent } from './types.js';
import { pushIterator } from './push-iterator.js';

type Listener = (event: DomainEvent) => void;

const POLL_MS = 2_000;
const HELD_BACK_FIRST_MS = 20;
/**
 * While committed events are ahead of the commit-safe offset (an older transaction, anywhere in the
 * cluster, still runs), look again at most this long after the last look: for the offset to move on once
 * that transaction ends (the events themselves were delivered when first seen; an event committed
 * meanwhile wakes the tail by NOTIFY). The cost: one indexed query per 100 ms while a transaction
 * holds the offset back.
 */
const HELD_BACK_MAX_MS = 100;

/** Events read per query. */
const PAGE = 500;

/** At most this many events delivered ahead of the commit-safe offset are remembered (then the tail waits). */
const MAX_EARLY = 10_000;

/**
 * A live tail of one subgraph's outbox, from the moment it starts: every process (every replica) that
 * runs one sees every committed event once, without storing an offset. It feeds GraphQL subscriptions;
 * durable processing belongs to `PostgresEventBus`.
 *
 * Its offset moves in commit-safe order (past events whose transaction id is below every running
 * transaction's, so none can still appear before it). A transaction that runs long anywhere in the
 * cluster (transaction ids are cluster-wide: another subgraph's consumer, a mail job) would hold every
 * event committed after it back for as long as it runs (the likely cause of a vacancy that reached its
 * subscribers 3.7 s late on the bench; not reproduced), so an event is delivered as soon as it is
 * committed and visible, ahead of the offset, and remembered until the offset passes it (then skipped). So events of two transactions can arrive
 * in the order of their commits rather than of their transaction ids (an event of a transaction that
 * began first but committed later comes after).
 */
export class OutboxTail {
  private readonly pool: pg.Pool;
  private listener?: pg.Client;
  private readonly listeners = new Set<Listener>();
  /** The event types each listener is for, when it said (subscriptions do): for listenerCount. */
  private readonly listenerTypes = new Map<Listener, readonly string[]>();
  private offset?: { txId: string; eventId: string };
  /** Ids of events delivered ahead of the offset (visible, not yet commit-safe). */
  private readonly early = new Set<string>();
  private timer?: NodeJS.Timeout;
  private pending?: Promise<void>;
  private again = false;
  private closed = false;
  private heldBackDelay = HELD_BACK_FIRST_MS;

  constructor(
    private readonly url: string,
    private readonly source: string,
    private readonly log: (message: string, data?: object) => void = () => undefined,
  ) {
    table(source, 'outbox_event'); // validates the name
    this.pool = new pg.Pool({ connectionString: url, max: 2, application_name: 'ixl-outbox-tail' });
    this.pool.on('error', () => undefined);
  }

  async start(): Promise<void> {
    const { rows } = await this.pool.query<{ tx_id: string; id: string }>(
      `select e."tx_id"::text as "tx_id", e."id"::text as "id" from ${table(this.source, 'outbox_event')} e
where e."tx_id" < pg_snapshot_xmin(pg_current_snapshot()) order by e."tx_id" desc, e."id" desc limit 1`,
    );
    this.offset = rows[0] ? { txId: rows[0].tx_id, eventId: rows[0].id } : { txId: '0', eventId: '0' };
    // Committed before this start but beyond the offset (held back then by an older transaction anywhere in the
    // cluster): not news to this tail's listeners, who registered after. Remembered as delivered, so that the offset
    // passes them without delivering them (a tail started later never replays what an earlier one had sent).
    const { rows: before } = await this.pool.query<{ id: string }>(
      `select e."id"::text as "id" from ${table(this.source, 'outbox_event')} e
where (e."tx_id", e."id") > ($1::xid8, $2::bigint) order by e."tx_id", e."id" limit ${MAX_EARLY}`,
      [this.offset.txId, this.offset.eventId],
    );
    for (const r of before) this.early.add(r.id);
    await this.listen();
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'ixl-outbox-tail-listen', keepAlive: true });
    client.on('error', () => undefined);
    client.on('notification', (msg) => parseNotification(msg.payload ?? '').source === this.source && this.kick());
    client.on('end', () => {
      if (this.listener !== client || this.closed) return;
      this.listener = undefined;
      setTimeout(() => void this.listen().catch(() => undefined), 500).unref();
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.listener = client;
      this.kick();
    } catch (err) {
      this.log('outbox tail could not listen; retrying', { error: String(err) });
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), 1_000).unref();
    }
  }

  /** Listeners registered now (each live subscription served by this process holds one), or those for `eventType`. */
  listenerCount(eventType?: string): number {
    if (eventType === undefined) return this.listeners.size;
    return [...this.listenerTypes.values()].filter((types) => types.includes(eventType)).length;
  }

  /** Registers a listener (for `types` of events, if given: only counted, all events still reach it); returns the function that removes it. */
  onEvent(listener: Listener, types?: readonly string[]): () => void {
    this.listeners.add(listener);
    if (types) this.listenerTypes.set(listener, types);
    return () => {
      this.listeners.delete(listener);
      this.listenerTypes.delete(listener);
    };
  }

  /** Reads what became visible now (coalescing concurrent wake-ups). */
  kick(): Promise<void> {
    if (this.closed || !this.offset) return Promise.resolve();
    if (this.pending) {
      this.again = true;
      return this.pending;
    }
    this.pending = (async () => {
      do {
        this.again = false;
        await this.read().catch((err) => this.log('outbox tail read failed', { error: String(err) }));
      } while (this.again && !this.closed);
    })().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private deliver(r: Record<string, unknown>): void {
    const event: DomainEvent = {
      id: r.id as string,
      source: this.source,
      type: r.type as string,
      aggregateType: r.aggregate_type as string,
      aggregateId: r.aggregate_id as string,
      payload: r.payload as DomainEvent['payload'],
      occurredAt: r.occurred_at as DomainEvent['occurredAt'],
      actorId: r.actor_id as DomainEvent['actorId'],
    };
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (err) {
        this.log('outbox tail listener failed', { error: String(err) });
      }
    }
  }

  /**
   * One query per look: the events after the offset, each marked commit-safe or not. Commit-safe events
   * come first (ordered by transaction id, they are those below the xmin) and move the offset; the rest,
   * committed but held back by an older running transaction, are delivered at once (each once: remembered
   * until the offset passes it) and looked at again soon for the offset to move on. (It was three queries
   * per wake-up: the safe events, an empty second page, then the held-back ones.)
   */
  private async read(): Promise<void> {
    const columns = `e."id"::text as "id", e."tx_id"::text as "tx_id", e."type", e."aggregate_type", e."aggregate_id", e."payload", e."actor_id", e."occurred_at"`;
    for (;;) {
      const offset = this.offset;
      if (!offset || this.closed) return;
      const { rows } = await this.pool.query<Record<string, unknown> & { id: string; tx_id: string; safe: boolean }>(
        `select ${columns}, e."tx_id" < pg_snapshot_xmin(pg_current_snapshot()) as "safe"
from ${table(this.source, 'outbox_event')} e
where (e."tx_id", e."id") > ($1::xid8, $2::bigint)
order by e."tx_id", e."id" limit ${PAGE}`,
        [offset.txId, offset.eventId],
      );
      let heldBack = false;
      for (const r of rows) {
        if (r.safe && !heldBack) {
          this.offset = { txId: r.tx_id, eventId: r.id };
          // Delivered ahead of the offset already: the offset only catches up with it.
          if (this.early.delete(r.id)) continue;
          this.deliver(r);
          continue;
        }
        heldBack = true;
        if (this.early.has(r.id) || this.early.size >= MAX_EARLY) continue;
        this.early.add(r.id);
        this.deliver(r);
      }
      if (heldBack) {
        const delay = this.heldBackDelay;
        this.heldBackDelay = Math.min(HELD_BACK_MAX_MS, delay * 2);
        setTimeout(() => this.kick(), delay).unref();
        return;
      }
      this.heldBackDelay = HELD_BACK_FIRST_MS;
      if (rows.length < PAGE) return;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.pending?.catch(() => undefined);
    const l = this.listener;
    this.listener = undefined;
    await l?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}

/**
 * An async iterator over the tail's events that pass `filter` (mapped by `map`), for a GraphQL
 * subscription. It buffers at most `maxBuffer` events for a slow subscriber (then drops the oldest).
 */
export function tailIterator<T>(
  tail: OutboxTail,
  select: (event: DomainEvent) => T | undefined | Promise<T | undefined>,
  options: {
    maxBuffer?: number;
    onYield?: () => void;
    /** The event types `select` keeps (for OutboxTail.listenerCount). */ types?: readonly string[];
  } = {},
): AsyncIterableIterator<T> {
  let unsubscribe = (): void => undefined;
  const { push, iterator } = pushIterator<T>(() => unsubscribe(), options);
  let chain = Promise.resolve();
  let closed = false;
  const stop = tail.onEvent((event) => {
    chain = chain
      .then(async () => {
        if (closed) return;
        const value = await select(event);
        if (value !== undefined) push(value);
      })
      .catch(() => undefined);
  }, options.types);
  unsubscribe = () => {
    closed = true;
    stop();
  };
  return iterator;
}
