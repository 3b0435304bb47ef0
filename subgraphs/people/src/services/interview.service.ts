import type { EntityManager } from '@mikro-orm/postgresql';
import { Notifier } from './notifier.service.js';
import { randomUUID } from 'node:crypto';
import type { Caller } from '@ixl/auth';
import { badInput, DomainError, requireStaff } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { Interview } from '../entities/interview.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import { InterviewMode, InterviewStatus, PersonalDataAction } from '../entities/enums.js';
import { publishPeopleEvent } from '../events/publish.js';
import { actorOf } from './actor.js';
import { illegalTransition, lockBeneficiary, moveTo } from './lifecycle.service.js';
import { requireUuid } from './ids.js';
import { auditPeopleRead } from './audit.service.js';
import { proposeIfDue } from './fuori-protocollo.service.js';
import { addDays, daysBetween, isoDateInRome } from '@ixl/calendar';
import { INTERVIEW_SLA_DAYS } from './lifecycle.rules.js';

export interface InterviewSla {
  dueDate: string;
  daysWaited: number;
  overdue: boolean;
  interviewedAt: Date | null;
  metSla: boolean | null;
}

/** The 15-day SLA of the first interview, in Europe/Rome calendar days. */
export function interviewSla(b: Pick<Beneficiary, 'registeredAt' | 'interviewDueDate' | 'interviewedAt'>, now = new Date()): InterviewSla {
  const registered = isoDateInRome(b.registeredAt);
  const dueDate = b.interviewDueDate ?? addDays(registered, INTERVIEW_SLA_DAYS);
  const end = isoDateInRome(b.interviewedAt ?? now);
  return {
    dueDate,
    daysWaited: Math.max(0, daysBetween(registered, end)),
    overdue: !b.interviewedAt && isoDateInRome(now) > dueDate,
    interviewedAt: b.interviewedAt,
    metSla: b.interviewedAt ? end <= dueDate : null,
  };
}

export class InterviewService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifier = new Notifier(),
  ) {}

  async schedule(
    caller: Caller,
    input: { beneficiaryId: string; scheduledAt: Date; mode: InterviewMode; operatorId?: string | null; location?: string | null },
  ): Promise<Interview> {
    requireStaff(caller);
    if (Number.isNaN(input.scheduledAt.getTime())) throw badInput('scheduledAt', 'DATE_TIME_REQUIRED');
    if (input.scheduledAt.getTime() < Date.now() - 3600_000) throw badInput('scheduledAt', 'INTERVIEW_IN_PAST');
    const operatorId = input.operatorId ?? caller.userId;
    const operator = operatorId ? await this.em.findOne(UserAccount, { id: requireUuid('operatorId', operatorId) }) : null;
    if (!operator || (operator.role !== 'STAFF' && operator.role !== 'ADMIN') || operator.disabled)
      throw badInput('operatorId', 'OPERATOR_NOT_ACTIVE_STAFF');
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      if (b.status !== BeneficiaryStatus.REGISTERED && b.status !== BeneficiaryStatus.INTERVIEW_SCHEDULED) {
        throw illegalTransition(b.status, BeneficiaryStatus.INTERVIEW_SCHEDULED, 'the intake interview is scheduled for registered people');
      }
      const actor = actorOf(caller);
      // Rescheduling replaces the pending interview.
      for (const old of await tx.find(Interview, { beneficiaryId: b.id, status: InterviewStatus.SCHEDULED }))
        old.status = InterviewStatus.CANCELLED;
      const interview = tx.create(Interview, {
        id: randomUUID(),
        beneficiaryId: b.id,
        scheduledAt: input.scheduledAt,
        mode: input.mode,
        operatorId: operator.id,
        operatorName: operator.displayName,
        location: input.location?.trim() || null,
        status: InterviewStatus.SCHEDULED,
        createdBy: actor.actorId,
        createdAt: new Date(),
      });
      tx.persist(interview);
      await moveTo(tx, b, BeneficiaryStatus.INTERVIEW_SCHEDULED, actor, {
        reason: `Interview ${input.mode} on ${input.scheduledAt.toISOString()}`,
        reasonCode: 'INTERVIEW_SCHEDULED',
        reasonParams: { mode: input.mode, scheduledAt: input.scheduledAt.toISOString() },
      });
      await publishPeopleEvent(
        tx,
        'InterviewScheduled',
        { type: 'Beneficiary', id: b.id },
        {
          interviewId: interview.id,
          beneficiaryId: b.id,
          scheduledAt: interview.scheduledAt.toISOString(),
          mode: interview.mode,
          operatorId: operator.id,
          dueDate: interviewSla(b).dueDate,
        },
        actor.actorId,
      );
      await this.notifier.interviewAppointment(tx, b, interview);
      return interview;
    });
  }

  /** Records the outcome: held (→ INTERVIEWED) or missed (→ back to REGISTERED, fuori protocollo proposed). */
  async recordOutcome(caller: Caller, input: { interviewId: string; attended: boolean; notes?: string | null }): Promise<Interview> {
    requireStaff(caller);
    return this.em.transactional(async (tx) => {
      const interview = await tx.findOne(Interview, { id: requireUuid('interviewId', input.interviewId) });
      if (!interview) throw new DomainError('INTERVIEW_NOT_FOUND', {});
      if (interview.status !== InterviewStatus.SCHEDULED)
        throw new DomainError('INTERVIEW_ALREADY_CLOSED', { interviewStatus: interview.status }, 'interviewId');
      const now = new Date();
      // The first interview (seeds/003_fe62a26ba95cc30f.txt:61-63) is recorded as held only once its time has come.
      if (input.attended && interview.scheduledAt.getTime() > now.getTime())
        throw new DomainError('INTERVIEW_NOT_YET_HELD', { scheduledAt: interview.scheduledAt.toISOString() }, 'interviewId');
      const b = await lockBeneficiary(tx, interview.beneficiaryId);
      const actor = actorOf(caller);
      interview.status = input.attended ? InterviewStatus.COMPLETED : InterviewStatus.MISSED;
      interview.outcomeNotes = input.notes?.trim() || null;
      interview.completedAt = now;
      if (input.attended) {
        b.interviewedAt ??= now;
        await moveTo(tx, b, BeneficiaryStatus.INTERVIEWED, actor, { reason: 'Intake interview held' });
      } else {
        await moveTo(tx, b, BeneficiaryStatus.REGISTERED, actor, { reason: 'Intake interview missed' });
      }
      const sla = interviewSla(b, now);
      await publishPeopleEvent(
        tx,
        'InterviewCompleted',
        { type: 'Beneficiary', id: b.id },
        {
          interviewId: interview.id,
          beneficiaryId: b.id,
          outcome: interview.status,
          completedAt: now.toISOString(),
          daysWaited: sla.daysWaited,
          metSla: sla.metSla,
        },
        actor.actorId,
      );
      if (!input.attended) await proposeIfDue(tx, b, actor);
      return interview;
    });
  }

  /** Staff: people still waiting for their first interview after the due date, longest wait first. */
  async overdue(caller: Caller, first: number, now = new Date()): Promise<{ nodes: Beneficiary[]; totalCount: number }> {
    requireStaff(caller);
    if (!Number.isInteger(first) || first < 1 || first > 500) throw badInput('first', 'PAGE_SIZE_500');
    const where = {
      interviewedAt: null,
      interviewDueDate: { $lt: isoDateInRome(now) },
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
      'overdueIntakeInterviews',
    );
    return { nodes, totalCount };
  }
}
