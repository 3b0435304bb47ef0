import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, requireRole } from '@ixl/subgraph-kit';
import { Beneficiary } from '../entities/beneficiary.entity.js';
import { ConsentAction, ConsentRecord } from '../entities/consent-record.entity.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged } from '../events/profile-events.js';
import { actorOf } from './actor.js';
import { PRIVACY_NOTICE_VERSION } from './registration.service.js';

/**
 * Consent decisions. Withdrawing stops what depends on consent: the person leaves the matching pool
 * (the profile snapshot says CONSENT_WITHDRAWN), gets no offer alerts or newsletters; service mail about
 * their own path and the records the programme must keep stay (erasure is a separate request).
 */
export class ConsentService {
  constructor(private readonly em: EntityManager) {}

  /** The person itself withdraws the privacy consent (recorded with time and notice version). */
  async withdraw(caller: Caller, noticeVersion?: string | null): Promise<Beneficiary> {
    requireRole(caller, 'BENEFICIARY');
    if (!caller.beneficiaryId) throw new DomainError('NO_BENEFICIARY_RECORD', {});
    if (noticeVersion != null && noticeVersion !== PRIVACY_NOTICE_VERSION)
      throw badInput('noticeVersion', 'PRIVACY_NOTICE_VERSION', { version: PRIVACY_NOTICE_VERSION });
    const beneficiaryId = caller.beneficiaryId;
    return this.em.transactional(async (tx) => {
      const b = await tx.findOneOrFail(Beneficiary, { id: beneficiaryId });
      if (b.erasedAt) throw new DomainError('RECORD_ERASED', {});
      if (b.consentWithdrawnAt) return b;
      const now = new Date();
      b.consentWithdrawnAt = now;
      b.mailOptOut = true;
      b.updatedAt = now;
      tx.persist(
        tx.create(ConsentRecord, {
          id: randomUUID(),
          beneficiaryId,
          action: ConsentAction.WITHDRAWN,
          noticeVersion: noticeVersion ?? b.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION,
          at: now,
          actorId: caller.userId ?? 'unknown',
        }),
      );
      const actor = actorOf(caller);
      await publishPeopleEvent(
        tx,
        'BeneficiaryDetailsChanged',
        { type: 'Beneficiary', id: beneficiaryId },
        { beneficiaryId, fields: ['consentWithdrawnAt', 'mailOptOut'] },
        actor.actorId,
      );
      await publishProfileChanged(tx, b, actor);
      await tx.flush();
      return b;
    });
  }

  /** The consent history of a person (registration consent first, from the record itself). */
  async history(beneficiary: Beneficiary): Promise<ConsentRecord[]> {
    const rows = await this.em.find(ConsentRecord, { beneficiaryId: beneficiary.id }, { orderBy: { at: 'asc', id: 'asc' } });
    if (!beneficiary.privacyConsentAt || !beneficiary.privacyNoticeVersion) return rows;
    const given = Object.assign(new ConsentRecord(), {
      id: beneficiary.id,
      beneficiaryId: beneficiary.id,
      action: ConsentAction.GIVEN,
      noticeVersion: beneficiary.privacyNoticeVersion,
      at: beneficiary.privacyConsentAt,
      actorId: beneficiary.id,
    });
    return [given, ...rows];
  }
}
