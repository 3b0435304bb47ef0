import type { SubscriptionSpec } from '@ixl/events';
import {
  COMPANIES_EVENTS,
  PROJECTS_EVENTS,
  TRAINING_EVENTS,
  type FundingApprovedPayload,
  type PlacementRecordedPayload,
  type RiskShareSettledPayload,
  type RiskShareSettlementAdjustedPayload,
} from '@ixl/contracts';
import { openLoanFromDecision } from '../services/loan-opening.service.js';
import { openGrantFromDecision } from '../services/grant.service.js';
import { receiveSettlement, receiveSettlementAdjustment } from '../services/settlement.service.js';
import { scheduleStageIndemnities } from '../services/stage-indemnity.service.js';

/** Read models and money fed by other subgraphs' events; every handler is idempotent. */
export const financeConsumers: SubscriptionSpec[] = [
  {
    consumer: 'finance.funding',
    source: 'projects',
    handlers: {
      [PROJECTS_EVENTS.FundingApproved]: async (event, em) => {
        const p = event.payload as unknown as FundingApprovedPayload;
        if (p.kind === 'LOAN') await openLoanFromDecision(em, p, event.actorId);
        else await openGrantFromDecision(em, p, event.actorId);
      },
    },
  },
  {
    consumer: 'finance.settlements',
    source: 'training',
    handlers: {
      [TRAINING_EVENTS.RiskShareSettled]: async (event, em) => {
        await receiveSettlement(em, event.payload as unknown as RiskShareSettledPayload, event.actorId);
      },
      [TRAINING_EVENTS.RiskShareSettlementAdjusted]: async (event, em) => {
        await receiveSettlementAdjustment(em, event.payload as unknown as RiskShareSettlementAdjustedPayload, event.actorId);
      },
    },
  },
  {
    consumer: 'finance.stages',
    source: 'companies',
    handlers: {
      [COMPANIES_EVENTS.PlacementRecorded]: async (event, em) => {
        await scheduleStageIndemnities(em, event.payload as unknown as PlacementRecordedPayload);
      },
    },
  },
];
