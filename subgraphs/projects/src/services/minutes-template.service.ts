import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { DomainError, badInput, forbidden } from '@ixl/subgraph-kit';
import { Committee, MinutesTemplate } from '../entities/committee.entity.js';
import { CommitteeMemberRole } from '../entities/enums.js';
import { ProjectAccess } from './access.service.js';
import { DEFAULT_MINUTES_TEMPLATE, parseMinutesTemplate } from './minutes-template.rules.js';

export const GLOBAL_SCOPE = 'global';
export type MinutesTemplateSource = 'COMMITTEE' | 'GLOBAL' | 'BUILT_IN';

export interface EffectiveTemplate {
  committeeId: string | null;
  source: MinutesTemplateSource;
  version: number | null;
  body: string;
  template: MinutesTemplate | null;
}

/**
 * The verbale's templates: one version sequence per committee and one for every committee. The secretary of a
 * committee (or staff) saves a new version of the committee's template; staff save the global one. Nothing is
 * overwritten: every version stays, the newest wins.
 */
export class MinutesTemplateService {
  constructor(private readonly em: EntityManager) {}

  private async latest(scope: string): Promise<MinutesTemplate | null> {
    return this.em.findOne(MinutesTemplate, { scope }, { orderBy: { version: 'desc' } });
  }

  /** The template a committee's minutes are written with: its own newest version, else the global one, else the built-in one. */
  async effective(committeeId: string | null): Promise<EffectiveTemplate> {
    const own = committeeId ? await this.latest(committeeId) : null;
    if (own) return { committeeId, source: 'COMMITTEE', version: own.version, body: own.body, template: own };
    const global = await this.latest(GLOBAL_SCOPE);
    if (global) return { committeeId, source: 'GLOBAL', version: global.version, body: global.body, template: global };
    return { committeeId, source: 'BUILT_IN', version: null, body: DEFAULT_MINUTES_TEMPLATE, template: null };
  }

  async effectiveBody(committeeId: string): Promise<string> {
    return (await this.effective(committeeId)).body;
  }

  /** Staff: any template; a committee member: their committees' and the global one. */
  private async requireReader(caller: Caller, committeeId: string | null): Promise<void> {
    if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
    if (isStaff(caller)) return;
    if (committeeId) return new ProjectAccess(this.em).requireStaffOrMember(caller, committeeId);
    if (!(await new ProjectAccess(this.em).committeeIdsOf(caller)).length) throw forbidden();
  }

  async current(caller: Caller, committeeId: string | null): Promise<EffectiveTemplate> {
    await this.requireReader(caller, committeeId);
    return this.effective(committeeId);
  }

  async versions(caller: Caller, committeeId: string | null): Promise<MinutesTemplate[]> {
    await this.requireReader(caller, committeeId);
    return this.em.find(MinutesTemplate, { scope: committeeId ?? GLOBAL_SCOPE }, { orderBy: { version: 'desc' } });
  }

  /**
   * Saves a new version. Global: staff only. A committee's: staff or its secretary (other members FORBIDDEN with
   * MINUTES_TEMPLATE_SECRETARY_ONLY). The body must render (see minutes-template.rules); the same text as the newest
   * version is a natural duplicate (CONFLICT with its id).
   */
  async save(caller: Caller, committeeId: string | null, body: string): Promise<MinutesTemplate> {
    const userId = caller.role === 'ANONYMOUS' ? null : caller.userId;
    if (!userId) throw new DomainError('LOGIN_REQUIRED', {});
    if (committeeId) {
      if (!isStaff(caller)) {
        const member = await new ProjectAccess(this.em).memberOf(caller, committeeId);
        if (!member) throw forbidden();
        if (member.role !== CommitteeMemberRole.SECRETARY) throw forbidden('MINUTES_TEMPLATE_SECRETARY_ONLY');
      } else if (!(await this.em.findOne(Committee, { id: committeeId }))) throw badInput('committeeId', 'UNKNOWN_COMMITTEE');
    } else if (!isStaff(caller)) throw forbidden('MINUTES_TEMPLATE_GLOBAL_STAFF_ONLY');
    const text = body.replace(/\r\n?/g, '\n');
    parseMinutesTemplate(text);
    const scope = committeeId ?? GLOBAL_SCOPE;
    return this.em.transactional(async (tx) => {
      // One writer per scope at a time: the version numbers stay gapless (the unique key refuses a race anyway).
      await tx
        .getConnection()
        .execute('select pg_advisory_xact_lock(hashtext(?))', [`minutes_template:${scope}`], 'all', tx.getTransactionContext());
      const last = await tx.findOne(MinutesTemplate, { scope }, { orderBy: { version: 'desc' } });
      if (last && last.body === text)
        throw new DomainError('MINUTES_TEMPLATE_UNCHANGED', { version: last.version }, 'body', { existingId: last.id });
      const t = tx.create(MinutesTemplate, {
        id: randomUUID(),
        committeeId,
        scope,
        version: (last?.version ?? 0) + 1,
        body: text,
        createdBy: userId,
        createdAt: new Date(),
      });
      tx.persist(t);
      return t;
    });
  }
}
