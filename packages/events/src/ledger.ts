import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { inLinkedSpan, metrics } from '@ixl/observability';
import { epochMs, errorMessage, query, table } from './sql.js';
import { ANY_EVENT, type DomainEvent, type EventHandler, type SubscriptionSpec } from './types.js';

/** An event and its position in its source outbox (the transaction that wrote it, then its id). */
export interface StoredEvent {
  txId: string;
  /** W3C traceparent of the request that published it (null or absent: none was traced). */
  traceParent?: string | null;
  event: DomainEvent;
}

/** Thrown (internally) when a handler, rather than the bus's own bookkeeping, failed. */
export class HandlerFailure extends Error {
  constructor(readonly original: unknown) {
    super(errorMessage(original));
  }
}

/** The handler of `type`, else the catch-all `'*'` handler, if any. */
export function handlerFor(spec: SubscriptionSpec, type: string): EventHandler | undefined {
  if (Object.hasOwn(spec.handlers, type)) return spec.handlers[type];
  return Object.hasOwn(spec.handlers, ANY_EVENT) ? spec.handlers[ANY_EVENT] : undefined;
}

/** Dead-letter retries handled per pass. */
const RETRY_BATCH = 100;

export interface ConsumerLedgerOptions {
  orm: MikroORM;
  consumerSchema: string;
  maxAttempts: number;
  backoffMs: number;
  /** Longest wait between two attempts (the back-off doubles up to it). */
  maxBackoffMs: number;
  log: (msg: string, data?: object) => void;
  /** Waits `ms`; resolves false at once when the bus is closing. */
  sleep: (ms: number) => Promise<boolean>;
  /** True once the bus is closing. */
  closed: () => boolean;
}

/**
 * What a consumer records in its own database, whatever carries the events to it (the PostgreSQL bus or
 * NATS JetStream): its durable offset per source (the last handled event's (tx_id, id)), advanced in the
 * same transaction as the handler's effect, so an event delivered twice (a redelivery, a second replica, a
 * relay retry) is applied once; handler retries with back-off; dead letters and their retries.
 */
export class ConsumerLedger {
  private readonly orm: MikroORM;
  private readonly consumerSchema: string;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly log: (msg: string, data?: object) => void;
  private readonly sleep: (ms: number) => Promise<boolean>;
  private readonly isClosed: () => boolean;

  constructor(options: ConsumerLedgerOptions) {
    this.orm = options.orm;
    this.consumerSchema = options.consumerSchema;
    this.maxAttempts = options.maxAttempts;
    this.backoffMs = options.backoffMs;
    this.maxBackoffMs = options.maxBackoffMs;
    this.log = options.log;
    this.sleep = options.sleep;
    this.isClosed = options.closed;
  }

  /** Creates the consumer's offset row for `spec.source` (once). */
  async register(spec: SubscriptionSpec): Promise<void> {
    await this.orm.em
      .getConnection()
      .execute(`insert into ${this.table('event_consumer_offset')} ("consumer", "source") values (?, ?) on conflict do nothing`, [
        spec.consumer,
        spec.source,
      ]);
  }

  /** Where the consumer stands in the source: the last handled (tx_id, id). */
  async readOffset(spec: SubscriptionSpec): Promise<{ txId: string; eventId: string }> {
    const rows = (await this.orm.em.getConnection().execute(
      `select "last_tx_id"::text as "tx_id", "last_event_id"::text as "event_id" from ${this.table('event_consumer_offset')}
where "consumer" = ? and "source" = ?`,
      [spec.consumer, spec.source],
    )) as Array<{ tx_id: string; event_id: string }>;
    const row = rows[0];
    if (!row) throw new Error(`@ixl/events: offset row of ${spec.consumer}/${spec.source} is missing`);
    return { txId: row.tx_id, eventId: row.event_id };
  }

  /** Handles one event, retrying with back-off, then dead-letters it. */
  async processEvent(sub: { spec: SubscriptionSpec }, stored: StoredEvent): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        // Its own trace, linked to the request that published the event (the traceparent stored with it).
        await inLinkedSpan(
          `event ${sub.spec.consumer} ${stored.event.type}`,
          stored.traceParent,
          {
            'messaging.system': 'ixl-outbox',
            'messaging.operation.type': 'process',
            'messaging.consumer.group.name': sub.spec.consumer,
            'messaging.message.id': `${stored.event.source}:${stored.event.id}`,
            'ixl.event.type': stored.event.type,
            'ixl.event.attempt': attempt,
          },
          () => this.applyEvent(sub, stored),
        );
        metrics.eventsHandled.inc({ consumer: sub.spec.consumer, outcome: 'ok' });
        return;
      } catch (err) {
        if (!(err instanceof HandlerFailure)) throw err;
        const data = { ...this.describe(sub), eventId: stored.event.id, type: stored.event.type, attempt, error: err.message };
        if (attempt >= this.maxAttempts) {
          await this.deadLetter(sub, stored, err.message, attempt);
          metrics.eventsHandled.inc({ consumer: sub.spec.consumer, outcome: 'dead_lettered' });
          this.log('event handler failed; event dead-lettered', data);
          return;
        }
        metrics.eventRetries.inc({ consumer: sub.spec.consumer });
        this.log('event handler failed; retrying', data);
        if (!(await this.sleep(Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.min(attempt - 1, 30))))) return; // closing: retried after restart
      }
    }
  }

  /** One transaction: lock the offset, re-check the event is still ahead, handle it, advance. */
  async applyEvent(sub: { spec: SubscriptionSpec }, stored: StoredEvent): Promise<void> {
    const handler = handlerFor(sub.spec, stored.event.type);
    let handlerStarted = false;
    try {
      await this.orm.em.fork().transactional(async (em) => {
        if (!(await this.lockIfAhead(em, sub, stored))) return; // another replica handled it
        if (handler) {
          handlerStarted = true;
          await handler(stored.event, em);
        }
        await this.advance(em, sub, stored);
      });
    } catch (err) {
      throw handlerStarted ? new HandlerFailure(err) : err;
    }
  }

  async deadLetter(sub: { spec: SubscriptionSpec }, stored: StoredEvent, error: string, attempts: number): Promise<void> {
    const e = stored.event;
    await this.orm.em.fork().transactional(async (em) => {
      if (!(await this.lockIfAhead(em, sub, stored))) return;
      const dead = this.table('event_dead_letter');
      await query(
        em,
        `insert into ${dead} ("consumer", "source", "event_id", "event_tx_id", "type", "aggregate_type", "aggregate_id",
  "payload", "actor_id", "occurred_at", "error", "attempts")
values (?, ?, ?::bigint, ?::xid8, ?, ?, ?, ?::jsonb, ?, ?::timestamptz, ?, ?)
on conflict ("consumer", "source", "event_id") do update set "error" = excluded."error",
  "attempts" = ${dead}."attempts" + excluded."attempts", "failed_at" = now(), "retry_requested_at" = null, "retried_at" = null`,
        [
          sub.spec.consumer,
          sub.spec.source,
          e.id,
          stored.txId,
          e.type,
          e.aggregateType,
          e.aggregateId,
          JSON.stringify(e.payload),
          e.actorId,
          e.occurredAt.toISOString(),
          error,
          attempts,
        ],
      );
      await this.advance(em, sub, stored);
    });
  }

  async lockIfAhead(em: EntityManager, sub: { spec: SubscriptionSpec }, stored: StoredEvent): Promise<boolean> {
    const rows = await query<{ ahead: boolean }>(
      em,
      `select ("last_tx_id", "last_event_id") < (?::xid8, ?::bigint) as "ahead" from ${this.table('event_consumer_offset')}
where "consumer" = ? and "source" = ? for update`,
      [stored.txId, stored.event.id, sub.spec.consumer, sub.spec.source],
    );
    return rows[0]?.ahead === true;
  }

  async advance(em: EntityManager, sub: { spec: SubscriptionSpec }, stored: StoredEvent): Promise<void> {
    await query(
      em,
      `update ${this.table('event_consumer_offset')} set "last_tx_id" = ?::xid8, "last_event_id" = ?::bigint, "updated_at" = now()
where "consumer" = ? and "source" = ?`,
      [stored.txId, stored.event.id, sub.spec.consumer, sub.spec.source],
    );
  }

  // ---- dead-letter retries (requested by retryDeadLetter) ---------------------------------------

  async processRetryRequests(sub: { spec: SubscriptionSpec }): Promise<void> {
    const ids = (await this.orm.em.getConnection().execute(
      `select d."id"::text as "id" from ${this.table('event_dead_letter')} d
where d."consumer" = ? and d."source" = ? and d."retried_at" is null and d."retry_requested_at" is not null
order by d."id" limit ?`,
      [sub.spec.consumer, sub.spec.source, RETRY_BATCH],
    )) as Array<{ id: string }>;
    for (const { id } of ids) {
      if (this.isClosed()) return;
      await this.retryOne(sub, id);
    }
  }

  async retryOne(sub: { spec: SubscriptionSpec }, id: string): Promise<void> {
    const dead = this.table('event_dead_letter');
    let handlerStarted = false;
    try {
      await this.orm.em.fork().transactional(async (em) => {
        const [row] = await query<{
          event_id: string;
          type: string;
          aggregate_type: string;
          aggregate_id: string;
          payload: Record<string, unknown>;
          actor_id: string | null;
          occurred_at_ms: number;
        }>(
          em,
          `select "event_id"::text as "event_id", "type", "aggregate_type", "aggregate_id", "payload", "actor_id",
  ${epochMs('"occurred_at"')} as "occurred_at_ms"
from ${dead} where "id" = ?::bigint and "retried_at" is null and "retry_requested_at" is not null
for update skip locked`,
          [id],
        );
        if (!row) return; // done or being done by another replica
        const handler = handlerFor(sub.spec, row.type);
        if (handler) {
          handlerStarted = true;
          await handler(
            {
              id: row.event_id,
              source: sub.spec.source,
              type: row.type,
              aggregateType: row.aggregate_type,
              aggregateId: row.aggregate_id,
              payload: row.payload,
              occurredAt: new Date(row.occurred_at_ms),
              actorId: row.actor_id,
            },
            em,
          );
        }
        await query(em, `update ${dead} set "retried_at" = now(), "retry_requested_at" = null where "id" = ?::bigint`, [id]);
      });
    } catch (err) {
      if (!handlerStarted) throw err;
      const error = errorMessage(err);
      await this.orm.em.getConnection().execute(
        `update ${dead} set "attempts" = "attempts" + 1, "error" = ?, "failed_at" = now(), "retry_requested_at" = null
where "id" = ?::bigint and "retried_at" is null`,
        [error, id],
      );
      this.log('dead letter retry failed', { ...this.describe(sub), deadLetterId: id, error });
    }
  }

  private table(name: string): string {
    return table(this.consumerSchema, name);
  }

  describe(sub: { spec: SubscriptionSpec }): { consumerSchema: string; consumer: string; source: string } {
    return { consumerSchema: this.consumerSchema, consumer: sub.spec.consumer, source: sub.spec.source };
  }
}
