import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { isUuid, DomainError, forbidden, notFound, requireAuthenticated } from '@ixl/subgraph-kit';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { CourseEditionStatus } from '../entities/enums.js';

const CATALOGUE = new Set([CourseEditionStatus.ACTIVE, CourseEditionStatus.COMPLETED]);

/** Staff, or the training body that runs the edition: may see participants, attendance, KPIs, risk. */
export function canManageEdition(caller: Caller, edition: CourseEdition): boolean {
  if (isStaff(caller)) return true;
  return caller.role === 'TRAINING_BODY' && !!caller.trainingBodyId && edition.trainingBody.id === caller.trainingBodyId;
}

/**
 * Who may see an edition's public description: staff; a training body only its own editions (never
 * another body's, whatever the path); other signed-in users the catalogue (active or completed).
 */
export function canSeeEdition(caller: Caller, edition: CourseEdition): boolean {
  if (caller.role === 'ANONYMOUS' || !caller.userId) return false;
  if (isStaff(caller) || caller.role === 'TRAINING_BODY') return canManageEdition(caller, edition);
  return CATALOGUE.has(edition.status);
}

/** Throws FORBIDDEN (no existence hint) unless the caller may manage the edition. */
export function assertCanManage(caller: Caller, edition: CourseEdition | null): asserts edition is CourseEdition {
  requireAuthenticated(caller);
  if (!edition) {
    if (isStaff(caller)) throw notFound('COURSE_EDITION_NOT_FOUND');
    throw forbidden();
  }
  if (!canManageEdition(caller, edition)) throw forbidden();
}

/** Loads an edition the caller may manage (staff: NOT_FOUND when missing; others: FORBIDDEN either way). */
export async function editionToManage(em: EntityManager, caller: Caller, id: string): Promise<CourseEdition> {
  requireAuthenticated(caller);
  const edition = isUuid(id) ? await em.findOne(CourseEdition, { id }) : null;
  assertCanManage(caller, edition);
  return edition;
}

export function requireStaffCaller(caller: Caller): void {
  requireAuthenticated(caller);
  if (!isStaff(caller)) throw new DomainError('NOT_ALLOWED', {});
}

export { isUuid };

/** The edition of a live event when the subscriber may manage it (staff, or the edition's own training body). */
export async function managedEditionFor(ctx: { em: EntityManager; caller: Caller }, editionId: string): Promise<CourseEdition | undefined> {
  const edition = await ctx.em.fork().findOne(CourseEdition, { id: editionId });
  return edition && canManageEdition(ctx.caller, edition) ? edition : undefined;
}
