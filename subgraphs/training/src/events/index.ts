import { COMPANIES_EVENTS, PEOPLE_EVENTS } from '@ixl/contracts';
import type { SubscriptionSpec } from '@ixl/events';
import { personKeyConsumer } from './person-key.consumer.js';
import { onBeneficiaryErased, onPlacementRecorded } from './placement.consumer.js';

/** What `training` consumes: placements (course KPIs), erasures (participants' names), the people's import keys. */
export const trainingConsumers: SubscriptionSpec[] = [
  { consumer: 'training.placements', source: 'companies', handlers: { [COMPANIES_EVENTS.PlacementRecorded]: onPlacementRecorded } },
  { consumer: 'training.people', source: 'people', handlers: { [PEOPLE_EVENTS.BeneficiaryErased]: onBeneficiaryErased } },
  personKeyConsumer,
];
