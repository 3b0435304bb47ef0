import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApprovalPreview, ApprovalRequest } from '../entities/approval.entity.js';
import { RESULT_TYPES } from '../dto/approval.types.js';
import { canonicalJson } from './approval.rules.js';

const text = (v: unknown): string | null => (v == null ? null : typeof v === 'string' ? v : canonicalJson(v));

/** The target's values that differ before and after the operation (from the dry run). */
export function approvalChanges(preview: ApprovalPreview): { field: string; before: string | null; after: string | null }[] {
  const keys = [...new Set([...Object.keys(preview.before), ...Object.keys(preview.after)])].sort();
  return keys
    .map((field) => ({ field, before: text(preview.before[field]), after: text(preview.after[field]) }))
    .filter((c) => c.before !== c.after);
}

/** What an approved request produced (null while pending or rejected). */
export async function approvalResult(em: EntityManager, r: ApprovalRequest): Promise<object | null> {
  if (!r.resultType || !r.resultId) return null;
  const type = RESULT_TYPES[r.resultType as keyof typeof RESULT_TYPES];
  if (!type) return null;
  const where = r.resultType === 'ApprovalRule' ? { kind: r.resultId } : { id: r.resultId };
  return em.findOne(type as never, where as never);
}
