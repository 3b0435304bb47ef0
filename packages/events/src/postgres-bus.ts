import pg, { type Client, type Notification, type Pool } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Sleepers } from './sleepers.js';
import { CHANNEL, OUTBOX_COLUMNS, errorMessage, parseNotification, quoteSchema, table, type OutboxRow } from './sql.js';
import { ConsumerLedger, handlerFor, type StoredEvent } from './ledger.js';
import type { EventBus, SubscriptionSpec } from './types.js';

export interface PostgresEventBusOptions {
  /** The consumer subgraph's ORM: handlers and offsets run in its transactions. */
  orm: MikroORM;
  /** Schema holding the consumer's `event_consumer_offset` and `event_dead_letter`. */
  consumerSchema: string;
  /** URL of the database where the source schema's outbox lives. */
  sourceUrl: (source: string) => string;
  /** Handler attempts before the event is dead-lettered (default 5). */
  maxAttempts?: number;
  /** Base of the exponential back-off between attempts, in ms (default 200). */
  backoffMs?: number;
  /** Longest wait between two attempts, in ms (default 30 000). */
  maxBackoffMs?: number;
  /** Safety poll interval in ms, in case a NOTIFY was missed (default 2000). */
  pollIntervalMs?: number;
  /** Events read from the source per query (default 100). */
  batchSize?: number;
  log?: (msg: string, data?: object) => void;
}

/** Where a consumer stands in a source outbox: the last handled (tx_id, id). */
interface Offset {
  txId: string;
  eventId: string;
}

/** One database a source outbox lives in: a read pool and a dedicated LISTEN connection. */
interface SourceDb {
  url: string;
  pool: Pool;
  listener?: Client;
  connecting?: Promise<void>;
  reconnectTimer?: NodeJS.Timeout;
  reconnectAttempts: number;
}

interface Subscription {
  spec: SubscriptionSpec;
  db: SourceDb;
  /** The drain loop in progress, if any (never more than one per subscription). */
  running?: Promise<void>;
  /** Another pass was requested while `running`. */
  again: boolean;
  /** Re-check timer while committed events are held back by an older open transaction. */
  heldBackTimer?: NodeJS.Timeout;
  heldBackDelay: number;
}

const LISTENER_APP = 'ixl-events-listener';
const READER_APP = 'ixl-events-reader';
const MAX_RECONNECT_DELAY_MS = 30_000;
const CONNECT_TIMEOUT_MS = 10_000;
const HELD_BACK_FIRST_DELAY_MS = 20;
const HELD_BACK_MAX_DELAY_MS = 1_000;

/**
 * Event bus over the transactional outboxes of PostgreSQL schemas.
 *
 * Each subscription reads `<source>.outbox_event` in (tx_id, id) order, only below the xmin of the
 * current snapshot, so an event committed late by an older transaction is never skipped. Each event
 * is handled in one transaction of the consumer ORM that locks and advances the durable offset.
 * Woken by LISTEN ixl_events, with a safety poll; failing handlers are retried with exponential
 * back-off, then dead-lettered so the stream goes on.
 */
export class PostgresEventBus implements EventBus {
  private readonly orm: MikroORM;
  private readonly consumerSchema: string;
  private readonly sourceUrl: (source: string) => string;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly log: (msg: string, data?: object) => void;

  private readonly ledger: ConsumerLedger;
  private readonly subscriptions: Subscription[] = [];
  private readonly sources = new Map<string, SourceDb>();
  private readonly sleepers = new Sleepers(() => this.closed);
  private pollTimer?: NodeJS.Timeout;
  private closed = false;
  private closing?: Promise<void>;

  constructor(options: PostgresEventBusOptions) {
    quoteSchema(options.consumerSchema);
    this.orm = options.orm;
    this.consumerSchema = options.consumerSchema;
    this.sourceUrl = options.sourceUrl;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.backoffMs = Math.max(0, options.backoffMs ?? 200);
    this.pollIntervalMs = Math.max(10, options.pollIntervalMs ?? 2000);
    this.batchSize = Math.max(1, options.batchSize ?? 100);
    this.log = options.log ?? ((msg, data) => console.warn(`[@ixl/events] ${msg}`, data ?? ''));
    this.ledger = new ConsumerLedger({
      orm: this.orm,
      consumerSchema: this.consumerSchema,
      maxAttempts: this.maxAttempts,
      backoffMs: this.backoffMs,
      maxBackoffMs: Math.max(this.backoffMs, options.maxBackoffMs ?? 30_000),
      log: this.log,
      sleep: (ms) => this.sleepers.sleep(ms),
      closed: () => this.closed,
    });
  }

  async subscribe(spec: SubscriptionSpec): Promise<void> {
    if (this.closed) throw new Error('@ixl/events: the bus is closed');
    quoteSchema(spec.source);
    if (!spec.consumer) throw new Error('@ixl/events: consumer name required');
    if (this.subscriptions.some((s) => s.spec.consumer === spec.consumer && s.spec.source === spec.source)) {
      throw new Error(`@ixl/events: ${spec.consumer} already subscribed to ${spec.source}`);
    }
    await this.ledger.register(spec);
    const db = this.sourceDb(this.sourceUrl(spec.source));
    const sub: Subscription = { spec, db, again: false, heldBackDelay: HELD_BACK_FIRST_DELAY_MS };
    this.subscriptions.push(sub);
    if (db.connecting) await db.connecting;
    else if (!db.listener && !db.reconnectTimer) await this.connectListener(db);
    if (this.closed) return; // closed while connecting: start no timer
    this.pollTimer ??= setInterval(() => this.kickAll(), this.pollIntervalMs);
    this.kickInBackground(sub);
  }

  /** Processes everything currently available for all subscriptions. */
  async drain(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => this.kick(s)));
  }

  /** Stops listeners and timers, waits for the event in flight, and releases connections. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    for (const sub of this.subscriptions) clearTimeout(sub.heldBackTimer);
    this.sleepers.wakeAll();
    for (const db of this.sources.values()) clearTimeout(db.reconnectTimer);
    await Promise.allSettled([...this.sources.values()].map((db) => db.connecting));
    await Promise.allSettled(this.subscriptions.map((s) => s.running));
    await Promise.allSettled(
      [...this.sources.values()].map(async (db) => {
        const listener = db.listener;
        db.listener = undefined;
        await listener?.end();
        await db.pool.end();
      }),
    );
  }

  // ---- scheduling -------------------------------------------------------------------------------

  /** Runs the subscription's drain loop, or asks the running one for another pass; resolves when idle. */
  private kick(sub: Subscription): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (sub.running) {
      sub.again = true;
      return sub.running;
    }
    sub.running = (async () => {
      try {
        do {
          sub.again = false;
          await this.drainSubscription(sub);
        } while (sub.again && !this.closed);
      } catch (err) {
        this.log('event delivery interrupted; will retry', { ...this.ledger.describe(sub), error: errorMessage(err) });
        throw err;
      } finally {
        sub.running = undefined;
      }
    })();
    return sub.running;
  }

  private kickInBackground(sub: Subscription): void {
    this.kick(sub).catch(() => undefined); // already logged; the safety poll retries
  }

  private kickAll(): void {
    for (const sub of this.subscriptions) this.kickInBackground(sub);
  }

  /**
   * A consumer wakes for the events it handles; it steps over the others on its next pass (the next event
   * it handles, `drain()`, or the safety poll), in one transaction for a run of them.
   */
  private onNotification(db: SourceDb, msg: Notification): void {
    const payload = msg.payload ?? '';
    const retryAll = payload === `retry:${this.consumerSchema}`;
    const { source, type } = parseNotification(payload);
    for (const sub of this.subscriptions) {
      if (sub.db !== db) continue;
      if (retryAll || (sub.spec.source === source && (type === null || handlerFor(sub.spec, type)))) this.kickInBackground(sub);
    }
  }

  // ---- source connections -----------------------------------------------------------------------

  private sourceDb(url: string): SourceDb {
    let db = this.sources.get(url);
    if (!db) {
      const pool = new pg.Pool({
        connectionString: url,
        max: 4,
        idleTimeoutMillis: 10_000,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        application_name: READER_APP,
      });
      pool.on('error', (err: Error) => this.log('idle event reader connection failed', { error: errorMessage(err) }));
      db = { url, pool, reconnectAttempts: 0 };
      this.sources.set(url, db);
    }
    return db;
  }

  private connectListener(db: SourceDb): Promise<void> {
    const attempt = (async () => {
      if (this.closed) return;
      const client = new pg.Client({
        connectionString: db.url,
        application_name: LISTENER_APP,
        keepAlive: true,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      });
      client.on('error', (err: Error) => this.log('event listener connection error', { error: errorMessage(err) }));
      client.on('notification', (msg: Notification) => this.onNotification(db, msg));
      client.on('end', () => {
        if (db.listener !== client) return;
        db.listener = undefined;
        this.log('event listener disconnected; reconnecting');
        this.scheduleReconnect(db);
      });
      try {
        await client.connect();
        await client.query(`listen ${CHANNEL}`);
      } catch (err) {
        this.log('event listener could not connect; retrying', { error: errorMessage(err) });
        await client.end().catch(() => undefined);
        this.scheduleReconnect(db);
        return;
      }
      if (this.closed || db.listener) {
        await client.end().catch(() => undefined);
        return;
      }
      db.listener = client;
      db.reconnectAttempts = 0;
      // Catch up on anything notified while no listener was connected.
      for (const sub of this.subscriptions) if (sub.db === db) this.kickInBackground(sub);
    })().finally(() => {
      if (db.connecting === attempt) db.connecting = undefined;
    });
    db.connecting = attempt;
    return attempt;
  }

  private scheduleReconnect(db: SourceDb): void {
    if (this.closed || db.reconnectTimer) return;
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, Math.max(this.backoffMs, 50) * 2 ** Math.min(db.reconnectAttempts, 10));
    db.reconnectAttempts += 1;
    db.reconnectTimer = setTimeout(() => {
      db.reconnectTimer = undefined;
      void this.connectListener(db);
    }, delay);
  }

  // ---- delivery ---------------------------------------------------------------------------------

  private async drainSubscription(sub: Subscription): Promise<void> {
    await this.ledger.processRetryRequests(sub);
    for (;;) {
      if (this.closed) return;
      const offset = await this.ledger.readOffset(sub.spec);
      const events = await this.fetchEvents(sub, offset);
      if (events.length === 0) {
        await this.watchHeldBack(sub, offset);
        return;
      }
      sub.heldBackDelay = HELD_BACK_FIRST_DELAY_MS;
      // Events this consumer has no handler for are stepped over together: one offset move for the run.
      let unhandled: StoredEvent | undefined;
      for (const stored of events) {
        if (this.closed) return;
        if (!handlerFor(sub.spec, stored.event.type)) {
          unhandled = stored;
          continue;
        }
        if (unhandled) await this.ledger.applyEvent(sub, unhandled);
        unhandled = undefined;
        await this.ledger.processEvent(sub, stored);
      }
      if (unhandled && !this.closed) await this.ledger.applyEvent(sub, unhandled);
    }
  }

  /**
   * Where each consumer stands (metrics, status page): events committed in its source after its offset,
   * and the age in seconds of the oldest of them (0 when none waits).
   */
  async stats(): Promise<{ consumer: string; source: string; backlog: number; lagSeconds: number }[]> {
    return Promise.all(
      this.subscriptions.map(async (sub) => {
        const offset = await this.ledger.readOffset(sub.spec);
        const { rows } = await sub.db.pool.query<{ backlog: number; lag: number }>(
          `select count(*)::int as "backlog", coalesce(extract(epoch from now() - min(e."occurred_at")), 0)::float8 as "lag"
from ${table(sub.spec.source, 'outbox_event')} e where (e."tx_id", e."id") > ($1::xid8, $2::bigint)`,
          [offset.txId, offset.eventId],
        );
        return { consumer: sub.spec.consumer, source: sub.spec.source, backlog: rows[0]?.backlog ?? 0, lagSeconds: rows[0]?.lag ?? 0 };
      }),
    );
  }

  /** Committed events after `offset` whose transactions are all older than every running one. */
  private async fetchEvents(sub: Subscription, offset: Offset): Promise<StoredEvent[]> {
    const { rows } = await sub.db.pool.query<OutboxRow & Record<string, unknown>>(
      `select ${OUTBOX_COLUMNS}
from ${table(sub.spec.source, 'outbox_event')} e
where (e."tx_id", e."id") > ($1::xid8, $2::bigint) and e."tx_id" < pg_snapshot_xmin(pg_current_snapshot())
order by e."tx_id", e."id" -- qualified: the output columns of the same names are text
limit $3`,
      [offset.txId, offset.eventId, this.batchSize],
    );
    return rows.map((r) => ({
      txId: r.tx_id,
      traceParent: r.trace_parent ?? null,
      event: {
        id: r.id,
        source: sub.spec.source,
        type: r.type,
        aggregateType: r.aggregate_type,
        aggregateId: r.aggregate_id,
        payload: r.payload,
        occurredAt: r.occurred_at,
        actorId: r.actor_id,
        txId: r.tx_id,
        traceParent: r.trace_parent ?? null,
      },
    }));
  }

  /**
   * Events committed by a transaction younger than a still-running one are held back until that one
   * ends (it may still commit an event that sorts before them). Re-check soon, backing off to the poll.
   */
  private async watchHeldBack(sub: Subscription, offset: Offset): Promise<void> {
    const { rows } = await sub.db.pool.query<{ held: boolean }>(
      `select exists (select 1 from ${table(sub.spec.source, 'outbox_event')}
  where ("tx_id", "id") > ($1::xid8, $2::bigint) and "tx_id" >= pg_snapshot_xmin(pg_current_snapshot())) as "held"`,
      [offset.txId, offset.eventId],
    );
    if (!rows[0]?.held) {
      sub.heldBackDelay = HELD_BACK_FIRST_DELAY_MS;
      return;
    }
    if (sub.heldBackTimer || this.closed) return;
    const delay = sub.heldBackDelay;
    sub.heldBackDelay = Math.min(this.pollIntervalMs, HELD_BACK_MAX_DELAY_MS, delay * 2);
    sub.heldBackTimer = setTimeout(() => {
      sub.heldBackTimer = undefined;
      this.kickInBackground(sub);
    }, delay);
  }
}
