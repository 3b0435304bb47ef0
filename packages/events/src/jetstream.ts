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
import { PostgresEventBus } from './postgres-bus.js';
import { errorMessage, quoteSchema } from './sql.js';
import { ANY_EVENT, type DomainEvent, type EventBus, type SubscriptionSpec } from './types.js';

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
  };
  try {
    await jsm.streams.info(EVENT_STREAM);
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
 * Moves a service's own outbox to the stream, in (tx_id, id) order, each event published with message id
 * `<source>:<tx_id>:<id>` (a retry after a crash is dropped by JetStream as a duplicate) and acknowledged by
 * JetStream before the relay's offset moves past it, in the relay's own database. Built on the PostgreSQL
 * bus reading its own outbox only: the same snapshot rules (an event committed late by an older transaction
 * is never skipped), woken by NOTIFY; while NATS is unreachable it retries for ever (never dead-letters).
 */
export class JetStreamRelay {
  private readonly bus: PostgresEventBus;

  constructor(private readonly options: JetStreamRelayOptions) {
    this.bus = new PostgresEventBus({
      orm: options.orm,
      consumerSchema: options.schema,
      sourceUrl: () => options.databaseUrl,
      maxAttempts: Number.POSITIVE_INFINITY,
      backoffMs: 200,
      maxBackoffMs: 5_000,
      log: options.log,
    });
  }

  async start(): Promise<void> {
    const { schema, connection } = this.options;
    await this.bus.subscribe({
      consumer: RELAY_CONSUMER,
      source: schema,
      handlers: {
        [ANY_EVENT]: async (event) => {
          if (!event.txId) throw new Error('@ixl/events: relayed event without its transaction id');
          await connection.js.publish(
            `${EVENT_SUBJECT_PREFIX}.${schema}.${event.type}`,
            JSON.stringify(toWire(event as DomainEvent & { txId: string })),
            {
              msgID: `${schema}:${event.txId}:${event.id}`,
              timeout: 5_000,
            },
          );
        },
      },
    });
  }

  /** Relays everything committed so far. */
  drain(): Promise<void> {
    return this.bus.drain();
  }

  close(): Promise<void> {
    return this.bus.close();
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
export class JetStreamEventBus implements EventBus {
  private readonly ledger: ConsumerLedger;
  private readonly subscriptions: JetStreamSubscription[] = [];
  private readonly sleepers = new Set<() => void>();
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
      sleep: (ms) => this.sleep(ms),
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
      filter_subject: `${EVENT_SUBJECT_PREFIX}.${spec.source}.>`,
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

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.retryTimer);
    for (const wake of [...this.sleepers]) wake();
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
        await this.sleep(Math.min(5_000, 100 * 2 ** Math.min(failures, 6)));
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

  private sleep(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve(!this.closed);
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
}
