import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, notFound, requireStaff, requireIsoDate, requireHeldDate } from '@ixl/subgraph-kit';
import { MonitoringMode, OutcomeKind, PathKind, SubjectKind } from '../entities/enums.js';
import { ProjectOutcome } from '../entities/project-outcome.entity.js';
import { MeetingKind, PathMeeting } from '../entities/path-meeting.entity.js';
import { Project, ProjectStatus as S } from '../entities/project.entity.js';
import { recordStep, stepBeforeStandBy } from '../events/status-changed.js';
import { assertManualMove, needsReason } from './project-path.rules.js';
import { LABS_REQUIRED, assertLabAllowed, assertMonitoringMeetingAllowed } from './time-limits.rules.js';
import { todayInRome } from '@ixl/calendar';

export interface MoveProjectInput {
  projectId: string;
  to: S;
  reason?: string | null;
  /** ISO date of the step (default today, Europe/Rome). For INTAKE_MEETING: the meeting date. */
  on?: string | null;
  /** Required to enter ACCOMPANIMENT. */
  pathKind?: PathKind | null;
  /** Required to enter MONITORING. */
  monitoringMode?: MonitoringMode | null;
}

export interface MeetingInput {
  projectId: string;
  heldOn: string;
  durationMinutes?: number | null;
  facilitator?: string | null;
  notes?: string | null;
}

/** The social-innovation path as a state machine with history (docs/domain.md §4). */
export class ProjectPathService {
  constructor(private readonly em: EntityManager) {}

  /** The step a project in stand-by returns to (the one it was in when it entered stand-by). */
  async move(caller: Caller, input: MoveProjectInput): Promise<Project> {
    requireStaff(caller);
    const on = input.on ? requireIsoDate('on', input.on) : todayInRome();
    const reason = input.reason?.trim() || null;
    if (needsReason(input.to) && !reason) throw badInput('reason', 'PROJECT_MOVE_REASON_REQUIRED', { projectStatus: input.to });
    return this.em.transactional(async (tx) => {
      const project = await tx.findOne(Project, { id: input.projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!project) throw notFound('PROJECT_NOT_FOUND');
      const from = project.status;
      const resumeTo = from === S.STAND_BY ? await stepBeforeStandBy(tx, project.id, S.STAND_BY) : null;
      assertManualMove(from, input.to, resumeTo);
      if (input.to === S.INTAKE_MEETING) project.intakeMeetingOn = on;
      if (input.to === S.ACCOMPANIMENT && from === S.INTAKE_MEETING) {
        if (!input.pathKind) throw badInput('pathKind', 'PROJECT_PATH_REQUIRED');
        project.pathKind = input.pathKind;
      }
      if (input.to === S.REVIEW && project.pathKind === PathKind.THREE_LABS) {
        const labs = await tx.count(PathMeeting, { subjectId: project.id, kind: MeetingKind.LAB });
        if (labs < LABS_REQUIRED) throw new DomainError('LABS_BEFORE_REPORT', { labsRequired: LABS_REQUIRED, labs }, 'to');
      }
      if (input.to === S.REVIEW && project.pathKind === PathKind.TERRITORIAL_NETWORK) {
        // "3. Rete sul territorio" (seeds/000_ff0b96446bfee347.txt:134-137) serves the third goal, "Sviluppare e connettere
        // realtà territoriali già esistenti" (seeds/000_ff0b96446bfee347.txt:98-100): the report comes once at least one
        // partnership on the territory is recorded ("Partnership attivate sul territorio", seeds/003_fe62a26ba95cc30f.txt:1340).
        const partnerships = await tx.count(ProjectOutcome, { projectId: project.id, kind: OutcomeKind.PARTNERSHIP });
        if (partnerships < 1) throw new DomainError('NETWORK_PATH_NEEDS_PARTNERSHIP', {}, 'to');
      }
      if (input.to === S.MONITORING) {
        if (!input.monitoringMode) throw badInput('monitoringMode', 'MONITORING_MODE_REQUIRED');
        project.monitoringMode = input.monitoringMode;
        project.monitoringStartedOn = on;
      }
      project.status = input.to;
      await recordStep(tx, {
        subjectKind: SubjectKind.PROJECT,
        subjectId: project.id,
        from,
        to: input.to,
        reason,
        on,
        actorId: caller.userId,
      });
      return project;
    });
  }

  /** A lab of the 3-lab path: only in ACCOMPANIMENT, at most 3, within 2 months of the intake meeting. */
  async recordLab(caller: Caller, input: MeetingInput): Promise<PathMeeting> {
    requireStaff(caller);
    // "vengono organizzati 3 incontri laboratoriali" (seeds/000_ff0b96446bfee347.txt:195-198): a lab is recorded once held.
    const heldOn = requireHeldDate('heldOn', input.heldOn);
    const facilitator = input.facilitator?.trim();
    if (!facilitator) throw badInput('facilitator', 'LAB_FACILITATOR_REQUIRED');
    return this.em.transactional(async (tx) => {
      const project = await tx.findOne(Project, { id: input.projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!project) throw notFound('PROJECT_NOT_FOUND');
      if (project.status !== S.ACCOMPANIMENT || project.pathKind !== PathKind.THREE_LABS || !project.intakeMeetingOn) {
        throw new DomainError('LABS_ONLY_IN_ACCOMPANIMENT', {}, 'projectId');
      }
      const labs = await tx.count(PathMeeting, { subjectId: project.id, kind: MeetingKind.LAB });
      assertLabAllowed(project.intakeMeetingOn, labs, heldOn);
      const lab = tx.create(PathMeeting, {
        id: randomUUID(),
        subjectKind: SubjectKind.PROJECT,
        subjectId: project.id,
        kind: MeetingKind.LAB,
        heldOn,
        durationMinutes: input.durationMinutes ?? 120,
        facilitator,
        notes: input.notes?.trim() ?? '',
        createdAt: new Date(),
      });
      tx.persist(lab);
      return lab;
    });
  }

  /** A monitoring meeting of a funded project (3 meetings, or weekly for at most 6 months). */
  async recordMonitoringMeeting(caller: Caller, input: MeetingInput): Promise<PathMeeting> {
    requireStaff(caller);
    // Monitoring after funding (seeds/000_ff0b96446bfee347.txt:119): a meeting is recorded once held, never ahead.
    const heldOn = requireHeldDate('heldOn', input.heldOn);
    return this.em.transactional(async (tx) => {
      const project = await tx.findOne(Project, { id: input.projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!project) throw notFound('PROJECT_NOT_FOUND');
      if (project.status !== S.MONITORING || !project.monitoringMode || !project.monitoringStartedOn) {
        throw new DomainError('PROJECT_MONITORING_MEETINGS_ONLY', {}, 'projectId');
      }
      const existing = await tx.find(PathMeeting, { subjectId: project.id, kind: MeetingKind.MONITORING });
      const duration = input.durationMinutes ?? 60;
      assertMonitoringMeetingAllowed(
        project.monitoringMode,
        project.monitoringStartedOn,
        existing.map((m) => m.heldOn),
        heldOn,
        duration,
      );
      const meeting = tx.create(PathMeeting, {
        id: randomUUID(),
        subjectKind: SubjectKind.PROJECT,
        subjectId: project.id,
        kind: MeetingKind.MONITORING,
        heldOn,
        durationMinutes: duration,
        facilitator: input.facilitator?.trim() || null,
        notes: input.notes?.trim() ?? '',
        createdAt: new Date(),
      });
      tx.persist(meeting);
      return meeting;
    });
  }
}
