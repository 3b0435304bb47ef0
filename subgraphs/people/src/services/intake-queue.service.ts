import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { badInput, requireStaff } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { PersonalDataAction } from '../entities/enums.js';
import { auditPeopleRead } from './audit.service.js';
import { daysBetween, isoDateInRome } from '@ixl/calendar';

/** Days from today (Europe/Rome) to the SLA due date: 0 on the day, negative once overdue; null after the interview. */
export function interviewDaysLeft(sla: { dueDate: string; interviewedAt: Date | null }, now = new Date()): number | null {
  return sla.interviewedAt ? null : daysBetween(isoDateInRome(now), sla.dueDate);
}

/** The staff work queue of first interviews still within the 15-day SLA. */
export class IntakeQueueService {
  constructor(private readonly em: EntityManager) {}

  /** People waiting for their first interview whose due date is today or later, earliest due date first. */
  async dueWithinSla(caller: Caller, first: number, now = new Date()): Promise<{ nodes: Beneficiary[]; totalCount: number }> {
    requireStaff(caller);
    if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first', 'PAGE_SIZE_500');
    const where = {
      interviewedAt: null,
      interviewDueDate: { $gte: isoDateInRome(now) },
      status: { $in: [BeneficiaryStatus.REGISTERED, BeneficiaryStatus.INTERVIEW_SCHEDULED] },
    };
    const [nodes, totalCount] = await Promise.all([
      this.em.find(Beneficiary, where, { orderBy: { interviewDueDate: 'asc', id: 'asc' }, limit: first }),
      this.em.count(Beneficiary, where),
    ]);
    await auditPeopleRead(
      this.em,
      caller,
      nodes.map((n) => n.id),
      PersonalDataAction.LIST,
      'intakeInterviewsDue',
    );
    return { nodes, totalCount };
  }
}
