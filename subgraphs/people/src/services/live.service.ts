import { isStaff, type Caller } from '@ixl/auth';
import { loadById, type SubgraphContext } from '@ixl/subgraph-kit';
import type { DomainEvent } from '@ixl/events';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { Interview } from '../entities/interview.entity.js';
import { FuoriProtocolloReason, PersonalDataAction } from '../entities/enums.js';
import { auditPeopleRead } from './audit.service.js';

/** Staff see every person; a beneficiary only itself; nobody else anything. */
export const mayFollow = (caller: Caller, beneficiaryId: string) =>
  isStaff(caller) || (caller.role === 'BENEFICIARY' && caller.beneficiaryId === beneficiaryId);

/** A step of the history import (issue 27): the past, not news for the live feeds. */
const imported = (event: DomainEvent) => (event.payload as { imported?: boolean }).imported === true;

/** The person an event is about, when the subscriber may read it (staff deliveries are audited). */
export async function personFor(event: DomainEvent, ctx: SubgraphContext): Promise<Beneficiary | undefined> {
  if (imported(event) || !mayFollow(ctx.caller, event.aggregateId)) return undefined;
  const b = await ctx.em.findOne(Beneficiary, { id: event.aggregateId });
  if (!b) return undefined;
  await auditPeopleRead(ctx.em, ctx.caller, [b.id], PersonalDataAction.READ, `live:${event.type}`);
  return b;
}

export interface StatusUpdate {
  beneficiary: Beneficiary;
  from: BeneficiaryStatus;
  to: BeneficiaryStatus;
  fuoriProtocolloReason: FuoriProtocolloReason | null;
  at: Date;
}

/** A BeneficiaryStatusChanged event as the subscriber may see it (the fuori-protocollo reason only when it is one). */
export async function statusUpdateFor(event: DomainEvent, ctx: SubgraphContext): Promise<StatusUpdate | undefined> {
  const beneficiary = await personFor(event, ctx);
  if (!beneficiary) return undefined;
  const p = event.payload as { from: BeneficiaryStatus; to: BeneficiaryStatus; reason: string | null; at: string };
  const fuori =
    p.to === BeneficiaryStatus.FUORI_PROTOCOLLO && (Object.values(FuoriProtocolloReason) as string[]).includes(p.reason ?? '')
      ? (p.reason as FuoriProtocolloReason)
      : null;
  return { beneficiary, from: p.from, to: p.to, fuoriProtocolloReason: fuori, at: new Date(p.at) };
}

/** The interview of an InterviewScheduled/InterviewCompleted event, for staff or the person. */
export async function interviewFor(event: DomainEvent, ctx: SubgraphContext): Promise<Interview | undefined> {
  if (imported(event) || !mayFollow(ctx.caller, event.aggregateId)) return undefined;
  const id = (event.payload as { interviewId?: string }).interviewId;
  return (id && (await ctx.em.findOne(Interview, { id }))) || undefined;
}

/** The person interviewed, for staff (audited) or the person itself. */
export async function interviewedPerson(ctx: SubgraphContext, beneficiaryId: string): Promise<Beneficiary | null> {
  if (!mayFollow(ctx.caller, beneficiaryId)) return null;
  const b = await loadById(ctx, Beneficiary, beneficiaryId);
  if (b) await auditPeopleRead(ctx.em, ctx.caller, [b.id], PersonalDataAction.READ, 'interview');
  return b;
}
