import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueMail, enqueueMails, type MailRequest } from '@ixl/mail';
import type { RiskShareSettlementAdjustedPayload } from '@ixl/contracts';
import type { Beneficiary } from '../entities/beneficiary.entity.js';
import type { Interview } from '../entities/interview.entity.js';

const dateTime = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'full', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long' });
// Grouped from 1.000 on (Italian CLDR leaves 4-digit numbers ungrouped: "3600,00 €" next to "88.000,00 €").
const money = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always' });
const MODES: Record<string, string> = { IN_PERSON: 'in presenza', VIDEO: 'videochiamata', PHONE: 'telefono' };
const REASONS: Record<string, string> = {
  WORKING: 'ci risulta che tu stia lavorando',
  UNREACHABLE: 'non siamo riusciti a contattarti',
  NOT_COLLABORATING: 'non hai partecipato agli appuntamenti o risposto alle nostre chiamate',
};

/** What a mail needs of a person (a partly loaded Beneficiary will do). */
export type MailRecipient = Pick<Beneficiary, 'id' | 'email' | 'firstName' | 'lastName' | 'mailOptOut'>;

/** An ISO calendar day in words (Europe/Rome), e.g. "10 dicembre 2026". */
const isoDay = (day: string) => dateOnly.format(new Date(`${day}T12:00:00Z`));

/** A day with its article: "il 10 dicembre 2026", "l’8 marzo 2027", "l’11 gennaio 2027". */
export const onDay = (day: string) => {
  const words = isoDay(day);
  return /^(?:8|11) /.test(words) ? `l’${words}` : `il ${words}`;
};

/** Why a risk-share settlement was adjusted, in Italian (the payload's `reason` is the English log sentence). */
export function adjustmentReason(p: Pick<RiskShareSettlementAdjustedPayload, 'cause' | 'placementStartDate'>): string {
  const start = p.placementStartDate ? onDay(p.placementStartDate) : null;
  if (p.cause === 'PLACEMENT_RECORDED_LATE')
    return start
      ? `un inserimento lavorativo iniziato ${start}, entro la finestra di valutazione, è stato registrato dopo la liquidazione`
      : 'un inserimento lavorativo entro la finestra di valutazione è stato registrato dopo la liquidazione';
  if (p.cause === 'PLACEMENT_CORRECTED')
    return start
      ? `un inserimento lavorativo (iniziato ${start}) è stato corretto dopo la liquidazione`
      : 'un inserimento lavorativo è stato corretto dopo la liquidazione';
  return 'inserimenti lavorativi registrati o corretti dopo la liquidazione';
}

/**
 * The mails people receive about their own path (Italian first), queued in the same transaction as
 * the change that causes them; a dedupe key per message makes each go out once, ever.
 */
export class Notifier {
  constructor(private readonly publicUrl = 'http://localhost:4000') {}

  private portal(path = ''): string {
    return `${this.publicUrl.replace(/\/$/, '')}/beneficiario/${path}`;
  }

  /** The mail to a person, or null when she has no address or opted out of alerts and newsletters. */
  private addressed(b: MailRecipient, request: Omit<MailRequest, 'to' | 'toName' | 'recipientId'>): MailRequest | null {
    if (!b.email) return null;
    if ((request.category === 'ALERT' || request.category === 'NEWSLETTER') && b.mailOptOut) return null;
    return { ...request, to: b.email, toName: `${b.firstName} ${b.lastName}`, recipientId: b.id };
  }

  private async send(em: EntityManager, b: Beneficiary, request: Omit<MailRequest, 'to' | 'toName' | 'recipientId'>): Promise<boolean> {
    const mail = this.addressed(b, request);
    return mail ? enqueueMail(em, 'people', mail) : false;
  }

  registrationConfirmation(em: EntityManager, b: Beneficiary): Promise<boolean> {
    return this.send(em, b, {
      dedupeKey: `registration:${b.id}`,
      category: 'TRANSACTIONAL',
      template: 'registration_confirmation',
      data: {
        firstName: b.firstName,
        welcome: b.sex === 'F' ? 'Benvenuta' : b.sex === 'M' ? 'Benvenuto' : 'Ti diamo il benvenuto',
        registeredOn: dateOnly.format(b.registeredAt),
        portalUrl: this.portal(),
      },
    });
  }

  interviewAppointment(em: EntityManager, b: Beneficiary, interview: Interview): Promise<boolean> {
    return this.send(em, b, {
      dedupeKey: `interview:${interview.id}:appointment`,
      category: 'TRANSACTIONAL',
      template: 'interview_appointment',
      data: {
        firstName: b.firstName,
        when: dateTime.format(interview.scheduledAt),
        mode: MODES[interview.mode] ?? interview.mode,
        operator: interview.operatorName,
        details: interview.location ? `Luogo: ${interview.location}` : '',
      },
    });
  }

  /** A company's job interview invitation: day and time in Bologna, place or link (mailed again when rescheduled). */
  jobInterviewInvitation(
    em: EntityManager,
    b: Beneficiary,
    i: {
      candidateId: string;
      vacancyTitle: string;
      companyName: string;
      at: string;
      place: string | null;
      link: string | null;
      note: string | null;
    },
  ): Promise<boolean> {
    const where = [i.place ? `Luogo: ${i.place}` : '', i.link ? `Collegamento per la videochiamata: ${i.link}` : '']
      .filter(Boolean)
      .join('\n');
    return this.send(em, b, {
      dedupeKey: `job-interview:${i.candidateId}:${i.at}`,
      category: 'TRANSACTIONAL',
      template: 'job_interview_invitation',
      data: {
        firstName: b.firstName,
        company: i.companyName,
        title: i.vacancyTitle,
        when: dateTime.format(new Date(i.at)),
        where,
        note: i.note ? `Indicazioni dell’azienda: ${i.note}` : '',
        portalUrl: this.portal(),
      },
    });
  }

  fuoriProtocolloNotice(em: EntityManager, b: Beneficiary, reason: string, occurrenceKey: string): Promise<boolean> {
    return this.send(em, b, {
      dedupeKey: `fuori-protocollo:${b.id}:${occurrenceKey}`,
      category: 'TRANSACTIONAL',
      template: 'fuori_protocollo_notice',
      data: { firstName: b.firstName, reason: REASONS[reason] ?? reason, readmissionUrl: this.portal('riammissione') },
    });
  }

  /**
   * A new vacancy's alert to each person, with why it suits her (once per person and vacancy, ever), queued in one
   * statement. Returns how many were queued now.
   */
  offerAlerts(
    em: EntityManager,
    vacancy: { vacancyId: string; title: string; municipality: string },
    people: readonly { beneficiary: MailRecipient; why: string }[],
  ): Promise<number> {
    const mails = people.flatMap(({ beneficiary: b, why }) => {
      const mail = this.addressed(b, {
        dedupeKey: `offer:${vacancy.vacancyId}:${b.id}`,
        category: 'ALERT',
        template: 'offer_alert',
        data: { firstName: b.firstName, title: vacancy.title, municipality: vacancy.municipality, why, portalUrl: this.portal('offerte') },
      });
      return mail ? [mail] : [];
    });
    return enqueueMails(em, 'people', mails);
  }

  /** A committee convocation to a member's account (not a beneficiary: members are user accounts). */
  /** A course request decided by the training body or staff: enrolled, or declined with the reason. */
  courseRequestDecided(
    em: EntityManager,
    b: Beneficiary,
    d: { enrolmentId: string; accepted: boolean; title: string; body: string; startDate: string | null; reason: string | null },
  ): Promise<boolean> {
    return this.send(em, b, {
      dedupeKey: `course-request:${d.enrolmentId}:${d.accepted ? 'accepted' : 'declined'}`,
      category: 'TRANSACTIONAL',
      template: d.accepted ? 'course_request_accepted' : 'course_request_declined',
      data: {
        firstName: b.firstName,
        title: d.title,
        body: d.body,
        startDate: d.startDate ? isoDay(d.startDate) : 'data da definire',
        reason: d.reason ?? 'non indicato',
        portalUrl: this.portal('corsi'),
      },
    });
  }

  /** A training body's or an operator's notice of a risk-share settlement adjustment (once per revision and recipient). */
  riskShareAdjusted(
    em: EntityManager,
    recipient: { id: string; email: string; displayName: string; role: string },
    p: RiskShareSettlementAdjustedPayload,
  ): Promise<boolean> {
    const euro = (cents: number) => money.format(cents / 100);
    const portal = recipient.role === 'TRAINING_BODY' ? 'ente' : 'staff';
    return enqueueMail(em, 'people', {
      dedupeKey: `risk-share-adjusted:${p.revisionId}:${recipient.id}`,
      category: 'TRANSACTIONAL',
      recipientId: recipient.id,
      to: recipient.email,
      toName: recipient.displayName,
      template: 'risk_share_adjusted',
      data: {
        name: recipient.displayName,
        edition: p.editionTitle,
        adjustedOn: isoDay(p.adjustedOn),
        revision: String(p.revision),
        reason: adjustmentReason(p),
        rateBefore: `${p.achievedRateBefore.toLocaleString('it-IT')}%`,
        rateAfter: `${p.achievedRateAfter.toLocaleString('it-IT')}%`,
        payableBefore: euro(p.payableBeforeCents),
        payableAfter: euro(p.payableAfterCents),
        delta: `${p.deltaCents > 0 ? '+' : ''}${euro(p.deltaCents)}`,
        portalUrl: `${this.publicUrl.replace(/\/$/, '')}/${portal}/`,
      },
    });
  }

  committeeConvocation(
    em: EntityManager,
    member: { id: string; email: string; displayName: string },
    session: { sessionId: string; committeeName: string; heldOn: string; location: string | null; agenda: string[] },
  ): Promise<boolean> {
    return enqueueMail(em, 'people', {
      dedupeKey: `convocation:${session.sessionId}:${member.id}`,
      category: 'COMMITTEE',
      recipientId: member.id,
      to: member.email,
      toName: member.displayName,
      template: 'committee_convocation',
      data: {
        name: member.displayName,
        committee: session.committeeName,
        when: isoDay(session.heldOn),
        place: session.location ?? 'sede da definire',
        agenda: session.agenda.map((topic, i) => `${i + 1}. ${topic}`).join('\n'),
        portalUrl: `${this.publicUrl.replace(/\/$/, '')}/comitato/`,
      },
    });
  }

  massMessage(em: EntityManager, b: Beneficiary, batchId: string, subject: string, message: string): Promise<boolean> {
    return this.send(em, b, {
      dedupeKey: `mass:${batchId}:${b.id}`,
      category: 'NEWSLETTER',
      batchId,
      template: 'mass_message',
      data: { firstName: b.firstName, subject, message, optOutUrl: this.portal('preferenze') },
    });
  }
}
