import { transitionTable } from '@ixl/subgraph-kit';
import { ProjectStatus as S } from '../entities/project.entity.js';

/** Exits possible from every open step (each STOP of the seeds is one of them, with a reason). */
export const EXIT_STATUSES: readonly S[] = [S.REJECTED, S.WITHDRAWN, S.STAND_BY];

/**
 * Steps staff move by hand, forward or out (reject / withdraw / stand-by). Committee steps
 * (EVALUATION_COMMITTEE → MANAGEMENT_COMMITTEE → FUNDED, and rejections there) happen only through
 * recorded committee decisions; a project in stand-by resumes at the step it left, or leaves the path.
 */
export const PROJECT_MOVES = transitionTable<S>(
  'project',
  {
    [S.SUBMITTED]: [S.PRE_SELECTION, ...EXIT_STATUSES],
    [S.PRE_SELECTION]: [S.INTAKE_MEETING, ...EXIT_STATUSES],
    [S.INTAKE_MEETING]: [S.ACCOMPANIMENT, ...EXIT_STATUSES],
    [S.ACCOMPANIMENT]: [S.REVIEW, ...EXIT_STATUSES],
    [S.REVIEW]: [S.EVALUATION_COMMITTEE, ...EXIT_STATUSES],
    [S.EVALUATION_COMMITTEE]: [S.WITHDRAWN, S.STAND_BY],
    [S.MANAGEMENT_COMMITTEE]: [S.WITHDRAWN, S.STAND_BY],
    [S.FUNDED]: [S.MONITORING],
  },
  { paused: { state: S.STAND_BY, exits: [S.WITHDRAWN, S.REJECTED] } },
);

/** Where a manual move from `from` may go (`resumeTo` is the step before a stand-by). */
export const allowedManualMoves = (from: S, resumeTo: S | null): readonly S[] => PROJECT_MOVES.targets(from, resumeTo);

export function assertManualMove(from: S, to: S, resumeTo: S | null): void {
  const byCommittee = from === S.EVALUATION_COMMITTEE || from === S.MANAGEMENT_COMMITTEE;
  PROJECT_MOVES.assert(from, to, {
    resumeTo,
    reason: byCommittee ? 'PROJECT_DECIDED_BY_COMMITTEE' : 'PROJECT_TRANSITION',
  });
}

export const needsReason = (to: string): boolean => to === 'REJECTED' || to === 'WITHDRAWN' || to === 'STAND_BY';

/** The main line, in order: a project that is at step i has gone through every earlier step. */
export const MAIN_LINE: readonly S[] = [
  S.SUBMITTED,
  S.PRE_SELECTION,
  S.INTAKE_MEETING,
  S.ACCOMPANIMENT,
  S.REVIEW,
  S.EVALUATION_COMMITTEE,
  S.MANAGEMENT_COMMITTEE,
  S.FUNDED,
  S.MONITORING,
];
