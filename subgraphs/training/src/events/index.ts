import { COMPANIES_EVENTS, PEOPLE_EVENTS } from '@ixl/contracts';
import type { SubscriptionSpec } from '@ixl/events';
import { onBeneficiaryErased, onPlacementRecorded } from './placement.consumer.js';

/** What `training` consumes: placements (course KPIs) and erasures (participants' names). */
export const trainingConsumers: SubscriptionSpec[] = [
  { consumer: 'training.placements', source: 'companies', handlers: { [COMPANIES_EVENTS.PlacementRecorded]: onPlacementRecorded } },
  { consumer: 'training.people', source: 'people', handlers: { [PEOPLE_EVENTS.BeneficiaryErased]: onBeneficiaryErased } },
];
