import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, notFound } from '@ixl/subgraph-kit';
import { CourseEdition, CourseStream } from '../entities/course-edition.entity.js';
import { CourseSession } from '../entities/course-session.entity.js';
import { RiskShareService } from './risk-share.service.js';
import { HiringCommitment } from '../entities/hiring-commitment.entity.js';
import { TrainingBody } from '../entities/training-body.entity.js';
import { CourseDelivery, CourseEditionStatus } from '../entities/enums.js';
import { editionToManage, isUuid, requireStaffCaller } from './edition-access.js';
import { isIsoDate } from '@ixl/calendar';

export interface NewEdition {
  trainingBodyId: string;
  title: string;
  subject: string;
  stream: CourseStream;
  delivery?: CourseDelivery | null;
  startDate: string;
  endDate: string;
  seats: number;
  totalCostCents: number;
  kpiWindowMonths?: number | null;
}

export interface NewSession {
  date: string;
  hours: number;
  code?: string | null;
}

export interface NewCommitment {
  companyId: string;
  vacancyId?: string | null;
  positions?: number | null;
}

/** Course editions, their sessions and the companies committed to hire; activation enforces the 2.b rule. */
export class EditionService {
  constructor(private readonly em: EntityManager) {}

  async createTrainingBody(caller: Caller, input: { name: string; email?: string | null }): Promise<TrainingBody> {
    requireStaffCaller(caller);
    const name = input.name.trim();
    if (!name || name.length > 200) throw badInput('name', 'BODY_NAME_REQUIRED');
    const same = await this.em.findOne(TrainingBody, { name });
    if (same) throw new DomainError('TRAINING_BODY_NAME_TAKEN', {}, 'name', { existingId: same.id });
    const body = this.em.create(TrainingBody, { id: randomUUID(), name, email: input.email?.trim() || null });
    await this.em.persistAndFlush(body);
    return body;
  }

  async create(caller: Caller, input: NewEdition): Promise<CourseEdition> {
    requireStaffCaller(caller);
    if (!isUuid(input.trainingBodyId) || !(await this.em.count(TrainingBody, { id: input.trainingBodyId })))
      throw badInput('trainingBodyId', 'UNKNOWN_TRAINING_BODY');
    if (!input.title.trim() || input.title.length > 300) throw badInput('title', 'EDITION_TITLE_REQUIRED');
    if (!/^[A-Z0-9_]{2,40}$/.test(input.subject)) throw badInput('subject', 'SUBJECT_CODE_FORMAT');
    if (!isIsoDate(input.startDate)) throw badInput('startDate', 'EXPECTED_ISO_DATE');
    if (!isIsoDate(input.endDate) || input.endDate < input.startDate) throw badInput('endDate', 'END_NOT_BEFORE_START');
    if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > 1000) throw badInput('seats', 'SEATS_RANGE');
    if (!Number.isInteger(input.totalCostCents) || input.totalCostCents < 0) throw badInput('totalCostCents', 'TOTAL_COST_WHOLE_CENTS');
    const window = input.kpiWindowMonths ?? 12;
    if (!Number.isInteger(window) || window < 1 || window > 60) throw badInput('kpiWindowMonths', 'KPI_WINDOW_60');
    const edition = this.em.create(CourseEdition, {
      id: randomUUID(),
      trainingBody: this.em.getReference(TrainingBody, input.trainingBodyId),
      title: input.title.trim(),
      subject: input.subject,
      stream: input.stream,
      delivery: input.delivery ?? CourseDelivery.IN_PERSON,
      status: CourseEditionStatus.DRAFT,
      startDate: input.startDate,
      endDate: input.endDate,
      seats: input.seats,
      totalCostCents: input.totalCostCents,
      kpiWindowMonths: window,
    });
    await this.em.persistAndFlush(edition);
    return edition;
  }

  /** Adds sessions (staff or the edition's body); all validated first, none written on any error. */
  async addSessions(caller: Caller, editionId: string, sessions: NewSession[]): Promise<CourseSession[]> {
    const edition = await editionToManage(this.em, caller, editionId);
    if (!sessions.length || sessions.length > 500) throw badInput('sessions', 'SESSIONS_COUNT_RANGE');
    const existing = new Set((await this.em.find(CourseSession, { edition: edition.id })).map((s) => s.code));
    const created: CourseSession[] = [];
    sessions.forEach((s, i) => {
      if (!isIsoDate(s.date) || s.date < edition.startDate || s.date > edition.endDate)
        throw badInput(`sessions.${i}.date`, 'SESSION_OUTSIDE_EDITION');
      const minutes = Math.round(s.hours * 60);
      if (!Number.isFinite(s.hours) || minutes < 15 || minutes > 12 * 60 || Math.abs(s.hours * 60 - minutes) > 1e-6)
        throw badInput(`sessions.${i}.hours`, 'SESSION_LENGTH_RANGE');
      let code = s.code?.trim() || s.date;
      if (!s.code) for (let n = 2; existing.has(code); n++) code = `${s.date}#${n}`;
      if (code.length > 40 || existing.has(code)) throw badInput(`sessions.${i}.code`, 'SESSION_CODE_TAKEN', { code: code.slice(0, 40) });
      existing.add(code);
      created.push(this.em.create(CourseSession, { id: randomUUID(), edition, code, date: s.date, lengthMinutes: minutes }));
    });
    await this.em.persistAndFlush(created);
    return created;
  }

  /** Replaces the list of companies committed to hire (and the identified vacancies). */
  async setHiringCommitments(caller: Caller, editionId: string, commitments: NewCommitment[]): Promise<HiringCommitment[]> {
    requireStaffCaller(caller);
    const edition = await editionToManage(this.em, caller, editionId);
    commitments.forEach((c, i) => {
      if (!isUuid(c.companyId)) throw badInput(`commitments.${i}.companyId`, 'EXPECTED_COMPANY_ID');
      if (c.vacancyId != null && !isUuid(c.vacancyId)) throw badInput(`commitments.${i}.vacancyId`, 'EXPECTED_VACANCY_ID');
      if (c.positions != null && (!Number.isInteger(c.positions) || c.positions < 1))
        throw badInput(`commitments.${i}.positions`, 'POSITIONS_AT_LEAST_ONE');
    });
    return this.em.transactional(async (tx) => {
      await tx.nativeDelete(HiringCommitment, { edition: edition.id });
      const rows = commitments.map((c) =>
        tx.create(HiringCommitment, {
          id: randomUUID(),
          edition: tx.getReference(CourseEdition, edition.id),
          companyId: c.companyId,
          vacancyId: c.vacancyId ?? null,
          positions: c.positions ?? null,
        }),
      );
      tx.persist(rows);
      return rows;
    });
  }

  /** DRAFT → ACTIVE. A 2.b PROFESSIONAL course needs identified positions: at least one hiring commitment. */
  async activate(caller: Caller, editionId: string): Promise<CourseEdition> {
    requireStaffCaller(caller);
    const edition = await editionToManage(this.em, caller, editionId);
    if (edition.status !== CourseEditionStatus.DRAFT)
      throw new DomainError('ONLY_DRAFT_EDITION_ACTIVATED', { editionStatus: edition.status }, 'editionId');
    if (edition.stream === CourseStream.PROFESSIONAL && !(await this.em.count(HiringCommitment, { edition: edition.id }))) {
      throw new DomainError('PROFESSIONAL_COURSE_NEEDS_POSITIONS', {}, 'hiringCommitments');
    }
    edition.status = CourseEditionStatus.ACTIVE;
    // Every 2.b course has the 30% risk-share agreement from activation (seeds/003_fe62a26ba95cc30f.txt:1165-1171).
    if (edition.stream === CourseStream.PROFESSIONAL) {
      const commitments = await this.em.find(HiringCommitment, { edition: edition.id });
      const positions = commitments.reduce((sum, c) => sum + (c.positions ?? 1), 0);
      // One flush: the status, the agreement and its audit row are written in one transaction.
      await new RiskShareService(this.em).createDefaultAgreement(this.em, edition, positions, caller);
    }
    await this.em.flush();
    return edition;
  }

  async sessionsOf(editionIds: readonly string[]): Promise<CourseSession[]> {
    return this.em.find(CourseSession, { edition: { $in: [...new Set(editionIds)] } }, { orderBy: { date: 'asc', code: 'asc' } });
  }

  async commitmentsOf(editionIds: readonly string[]): Promise<HiringCommitment[]> {
    return this.em.find(HiringCommitment, { edition: { $in: [...new Set(editionIds)] } });
  }

  async get(id: string): Promise<CourseEdition> {
    const e = isUuid(id) ? await this.em.findOne(CourseEdition, { id }) : null;
    if (!e) throw notFound('COURSE_EDITION_NOT_FOUND');
    return e;
  }
}
