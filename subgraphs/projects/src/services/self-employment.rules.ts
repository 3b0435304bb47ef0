import { transitionTable } from '@ixl/subgraph-kit';
import { SelfEmploymentStatus as SE } from '../entities/enums.js';

const EXITS = [SE.REJECTED, SE.WITHDRAWN, SE.STAND_BY];
/** Manual moves; EVALUATION → APPROVED / REJECTED happen only by committee decisions; stand-by resumes or leaves. */
export const SELF_EMPLOYMENT_MOVES = transitionTable<SE>(
  'self-employment path',
  {
    [SE.SUBMITTED]: [SE.ACCOMPANIMENT, ...EXITS],
    [SE.ACCOMPANIMENT]: [SE.BUSINESS_PLAN, ...EXITS],
    [SE.BUSINESS_PLAN]: [SE.EVALUATION, ...EXITS],
    [SE.EVALUATION]: [SE.WITHDRAWN, SE.STAND_BY],
    [SE.APPROVED]: [SE.STARTED, SE.WITHDRAWN],
    [SE.STARTED]: [SE.MONITORING],
  },
  { paused: { state: SE.STAND_BY, exits: [SE.WITHDRAWN, SE.REJECTED] } },
);

export function assertSelfEmploymentMove(from: SE, to: SE, resumeTo: SE | null): void {
  SELF_EMPLOYMENT_MOVES.assert(from, to, {
    resumeTo,
    reason: from === SE.EVALUATION ? 'SELF_EMPLOYMENT_DECIDED_BY_COMMITTEE' : 'SELF_EMPLOYMENT_TRANSITION',
  });
}

export const SELF_EMPLOYMENT_MAIN_LINE: readonly SE[] = [
  SE.SUBMITTED,
  SE.ACCOMPANIMENT,
  SE.BUSINESS_PLAN,
  SE.EVALUATION,
  SE.APPROVED,
  SE.STARTED,
  SE.MONITORING,
];
