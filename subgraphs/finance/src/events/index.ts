import type { SubscriptionSpec } from '@ixl/events';
import {
  COMPANIES_EVENTS,
  PEOPLE_EVENTS,
  PROJECTS_EVENTS,
  type BeneficiaryErasedPayload,
  type BeneficiaryProfileChangedPayload,
  type CompanyChangedPayload,
  type ProjectStatusChangedPayload,
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
import { openNonCashFromDecision } from '../services/non-cash-support.service.js';
import {
  erasePersonFact,
  upsertEmployerFact,
  upsertPersonFact,
  upsertPlacementFact,
  upsertProjectFact,
} from '../services/eligibility-facts.service.js';

/** Read models and money fed by other subgraphs' events; every handler is idempotent. */
export const financeConsumers: SubscriptionSpec[] = [
  {
    consumer: 'finance.funding',
    source: 'projects',
    handlers: {
      [PROJECTS_EVENTS.FundingApproved]: async (event, em) => {
        const p = event.payload as unknown as FundingApprovedPayload;
        // A decision of the history (issue 27, DELIBERE): the PRESTITI and CONTRIBUTI files bring its loan or grant.
        if (p.imported) return;
        if (p.kind === 'LOAN') await openLoanFromDecision(em, p, event.actorId);
        else if (p.kind === 'NON_CASH') await openNonCashFromDecision(em, p, event.actorId);
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
  {
    // Read models for the over-55 incentive: placements and whether their employer is a Third Sector body.
    consumer: 'finance.placements',
    source: 'companies',
    handlers: {
      [COMPANIES_EVENTS.PlacementRecorded]: async (event, em) => {
        await upsertPlacementFact(em, event.payload as unknown as PlacementRecordedPayload);
      },
      [COMPANIES_EVENTS.CompanyRegistered]: async (event, em) => {
        await upsertEmployerFact(em, event.payload as unknown as CompanyChangedPayload);
      },
      [COMPANIES_EVENTS.CompanyChanged]: async (event, em) => {
        await upsertEmployerFact(em, event.payload as unknown as CompanyChangedPayload);
      },
    },
  },
  {
    // The person's birth date (age at the hire date), forgotten on erasure.
    consumer: 'finance.people',
    source: 'people',
    handlers: {
      [PEOPLE_EVENTS.BeneficiaryProfileChanged]: async (event, em) => {
        await upsertPersonFact(em, (event.payload as unknown as BeneficiaryProfileChangedPayload).profile);
      },
      [PEOPLE_EVENTS.BeneficiaryErased]: async (event, em) => {
        await erasePersonFact(em, (event.payload as unknown as BeneficiaryErasedPayload).beneficiaryId);
      },
    },
  },
  {
    // Projects' steps, calls and applicants: intermediary grants and non-cash support need a real project.
    consumer: 'finance.projects',
    source: 'projects',
    handlers: {
      [PROJECTS_EVENTS.ProjectStatusChanged]: async (event, em) => {
        await upsertProjectFact(em, event.payload as unknown as ProjectStatusChangedPayload);
      },
    },
  },
];
