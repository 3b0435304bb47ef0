import { hourInRome, isoDateInRome } from '@ixl/calendar';
import { transitionTable } from '@ixl/subgraph-kit';
import { BeneficiaryStatus } from '../entities/beneficiary.entity.js';

/** The intake interview is due within 15 days of registration (Europe/Rome calendar days). */
export const INTERVIEW_SLA_DAYS = 15;

/**
 * The person's lifecycle (docs/domain.md §1) as a table of legal transitions. FUORI_PROTOCOLLO is reachable
 * from every other state (with a reason) and left only by readmission; PLACED is also reached by a
 * recorded placement (a fact reported by `companies`, see `placementTargets`).
 */
const S = BeneficiaryStatus;
export const LIFECYCLE = transitionTable<BeneficiaryStatus>('person', {
  [S.REGISTERED]: [S.INTERVIEW_SCHEDULED, S.FUORI_PROTOCOLLO],
  [S.INTERVIEW_SCHEDULED]: [S.INTERVIEWED, S.REGISTERED, S.INTERVIEW_SCHEDULED, S.FUORI_PROTOCOLLO],
  [S.INTERVIEWED]: [S.IN_TARGET, S.NOT_IN_TARGET, S.FUORI_PROTOCOLLO],
  [S.NOT_IN_TARGET]: [S.IN_TARGET, S.NOT_IN_TARGET, S.FUORI_PROTOCOLLO],
  [S.IN_TARGET]: [S.ACTIVE, S.NOT_IN_TARGET, S.IN_TARGET, S.PLACED, S.FUORI_PROTOCOLLO],
  [S.ACTIVE]: [S.PLACED, S.IN_TARGET, S.NOT_IN_TARGET, S.FUORI_PROTOCOLLO],
  [S.PLACED]: [S.ACTIVE, S.FUORI_PROTOCOLLO],
  // Left only by readmission (see readmissionTarget).
  [S.FUORI_PROTOCOLLO]: [],
});

export function canTransition(from: BeneficiaryStatus, to: BeneficiaryStatus): boolean {
  return LIFECYCLE.allows(from, to);
}

/** States a manual status change (staff) may target; the others have their own operations. */
export const MANUAL_TARGETS: readonly BeneficiaryStatus[] = [S.ACTIVE, S.IN_TARGET, S.PLACED];

/**
 * Where a readmitted person goes back to: the state before leaving the protocol, except that an
 * interview that was pending is gone (it was cancelled), so they wait for a new one.
 */
export function readmissionTarget(before: BeneficiaryStatus | null): BeneficiaryStatus {
  if (!before || before === S.FUORI_PROTOCOLLO || before === S.INTERVIEW_SCHEDULED) return S.REGISTERED;
  return before;
}

/**
 * A recorded placement is a fact: everyone not already placed moves to PLACED (people out of
 * protocol because they were working too).
 */
export function placementMoves(from: BeneficiaryStatus): boolean {
  return from !== S.PLACED;
}

/**
 * Proposal to put a person out of protocol as NOT_COLLABORATING/UNREACHABLE: more than two unanswered
 * calls at different times (distinct hours of distinct half-days count as different times), or a
 * missed interview.
 */
export function shouldProposeFuoriProtocollo(input: { unansweredCallTimes: Date[]; missedInterviews: number }): {
  propose: boolean;
  reason: 'UNREACHABLE' | 'NOT_COLLABORATING' | null;
  explanation: string | null;
} {
  if (input.missedInterviews > 0) {
    return { propose: true, reason: 'NOT_COLLABORATING', explanation: `${input.missedInterviews} missed interview(s)` };
  }
  const slots = new Set(input.unansweredCallTimes.map((d) => callSlot(d)));
  if (slots.size > 2) {
    return { propose: true, reason: 'UNREACHABLE', explanation: `${slots.size} unanswered calls at different times` };
  }
  return { propose: false, reason: null, explanation: null };
}

/** A call's "time": its day and part of the day in Europe/Rome (two calls in the same morning are one attempt). */
export function callSlot(d: Date): string {
  const hour = hourInRome(d);
  const part = hour < 13 ? 'morning' : hour < 18 ? 'afternoon' : 'evening';
  return `${isoDateInRome(d)}:${part}`;
}
