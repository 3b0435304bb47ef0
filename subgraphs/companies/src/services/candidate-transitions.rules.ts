import type { Role } from '@ixl/auth';
import { transitionTable } from '@ixl/subgraph-kit';
import { CandidateStatus as S } from '../entities/candidate.entity.js';

/** Candidate pipeline: proposed → CV sent → interview → hired / rejected by company / declined by candidate. */
export const CANDIDATE_TRANSITIONS = transitionTable<S>('candidate', {
  [S.SHORTLISTED]: [S.PROPOSED],
  [S.PROPOSED]: [S.CV_SENT, S.INTERVIEW, S.REJECTED_BY_COMPANY, S.DECLINED_BY_CANDIDATE],
  [S.CV_SENT]: [S.INTERVIEW, S.REJECTED_BY_COMPANY, S.DECLINED_BY_CANDIDATE],
  [S.INTERVIEW]: [S.HIRED, S.REJECTED_BY_COMPANY, S.DECLINED_BY_CANDIDATE],
  [S.HIRED]: [],
  [S.REJECTED_BY_COMPANY]: [],
  [S.DECLINED_BY_CANDIDATE]: [],
});

/** What a company user may record on its own vacancies' candidates; staff may record every step. */
export const COMPANY_MAY_SET: readonly S[] = [S.INTERVIEW, S.HIRED, S.REJECTED_BY_COMPANY];

export const NEEDS_REASON: readonly S[] = [S.REJECTED_BY_COMPANY, S.DECLINED_BY_CANDIDATE];

export type TransitionCheck =
  { ok: true } | { ok: false; reason: 'CANDIDATE_STATUS_NOT_ALLOWED' | 'CANDIDATE_TRANSITION'; from: string; to: string };

/** Pure check of one status change by a role. */
export function checkCandidateTransition(role: Role | 'ANONYMOUS', from: S, to: S): TransitionCheck {
  const staff = role === 'STAFF' || role === 'ADMIN';
  if (!staff && !(role === 'COMPANY' && COMPANY_MAY_SET.includes(to)))
    return { ok: false, reason: 'CANDIDATE_STATUS_NOT_ALLOWED', from, to };
  if (!CANDIDATE_TRANSITIONS.allows(from, to)) return { ok: false, reason: 'CANDIDATE_TRANSITION', from, to };
  return { ok: true };
}
