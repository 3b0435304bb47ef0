import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, requireHeldDate, requireIsoDate, requireStaff } from '@ixl/subgraph-kit';
import { todayInRome } from '@ixl/calendar';
import { GovernanceDueKind, GovernanceTable } from '../entities/enums.js';
import { GovernanceMeeting, WorkPlan } from '../entities/governance.entity.js';
import { CommitteeSession } from '../entities/committee-session.entity.js';
import { Committee } from '../entities/committee.entity.js';
import { type GovernanceDueRow, meetingDue, sortDue, workPlanDue } from './governance.rules.js';

/**
 * The last day (≤ `asOf`) a governance table met: a meeting recorded here, or a session of a committee of that kind
 * (COORDINATION / TECHNICAL) dated on or before `asOf` (sessions dated later are only scheduled).
 */
export async function lastHeld(em: EntityManager, table: GovernanceTable, asOf: string): Promise<string | null> {
  const meeting = await em.findOne(GovernanceMeeting, { table, heldOn: { $lte: asOf } }, { orderBy: { heldOn: 'desc' } });
  const committees = await em.find(Committee, { kind: table as string as Committee['kind'] }, { fields: ['id'] });
  const session = committees.length
    ? await em.findOne(
        CommitteeSession,
        { committeeId: { $in: committees.map((c) => c.id) }, heldOn: { $lte: asOf } },
        { orderBy: { heldOn: 'desc' } },
      )
    : null;
  const days = [meeting?.heldOn, session?.heldOn].filter((d): d is string => !!d).sort();
  return days.at(-1) ?? null;
}

/** The earliest work-plan year recorded (the programme started in 2017: seeds/000_ff0b96446bfee347.txt:1). */
export const FIRST_WORK_PLAN_YEAR = 2017;

/** Governance tables' meetings and the yearly work plan, with what is due (seeds/004_d739117af2e17cc1.txt:230-244). */
export class GovernanceService {
  constructor(private readonly em: EntityManager) {}

  /** Staff: a meeting a governance table held (never dated ahead: recorded once held). */
  async recordMeeting(
    caller: Caller,
    input: { table: GovernanceTable; heldOn: string; notes?: string | null },
  ): Promise<GovernanceMeeting> {
    requireStaff(caller);
    const heldOn = requireHeldDate('heldOn', input.heldOn);
    const meeting = this.em.create(GovernanceMeeting, {
      id: randomUUID(),
      table: input.table,
      heldOn,
      notes: input.notes?.trim() ?? '',
      recordedBy: caller.userId,
      recordedAt: new Date(),
    });
    // A second meeting of the same table on the same day is a natural duplicate: the unique constraint answers CONFLICT.
    await this.em.persist(meeting).flush();
    return meeting;
  }

  /**
   * Staff: the work plan of `year` approved by the Tavolo di coordinamento (at one of its recorded meetings) and/or
   * presented publicly; dates never ahead, presentation not before approval, each recorded once.
   */
  async recordWorkPlan(
    caller: Caller,
    input: { year: number; approvedOn?: string | null; presentedOn?: string | null },
  ): Promise<WorkPlan> {
    requireStaff(caller);
    const today = todayInRome();
    const thisYear = Number(today.slice(0, 4));
    if (!Number.isInteger(input.year) || input.year < FIRST_WORK_PLAN_YEAR || input.year > thisYear + 1)
      throw badInput('year', 'WORK_PLAN_YEAR_RANGE', { min: FIRST_WORK_PLAN_YEAR, max: thisYear + 1 });
    if (!input.approvedOn && !input.presentedOn) throw badInput('approvedOn', 'WORK_PLAN_DATE_REQUIRED');
    const approvedOn = input.approvedOn ? requireHeldDate('approvedOn', input.approvedOn) : null;
    const presentedOn = input.presentedOn ? requireHeldDate('presentedOn', input.presentedOn) : null;
    // A plan for year Y is approved in Y-1 (ahead of its year) or during Y.
    if (approvedOn) {
      const y = Number(approvedOn.slice(0, 4));
      if (y < input.year - 1 || y > input.year) throw badInput('approvedOn', 'WORK_PLAN_APPROVAL_YEAR', { year: input.year });
    }
    return this.em.transactional(async (tx) => {
      const plan = (await tx.findOne(WorkPlan, { year: input.year })) ?? tx.create(WorkPlan, { year: input.year, updatedAt: new Date() });
      if (approvedOn) {
        if (plan.approvedOn && plan.approvedOn !== approvedOn)
          throw new DomainError('WORK_PLAN_ALREADY_APPROVED', { approvedOn: plan.approvedOn }, 'approvedOn');
        // "Approva piano di lavoro annuale" is the Tavolo di coordinamento's (seeds/001_6ba90542cf446215.txt:69-73).
        if ((await lastHeld(tx, GovernanceTable.COORDINATION, approvedOn)) !== approvedOn)
          throw badInput('approvedOn', 'WORK_PLAN_NEEDS_COORDINATION_MEETING', { approvedOn });
        plan.approvedOn = approvedOn;
      }
      if (presentedOn) {
        if (plan.presentedOn && plan.presentedOn !== presentedOn)
          throw new DomainError('WORK_PLAN_ALREADY_PRESENTED', { presentedOn: plan.presentedOn }, 'presentedOn');
        if (!plan.approvedOn) throw badInput('presentedOn', 'WORK_PLAN_PRESENTED_BEFORE_APPROVAL');
        if (presentedOn < plan.approvedOn)
          throw badInput('presentedOn', 'WORK_PLAN_PRESENTED_BEFORE_APPROVAL', {}, { approvedOn: plan.approvedOn });
        plan.presentedOn = presentedOn;
      }
      plan.updatedBy = caller.userId;
      plan.updatedAt = new Date();
      tx.persist(plan);
      return plan;
    });
  }

  /** Staff: meetings held, newest first. */
  async meetings(caller: Caller, table?: GovernanceTable | null): Promise<GovernanceMeeting[]> {
    requireStaff(caller);
    return this.em.find(GovernanceMeeting, table ? { table } : {}, { orderBy: { heldOn: 'desc' } });
  }

  /** Staff: work plans, newest year first. */
  async workPlans(caller: Caller): Promise<WorkPlan[]> {
    requireStaff(caller);
    return this.em.find(WorkPlan, {}, { orderBy: { year: 'desc' } });
  }

  /**
   * Staff: what the governance owes as of `asOf` (default today, Europe/Rome): each table's next meeting, and the work
   * plans (approval, public presentation) from the first year with a record (or the current year) to the current one.
   */
  async due(caller: Caller, asOfInput?: string | null): Promise<GovernanceDueRow[]> {
    requireStaff(caller);
    const asOf = asOfInput ? requireIsoDate('asOf', asOfInput) : todayInRome();
    const rows: GovernanceDueRow[] = [];
    for (const table of Object.values(GovernanceTable)) {
      rows.push(meetingDue(table, await lastHeld(this.em, table, asOf), asOf));
    }
    const year = Number(asOf.slice(0, 4));
    const plans = await this.em.find(WorkPlan, { year: { $lte: year } });
    const firstYear = Math.min(year, ...plans.map((p) => p.year));
    for (let y = firstYear; y <= year; y++) {
      const plan = plans.find((p) => p.year === y);
      const approvedOn = plan?.approvedOn && plan.approvedOn <= asOf ? plan.approvedOn : null;
      const presentedOn = plan?.presentedOn && plan.presentedOn <= asOf ? plan.presentedOn : null;
      const approval = workPlanDue(GovernanceDueKind.WORK_PLAN_APPROVAL, y, approvedOn, asOf);
      const presentation = workPlanDue(GovernanceDueKind.RESULTS_PRESENTATION, y, presentedOn, asOf);
      if (approval) rows.push(approval);
      if (presentation) rows.push(presentation);
    }
    return sortDue(rows);
  }
}
