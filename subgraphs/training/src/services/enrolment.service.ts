import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, forbidden, groupByKeys, requireRole } from '@ixl/subgraph-kit';
import { validateCodiceFiscale } from '@ixl/territory';
import { CourseEdition } from '../entities/course-edition.entity.js';
import { Enrolment } from '../entities/enrolment.entity.js';
import { CourseEditionStatus, CourseOutcome, EnrolmentStatus } from '../entities/enums.js';
import { publishEditionKpis } from '../events/kpi-events.js';
import { publishEnrolmentChanged } from '../events/publish.js';
import { ratePercent } from './rates.rules.js';
import { assertCanManage, canSeeEdition, editionToManage, isUuid, requireStaffCaller } from './edition-access.js';
import { isIsoDate, todayInRome } from '@ixl/calendar';

export interface EnrolInput {
  editionId: string;
  beneficiaryId: string;
  /** Display name of the participant, as staff know it from `people` (the training body sees it). */
  participantName: string;
  codiceFiscale: string;
}

export interface OutcomeInput {
  enrolmentId: string;
  outcome: CourseOutcome;
  qualificationObtained?: boolean | null;
  qualificationName?: string | null;
  droppedOutOn?: string | null;
  dropOutReason?: string | null;
}

export interface AttendanceSummary {
  attendedMinutes: number;
  scheduledMinutes: number;
  percent: number;
}

const OPEN = new Set([CourseEditionStatus.DRAFT, CourseEditionStatus.ACTIVE]);

/**
 * Why a person may not ask for an edition now (null: they may): only active editions that have not ended and
 * still have a free seat are offered; past or full editions are not (issue 20).
 */
export function notOfferable(
  edition: Pick<CourseEdition, 'status' | 'endDate' | 'seats'>,
  enrolled: number,
  today: string,
): 'COURSE_NOT_OPEN_FOR_REQUESTS' | 'COURSE_REQUEST_EDITION_ENDED' | 'EDITION_FULL' | null {
  if (edition.status !== CourseEditionStatus.ACTIVE) return 'COURSE_NOT_OPEN_FOR_REQUESTS';
  if (edition.endDate < today) return 'COURSE_REQUEST_EDITION_ENDED';
  if (enrolled >= edition.seats) return 'EDITION_FULL';
  return null;
}

/** Enrolments (staff enrol; beneficiaries ask), outcomes and attendance percentages. */
export class EnrolmentService {
  constructor(private readonly em: EntityManager) {}

  /** Staff enrol a person (or confirm the person's request), with the name and codice fiscale the body will see. */
  async enrol(caller: Caller, input: EnrolInput): Promise<Enrolment> {
    requireStaffCaller(caller);
    const edition = await editionToManage(this.em, caller, input.editionId);
    if (!OPEN.has(edition.status)) throw new DomainError('ENROLMENTS_CLOSED', {}, 'editionId');
    if (!isUuid(input.beneficiaryId)) throw badInput('beneficiaryId', 'EXPECTED_BENEFICIARY_ID');
    const name = input.participantName.trim();
    if (!name || name.length > 200) throw badInput('participantName', 'PARTICIPANT_NAME_REQUIRED');
    const cf = validateCodiceFiscale(input.codiceFiscale);
    if (!cf.ok) throw badInput('codiceFiscale', `CODICE_FISCALE_${cf.reason}`, { detail: cf.message });
    return this.em.transactional(async (tx) => {
      // Lock the edition so that concurrent enrolments cannot overbook its seats.
      const txEdition = await tx.findOneOrFail(CourseEdition, { id: edition.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const existing = await tx.findOne(Enrolment, { edition: edition.id, beneficiaryId: input.beneficiaryId });
      if (existing?.status === EnrolmentStatus.ENROLLED)
        throw new DomainError('ALREADY_ENROLLED', {}, 'beneficiaryId', { existingId: existing.id });
      if (await tx.count(Enrolment, { edition: edition.id, codiceFiscale: cf.normalized, beneficiaryId: { $ne: input.beneficiaryId } })) {
        throw new DomainError('CODICE_FISCALE_IN_EDITION', {}, 'codiceFiscale');
      }
      const taken = await tx.count(Enrolment, { edition: edition.id, status: EnrolmentStatus.ENROLLED });
      if (taken >= edition.seats) throw new DomainError('SEATS_TAKEN', { seats: edition.seats }, 'editionId');
      const enrolment =
        existing ??
        tx.create(Enrolment, { id: randomUUID(), edition: txEdition, beneficiaryId: input.beneficiaryId, enrolledAt: new Date() });
      const wasRequested = existing?.status === EnrolmentStatus.REQUESTED;
      Object.assign(enrolment, {
        status: EnrolmentStatus.ENROLLED,
        participantName: name,
        codiceFiscale: cf.normalized,
        enrolledAt: new Date(),
        ...(wasRequested ? { decidedAt: new Date(), decidedBy: caller.userId ?? null, decisionReason: null } : {}),
      });
      tx.persist(enrolment);
      await tx.flush();
      // Staff confirming the person's own request: the person is told, as when the body accepts it.
      await publishEnrolmentChanged(
        tx,
        enrolment,
        caller.userId,
        wasRequested
          ? { previousStatus: 'REQUESTED', trainingBodyName: (await tx.populate(txEdition, ['trainingBody'])).trainingBody.name }
          : undefined,
      );
      await publishEditionKpis(tx, [edition.id], caller.userId);
      return enrolment;
    });
  }

  /**
   * A beneficiary asks to join an edition of the catalogue ("Chiedi l'iscrizione"); asking twice returns the same
   * request. Only editions still open to requests: active, not ended, with a free seat (`offerable`). The name and
   * codice fiscale the person's portal sends from their own record travel with the request, so the training body
   * and staff see who asks (docs/domain.md §3: "Training bodies … upload attendance (per session, per person …)").
   */
  async request(
    caller: Caller,
    editionId: string,
    identity?: { participantName?: string | null; codiceFiscale?: string | null },
  ): Promise<Enrolment> {
    requireRole(caller, 'BENEFICIARY');
    if (!caller.beneficiaryId) throw forbidden();
    const edition = isUuid(editionId) ? await this.em.findOne(CourseEdition, { id: editionId }) : null;
    if (!edition || !canSeeEdition(caller, edition) || edition.status !== CourseEditionStatus.ACTIVE)
      throw badInput('editionId', 'COURSE_NOT_OPEN_FOR_REQUESTS');
    const name = identity?.participantName?.trim().replace(/\s+/g, ' ') || null;
    if (name && name.length > 200) throw badInput('participantName', 'PARTICIPANT_NAME_TOO_LONG');
    let cf: string | null = null;
    if (identity?.codiceFiscale?.trim()) {
      const checked = validateCodiceFiscale(identity.codiceFiscale);
      if (!checked.ok) throw badInput('codiceFiscale', `CODICE_FISCALE_${checked.reason}`, { detail: checked.message });
      cf = checked.normalized;
    }
    const beneficiaryId = caller.beneficiaryId;
    return this.em.transactional(async (tx) => {
      const existing = await tx.findOne(Enrolment, { edition: edition.id, beneficiaryId });
      if (existing && existing.status !== EnrolmentStatus.REJECTED && existing.status !== EnrolmentStatus.WITHDRAWN) return existing;
      const txEdition = await tx.findOneOrFail(CourseEdition, { id: edition.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const taken = await tx.count(Enrolment, { edition: edition.id, status: EnrolmentStatus.ENROLLED });
      const why = notOfferable(txEdition, taken, todayInRome());
      if (why) throw badInput('editionId', why);
      const enrolment =
        existing ??
        tx.create(Enrolment, {
          id: randomUUID(),
          edition: txEdition,
          beneficiaryId,
          enrolledAt: new Date(),
          status: EnrolmentStatus.REQUESTED,
        });
      Object.assign(enrolment, {
        status: EnrolmentStatus.REQUESTED,
        requestedAt: new Date(),
        decidedAt: null,
        decidedBy: null,
        decisionReason: null,
        participantName: name ?? enrolment.participantName,
        codiceFiscale: cf ?? enrolment.codiceFiscale,
      });
      tx.persist(enrolment);
      await tx.flush();
      await publishEnrolmentChanged(tx, enrolment, caller.userId);
      return enrolment;
    });
  }

  /**
   * The training body of the edition (or staff) accepts a course request (the person is enrolled: a seat is taken,
   * KPIs change) or declines it with a reason. The person is told in the portal and, through `people`, by mail.
   */
  async decideRequest(caller: Caller, input: { enrolmentId: string; accept: boolean; reason?: string | null }): Promise<Enrolment> {
    const found = isUuid(input.enrolmentId) ? await this.em.findOne(Enrolment, { id: input.enrolmentId }, { populate: ['edition'] }) : null;
    assertCanManage(caller, found?.edition ?? null);
    if (!found) throw badInput('enrolmentId', 'UNKNOWN_COURSE_REQUEST');
    if (found.status !== EnrolmentStatus.REQUESTED) throw new DomainError('COURSE_REQUEST_ALREADY_ANSWERED', {}, 'enrolmentId');
    const reason = input.reason?.trim().replace(/\s+/g, ' ') || null;
    if (!input.accept && (!reason || reason.length < 3 || reason.length > 500)) throw badInput('reason', 'DECLINE_REASON_LENGTH');
    if (input.accept && (!found.participantName || !found.codiceFiscale)) throw badInput('enrolmentId', 'COURSE_REQUEST_WITHOUT_IDENTITY');
    return this.em.transactional(async (tx) => {
      const edition = await tx.findOneOrFail(
        CourseEdition,
        { id: found.edition.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['trainingBody'] },
      );
      const e = await tx.findOneOrFail(Enrolment, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (e.status !== EnrolmentStatus.REQUESTED) throw new DomainError('COURSE_REQUEST_ALREADY_ANSWERED', {}, 'enrolmentId');
      if (input.accept) {
        if (!OPEN.has(edition.status)) throw new DomainError('ENROLMENTS_CLOSED', {}, 'enrolmentId');
        if (edition.endDate < todayInRome()) throw new DomainError('EDITION_ENDED', {}, 'enrolmentId');
        const taken = await tx.count(Enrolment, { edition: edition.id, status: EnrolmentStatus.ENROLLED });
        if (taken >= edition.seats) throw new DomainError('SEATS_TAKEN', { seats: edition.seats }, 'enrolmentId');
        if (
          await tx.count(Enrolment, {
            edition: edition.id,
            codiceFiscale: e.codiceFiscale,
            beneficiaryId: { $ne: e.beneficiaryId },
            status: EnrolmentStatus.ENROLLED,
          })
        )
          throw new DomainError('CODICE_FISCALE_IN_EDITION', {}, 'enrolmentId');
      }
      Object.assign(e, {
        status: input.accept ? EnrolmentStatus.ENROLLED : EnrolmentStatus.REJECTED,
        enrolledAt: input.accept ? new Date() : e.enrolledAt,
        decidedAt: new Date(),
        decidedBy: caller.userId ?? null,
        decisionReason: input.accept ? null : reason,
      });
      await tx.flush();
      await publishEnrolmentChanged(tx, e, caller.userId, { previousStatus: 'REQUESTED', trainingBodyName: edition.trainingBody.name });
      if (input.accept) await publishEditionKpis(tx, [edition.id], caller.userId);
      return e;
    });
  }

  /** The training body (or staff) records a participant's outcome. */
  async recordOutcome(caller: Caller, input: OutcomeInput): Promise<Enrolment> {
    const enrolment = isUuid(input.enrolmentId)
      ? await this.em.findOne(Enrolment, { id: input.enrolmentId }, { populate: ['edition'] })
      : null;
    assertCanManage(caller, enrolment?.edition ?? null);
    if (!enrolment || enrolment.status !== EnrolmentStatus.ENROLLED) throw badInput('enrolmentId', 'OUTCOME_ONLY_ENROLLED');
    const dropped = input.outcome === CourseOutcome.DROPPED_OUT;
    if (dropped) {
      if (!input.droppedOutOn || !isIsoDate(input.droppedOutOn)) throw badInput('droppedOutOn', 'DROP_OUT_DATE_REQUIRED');
      if (input.droppedOutOn < enrolment.edition.startDate || input.droppedOutOn > enrolment.edition.endDate)
        throw badInput('droppedOutOn', 'DROP_OUT_DATE_OUTSIDE_EDITION');
      if (!input.dropOutReason?.trim()) throw badInput('dropOutReason', 'DROP_OUT_REASON_REQUIRED');
      if (input.qualificationObtained) throw badInput('qualificationObtained', 'DROP_OUT_NO_QUALIFICATION');
    } else if (input.droppedOutOn || input.dropOutReason) {
      throw badInput(input.droppedOutOn ? 'droppedOutOn' : 'dropOutReason', 'DROP_OUT_ONLY_DATE_REASON');
    }
    if (input.qualificationObtained && input.outcome !== CourseOutcome.COMPLETED)
      throw badInput('qualificationObtained', 'QUALIFICATION_NEEDS_COMPLETION');
    return this.em.transactional(async (tx) => {
      const e = await tx.findOneOrFail(Enrolment, { id: enrolment.id }, { populate: ['edition'] });
      Object.assign(e, {
        outcome: input.outcome,
        qualificationObtained: !!input.qualificationObtained,
        qualificationName: input.qualificationObtained ? input.qualificationName?.trim() || null : null,
        droppedOutOn: dropped ? input.droppedOutOn : null,
        dropOutReason: dropped ? input.dropOutReason?.trim().slice(0, 500) : null,
        outcomeRecordedAt: new Date(),
      });
      await tx.flush();
      await publishEnrolmentChanged(tx, e, caller.userId);
      return e;
    });
  }

  /** Attended ÷ scheduled hours per enrolment, one query for all of them. */
  async attendanceSummaries(enrolmentIds: readonly string[]): Promise<AttendanceSummary[]> {
    const rows = await this.em.execute<{ id: string; attended: number; scheduled: number }[]>(
      `select n.id,
  coalesce((select sum(a.minutes_present) from training.attendance a where a.enrolment_id = n.id), 0)::int as attended,
  coalesce((select sum(s.length_minutes) from training.course_session s where s.edition_id = n.edition_id), 0)::int as scheduled
from training.enrolment n where n.id in (select jsonb_array_elements_text(?::jsonb)::uuid)`,
      [JSON.stringify([...new Set(enrolmentIds)])],
    );
    const map = new Map(rows.map((r) => [r.id, r]));
    return enrolmentIds.map((id) => {
      const r = map.get(id);
      return {
        attendedMinutes: r?.attended ?? 0,
        scheduledMinutes: r?.scheduled ?? 0,
        percent: ratePercent(r?.attended ?? 0, r?.scheduled ?? 0),
      };
    });
  }

  /** Attendance rows per enrolment (session order), one query for all of them. */
  async attendanceRows(enrolmentIds: readonly string[]): Promise<{ enrolmentId: string; sessionId: string; minutes: number }[][]> {
    const rows = await this.em.execute<{ enrolment_id: string; session_id: string; minutes_present: number }[]>(
      `select a.enrolment_id, a.session_id, a.minutes_present from training.attendance a join training.course_session s on s.id = a.session_id
where a.enrolment_id in (select jsonb_array_elements_text(?::jsonb)::uuid) order by s.date, s.code`,
      [JSON.stringify([...new Set(enrolmentIds)])],
    );
    return groupByKeys(
      enrolmentIds,
      rows.map((r) => ({ enrolmentId: r.enrolment_id, sessionId: r.session_id, minutes: r.minutes_present })),
      (r) => r.enrolmentId,
    );
  }
}
