import type { EntityManager } from '@mikro-orm/postgresql';
import { Notifier } from './notifier.service.js';
import { randomUUID } from 'node:crypto';
import type { Caller } from '@ixl/auth';
import { badInput, DomainError, requireStaff } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { ContactAttempt } from '../entities/contact-attempt.entity.js';
import { Interview } from '../entities/interview.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { ContactChannel, FuoriProtocolloReason, InterviewStatus } from '../entities/enums.js';
import { readmissionTarget, shouldProposeFuoriProtocollo } from './lifecycle.rules.js';
import { publishPeopleEvent } from '../events/publish.js';
import type { Actor } from './actor.js';
import { actorOf } from './actor.js';
import { illegalTransition, lockBeneficiary, moveTo } from './lifecycle.service.js';

export interface FuoriProtocolloProposal {
  propose: boolean;
  reason: FuoriProtocolloReason | null;
  explanation: string | null;
  unansweredCalls: number;
  missedInterviews: number;
}

/**
 * Whether to propose putting the person out of protocol: counts unanswered calls and missed
 * interviews since the last sign of life (answered contact, held interview, readmission).
 */
export async function fuoriProtocolloProposal(em: EntityManager, b: Beneficiary): Promise<FuoriProtocolloProposal> {
  const none = { propose: false, reason: null, explanation: null, unansweredCalls: 0, missedInterviews: 0 };
  if (b.status === BeneficiaryStatus.FUORI_PROTOCOLLO) return none;
  // Sequential: `em` may be a transaction (one connection).
  const answered = await em.findOne(ContactAttempt, { beneficiaryId: b.id, answered: true }, { orderBy: { at: 'desc' } });
  const held = await em.findOne(
    Interview,
    { beneficiaryId: b.id, status: InterviewStatus.COMPLETED },
    { orderBy: { completedAt: 'desc' } },
  );
  const readmitted = await em.findOne(
    StatusChange,
    { beneficiaryId: b.id, from: BeneficiaryStatus.FUORI_PROTOCOLLO },
    { orderBy: { at: 'desc' } },
  );
  const since = new Date(Math.max(answered?.at.getTime() ?? 0, held?.completedAt?.getTime() ?? 0, readmitted?.at.getTime() ?? 0));
  const calls = await em.find(ContactAttempt, { beneficiaryId: b.id, answered: false, channel: ContactChannel.PHONE, at: { $gt: since } });
  const missed = await em.count(Interview, { beneficiaryId: b.id, status: InterviewStatus.MISSED, completedAt: { $gt: since } });
  const result = shouldProposeFuoriProtocollo({ unansweredCallTimes: calls.map((c) => c.at), missedInterviews: missed });
  return { ...result, reason: result.reason as FuoriProtocolloReason | null, unansweredCalls: calls.length, missedInterviews: missed };
}

/** Publishes FuoriProtocolloProposed when the rule says so (staff decide; nothing changes by itself). */
export async function proposeIfDue(tx: EntityManager, b: Beneficiary, actor: Actor): Promise<FuoriProtocolloProposal> {
  const proposal = await fuoriProtocolloProposal(tx, b);
  if (proposal.propose)
    await publishPeopleEvent(
      tx,
      'FuoriProtocolloProposed',
      { type: 'Beneficiary', id: b.id },
      { beneficiaryId: b.id, reason: proposal.reason, explanation: proposal.explanation },
      actor.actorId,
    );
  return proposal;
}

export class FuoriProtocolloService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifier = new Notifier(),
  ) {}

  async recordContactAttempt(
    caller: Caller,
    input: { beneficiaryId: string; at?: Date | null; channel: ContactChannel; answered: boolean; notes?: string | null },
  ): Promise<{ attempt: ContactAttempt; proposal: FuoriProtocolloProposal }> {
    requireStaff(caller);
    const at = input.at ?? new Date();
    if (Number.isNaN(at.getTime()) || at.getTime() > Date.now() + 60_000) throw badInput('at', 'CONTACT_ATTEMPT_IN_FUTURE');
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      const actor = actorOf(caller);
      const attempt = tx.create(ContactAttempt, {
        id: randomUUID(),
        beneficiaryId: b.id,
        at,
        channel: input.channel,
        answered: input.answered,
        notes: input.notes?.trim() || null,
        operatorId: actor.actorId,
      });
      tx.persist(attempt);
      await tx.flush();
      await publishPeopleEvent(
        tx,
        'ContactAttemptRecorded',
        { type: 'Beneficiary', id: b.id },
        { attemptId: attempt.id, beneficiaryId: b.id, at: at.toISOString(), channel: attempt.channel, answered: attempt.answered },
        actor.actorId,
      );
      const proposal = await proposeIfDue(tx, b, actor);
      return { attempt, proposal };
    });
  }

  /** Puts a person out of protocol (pending interviews are cancelled); the person can be readmitted at any time. */
  async putOutOfProtocol(
    caller: Caller,
    input: { beneficiaryId: string; reason: FuoriProtocolloReason; note?: string | null },
  ): Promise<Beneficiary> {
    requireStaff(caller);
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      if (b.status === BeneficiaryStatus.FUORI_PROTOCOLLO)
        throw illegalTransition(b.status, BeneficiaryStatus.FUORI_PROTOCOLLO, 'already out of protocol');
      const before = b.status;
      for (const i of await tx.find(Interview, { beneficiaryId: b.id, status: InterviewStatus.SCHEDULED }))
        i.status = InterviewStatus.CANCELLED;
      b.statusBeforeFuoriProtocollo = before;
      b.fuoriProtocolloReason = input.reason;
      await moveTo(tx, b, BeneficiaryStatus.FUORI_PROTOCOLLO, actorOf(caller), {
        reason: input.note?.trim() || null,
        fuoriProtocolloReason: input.reason,
      });
      await publishPeopleEvent(
        tx,
        'BeneficiaryOutOfProtocol',
        { type: 'Beneficiary', id: b.id },
        { beneficiaryId: b.id, reason: input.reason, previousStatus: before, email: b.email },
        actorOf(caller).actorId,
      );
      // The explanatory email, with the way back (readmission at any time).
      await this.notifier.fuoriProtocolloNotice(tx, b, input.reason, new Date().toISOString());
      return b;
    });
  }

  async readmit(caller: Caller, input: { beneficiaryId: string; note?: string | null }): Promise<Beneficiary> {
    requireStaff(caller);
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      if (b.status !== BeneficiaryStatus.FUORI_PROTOCOLLO)
        throw new DomainError('READMISSION_ONLY_OUT_OF_PROTOCOL', { beneficiaryStatus: b.status }, 'status');
      const to = readmissionTarget(b.statusBeforeFuoriProtocollo);
      b.fuoriProtocolloReason = null;
      b.statusBeforeFuoriProtocollo = null;
      await moveTo(tx, b, to, actorOf(caller), { reason: input.note?.trim() || 'Readmitted', force: true });
      return b;
    });
  }
}
