import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import {
  DomainError,
  badInput,
  forbidden,
  notFound,
  requireAuthenticated,
  requireStaff,
  requireIsoDate,
  requireHeldDate,
} from '@ixl/subgraph-kit';
import { MonitoringMode, SelfEmploymentStatus as SE, SubjectKind } from '../entities/enums.js';
import { MeetingKind, PathMeeting } from '../entities/path-meeting.entity.js';
import { ProjectSector } from '../entities/project.entity.js';
import { SelfEmployment } from '../entities/self-employment.entity.js';
import { recordStep, stepBeforeStandBy } from '../events/status-changed.js';
import { needsReason } from './project-path.rules.js';
import { assertSelfEmploymentMove } from './self-employment.rules.js';
import { assertMonitoringMeetingAllowed } from './time-limits.rules.js';
import { todayInRome } from '@ixl/calendar';

export interface BusinessPlanInput {
  pathId: string;
  summary: string;
  revenueCents: number[];
  costsCents: number[];
  fundingNeedCents: number;
}

const threeYears = (field: string, v: number[]) => {
  if (v.length !== 3 || v.some((x) => !Number.isInteger(x) || x < 0)) throw badInput(field, 'THREE_YEARLY_AMOUNTS', { field });
  return v;
};

/** Self-employment (autoimpiego): one beneficiary, one-to-one meetings, business plan, committees, start-up, monitoring. */
export class SelfEmploymentService {
  constructor(private readonly em: EntityManager) {}

  /** A beneficiary applies for itself; staff may open a path for a beneficiary. */
  async apply(
    caller: Caller,
    input: { businessIdea: string; sector: ProjectSector; beneficiaryId?: string | null },
  ): Promise<SelfEmployment> {
    let beneficiaryId: string;
    if (caller.role === 'BENEFICIARY' && caller.beneficiaryId) beneficiaryId = caller.beneficiaryId;
    else if (isStaff(caller)) {
      if (!input.beneficiaryId) throw badInput('beneficiaryId', 'BENEFICIARY_REQUIRED');
      beneficiaryId = input.beneficiaryId;
    } else if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
    else throw forbidden('SELF_EMPLOYMENT_FOR_BENEFICIARIES');
    const idea = input.businessIdea.trim();
    if (idea.length < 10) throw badInput('businessIdea', 'BUSINESS_IDEA_TOO_SHORT');
    return this.em.transactional(async (tx) => {
      const path = tx.create(SelfEmployment, {
        id: randomUUID(),
        beneficiaryId,
        applicantUserId: caller.userId,
        businessIdea: idea,
        sector: input.sector,
        status: SE.SUBMITTED,
        submittedAt: new Date(),
      });
      tx.persist(path);
      await recordStep(tx, {
        subjectKind: SubjectKind.SELF_EMPLOYMENT,
        subjectId: path.id,
        from: null,
        to: SE.SUBMITTED,
        reason: null,
        on: todayInRome(),
        actorId: caller.userId,
      });
      return path;
    });
  }

  async move(
    caller: Caller,
    input: { pathId: string; to: SE; reason?: string | null; on?: string | null; monitoringMode?: MonitoringMode | null },
  ): Promise<SelfEmployment> {
    requireStaff(caller);
    const on = input.on ? requireIsoDate('on', input.on) : todayInRome();
    const reason = input.reason?.trim() || null;
    if (needsReason(input.to) && !reason)
      throw badInput('reason', 'SELF_EMPLOYMENT_MOVE_REASON_REQUIRED', { selfEmploymentStatus: input.to });
    return this.em.transactional(async (tx) => {
      const path = await tx.findOne(SelfEmployment, { id: input.pathId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!path) throw notFound('SELF_EMPLOYMENT_PATH_NOT_FOUND');
      const from = path.status;
      const resume = from === SE.STAND_BY ? await stepBeforeStandBy(tx, path.id, SE.STAND_BY) : null;
      assertSelfEmploymentMove(from, input.to, resume);
      if (input.to === SE.EVALUATION && (path.fundingNeedCents === null || !path.revenueCents || !path.costsCents))
        throw new DomainError('BUSINESS_PLAN_INCOMPLETE', {}, 'to');
      if (input.to === SE.STARTED) path.startedOn = on;
      if (input.to === SE.MONITORING) {
        if (!input.monitoringMode) throw badInput('monitoringMode', 'MONITORING_MODE_REQUIRED');
        path.monitoringMode = input.monitoringMode;
        path.monitoringStartedOn = on;
      }
      path.status = input.to;
      await recordStep(tx, {
        subjectKind: SubjectKind.SELF_EMPLOYMENT,
        subjectId: path.id,
        from,
        to: input.to,
        reason,
        on,
        actorId: caller.userId,
      });
      return path;
    });
  }

  async submitBusinessPlan(caller: Caller, input: BusinessPlanInput): Promise<SelfEmployment> {
    requireAuthenticated(caller);
    const path = await this.em.findOne(SelfEmployment, { id: input.pathId });
    if (!path || !(isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === path.beneficiaryId))) throw forbidden();
    if (path.status !== SE.ACCOMPANIMENT && path.status !== SE.BUSINESS_PLAN)
      throw new DomainError('BUSINESS_PLAN_DURING_ACCOMPANIMENT', {}, 'pathId');
    const summary = input.summary.trim();
    if (summary.length < 20) throw badInput('summary', 'BUSINESS_PLAN_SUMMARY_TOO_SHORT');
    path.planSummary = summary;
    path.revenueCents = threeYears('revenueCents', input.revenueCents);
    path.costsCents = threeYears('costsCents', input.costsCents);
    if (!Number.isInteger(input.fundingNeedCents) || input.fundingNeedCents < 0)
      throw badInput('fundingNeedCents', 'FUNDING_NEED_WHOLE_CENTS');
    path.fundingNeedCents = input.fundingNeedCents;
    await this.em.flush();
    return path;
  }

  /** One-to-one meeting (accompaniment) or monitoring meeting (after start-up; same limits as projects). */
  async recordMeeting(
    caller: Caller,
    input: {
      pathId: string;
      kind: MeetingKind;
      heldOn: string;
      durationMinutes?: number | null;
      notes?: string | null;
      facilitator?: string | null;
    },
  ): Promise<PathMeeting> {
    requireStaff(caller);
    // A meeting is recorded once held: never on a future date (Europe/Rome).
    const heldOn = requireHeldDate('heldOn', input.heldOn);
    return this.em.transactional(async (tx) => {
      const path = await tx.findOne(SelfEmployment, { id: input.pathId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!path) throw notFound('SELF_EMPLOYMENT_PATH_NOT_FOUND');
      const duration = input.durationMinutes ?? 60;
      if (input.kind === MeetingKind.ONE_TO_ONE) {
        if (path.status !== SE.ACCOMPANIMENT && path.status !== SE.BUSINESS_PLAN)
          throw new DomainError('ONE_TO_ONE_DURING_ACCOMPANIMENT', {}, 'pathId');
        if (!Number.isInteger(duration) || duration < 1 || duration > 480) throw badInput('durationMinutes', 'MEETING_DURATION_RANGE');
      } else if (input.kind === MeetingKind.MONITORING) {
        if (path.status !== SE.MONITORING || !path.monitoringMode || !path.monitoringStartedOn)
          throw new DomainError('SELF_EMPLOYMENT_MONITORING_MEETINGS_ONLY', {}, 'pathId');
        const existing = await tx.find(PathMeeting, { subjectId: path.id, kind: MeetingKind.MONITORING });
        assertMonitoringMeetingAllowed(
          path.monitoringMode,
          path.monitoringStartedOn,
          existing.map((m) => m.heldOn),
          heldOn,
          duration,
        );
      } else throw badInput('kind', 'SELF_EMPLOYMENT_MEETING_KIND');
      const m = tx.create(PathMeeting, {
        id: randomUUID(),
        subjectKind: SubjectKind.SELF_EMPLOYMENT,
        subjectId: path.id,
        kind: input.kind,
        heldOn,
        durationMinutes: duration,
        facilitator: input.facilitator?.trim() || null,
        notes: input.notes?.trim() ?? '',
        createdAt: new Date(),
      });
      tx.persist(m);
      return m;
    });
  }

  async recordOutcome(caller: Caller, pathId: string, outcome: string): Promise<SelfEmployment> {
    requireStaff(caller);
    const path = await this.em.findOne(SelfEmployment, { id: pathId });
    if (!path) throw notFound('SELF_EMPLOYMENT_PATH_NOT_FOUND');
    if (!outcome.trim()) throw badInput('outcome', 'OUTCOME_REQUIRED');
    path.outcome = outcome.trim();
    await this.em.flush();
    return path;
  }
}
