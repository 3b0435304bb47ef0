import { isStaff } from '@ixl/auth';
import {
  DomainError,
  auditPersonalDataRead,
  auditPersonalDataReadInBatch,
  forbidden,
  loadById,
  requireStaff,
  type SubgraphContext,
} from '@ixl/subgraph-kit';
import { SelfEmployment } from '../entities/self-employment.entity.js';
import { ProjectAccess } from './access.service.js';

/** Staff, the beneficiary, or members of a committee with the dossier; anyone else FORBIDDEN (also for unknown ids). */
export async function readSelfEmployment(ctx: SubgraphContext, id: string): Promise<SelfEmployment | null> {
  if (ctx.caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
  const row = await ctx.em.findOne(SelfEmployment, { id });
  const [result] = await new ProjectAccess(ctx.em).readable(
    ctx.caller,
    [row],
    (r) => ctx.caller.role === 'BENEFICIARY' && ctx.caller.beneficiaryId === r.beneficiaryId,
  );
  if (result instanceof Error) throw result;
  if (!result && !isStaff(ctx.caller)) throw forbidden();
  if (result) await auditPersonalDataReadInBatch(ctx, [result.beneficiaryId], 'READ', 'selfEmploymentPath');
  return result ?? null;
}

/** Staff: every self-employment path, newest first (audited). */
export async function listSelfEmploymentPaths(ctx: SubgraphContext): Promise<SelfEmployment[]> {
  requireStaff(ctx.caller);
  const rows = await ctx.em.find(SelfEmployment, {}, { orderBy: { submittedAt: 'desc' } });
  await auditPersonalDataRead(ctx.em, ctx.caller, {
    beneficiaryIds: rows.map((r) => r.beneficiaryId),
    action: 'LIST',
    detail: 'selfEmploymentPaths',
  });
  return rows;
}

/** A beneficiary's own self-employment paths, newest first. */
export function mySelfEmploymentPaths(ctx: SubgraphContext): Promise<SelfEmployment[]> {
  if (ctx.caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
  if (ctx.caller.role !== 'BENEFICIARY' || !ctx.caller.beneficiaryId) throw forbidden();
  return ctx.em.find(SelfEmployment, { beneficiaryId: ctx.caller.beneficiaryId }, { orderBy: { submittedAt: 'desc' } });
}

/** The self-employment dossier behind a committee agenda item (reached only through an authorised session), audited. */
export async function agendaSelfEmploymentPath(ctx: SubgraphContext, subjectId: string): Promise<SelfEmployment | null> {
  const path = await loadById(ctx, SelfEmployment, subjectId);
  if (path) await auditPersonalDataReadInBatch(ctx, [path.beneficiaryId], 'READ', 'committeeDossier');
  return path;
}
