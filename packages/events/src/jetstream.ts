import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  jetstream,
  jetstreamManager,
  type Consumer,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConsumerLedger, handlerFor, type StoredEvent } from './ledger.js';
import pg from 'pg';
import { Sleepers } from './sleepers.js';
import { CHANNEL, OUTBOX_COLUMNS, errorMessage, quoteSchema, table, type OutboxRow } from './sql.js';
import type { DomainEvent, EventBus, SubscriptionSpec } from './types.js';

/** The one stream every service's events go to: subjects `ixl.events.<source>.<type>`. */
export const EVENT_STREAM = 'IXL_EVENTS';
export const EVENT_SUBJECT_PREFIX = 'ixl.events';
/** The relay's consumer name in its own service's offset table (it "consumes" its own outbox). */
export const RELAY_CONSUMER = 'jetstream-relay';

/** How long the stream keeps events (a consumer down longer than this would miss them). */
const STREAM_MAX_AGE_MS = 30 * 24 * 3600 * 1000;
/** Window in which JetStream drops a second publication with the same id (a relay retry). */
const DUPLICATE_WINDOW_MS = 60 * 60 * 1000;
/** How long JetStream waits for an acknowledgement before redelivering (a handler in progress says it is working). After a NATS crash an acknowledgement it had not yet stored is lost: the event comes again after this wait, and the offset skips it. */
const ACK_WAIT_MS = 10_000;
/** Long-poll of a pull request. */
const PULL_EXPIRES_MS = 5_000;

type Log = (msg: string, data?: object) => void;

/** The wire form of an event on the stream. */
interface WireEvent {
  id: string;
  txId: string;
  source: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt: string;
  actorId: string | null;
  /** The publishing request's W3C traceparent, so the consumer's span links to it. */
  traceParent?: string | null;
}

/** A connection to NATS with JetStream, shared by a service's relay and its consumers. */
export interface JetStreamConnection {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  close(): Promise<void>;
}

/**
 * Connects to NATS (`servers`: NATS_URL, comma-separated), reconnecting for ever, and makes sure the event
 * stream exists (file storage, deduplication by message id over an hour, events kept 30 days).
 */
export async function connectJetStream(servers: string, name: string, log: Log): Promise<JetStreamConnection> {
  const nc = await connect({
    servers: servers.split(',').map((s) => s.trim().replace(/^nats:\/\//, '')),
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
  });
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnect') log(`nats ${s.type}`, { server: 'server' in s ? s.server : undefined });
    }
  })().catch(() => undefined);
  const jsm = await jetstreamManager(nc);
  const config = {
    name: EVENT_STREAM,
    subjects: [`${EVENT_SUBJECT_PREFIX}.>`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    max_age: nanos(STREAM_MAX_AGE_MS),
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
    // Direct reads: a consumer's oldest waiting event, for its lag (JetStreamEventBus.stats).
    allow_direct: true,
  };
  try {
    const info = await jsm.streams.info(EVENT_STREAM);
    // A stream made before direct reads were asked for gets them.
    if (!info.config.allow_direct) await jsm.streams.update(EVENT_STREAM, { ...info.config, allow_direct: true });
  } catch (err) {
    if (!(err instanceof JetStreamApiError) && !/not found/i.test(errorMessage(err))) throw err;
    try {
      await jsm.streams.add(config);
    } catch (addErr) {
      // Another service created it at the same moment.
      if (!/already in use|exists/i.test(errorMessage(addErr))) throw addErr;
    }
  }
  return { nc, js: jetstream(nc), jsm, close: () => nc.drain() };
}

const toWire = (event: DomainEvent & { txId: string }): WireEvent => ({
  id: event.id,
  txId: event.txId,
  source: event.source,
  type: event.type,
  aggregateType: event.aggregateType,
  aggregateId: event.aggregateId,
  payload: event.payload,
  occurredAt: event.occurredAt.toISOString(),
  actorId: event.actorId,
  traceParent: event.traceParent ?? null,
});

const fromWire = (w: WireEvent): StoredEvent => ({
  txId: w.txId,
  traceParent: w.traceParent ?? null,
  event: {
    id: w.id,
    source: w.source,
    type: w.type,
    aggregateType: w.aggregateType,
    aggregateId: w.aggregateId,
    payload: w.payload,
    occurredAt: new Date(w.occurredAt),
    actorId: w.actorId,
    txId: w.txId,
    traceParent: w.traceParent ?? null,
  },
});

export interface JetStreamRelayOptions {
  orm: MikroORM;
  /** The service's schema: its outbox is relayed. */
  schema: string;
  /** Its own database (the relay listens there for new events). */
  databaseUrl: string;
  connection: JetStreamConnection;
  log: Log;
}

/**
 * Moves a service's own outbox to the stream, in (tx_id, id) order and only below the current snapshot's xmin
 * (an event committed late by an older transaction is never skipped), each event published with message id
 * `<source>:<tx_id>:<id>` and acknowledged by JetStream before the relay's offset (consumer `jetstream-relay` in
 * the service's own offset table) moves past it. No transaction is open while NATS is talked to: a read, the
 * publication, then a one-statement offset update; a crash in between publishes the event again, which JetStream
 * drops as a duplicate. Woken by NOTIFY for its own schema, with a safety poll; while NATS is unreachable it
 * retries for ever, backing off to 5 s.
 */
export class JetStreamRelay {
  private readonly pool: pg.Pool;
  private listener?: pg.Client;
  private pollTimer?: NodeJS.Timeout;
  private heldBackTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private closed = false;
  private readonly sleepers = new Sleepers(() => this.closed);

  constructor(private readonly options: JetStreamRelayOptions) {
    quoteSchema(options.schema);
    this.pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 2,
      idleTimeoutMillis: 10_000,
      application_name: 'ixl-events-relay',
    });
    this.pool.on('error', (err: Error) => options.log('idle relay connection failed', { error: errorMessage(err) }));
  }

  async start(): Promise<void> {
    const { schema } = this.options;
    await this.pool.query(
      `insert into ${table(schema, 'event_consumer_offset')} ("consumer", "source") values ($1, $2) on conflict do nothing`,
      [RELAY_CONSUMER, schema],
    );
    await this.listen();
    this.pollTimer = setInterval(() => this.kick(), 2_000);
    this.kick();
  }

  /** Relays everything committed so far (what older open transactions hold back waits for them). */
  async drain(): Promise<void> {
    this.kick();
    while (this.running && !this.closed) await this.running;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.heldBackTimer);
    this.sleepers.wakeAll();
    await this.running?.catch(() => undefined);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: 'ixl-events-relay-listener',
      keepAlive: true,
    });
    client.on('error', (err: Error) => this.options.log('relay listener connection error', { error: errorMessage(err) }));
    client.on('notification', (msg) => {
      if ((msg.payload ?? '').startsWith(`${this.options.schema}:`)) this.kick();
    });
    client.on('end', () => {
      if (this.listener !== client || this.closed) return;
      this.listener = undefined;
      setTimeout(() => void this.listen().catch(() => undefined), 1_000); // the safety poll covers the gap
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.listener = client;
    } catch (err) {
      this.options.log('relay listener could not connect; retrying', { error: errorMessage(err) });
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen().catch(() => undefined), 1_000);
    }
  }

  private kick(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.closed);
      } catch (err) {
        this.options.log('event relay interrupted; will retry', { schema: this.options.schema, error: errorMessage(err) });
      } finally {
        this.running = undefined;
      }
    })();
  }

  private async pass(): Promise<void> {
    const { schema } = this.options;
    const outbox = table(schema, 'outbox_event');
    const offsets = table(schema, 'event_consumer_offset');
    for (;;) {
      if (this.closed) return;
      const { rows } = await this.pool.query<OutboxRow>(
        `select ${OUTBOX_COLUMNS}
from ${outbox} e, ${offsets} o
where o."consumer" = $1 and o."source" = $2
  and (e."tx_id", e."id") > (o."last_tx_id", o."last_event_id") and e."tx_id" < pg_snapshot_xmin(pg_current_snapshot())
order by e."tx_id", e."id"
limit 100`,
        [RELAY_CONSUMER, schema],
      );
      if (!rows.length) {
        await this.watchHeldBack();
        return;
      }
      for (const r of rows) {
        const event: DomainEvent & { txId: string } = {
          id: r.id,
          source: schema,
          type: r.type,
          aggregateType: r.aggregate_type,
          aggregateId: r.aggregate_id,
          payload: r.payload,
          occurredAt: r.occurred_at,
          actorId: r.actor_id,
          txId: r.tx_id,
          traceParent: r.trace_parent,
        };
        if (!(await this.publish(event))) return; // closing
        await this.pool.query(
          `update ${offsets} set "last_tx_id" = $3::xid8, "last_event_id" = $4::bigint, "updated_at" = now()
where "consumer" = $1 and "source" = $2 and ("last_tx_id", "last_event_id") < ($3::xid8, $4::bigint)`,
          [RELAY_CONSUMER, schema, r.tx_id, r.id],
        );
      }
    }
  }

  /** Publishes until JetStream acknowledges (false: the relay is closing). */
  private async publish(event: DomainEvent & { txId: string }): Promise<boolean> {
    const { schema, connection } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        await connection.js.publish(`${EVENT_SUBJECT_PREFIX}.${schema}.${event.type}`, JSON.stringify(toWire(event)), {
          msgID: `${schema}:${event.txId}:${event.id}`,
          timeout: 5_000,
        });
        return true;
      } catch (err) {
        if (this.closed) return false;
        if (attempt === 1 || attempt % 10 === 0)
          this.options.log('event relay cannot publish; retrying', { schema, eventId: event.id, attempt, error: errorMessage(err) });
        if (!(await this.sleepers.sleep(Math.min(5_000, 100 * 2 ** Math.min(attempt, 6))))) return false;
      }
    }
  }

  /** Events committed behind a still-open older transaction: look again soon. */
  private async watchHeldBack(): Promise<void> {
    const { schema } = this.options;
    const { rows } = await this.pool.query<{ held: boolean }>(
      `select exists (select 1 from ${table(schema, 'outbox_event')} e, ${table(schema, 'event_consumer_offset')} o
  where o."consumer" = $1 and o."source" = $2 and (e."tx_id", e."id") > (o."last_tx_id", o."last_event_id")
    and e."tx_id" >= pg_snapshot_xmin(pg_current_snapshot())) as "held"`,
      [RELAY_CONSUMER, schema],
    );
    if (!rows[0]?.held || this.heldBackTimer || this.closed) return;
    this.heldBackTimer = setTimeout(() => {
      this.heldBackTimer = undefined;
      this.kick();
    }, 50);
  }
}

export interface JetStreamEventBusOptions {
  orm: MikroORM;
  consumerSchema: string;
  connection: JetStreamConnection;
  /** Handler attempts before the event is dead-lettered (default 5). */
  maxAttempts?: number;
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How often dead-letter retry requests are looked for, ms (default 1000). */
  retryPollMs?: number;
  log?: Log;
}

interface JetStreamSubscription {
  spec: SubscriptionSpec;
  consumer: Consumer;
  durable: string;
  loop?: Promise<void>;
  /** The message being handled, if any. */
  handling?: Promise<void>;
  busy: boolean;
}

/** A durable consumer's name: `<consumer schema>_<consumer>_<source>` in the characters JetStream allows. */
export function durableName(consumerSchema: string, spec: SubscriptionSpec): string {
  return `${consumerSchema}_${spec.consumer}_${spec.source}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * Event bus over NATS JetStream: each subscription is a durable pull consumer of the source's subjects that
 * hands out one message at a time (max_ack_pending 1) across all replicas, so events are applied in their
 * source order; the effect and the consumer's offset commit in one transaction of its own database, then the
 * message is acknowledged. A redelivery (a crash before the acknowledgement, a relay retry) finds the offset
 * already past it and changes nothing: exactly-once effects, as with the PostgreSQL bus. Retries, dead letters
 * and the admin views are the same tables as the PostgreSQL bus's.
 */
/** The subjects of one source's events in the stream. */
const sourceSubjects = (source: string) => `${EVENT_SUBJECT_PREFIX}.${source}.>`;

export class JetStreamEventBus implements EventBus {
  private readonly ledger: ConsumerLedger;
  private readonly subscriptions: JetStreamSubscription[] = [];
  private readonly sleepers = new Sleepers(() => this.closed);
  private readonly log: Log;
  private retryTimer?: NodeJS.Timeout;
  private retrying?: Promise<void>;
  private closed = false;

  constructor(private readonly options: JetStreamEventBusOptions) {
    quoteSchema(options.consumerSchema);
    this.log = options.log ?? ((msg, data) => console.warn(`[@ixl/events] ${msg}`, data ?? ''));
    const backoffMs = Math.max(0, options.backoffMs ?? 200);
    this.ledger = new ConsumerLedger({
      orm: options.orm,
      consumerSchema: options.consumerSchema,
      maxAttempts: Math.max(1, options.maxAttempts ?? 5),
      backoffMs,
      maxBackoffMs: Math.max(backoffMs, options.maxBackoffMs ?? 30_000),
      log: this.log,
      sleep: (ms) => this.sleepers.sleep(ms),
      closed: () => this.closed,
    });
  }

  async subscribe(spec: SubscriptionSpec): Promise<void> {
    if (this.closed) throw new Error('@ixl/events: the bus is closed');
    quoteSchema(spec.source);
    if (this.subscriptions.some((s) => s.spec.consumer === spec.consumer && s.spec.source === spec.source)) {
      throw new Error(`@ixl/events: ${spec.consumer} already subscribed to ${spec.source}`);
    }
    await this.ledger.register(spec);
    const { jsm, js } = this.options.connection;
    const durable = durableName(this.options.consumerSchema, spec);
    const config = {
      durable_name: durable,
      filter_subject: sourceSubjects(spec.source),
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(ACK_WAIT_MS),
      max_ack_pending: 1,
      max_deliver: -1,
    };
    try {
      await jsm.consumers.info(EVENT_STREAM, durable);
    } catch {
      try {
        await jsm.consumers.add(EVENT_STREAM, config);
      } catch (err) {
        if (!/already in use|exists/i.test(errorMessage(err))) throw err;
      }
    }
    const sub: JetStreamSubscription = { spec, consumer: await js.consumers.get(EVENT_STREAM, durable), durable, busy: false };
    this.subscriptions.push(sub);
    sub.loop = this.run(sub);
    this.retryTimer ??= setInterval(() => void this.retryRequested(), this.options.retryPollMs ?? 1000);
  }

  /**
   * Until every subscription's durable consumer has nothing pending or unacknowledged: everything the stream
   * holds so far has been applied (or dead-lettered). Dead-letter retries requested so far are run too.
   */
  async drain(maxMs = 30_000): Promise<void> {
    await this.retryRequested();
    const deadline = Date.now() + maxMs;
    for (const sub of this.subscriptions) {
      for (;;) {
        const info = await this.options.connection.jsm.consumers.info(EVENT_STREAM, sub.durable);
        if (info.num_pending === 0 && info.num_ack_pending === 0 && !sub.busy) break;
        if (Date.now() > deadline || this.closed) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  }

  /**
   * Where each consumer stands (metrics, status page), as JetStream counts it: the messages of its source not yet
   * acknowledged (waiting, or in hand), and the age in seconds of the oldest of them (0 when none waits), from
   * the event's own time (when it happened in its source), like the PostgreSQL bus.
   */
  async stats(): Promise<{ consumer: string; source: string; backlog: number; lagSeconds: number }[]> {
    const { jsm } = this.options.connection;
    return Promise.all(
      this.subscriptions.map(async (sub) => {
        const info = await jsm.consumers.info(EVENT_STREAM, sub.durable);
        const backlog = info.num_pending + info.num_ack_pending;
        let lagSeconds = 0;
        if (backlog > 0) {
          const oldest = await jsm.direct
            .getMessage(EVENT_STREAM, { seq: info.ack_floor.stream_seq + 1, next_by_subj: sourceSubjects(sub.spec.source) })
            .catch(() => null);
          if (oldest) {
            let at = oldest.time.getTime();
            try {
              at = Date.parse(oldest.json<WireEvent>().occurredAt) || at;
            } catch {
              // not an event of ours: the time the stream stored it
            }
            lagSeconds = Math.max(0, (Date.now() - at) / 1000);
          }
        }
        return { consumer: sub.spec.consumer, source: sub.spec.source, backlog, lagSeconds };
      }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.retryTimer);
    this.sleepers.wakeAll();
    // A pull waiting for messages is not waited for (it ends with the connection); a message in hand is.
    await Promise.allSettled(this.subscriptions.map((s) => s.handling));
    await this.retrying;
  }

  private async run(sub: JetStreamSubscription): Promise<void> {
    let failures = 0;
    while (!this.closed) {
      let msg: JsMsg | null;
      try {
        msg = await sub.consumer.next({ expires: PULL_EXPIRES_MS });
        failures = 0;
      } catch (err) {
        if (this.closed) return;
        failures += 1;
        if (failures === 1) this.log('event pull failed; retrying', { ...this.ledger.describe(sub), error: errorMessage(err) });
        await this.sleepers.sleep(Math.min(5_000, 100 * 2 ** Math.min(failures, 6)));
        continue;
      }
      if (!msg) continue;
      if (this.closed) {
        msg.nak(); // arrived while closing: another replica, or this one after its restart, handles it
        return;
      }
      sub.busy = true;
      sub.handling = this.handle(sub, msg).finally(() => {
        sub.busy = false;
        sub.handling = undefined;
      });
      await sub.handling;
    }
  }

  private async handle(sub: JetStreamSubscription, msg: JsMsg): Promise<void> {
    let stored: StoredEvent;
    try {
      stored = fromWire(msg.json<WireEvent>());
    } catch (err) {
      this.log('unreadable event message; terminated', { ...this.ledger.describe(sub), seq: msg.seq, error: errorMessage(err) });
      msg.term();
      return;
    }
    try {
      if (handlerFor(sub.spec, stored.event.type)) {
        const keepAlive = setInterval(() => msg.working(), ACK_WAIT_MS / 3);
        try {
          await this.ledger.processEvent(sub, stored);
        } finally {
          clearInterval(keepAlive);
        }
      } else {
        await this.ledger.applyEvent(sub, stored); // steps the offset over it
      }
    } catch (err) {
      // The bus's own bookkeeping failed (the database is unreachable): JetStream redelivers it later.
      this.log('event delivery interrupted; will retry', { ...this.ledger.describe(sub), error: errorMessage(err) });
      msg.nak(1_000);
      return;
    }
    if (this.closed && !(await this.applied(sub, stored))) {
      msg.nak(); // closing during back-off: handled after restart
      return;
    }
    msg.ack();
  }

  /** True when the consumer's offset has reached the event (it was applied or dead-lettered). */
  private async applied(sub: JetStreamSubscription, stored: StoredEvent): Promise<boolean> {
    const offset = await this.ledger.readOffset(sub.spec);
    const a = [BigInt(offset.txId), BigInt(offset.eventId)];
    const b = [BigInt(stored.txId), BigInt(stored.event.id)];
    return a[0]! > b[0]! || (a[0] === b[0] && a[1]! >= b[1]!);
  }

  private retryRequested(): Promise<void> {
    this.retrying ??= (async () => {
      try {
        for (const sub of this.subscriptions) if (!this.closed) await this.ledger.processRetryRequests(sub);
      } catch (err) {
        this.log('dead letter retries interrupted; will retry', { error: errorMessage(err) });
      } finally {
        this.retrying = undefined;
      }
    })();
    return this.retrying;
  }
}
