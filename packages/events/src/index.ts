export type { DomainEvent, NewEvent, EventHandler, SubscriptionSpec, EventBus, DeadLetter, ConsumerStatus } from './types.js';
export { ANY_EVENT } from './types.js';
export { eventTablesSql, CHANNEL as EVENTS_CHANNEL } from './sql.js';
export { publishEvent, publishEvents } from './publish.js';
export { PostgresEventBus, type PostgresEventBusOptions } from './postgres-bus.js';
export { listDeadLetters, consumerStatus, retryDeadLetter } from './admin.js';
export { OutboxTail, tailIterator } from './outbox-tail.js';
export { pushIterator, type PushIterator } from './push-iterator.js';
export {
  connectJetStream,
  JetStreamRelay,
  JetStreamEventBus,
  durableName,
  EVENT_STREAM,
  EVENT_SUBJECT_PREFIX,
  RELAY_CONSUMER,
  type JetStreamConnection,
  type JetStreamEventBusOptions,
  type JetStreamRelayOptions,
} from './jetstream.js';
export { ConsumerLedger } from './ledger.js';
