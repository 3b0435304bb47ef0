import type { SubscriptionSpec } from '@ixl/events';
import { beneficiaryErasedConsumer } from './beneficiary-erased.consumer.js';
import { placementConsumer } from './placement.consumer.js';
import { supportConsumer } from './support.consumer.js';

/** What `projects` consumes: placements (project outcomes), finance support (project results) and erasures. */
export const projectsConsumers: SubscriptionSpec[] = [placementConsumer, supportConsumer, beneficiaryErasedConsumer];
