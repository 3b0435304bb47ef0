import type { SubscriptionSpec } from '@ixl/events';
import { beneficiaryErasedConsumer } from './beneficiary-erased.consumer.js';
import { placementConsumer } from './placement.consumer.js';

/** What `projects` consumes: placements (project outcomes) and erasures. */
export const projectsConsumers: SubscriptionSpec[] = [placementConsumer, beneficiaryErasedConsumer];
