import type { EntityManager } from '@mikro-orm/postgresql';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { InterviewDueAlert } from '../entities/interview-due-alert.entity.js';
import { publishPeopleEvent } from '../events/publish.js';
import { addDays, daysBetween, isoDateInRome } from '@ixl/calendar';

/** Days before the 15-day SLA ends from which staff are alerted. */
export const INTERVIEW_DUE_WARNING_DAYS = 3;

/**
 * Publishes `InterviewDue` once per person and due date for everyone not yet interviewed whose first
 * interview is due within the warning window (or overdue). Idempotent: run it as often as you like.
 */
export async function alertInterviewsDue(em: EntityManager, now: Date): Promise<number> {
  const today = isoDateInRome(now);
  const horizon = addDays(today, INTERVIEW_DUE_WARNING_DAYS);
  const due = await em.find(
    Beneficiary,
    {
      interviewedAt: null,
      interviewDueDate: { $lte: horizon },
      status: { $in: [BeneficiaryStatus.REGISTERED, BeneficiaryStatus.INTERVIEW_SCHEDULED] },
    },
    { fields: ['id', 'interviewDueDate'], limit: 1000 },
  );
  if (!due.length) return 0;
  const already = await em.find(InterviewDueAlert, { beneficiaryId: { $in: due.map((b) => b.id) } });
  const seen = new Set(already.map((a) => `${a.beneficiaryId}|${a.dueDate}`));
  let alerted = 0;
  for (const b of due) {
    if (!b.interviewDueDate || seen.has(`${b.id}|${b.interviewDueDate}`)) continue;
    em.persist(em.create(InterviewDueAlert, { beneficiaryId: b.id, dueDate: b.interviewDueDate, alertedAt: now }));
    await em.flush();
    const daysLeft = daysBetween(today, b.interviewDueDate);
    await publishPeopleEvent(
      em,
      'InterviewDue',
      { type: 'Beneficiary', id: b.id },
      { beneficiaryId: b.id, dueDate: b.interviewDueDate, daysLeft, overdue: daysLeft < 0 },
      'system',
    );
    alerted++;
  }
  return alerted;
}
