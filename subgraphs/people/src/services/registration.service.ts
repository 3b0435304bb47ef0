import type { EntityManager } from '@mikro-orm/postgresql';
import { Notifier } from './notifier.service.js';
import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { badInput, DomainError } from '@ixl/subgraph-kit';
import { validateCodiceFiscale } from '@ixl/territory';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import type { RegisterBeneficiaryInput } from '../dto/registration.input.js';
import { checkMunicipality, validateProfileInput } from './profile.rules.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged, skillKeysOf } from '../events/profile-events.js';
import { IdentityService, normaliseEmail, type TokenSettings } from './identity.service.js';
import { SessionService } from './session.service.js';
import { addDays, ageOn, isIsoDate, isoDateInRome } from '@ixl/calendar';
import { INTERVIEW_SLA_DAYS } from './lifecycle.rules.js';

/** The privacy notice currently shown at registration; consent must name it. */
export const PRIVACY_NOTICE_VERSION = '2026-01';

const name = (field: string, v: string) => {
  const t = v.trim().replace(/\s+/g, ' ');
  if (!t || t.length > 100) throw badInput(field, 'NAME_LENGTH');
  return t;
};

export class RegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifier = new Notifier(),
  ) {}

  /**
   * Registers a person and its BENEFICIARY account in one transaction, with BeneficiaryRegistered,
   * BeneficiaryStatusChanged and BeneficiaryProfileChanged. Nothing is written on any error.
   */
  async register(input: RegisterBeneficiaryInput, tokens: TokenSettings, now = new Date()) {
    if (input.privacyConsent !== true) throw badInput('privacyConsent', 'CONSENT_REQUIRED');
    if (input.privacyNoticeVersion !== PRIVACY_NOTICE_VERSION)
      throw badInput('privacyNoticeVersion', 'ACCEPT_CURRENT_NOTICE', { version: PRIVACY_NOTICE_VERSION });
    const firstName = name('firstName', input.firstName);
    const lastName = name('lastName', input.lastName);
    if (!isIsoDate(input.birthDate)) throw badInput('birthDate', 'BIRTH_DATE_FORMAT');
    const age = ageOn(input.birthDate, isoDateInRome(now));
    if (age < 18 || age > 100) throw badInput('birthDate', 'REGISTRATION_ADULTS_ONLY');
    const cf = validateCodiceFiscale(input.codiceFiscale, { birthDate: input.birthDate, sex: input.sex }, { today: now });
    if (!cf.ok) throw badInput('codiceFiscale', `CODICE_FISCALE_${cf.reason}`, { detail: cf.message });
    const citizenship = input.citizenship.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(citizenship)) throw badInput('citizenship', 'COUNTRY_CODE_FORMAT');
    const email = normaliseEmail(input.email);
    if (input.password.length < 10) throw badInput('password', 'PASSWORD_TOO_SHORT');
    const residence = checkMunicipality('municipalityCode', input.municipalityCode);
    const municipalityName = residence.inArea ? residence.name : input.municipalityName?.trim();
    if (!municipalityName) throw badInput('municipalityName', 'MUNICIPALITY_NAME_REQUIRED');
    const profile = validateProfileInput(input);
    const outOfArea = !residence.inArea && !profile.domicileInArea;
    const referringBodyName = input.referringBodyName?.trim() || null;

    try {
      return await this.em.transactional(async (tx) => {
        if (await tx.count(Beneficiary, { codiceFiscale: cf.normalized }))
          throw new DomainError('CODICE_FISCALE_TAKEN', {}, 'codiceFiscale');
        if ((await tx.count(Beneficiary, { email })) || (await tx.count(UserAccount, { email })))
          throw new DomainError('EMAIL_TAKEN', {}, 'email');
        const b = tx.create(Beneficiary, {
          id: randomUUID(),
          firstName,
          lastName,
          codiceFiscale: cf.normalized,
          email,
          birthDate: input.birthDate,
          sex: input.sex,
          citizenship,
          municipalityCode: residence.code,
          municipalityName,
          outOfArea,
          status: BeneficiaryStatus.REGISTERED,
          registeredAt: now,
          referringBody: input.referringBody ?? null,
          referringBodyName,
          privacyNoticeVersion: input.privacyNoticeVersion,
          privacyConsentAt: now,
          interviewDueDate: addDays(isoDateInRome(now), INTERVIEW_SLA_DAYS),
          updatedAt: now,
        });
        const { domicileInArea: _d, ...changes } = profile;
        Object.assign(b, changes);
        b.skillKeys = skillKeysOf(b);
        const user = await new IdentityService(tx).createAccount({
          email,
          password: input.password,
          role: 'BENEFICIARY',
          displayName: `${firstName} ${lastName}`,
          beneficiaryId: b.id,
        });
        const actor = { actorId: user.id, actorRole: 'BENEFICIARY' };
        tx.persist([
          b,
          user,
          tx.create(StatusChange, {
            id: randomUUID(),
            beneficiaryId: b.id,
            from: null,
            to: BeneficiaryStatus.REGISTERED,
            reason: 'Online registration',
            reasonCode: 'ONLINE_REGISTRATION',
            reasonParams: null,
            actorId: user.id,
            actorRole: 'BENEFICIARY',
            at: now,
          }),
        ]);
        await tx.flush();
        await publishPeopleEvent(
          tx,
          'BeneficiaryRegistered',
          { type: 'Beneficiary', id: b.id },
          {
            beneficiaryId: b.id,
            municipalityCode: b.municipalityCode,
            registeredAt: now.toISOString(),
            referringBody: b.referringBody,
            outOfArea,
            interviewDueDate: b.interviewDueDate,
            privacyNoticeVersion: b.privacyNoticeVersion,
          },
          actor.actorId,
        );
        await publishProfileChanged(tx, b, actor);
        await this.notifier.registrationConfirmation(tx, b);
        // Signed in at once, with a refresh token like after login (saved in this transaction).
        const session = await new SessionService(tx).start(user, tokens, now);
        await tx.flush();
        return { beneficiary: b, ...session, user };
      });
    } catch (err) {
      // Two registrations racing for the same codice fiscale or email: the loser gets the same clear error.
      if (err instanceof UniqueConstraintViolationException) {
        const field = /codice_fiscale/.test(err.message) ? 'codiceFiscale' : 'email';
        throw new DomainError(field === 'email' ? 'EMAIL_TAKEN' : 'CODICE_FISCALE_TAKEN', {}, field);
      }
      throw err;
    }
  }
}
