import type { EntityManager } from '@mikro-orm/postgresql';
import { Notifier } from './notifier.service.js';
import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { hashPassword } from '@ixl/auth';
import { badInput, DomainError } from '@ixl/subgraph-kit';
import { validateCodiceFiscale } from '@ixl/territory';
import { Beneficiary, BeneficiaryStatus, type Sex } from '../entities/beneficiary.entity.js';
import { StatusChange } from '../entities/status-change.entity.js';
import { UserAccount } from '../entities/user-account.entity.js';
import type { ReferringBody } from '../entities/enums.js';
import type { RegisterBeneficiaryInput } from '../dto/registration.input.js';
import { checkMunicipality, validateProfileInput, type ProfileChanges } from './profile.rules.js';
import { publishPeopleEvent } from '../events/publish.js';
import { publishProfileChanged, skillKeysOf } from '../events/profile-events.js';
import { IdentityService, normaliseEmail } from './identity.service.js';
import { addDays, ageOn, isIsoDate, isoDateInRome } from '@ixl/calendar';
import { INTERVIEW_SLA_DAYS } from './lifecycle.rules.js';
import { checkPassword } from './password.rules.js';
import { greeting, linkTokenHash, newLinkToken, portalUrl, romeDateTime, sendAccountMail, validFor } from './account-mail.js';

/** The privacy notice currently shown at registration; consent must name it. */
export const PRIVACY_NOTICE_VERSION = '2026-01';

/** How long the email verification link of a registration works. */
export const VERIFICATION_LINK_HOURS = 24;

const name = (field: string, v: string) => {
  const t = v.trim().replace(/\s+/g, ' ');
  if (!t || t.length > 100) throw badInput(field, 'NAME_LENGTH');
  return t;
};

/** A registration form that passed every check, as kept until the address is verified (password hashed). */
interface ValidatedRegistration {
  firstName: string;
  lastName: string;
  codiceFiscale: string;
  email: string;
  birthDate: string;
  sex: Sex;
  citizenship: string;
  municipalityCode: string;
  municipalityName: string;
  outOfArea: boolean;
  referringBody: ReferringBody | null;
  referringBodyName: string | null;
  privacyNoticeVersion: string;
  profile: Omit<ProfileChanges, 'domicileInArea'>;
  passwordHash: string;
}

/** What `registerBeneficiary` answers, the same whether or not the person or the address is already known. */
export interface RegistrationReceipt {
  email: string;
  linkValidUntil: Date;
}

/**
 * Online registration without an oracle (issue 18, finding 2). `register` checks the form (format errors
 * concern only what was typed), hashes the password (the costly step, done in every case so timing does not
 * tell), and then:
 * - a new person with a new address: the form waits in `pending_registration` and a single-use link
 *   (VERIFICATION_LINK_HOURS) goes to the address; the mail has no name in it, so nothing chosen by the
 *   sender reaches someone else's mailbox;
 * - a codice fiscale or an address already known: nothing is stored and the owner on record is told by mail
 *   (at the recorded address, by the recorded name and sex).
 * The answer is the same receipt either way. `verify` (the link) creates the person and the account, which
 * can sign in from then on; the welcome mail with the name goes out then.
 */
export class RegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifier = new Notifier(),
    private readonly publicUrl = 'http://localhost:4000',
  ) {}

  private validate(input: RegisterBeneficiaryInput, now: Date): Omit<ValidatedRegistration, 'passwordHash'> {
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
    checkPassword('password', input.password, email);
    const residence = checkMunicipality('municipalityCode', input.municipalityCode);
    const municipalityName = residence.inArea ? residence.name : input.municipalityName?.trim();
    if (!municipalityName) throw badInput('municipalityName', 'MUNICIPALITY_NAME_REQUIRED');
    const { domicileInArea, ...profile } = validateProfileInput(input);
    return {
      firstName,
      lastName,
      codiceFiscale: cf.normalized,
      email,
      birthDate: input.birthDate,
      sex: input.sex,
      citizenship,
      municipalityCode: residence.code,
      municipalityName,
      outOfArea: !residence.inArea && !domicileInArea,
      referringBody: input.referringBody ?? null,
      referringBodyName: input.referringBodyName?.trim() || null,
      privacyNoticeVersion: input.privacyNoticeVersion,
      profile,
    };
  }

  async register(input: RegisterBeneficiaryInput, now = new Date()): Promise<RegistrationReceipt> {
    const form = this.validate(input, now);
    const passwordHash = await hashPassword(input.password);
    const linkValidUntil = new Date(now.getTime() + VERIFICATION_LINK_HOURS * 3_600_000);
    await this.em.transactional(async (tx) => {
      // Forms whose link ended a week ago are of no use to anyone (with their hashed passwords): gone.
      await tx
        .getConnection()
        .execute(
          `delete from "people"."pending_registration" where "expires_at" < now() - interval '7 days'`,
          [],
          'run',
          tx.getTransactionContext(),
        );
      const known = await this.knownOwners(tx, form.codiceFiscale, form.email);
      if (known.length) {
        for (const owner of known) await this.tellOwner(tx, owner, form.codiceFiscale === owner.codiceFiscale, now);
        return;
      }
      const link = newLinkToken();
      await tx
        .getConnection()
        .execute(
          `insert into "people"."pending_registration" ("id", "token_hash", "email", "form", "created_at", "expires_at") values (?, ?, ?, ?::jsonb, ?, ?)`,
          [randomUUID(), link.hash, form.email, JSON.stringify({ ...form, passwordHash }), now, linkValidUntil],
          'run',
          tx.getTransactionContext(),
        );
      await sendAccountMail(tx, {
        dedupeKey: `email-verification:${link.hash}`,
        to: form.email,
        template: 'email_verification',
        data: {
          link: portalUrl(this.publicUrl, 'BENEFICIARY', `conferma-email?token=${link.token}`),
          validFor: validFor(VERIFICATION_LINK_HOURS),
        },
      });
    });
    return { email: form.email, linkValidUntil };
  }

  /** The records that already hold this codice fiscale or this address: their owners, as on record. */
  private async knownOwners(tx: EntityManager, codiceFiscale: string, email: string) {
    const owners = new Map<string, { email: string; firstName: string | null; sex: string | null; codiceFiscale: string | null }>();
    const people = await tx.find(Beneficiary, { $or: [{ codiceFiscale }, { email }] });
    for (const b of people)
      if (b.email && !b.erasedAt)
        owners.set(b.email, { email: b.email, firstName: b.firstName, sex: b.sex, codiceFiscale: b.codiceFiscale });
    const account = await tx.findOne(UserAccount, { email });
    if (account && !owners.has(account.email))
      owners.set(account.email, {
        email: account.email,
        firstName: account.displayName.split(' ')[0] ?? null,
        sex: null,
        codiceFiscale: null,
      });
    // A known codice fiscale whose record has no address left (erased, or none given): refused, nobody to tell.
    const taken = people.length > 0 || account !== null;
    return taken && owners.size === 0 ? [{ email: '', firstName: null, sex: null, codiceFiscale }] : [...owners.values()];
  }

  private async tellOwner(
    tx: EntityManager,
    owner: { email: string; firstName: string | null; sex: string | null; codiceFiscale: string | null },
    byCodiceFiscale: boolean,
    now: Date,
  ): Promise<void> {
    if (!owner.email) return;
    // One mail per owner and hour at most, however many attempts (the dedupe key): no mail bombing.
    const hour = now.toISOString().slice(0, 13);
    await sendAccountMail(tx, {
      dedupeKey: `registration-attempt:${owner.email}:${hour}`,
      to: owner.email,
      template: 'registration_attempt',
      data: {
        greeting: greeting(owner.firstName, owner.sex),
        when: romeDateTime(now),
        what: byCodiceFiscale ? 'il tuo codice fiscale' : 'il tuo indirizzo email',
        signInUrl: portalUrl(this.publicUrl, 'BENEFICIARY'),
      },
    });
  }

  /**
   * The verification link: creates the person and the BENEFICIARY account (in one transaction, with
   * BeneficiaryRegistered, BeneficiaryStatusChanged, BeneficiaryProfileChanged and the welcome mail).
   * An unknown, used or expired link is BAD_USER_INPUT on `token` (ACCOUNT_LINK_INVALID / _USED / _EXPIRED).
   * When someone else completed a registration with the same codice fiscale or address meanwhile,
   * REGISTRATION_NOT_COMPLETED (and its owner is told).
   */
  async verify(token: string, now = new Date()): Promise<{ email: string }> {
    const hash = linkTokenHash(token.trim());
    let outcome: { email: string } | { refused: true };
    try {
      outcome = await this.em.transactional(async (tx) => {
        const rows = await tx
          .getConnection()
          .execute<{ id: string; form: ValidatedRegistration; expires_at: Date; used_at: Date | null }[]>(
            `select "id", "form", "expires_at", "used_at" from "people"."pending_registration" where "token_hash" = ? for update`,
            [hash],
            'all',
            tx.getTransactionContext(),
          );
        const pending = rows[0];
        if (!pending) throw badInput('token', 'ACCOUNT_LINK_INVALID');
        if (pending.used_at) throw badInput('token', 'ACCOUNT_LINK_USED');
        if (new Date(pending.expires_at).getTime() <= now.getTime()) throw badInput('token', 'ACCOUNT_LINK_EXPIRED');
        await tx
          .getConnection()
          .execute(
            `update "people"."pending_registration" set "used_at" = ? where "id" = ?`,
            [now, pending.id],
            'run',
            tx.getTransactionContext(),
          );
        const form = pending.form;
        const known = await this.knownOwners(tx, form.codiceFiscale, form.email);
        if (known.length) {
          for (const owner of known) await this.tellOwner(tx, owner, form.codiceFiscale === owner.codiceFiscale, now);
          return { refused: true as const };
        }
        await this.create(tx, form, now);
        return { email: form.email };
      });
    } catch (err) {
      // Two links of the same person followed at once: the loser is refused like a late one.
      if (err instanceof UniqueConstraintViolationException) throw new DomainError('REGISTRATION_NOT_COMPLETED', {}, 'token');
      throw err;
    }
    // The link is spent either way (committed above); the person is asked to come to the help desk.
    if ('refused' in outcome) throw new DomainError('REGISTRATION_NOT_COMPLETED', {}, 'token');
    return outcome;
  }

  private async create(tx: EntityManager, form: ValidatedRegistration, now: Date): Promise<void> {
    const b = tx.create(Beneficiary, {
      id: randomUUID(),
      firstName: form.firstName,
      lastName: form.lastName,
      codiceFiscale: form.codiceFiscale,
      email: form.email,
      birthDate: form.birthDate,
      sex: form.sex,
      citizenship: form.citizenship,
      municipalityCode: form.municipalityCode,
      municipalityName: form.municipalityName,
      outOfArea: form.outOfArea,
      status: BeneficiaryStatus.REGISTERED,
      registeredAt: now,
      referringBody: form.referringBody,
      referringBodyName: form.referringBodyName,
      privacyNoticeVersion: form.privacyNoticeVersion,
      privacyConsentAt: now,
      interviewDueDate: addDays(isoDateInRome(now), INTERVIEW_SLA_DAYS),
      updatedAt: now,
    });
    Object.assign(b, form.profile);
    b.skillKeys = skillKeysOf(b);
    const user = await new IdentityService(tx).createAccount({
      email: form.email,
      password: '',
      passwordHash: form.passwordHash,
      role: 'BENEFICIARY',
      displayName: `${form.firstName} ${form.lastName}`,
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
        outOfArea: b.outOfArea,
        interviewDueDate: b.interviewDueDate,
        privacyNoticeVersion: b.privacyNoticeVersion,
      },
      actor.actorId,
    );
    await publishProfileChanged(tx, b, actor);
    // The address is verified now: the welcome mail with the person's name may go to it.
    await this.notifier.registrationConfirmation(tx, b);
    await tx.flush();
  }
}
