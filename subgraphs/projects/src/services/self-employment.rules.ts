import { DomainError } from '@ixl/subgraph-kit';
import { SelfEmploymentStatus as SE } from '../entities/enums.js';

const EXITS = [SE.REJECTED, SE.WITHDRAWN, SE.STAND_BY];
/** Manual moves; EVALUATION → APPROVED / REJECTED happen only by committee decisions. */
const MOVES: Partial<Record<SE, SE[]>> = {
  [SE.SUBMITTED]: [SE.ACCOMPANIMENT, ...EXITS],
  [SE.ACCOMPANIMENT]: [SE.BUSINESS_PLAN, ...EXITS],
  [SE.BUSINESS_PLAN]: [SE.EVALUATION, ...EXITS],
  [SE.EVALUATION]: [SE.WITHDRAWN, SE.STAND_BY],
  [SE.APPROVED]: [SE.STARTED, SE.WITHDRAWN],
  [SE.STARTED]: [SE.MONITORING],
};

export function assertSelfEmploymentMove(from: SE, to: SE, resumeTo: SE | null): void {
  const allowed = from === SE.STAND_BY ? [...(resumeTo ? [resumeTo] : []), SE.WITHDRAWN, SE.REJECTED] : (MOVES[from] ?? []);
  if (!allowed.includes(to)) throw new DomainError('ILLEGAL_TRANSITION', `A self-employment path cannot go from ${from} to ${to}${from === SE.EVALUATION ? ' by hand: record the committee decision' : ''}`, 'to');
}

export const SELF_EMPLOYMENT_MAIN_LINE: readonly SE[] = [SE.SUBMITTED, SE.ACCOMPANIMENT, SE.BUSINESS_PLAN, SE.EVALUATION, SE.APPROVED, SE.STARTED, SE.MONITORING];
