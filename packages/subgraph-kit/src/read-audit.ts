import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { publishEvent } from '@ixl/events';
import { isUuid } from './ids.js';
import { loader, type SubgraphContext } from './context.js';

/** Event type of a read of personal data (contract: `PersonalDataReadPayload` in @ixl/contracts). */
export const PERSONAL_DATA_READ_EVENT = 'PersonalDataRead';

export type PersonalDataReadAction = 'READ' | 'LIST' | 'DOWNLOAD_DOCUMENT';

export interface PersonalDataReadInput {
  /** Every person whose data the call returns (duplicates and non-ids are dropped). */
  beneficiaryIds: readonly (string | null | undefined)[];
  action: PersonalDataReadAction;
  /** What was read, e.g. 'vacancyCandidates' (people shows it as `<subgraph>:<detail>`). */
  detail: string;
  /** Producer schema; defaults to the em's schema (the subgraph's own). */
  source?: string;
}

/** Roles whose reads of somebody else's data are audited (the person itself and the system are not). */
const AUDITED_ROLES: ReadonlySet<string> = new Set(['STAFF', 'ADMIN', 'COMPANY', 'TRAINING_BODY', 'COMMITTEE_MEMBER']);

/** True when a read by `caller` must be audited. */
export const isAuditedReader = (caller: Caller): boolean => AUDITED_ROLES.has(caller.role) && Boolean(caller.userId);

/**
 * GDPR accountability: publishes ONE `PersonalDataRead` outbox event for a read (a page, a batch of
 * references) of personal data about `beneficiaryIds` by a caller other than the person; `people`
 * turns it into one audit row per person. Commits in its own short transaction on a fork of `em`, so a
 * read-only request is audited too. Call it once per request/batch, after the authorisation passed.
 */
export async function auditPersonalDataRead(em: EntityManager, caller: Caller, input: PersonalDataReadInput): Promise<void> {
  if (!isAuditedReader(caller)) return;
  const beneficiaryIds = [...new Set(input.beneficiaryIds.filter(isUuid))];
  if (!beneficiaryIds.length) return;
  const schema = input.source ?? String(em.config.get('schema') ?? '');
  const payload: Record<string, unknown> = { beneficiaryIds, action: input.action, detail: input.detail, actorRole: caller.role };
  if (caller.requestId) payload.requestId = caller.requestId;
  await em.fork().transactional((tx) =>
    publishEvent(tx, schema, {
      type: PERSONAL_DATA_READ_EVENT,
      aggregateType: 'PersonalDataRead',
      aggregateId: beneficiaryIds.length === 1 ? beneficiaryIds[0]! : (caller.userId as string),
      payload,
      actorId: caller.userId,
    }),
  );
}

/**
 * For per-object reads (`__resolveReference`, one object by id, a field of each row): collects the ids
 * of one tick through the request's DataLoader and audits them as ONE event; an id already audited for
 * the same `action`/`detail` in this request is not audited again. Resolves after the event committed.
 */
export async function auditPersonalDataReadInBatch(
  ctx: SubgraphContext,
  beneficiaryIds: readonly (string | null | undefined)[],
  action: PersonalDataReadAction,
  detail: string,
): Promise<void> {
  if (!isAuditedReader(ctx.caller)) return;
  const ids = [...new Set(beneficiaryIds.filter(isUuid))];
  if (!ids.length) return;
  const batch = loader<string, true>(ctx, `personalDataRead:${action}:${detail}`, async (keys) => {
    await auditPersonalDataRead(ctx.em, ctx.caller, { beneficiaryIds: keys, action, detail });
    return keys.map(() => true as const);
  });
  const failed = (await batch.loadMany(ids)).find((r): r is Error => r instanceof Error);
  if (failed) throw failed;
}
