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
import { isIsoDate } from '@ixl/calendar';

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
      Object.assign(enrolment, {
        status: EnrolmentStatus.ENROLLED,
        participantName: name,
        codiceFiscale: cf.normalized,
        enrolledAt: new Date(),
      });
      tx.persist(enrolment);
      await tx.flush();
      await publishEnrolmentChanged(tx, enrolment, caller.userId);
      await publishEditionKpis(tx, [edition.id], caller.userId);
      return enrolment;
    });
  }

  /** A beneficiary asks to join an edition of the catalogue; asking twice returns the same request. */
  async request(caller: Caller, editionId: string): Promise<Enrolment> {
    requireRole(caller, 'BENEFICIARY');
    if (!caller.beneficiaryId) throw forbidden();
    const edition = isUuid(editionId) ? await this.em.findOne(CourseEdition, { id: editionId }) : null;
    if (!edition || !canSeeEdition(caller, edition) || edition.status !== CourseEditionStatus.ACTIVE)
      throw badInput('editionId', 'COURSE_NOT_OPEN_FOR_REQUESTS');
    const beneficiaryId = caller.beneficiaryId;
    return this.em.transactional(async (tx) => {
      const existing = await tx.findOne(Enrolment, { edition: edition.id, beneficiaryId });
      if (existing) return existing;
      const enrolment = tx.create(Enrolment, {
        id: randomUUID(),
        edition: await tx.findOneOrFail(CourseEdition, { id: edition.id }),
        beneficiaryId,
        enrolledAt: new Date(),
        status: EnrolmentStatus.REQUESTED,
      });
      tx.persist(enrolment);
      await tx.flush();
      await publishEnrolmentChanged(tx, enrolment, caller.userId);
      return enrolment;
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
