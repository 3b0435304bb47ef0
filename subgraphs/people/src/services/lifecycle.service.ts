import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { DomainError } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { StatusChange, type StatusReasonCode } from '../entities/status-change.entity.js';
import type { FuoriProtocolloReason } from '../entities/enums.js';
import { canTransition } from './lifecycle.rules.js';
import { requireUuid } from './ids.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged } from '../events/profile-events.js';
import type { Actor } from './actor.js';

export const illegalTransition = (from: BeneficiaryStatus, to: BeneficiaryStatus, why?: string) =>
  new DomainError('PERSON_STATUS_TRANSITION', { from, to, why: why ? `: ${why}` : '' }, 'status', { from, to });

/**
 * Moves a person to `to` inside the caller's transaction: checks the transition table (unless
 * `force`: facts such as a recorded placement), writes the history entry and publishes
 * BeneficiaryStatusChanged and the new matching profile.
 */
export async function moveTo(
  tx: EntityManager,
  b: Beneficiary,
  to: BeneficiaryStatus,
  actor: Actor,
  options: {
    reason?: string | null;
    reasonCode?: StatusReasonCode | null;
    reasonParams?: Record<string, string> | null;
    fuoriProtocolloReason?: FuoriProtocolloReason | null;
    force?: boolean;
    at?: Date;
  } = {},
): Promise<StatusChange> {
  const from = b.status;
  if (!options.force && !canTransition(from, to)) throw illegalTransition(from, to);
  const at = options.at ?? new Date();
  const entry = tx.create(StatusChange, {
    id: randomUUID(),
    beneficiaryId: b.id,
    from,
    to,
    fuoriProtocolloReason: options.fuoriProtocolloReason ?? null,
    reason: options.reason ?? null,
    reasonCode: options.reasonCode ?? null,
    reasonParams: options.reasonParams ?? null,
    actorId: actor.actorId,
    actorRole: actor.actorRole,
    at,
  });
  tx.persist(entry);
  b.status = to;
  b.updatedAt = at;
  await tx.flush();
  await publishPeopleEvent(
    tx,
    'BeneficiaryStatusChanged',
    { type: 'Beneficiary', id: b.id },
    { beneficiaryId: b.id, from, to, reason: options.fuoriProtocolloReason ?? options.reason ?? null, at: at.toISOString() },
    actor.actorId,
  );
  await publishProfileChanged(tx, b, actor);
  return entry;
}

/** Loads a person for a change, with a row lock so concurrent changes serialise. */
export async function lockBeneficiary(tx: EntityManager, id: string): Promise<Beneficiary> {
  requireUuid('beneficiaryId', id);
  const b = await tx.findOne(Beneficiary, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!b) throw new DomainError('PERSON_NOT_FOUND', {});
  return b;
}
