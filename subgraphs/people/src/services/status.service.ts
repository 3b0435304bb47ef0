import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { badInput, requireAuthenticated, requireStaff } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { FragilityProfile } from '../entities/enums.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { MANUAL_TARGETS } from './lifecycle.rules.js';
import { actorOf } from './actor.js';
import { illegalTransition, lockBeneficiary, moveTo } from './lifecycle.service.js';

export class StatusService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Staff moves a person along the path where no other operation does it: IN_TARGET → ACTIVE (in
   * matching, training, IPS), ACTIVE/PLACED ↔ …, PLACED for a placement recorded elsewhere.
   */
  /** A beneficiary's own path: every status change, oldest first (empty for other accounts). */
  myHistory(caller: Caller): Promise<StatusChange[]> {
    requireAuthenticated(caller);
    if (caller.role !== 'BENEFICIARY' || !caller.beneficiaryId) return Promise.resolve([]);
    return this.em.find(StatusChange, { beneficiaryId: caller.beneficiaryId }, { orderBy: { at: 'asc' } });
  }

  async change(caller: Caller, input: { beneficiaryId: string; to: BeneficiaryStatus; reason: string }): Promise<Beneficiary> {
    requireStaff(caller);
    if (!MANUAL_TARGETS.includes(input.to)) throw badInput('to', 'USE_DEDICATED_OPERATION', { beneficiaryStatus: input.to });
    if (!input.reason?.trim()) throw badInput('reason', 'STATUS_CHANGE_REASON_REQUIRED');
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      if (b.status === input.to) throw illegalTransition(b.status, input.to, 'already there');
      if ((input.to === BeneficiaryStatus.ACTIVE || input.to === BeneficiaryStatus.IN_TARGET) && b.profile !== FragilityProfile.IN_TARGET)
        throw illegalTransition(b.status, input.to, 'only people assessed in target');
      await moveTo(tx, b, input.to, actorOf(caller), { reason: input.reason.trim() });
      return b;
    });
  }
}
