import type { EntityManager } from '@mikro-orm/postgresql';

/** An event as delivered to consumers. */
export interface DomainEvent<P = Record<string, unknown>> {
  /** Outbox row id (bigint as string), unique within `source`. */
  id: string;
  /** Producer schema name, e.g. 'people'. */
  source: string;
  /** e.g. 'BeneficiaryRegistered'. */
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: P;
  occurredAt: Date;
  actorId: string | null;
  /**
   * Transport metadata: the id (xid8, as text) of the source transaction that wrote it. Events of a source
   * are delivered in (txId, id) order; absent on dead-letter retries.
   */
  txId?: string;
  /** Transport metadata: the W3C traceparent of the request that published it (null: none was traced). */
  traceParent?: string | null;
}

/** An event to publish with `publishEvent`. */
export interface NewEvent<P = Record<string, unknown>> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: P;
  actorId?: string | null;
}

/**
 * Applies one event to the consumer's read model. `em` is inside the transaction that also advances
 * the consumer's offset. Delivery is at-least-once across crashes: handlers must be idempotent.
 */
export type EventHandler = (event: DomainEvent, em: EntityManager) => Promise<void>;

/** The key of a catch-all handler in `SubscriptionSpec.handlers`. */
export const ANY_EVENT = '*';

export interface SubscriptionSpec {
  /** Consumer name, stable across deployments (offsets are stored under it). */
  consumer: string;
  /** Producer schema whose outbox is read. */
  source: string;
  /**
   * Handlers by event type; `'*'` (ANY_EVENT) handles every type without its own handler; other
   * types are skipped but still advance the offset.
   */
  handlers: Record<string, EventHandler>;
}

/** The event bus seen by domain code; a deployment may implement it over Kafka or NATS JetStream. */
export interface EventBus {
  subscribe(spec: SubscriptionSpec): Promise<void>;
  close(): Promise<void>;
}

/** An event whose handler kept failing, parked in `<consumerSchema>.event_dead_letter`. */
export interface DeadLetter {
  id: string;
  consumer: string;
  source: string;
  eventId: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  actorId: string | null;
  occurredAt: Date;
  error: string;
  attempts: number;
  failedAt: Date;
  /** Set by `retryDeadLetter`, cleared when the consumer has re-run the handler. */
  retryRequestedAt: Date | null;
  /** When a retry succeeded; null while the dead letter is still open. */
  retriedAt: Date | null;
}

export interface ConsumerStatus {
  consumer: string;
  source: string;
  /** Position in the source outbox: last handled (tx_id, event id). */
  lastTxId: string;
  lastEventId: string;
  updatedAt: Date;
  /** Dead letters not yet successfully retried. */
  openDeadLetters: number;
}
