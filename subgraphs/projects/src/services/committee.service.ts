import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, badInput, forbidden, notFound, requireStaff, requireIsoDate } from '@ixl/subgraph-kit';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { Committee, CommitteeMember } from '../entities/committee.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { CommitteeKind, CommitteeMemberRole, DecisionOutcome, SelfEmploymentStatus, SubjectKind } from '../entities/enums.js';
import { Project, ProjectStatus } from '../entities/project.entity.js';
import { SelfEmployment } from '../entities/self-employment.entity.js';
import { publishProjectsEvent } from '../events/publish.js';
import type { CommitteeConvenedPayload } from '@ixl/contracts';
import { ProjectAccess } from './access.service.js';

/** Project status a dossier must be in to be put on the agenda of a committee of this kind. */
const PROJECT_STEP: Partial<Record<CommitteeKind, ProjectStatus>> = {
  [CommitteeKind.EVALUATION]: ProjectStatus.EVALUATION_COMMITTEE,
  [CommitteeKind.MANAGEMENT]: ProjectStatus.MANAGEMENT_COMMITTEE,
};
export const DECIDING_KINDS = new Set([CommitteeKind.EVALUATION, CommitteeKind.MANAGEMENT]);

/** Committees and governance tables: members, sessions, agendas. */
export class CommitteeService {
  constructor(private readonly em: EntityManager) {}

  async createCommittee(caller: Caller, input: { kind: CommitteeKind; name: string; quorum: number }): Promise<Committee> {
    requireStaff(caller);
    const name = input.name.trim();
    if (!name) throw badInput('name', 'COMMITTEE_NAME_REQUIRED');
    if (!Number.isInteger(input.quorum) || input.quorum < 1 || input.quorum > 50) throw badInput('quorum', 'QUORUM_RANGE');
    const c = this.em.create(Committee, { id: randomUUID(), kind: input.kind, name, quorum: input.quorum });
    await this.em.persist(c).flush();
    return c;
  }

  async addMember(
    caller: Caller,
    input: { committeeId: string; userId: string; displayName: string; represents?: string | null; role?: CommitteeMemberRole | null },
  ): Promise<CommitteeMember> {
    requireStaff(caller);
    if (!(await this.em.findOne(Committee, { id: input.committeeId }))) throw badInput('committeeId', 'UNKNOWN_COMMITTEE');
    const displayName = input.displayName.trim();
    if (!displayName) throw badInput('displayName', 'DISPLAY_NAME_REQUIRED');
    const existing = await this.em.findOne(CommitteeMember, { committeeId: input.committeeId, userId: input.userId });
    if (existing) {
      existing.active = true;
      existing.displayName = displayName;
      if (input.role) existing.role = input.role;
      await this.em.flush();
      return existing;
    }
    const m = this.em.create(CommitteeMember, {
      id: randomUUID(),
      committeeId: input.committeeId,
      userId: input.userId,
      displayName,
      represents: input.represents?.trim() || null,
      active: true,
      role: input.role ?? CommitteeMemberRole.MEMBER,
    });
    await this.em.persist(m).flush();
    return m;
  }

  /** Staff: the member leaves the committee (kept for past votes; no longer sees or votes). */
  async removeMember(caller: Caller, memberId: string): Promise<CommitteeMember> {
    requireStaff(caller);
    const m = await this.em.findOne(CommitteeMember, { id: memberId });
    if (!m) throw notFound('COMMITTEE_MEMBER_NOT_FOUND');
    m.active = false;
    await this.em.flush();
    return m;
  }

  async scheduleSession(
    caller: Caller,
    input: { committeeId: string; heldOn: string; location?: string | null },
  ): Promise<CommitteeSession> {
    requireStaff(caller);
    const heldOn = requireIsoDate('heldOn', input.heldOn);
    if (!(await this.em.findOne(Committee, { id: input.committeeId }))) throw badInput('committeeId', 'UNKNOWN_COMMITTEE');
    const s = this.em.create(CommitteeSession, {
      id: randomUUID(),
      committeeId: input.committeeId,
      heldOn,
      location: input.location?.trim() || null,
    });
    await this.em.persist(s).flush();
    return s;
  }

  /**
   * Staff: convenes a session with its agenda: every active member gets the convocation by mail
   * (through `people`, which holds the addresses; once per member and session).
   */
  async convene(caller: Caller, sessionId: string): Promise<CommitteeSession> {
    requireStaff(caller);
    return this.em.transactional(async (tx) => {
      const session = await tx.findOne(CommitteeSession, { id: sessionId });
      if (!session) throw badInput('sessionId', 'UNKNOWN_COMMITTEE_SESSION');
      const committee = await tx.findOneOrFail(Committee, { id: session.committeeId });
      const agenda = await tx.find(AgendaItem, { sessionId: session.id }, { orderBy: { position: 'asc' } });
      if (!agenda.length) throw badInput('sessionId', 'AGENDA_EMPTY');
      const members = await tx.find(CommitteeMember, { committeeId: committee.id, active: true }, { orderBy: { displayName: 'asc' } });
      if (!members.length) throw badInput('sessionId', 'COMMITTEE_NO_ACTIVE_MEMBERS');
      const payload: CommitteeConvenedPayload = {
        sessionId: session.id,
        committeeId: committee.id,
        committeeName: committee.name,
        heldOn: session.heldOn,
        location: session.location,
        agenda: agenda.map((a) => a.topic),
        memberUserIds: members.map((m) => m.userId),
      };
      await publishProjectsEvent(tx, 'CommitteeConvened', { type: 'CommitteeSession', id: session.id }, payload, caller.userId);
      return session;
    });
  }

  /** Puts a dossier (evaluation/management committees) or a topic (governance tables) on a session's agenda. */
  async addAgendaItem(
    caller: Caller,
    input: { sessionId: string; subjectKind?: SubjectKind | null; subjectId?: string | null; topic?: string | null },
  ): Promise<AgendaItem> {
    requireStaff(caller);
    const session = await this.em.findOne(CommitteeSession, { id: input.sessionId });
    if (!session) throw badInput('sessionId', 'UNKNOWN_COMMITTEE_SESSION');
    const committee = await this.em.findOneOrFail(Committee, { id: session.committeeId });
    let topic = input.topic?.trim() ?? '';
    if (DECIDING_KINDS.has(committee.kind)) {
      if (!input.subjectKind || !input.subjectId) throw badInput('subjectId', 'AGENDA_ITEM_NEEDS_DOSSIER');
      topic ||= await this.dossierTitle(committee.kind, input.subjectKind, input.subjectId);
      const same = await this.em.findOne(AgendaItem, { sessionId: session.id, subjectId: input.subjectId });
      if (same) throw new DomainError('DOSSIER_ALREADY_ON_AGENDA', {}, 'subjectId', { existingId: same.id });
    } else if (!topic) throw badInput('topic', 'GOVERNANCE_ITEM_NEEDS_TOPIC');
    const position = (await this.em.count(AgendaItem, { sessionId: session.id })) + 1;
    const item = this.em.create(AgendaItem, {
      id: randomUUID(),
      sessionId: session.id,
      position,
      subjectKind: input.subjectKind ?? null,
      subjectId: input.subjectId ?? null,
      topic,
    });
    await this.em.persist(item).flush();
    return item;
  }

  private async dossierTitle(kind: CommitteeKind, subjectKind: SubjectKind, subjectId: string): Promise<string> {
    if (subjectKind === SubjectKind.PROJECT) {
      const p = await this.em.findOne(Project, { id: subjectId });
      if (!p) throw badInput('subjectId', 'UNKNOWN_PROJECT');
      if (p.status !== PROJECT_STEP[kind])
        throw new DomainError('PROJECT_WRONG_STEP', { expectedStatus: PROJECT_STEP[kind] ?? '', projectStatus: p.status }, 'subjectId');
      return `${p.title} — ${p.organisationName}`;
    }
    const s = await this.em.findOne(SelfEmployment, { id: subjectId });
    if (!s) throw badInput('subjectId', 'UNKNOWN_SELF_EMPLOYMENT_PATH');
    if (s.status !== SelfEmploymentStatus.EVALUATION)
      throw new DomainError('SELF_EMPLOYMENT_NOT_IN_EVALUATION', { selfEmploymentStatus: s.status }, 'subjectId');
    if (
      kind === CommitteeKind.MANAGEMENT &&
      !(await this.em.count(Decision, { subjectId, committeeKind: CommitteeKind.EVALUATION, outcome: DecisionOutcome.APPROVED }))
    ) {
      throw new DomainError('MANAGEMENT_NEEDS_POSITIVE_EVALUATION', {}, 'subjectId');
    }
    return `Autoimpiego — ${s.businessIdea}`;
  }

  /** Staff: every committee; a member: the committees they sit on. */
  async committees(caller: Caller): Promise<Committee[]> {
    if (isStaff(caller)) return this.em.find(Committee, {}, { orderBy: { kind: 'asc', name: 'asc' } });
    if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
    const ids = await new ProjectAccess(this.em).committeeIdsOf(caller);
    return ids.length ? this.em.find(Committee, { id: { $in: ids } }, { orderBy: { kind: 'asc', name: 'asc' } }) : [];
  }

  /** Sessions the caller may see (staff: all; members: their committees'), newest first. */
  async sessions(caller: Caller, committeeId?: string | null): Promise<CommitteeSession[]> {
    const visible = (await this.committees(caller)).map((c) => c.id);
    const ids = committeeId ? visible.filter((id) => id === committeeId) : visible;
    if (committeeId && !ids.length) throw forbidden();
    return ids.length ? this.em.find(CommitteeSession, { committeeId: { $in: ids } }, { orderBy: { heldOn: 'desc' } }) : [];
  }

  /** One session: staff or a member of its committee; anyone else FORBIDDEN (even for unknown ids). */
  async session(caller: Caller, id: string): Promise<CommitteeSession> {
    const s = await this.em.findOne(CommitteeSession, { id });
    if (!s) {
      if (isStaff(caller)) throw notFound('COMMITTEE_SESSION_NOT_FOUND');
      throw forbidden();
    }
    await new ProjectAccess(this.em).requireStaffOrMember(caller, s.committeeId);
    return s;
  }
}
