import { DomainError } from '@ixl/subgraph-kit';
import { DecisionOutcome, VoteChoice } from '../entities/enums.js';

export interface Tally {
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  excludedForConflict: number;
  /** Members counted for the quorum: those who voted and did not declare a conflict. */
  voting: number;
}

export function tally(votes: readonly { choice: VoteChoice | null; conflictOfInterest: boolean }[]): Tally {
  const valid = votes.filter((v) => !v.conflictOfInterest && v.choice);
  return {
    votesFor: valid.filter((v) => v.choice === VoteChoice.APPROVE).length,
    votesAgainst: valid.filter((v) => v.choice === VoteChoice.REJECT).length,
    abstentions: valid.filter((v) => v.choice === VoteChoice.ABSTAIN).length,
    excludedForConflict: votes.filter((v) => v.conflictOfInterest).length,
    voting: valid.length,
  };
}

/**
 * A decision needs the quorum (voting members, conflicts excluded) and must follow the majority:
 * APPROVED needs more approvals than rejections, REJECTED at least as many rejections; POSTPONED always.
 */
export function assertDecisionAllowed(t: Tally, quorum: number, outcome: DecisionOutcome): void {
  if (t.voting < quorum) throw new DomainError('QUORUM_NOT_REACHED', { voting: t.voting, quorum }, 'agendaItemId');
  if (outcome === DecisionOutcome.APPROVED && t.votesFor <= t.votesAgainst) throw new DomainError('VOTES_DO_NOT_APPROVE', {}, 'outcome');
  if (outcome === DecisionOutcome.REJECTED && t.votesAgainst < t.votesFor) throw new DomainError('VOTES_DO_NOT_REJECT', {}, 'outcome');
}
