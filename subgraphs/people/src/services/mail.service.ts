import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import {
  listCapturedMail,
  listMailDeliveryProblems,
  mailBatchProgress,
  type CapturedMail,
  type MailBatchProgress,
  type MailDeliveryProblem,
} from '@ixl/mail';
import { badInput, forbidden, requireAuthenticated, requireStaff } from '@ixl/subgraph-kit';
import type { BeneficiaryFilter } from '../dto/beneficiary-filter.input.js';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { publishPeopleEvent } from '../events/publish.js';
import { actorOf } from './actor.js';
import { filterConditions } from './beneficiary.service.js';
import { Notifier } from './notifier.service.js';

export interface MassMailResult {
  batchId: string;
  recipients: number;
  skippedOptedOut: number;
  skippedWithoutEmail: number;
}

/** Mass mailing, mail preferences and the local capture inbox. */
export class MailService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifier = new Notifier(),
  ) {}

  /**
   * Staff: one message to every person matching the filter, queued in one transaction (the sender
   * delivers in the background; follow it with `massMailProgress`). Opted-out people and people without
   * an email are skipped and counted; nobody gets the same batch twice.
   */
  async sendMassMail(
    caller: Caller,
    input: { subject: string; message: string; filter?: BeneficiaryFilter | null },
  ): Promise<MassMailResult> {
    requireStaff(caller);
    const subject = input.subject.trim();
    const message = input.message.trim();
    if (subject.length < 3 || subject.length > 150) throw badInput('subject', 'MAIL_SUBJECT_LENGTH');
    if (message.length < 10 || message.length > 5000) throw badInput('message', 'MAIL_MESSAGE_LENGTH');
    const conditions = filterConditions(input.filter);
    return this.em.transactional(async (tx) => {
      const people = await tx.find(Beneficiary, conditions.length ? { $and: conditions } : {}, { orderBy: { id: 'asc' } });
      if (people.length > 20_000) throw badInput('filter', 'MAIL_FILTER_TOO_BROAD', { count: people.length });
      const batchId = randomUUID();
      let recipients = 0;
      let skippedOptedOut = 0;
      let skippedWithoutEmail = 0;
      for (const b of people) {
        if (!b.email) skippedWithoutEmail++;
        else if (b.mailOptOut) skippedOptedOut++;
        else if (await this.notifier.massMessage(tx, b, batchId, subject, message)) recipients++;
      }
      await publishPeopleEvent(
        tx,
        'MassMailQueued',
        { type: 'MailBatch', id: batchId },
        { batchId, recipients, skippedOptedOut, skippedWithoutEmail, subject },
        actorOf(caller).actorId,
      );
      return { batchId, recipients, skippedOptedOut, skippedWithoutEmail };
    });
  }

  progress(caller: Caller, batchId: string): Promise<MailBatchProgress> {
    requireStaff(caller);
    return mailBatchProgress(this.em, 'people', batchId);
  }

  /** The person itself, or staff for anyone: opt out of (or back into) offer alerts and newsletters. */
  async setOptOut(caller: Caller, beneficiaryId: string, optOut: boolean): Promise<Beneficiary> {
    requireAuthenticated(caller);
    if (!isStaff(caller) && !(caller.role === 'BENEFICIARY' && caller.beneficiaryId === beneficiaryId)) throw forbidden();
    return this.em.transactional(async (tx) => {
      const b = await tx.findOne(Beneficiary, { id: beneficiaryId });
      if (!b) throw forbidden();
      b.mailOptOut = optOut;
      await tx.flush();
      await publishPeopleEvent(
        tx,
        'MailPreferencesChanged',
        { type: 'Beneficiary', id: b.id },
        { beneficiaryId: b.id, optOut },
        actorOf(caller).actorId,
      );
      return b;
    });
  }

  /** Staff: the local capture inbox (what would have been sent, when no SMTP server is configured). */
  capturedMail(caller: Caller, to: string | null, first: number): Promise<CapturedMail[]> {
    requireStaff(caller);
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first', 'MAIL_PAGE_SIZE');
    return listCapturedMail(this.em, 'people', { to: to ?? undefined, limit: first });
  }

  /** Staff: mail that failed for good or waits for a retry after an error, with the error (newest first). */
  deliveryProblems(caller: Caller, first: number): Promise<MailDeliveryProblem[]> {
    requireStaff(caller);
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first', 'MAIL_PAGE_SIZE');
    return listMailDeliveryProblems(this.em, 'people', first);
  }
}
