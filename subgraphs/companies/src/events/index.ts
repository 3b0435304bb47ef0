import type { SubscriptionSpec } from '@ixl/events';
import { beneficiaryProfileConsumer } from './beneficiary-profile.consumer.js';

/** What `companies` consumes: the people's matching profiles (and their erasure). */
export const companiesConsumers: SubscriptionSpec[] = [beneficiaryProfileConsumer];
