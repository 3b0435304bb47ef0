import { DomainError } from '@ixl/subgraph-kit';
import { ProjectStatus as S } from '../entities/project.entity.js';

/** Exits possible from every open step (each STOP of the seeds is one of them, with a reason). */
export const EXIT_STATUSES: readonly S[] = [S.REJECTED, S.WITHDRAWN, S.STAND_BY];

/**
 * Steps staff move by hand. Committee steps (EVALUATION_COMMITTEE → MANAGEMENT_COMMITTEE → FUNDED,
 * and rejections there) happen only through recorded committee decisions.
 */
const MANUAL_FORWARD: Partial<Record<S, S[]>> = {
  [S.SUBMITTED]: [S.PRE_SELECTION],
  [S.PRE_SELECTION]: [S.INTAKE_MEETING],
  [S.INTAKE_MEETING]: [S.ACCOMPANIMENT],
  [S.ACCOMPANIMENT]: [S.REVIEW],
  [S.REVIEW]: [S.EVALUATION_COMMITTEE],
  [S.FUNDED]: [S.MONITORING],
};

/** Open steps from which a project may leave the path (reject / withdraw / stand-by). */
const EXITABLE = new Set<S>([S.SUBMITTED, S.PRE_SELECTION, S.INTAKE_MEETING, S.ACCOMPANIMENT, S.REVIEW, S.EVALUATION_COMMITTEE, S.MANAGEMENT_COMMITTEE]);

/** Where a manual move from `from` may go (`resumeTo` is the step before a stand-by). */
export function allowedManualMoves(from: S, resumeTo: S | null): S[] {
  if (from === S.STAND_BY) return [...(resumeTo ? [resumeTo] : []), S.WITHDRAWN, S.REJECTED];
  const forward = MANUAL_FORWARD[from] ?? [];
  const exits = EXITABLE.has(from) ? (from === S.EVALUATION_COMMITTEE || from === S.MANAGEMENT_COMMITTEE ? [S.WITHDRAWN, S.STAND_BY] : [...EXIT_STATUSES]) : [];
  return [...forward, ...exits];
}

export function assertManualMove(from: S, to: S, resumeTo: S | null): void {
  if (!allowedManualMoves(from, resumeTo).includes(to)) {
    throw new DomainError('ILLEGAL_TRANSITION', `A project cannot go from ${from} to ${to}${from === S.EVALUATION_COMMITTEE || from === S.MANAGEMENT_COMMITTEE ? ' by hand: record the committee decision' : ''}`, 'to');
  }
}

export const needsReason = (to: string): boolean => to === 'REJECTED' || to === 'WITHDRAWN' || to === 'STAND_BY';

/** The main line, in order: a project that is at step i has gone through every earlier step. */
export const MAIN_LINE: readonly S[] = [S.SUBMITTED, S.PRE_SELECTION, S.INTAKE_MEETING, S.ACCOMPANIMENT, S.REVIEW, S.EVALUATION_COMMITTEE, S.MANAGEMENT_COMMITTEE, S.FUNDED, S.MONITORING];
