import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError } from '@ixl/subgraph-kit';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { CommitteeMember } from '../entities/committee.entity.js';

const denied = () => new DomainError('NOT_ALLOWED', {});

/** Who may see what in the projects subgraph: staff everything, members their committees' dossiers, applicants their own. */
export class ProjectAccess {
  constructor(private readonly em: EntityManager) {}

  /** Active memberships of the caller (committee ids). */
  async committeeIdsOf(caller: Caller): Promise<string[]> {
    if (!caller.userId || caller.role === 'ANONYMOUS') return [];
    const rows = await this.em.find(CommitteeMember, { userId: caller.userId, active: true });
    return rows.map((r) => r.committeeId);
  }

  async memberOf(caller: Caller, committeeId: string): Promise<CommitteeMember | null> {
    if (!caller.userId || caller.role === 'ANONYMOUS') return null;
    return this.em.findOne(CommitteeMember, { userId: caller.userId, committeeId, active: true });
  }

  /** Staff, or a member of the committee: otherwise FORBIDDEN (no hint whether the session exists). */
  async requireStaffOrMember(caller: Caller, committeeId: string): Promise<void> {
    if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
    if (isStaff(caller)) return;
    if (!(await this.memberOf(caller, committeeId))) throw denied();
  }

  /** Subject ids (projects / self-employment paths) on the agenda of the caller's committees' sessions. */
  async dossierIdsVisibleTo(caller: Caller, subjectIds: readonly string[]): Promise<Set<string>> {
    const committeeIds = await this.committeeIdsOf(caller);
    if (!committeeIds.length || !subjectIds.length) return new Set();
    const sessions = await this.em.find(CommitteeSession, { committeeId: { $in: committeeIds } }, { fields: ['id'] });
    if (!sessions.length) return new Set();
    const items = await this.em.find(AgendaItem, {
      sessionId: { $in: sessions.map((s) => s.id) },
      subjectId: { $in: [...new Set(subjectIds)] },
    });
    return new Set(items.map((i) => i.subjectId).filter((x): x is string => !!x));
  }

  /** Filters rows to what the caller may read; the others come back as FORBIDDEN errors. */
  async readable<T extends { id: string; applicantUserId: string | null }>(
    caller: Caller,
    rows: readonly (T | null)[],
    extra?: (row: T) => boolean,
  ): Promise<(T | Error | null)[]> {
    if (caller.role === 'ANONYMOUS') return rows.map((r) => (r ? new DomainError('LOGIN_REQUIRED', {}) : null));
    if (isStaff(caller)) return [...rows];
    const present = rows.filter((r): r is T => !!r);
    const visible = await this.dossierIdsVisibleTo(
      caller,
      present.map((r) => r.id),
    );
    return rows.map((r) => {
      if (!r) return null;
      const ok = visible.has(r.id) || (!!caller.userId && r.applicantUserId === caller.userId) || (extra?.(r) ?? false);
      return ok ? r : denied();
    });
  }
}
