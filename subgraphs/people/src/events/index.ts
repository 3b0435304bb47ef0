import type { SubscriptionSpec } from '@ixl/events';
import type { SubgraphConfig } from '@ixl/subgraph-kit';
import { changeAuditConsumers } from './change-audit.consumer.js';
import { convocationConsumer } from './convocation.consumer.js';
import { courseRequestConsumer } from './course-request.consumer.js';
import { jobInterviewConsumer } from './job-interview.consumer.js';
import { offerAlertConsumer } from './offer-alert.consumer.js';
import { placementConsumer } from './placement.consumer.js';
import { readAuditConsumers } from './read-audit.consumer.js';
import { riskShareAdjustedConsumer } from './risk-share.consumer.js';

/** What `people` consumes: placements (lifecycle), offers, convocations and settlement adjustments (mail), and the personal-data audit of every subgraph. */
export const peopleConsumers = (config: SubgraphConfig): SubscriptionSpec[] => [
  placementConsumer,
  offerAlertConsumer(config.publicUrl),
  convocationConsumer(config.publicUrl),
  courseRequestConsumer(config.publicUrl),
  jobInterviewConsumer(config.publicUrl),
  riskShareAdjustedConsumer(config.publicUrl),
  ...changeAuditConsumers,
  ...readAuditConsumers,
];
