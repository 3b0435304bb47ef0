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
    if (!name || name.length > 200) throw badInput('name', 'The name is required (at most 200 characters)');
    const same = await this.em.findOne(TrainingBody, { name });
    if (same) throw new DomainError('CONFLICT', 'A training body with this name exists', 'name', { existingId: same.id });
    const body = this.em.create(TrainingBody, { id: randomUUID(), name, email: input.email?.trim() || null });
    await this.em.persistAndFlush(body);
    return body;
  }

  async create(caller: Caller, input: NewEdition): Promise<CourseEdition> {
    requireStaffCaller(caller);
    if (!isUuid(input.trainingBodyId) || !(await this.em.count(TrainingBody, { id: input.trainingBodyId })))
      throw badInput('trainingBodyId', 'Unknown training body');
    if (!input.title.trim() || input.title.length > 300) throw badInput('title', 'The title is required (at most 300 characters)');
    if (!/^[A-Z0-9_]{2,40}$/.test(input.subject))
      throw badInput('subject', 'The subject is a code like OSS, CQC, ADDETTO_PULIZIE, ITALIANO, CV_DINAMICO, SICUREZZA');
    if (!isIsoDate(input.startDate)) throw badInput('startDate', 'Expected an ISO date (YYYY-MM-DD)');
    if (!isIsoDate(input.endDate) || input.endDate < input.startDate)
      throw badInput('endDate', 'Expected an ISO date not before the start date');
    if (!Number.isInteger(input.seats) || input.seats < 1 || input.seats > 1000)
      throw badInput('seats', 'Seats must be between 1 and 1000');
    if (!Number.isInteger(input.totalCostCents) || input.totalCostCents < 0)
      throw badInput('totalCostCents', 'The total cost is a whole number of cents ≥ 0');
    const window = input.kpiWindowMonths ?? 12;
    if (!Number.isInteger(window) || window < 1 || window > 60) throw badInput('kpiWindowMonths', 'The KPI window is 1 to 60 months');
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
    if (!sessions.length || sessions.length > 500) throw badInput('sessions', 'Give 1 to 500 sessions');
    const existing = new Set((await this.em.find(CourseSession, { edition: edition.id })).map((s) => s.code));
    const created: CourseSession[] = [];
    sessions.forEach((s, i) => {
      if (!isIsoDate(s.date) || s.date < edition.startDate || s.date > edition.endDate)
        throw badInput(`sessions.${i}.date`, 'The session date must fall within the edition');
      const minutes = Math.round(s.hours * 60);
      if (!Number.isFinite(s.hours) || minutes < 15 || minutes > 12 * 60 || Math.abs(s.hours * 60 - minutes) > 1e-6)
        throw badInput(`sessions.${i}.hours`, 'A session lasts 0.25 to 12 hours, in whole minutes');
      let code = s.code?.trim() || s.date;
      if (!s.code) for (let n = 2; existing.has(code); n++) code = `${s.date}#${n}`;
      if (code.length > 40 || existing.has(code))
        throw badInput(`sessions.${i}.code`, `Session code "${code.slice(0, 40)}" is already used in this edition`);
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
      if (!isUuid(c.companyId)) throw badInput(`commitments.${i}.companyId`, 'Expected a company id');
      if (c.vacancyId != null && !isUuid(c.vacancyId)) throw badInput(`commitments.${i}.vacancyId`, 'Expected a vacancy id');
      if (c.positions != null && (!Number.isInteger(c.positions) || c.positions < 1))
        throw badInput(`commitments.${i}.positions`, 'Positions must be ≥ 1');
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
      throw new DomainError('ILLEGAL_TRANSITION', `Only a draft edition can be activated (this one is ${edition.status})`, 'editionId');
    if (edition.stream === CourseStream.PROFESSIONAL && !(await this.em.count(HiringCommitment, { edition: edition.id }))) {
      throw new DomainError(
        'ILLEGAL_TRANSITION',
        'A professional (2.b) course can be activated only when the positions are identified: add the vacancies or companies committed to hire',
        'hiringCommitments',
      );
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
    if (!e) throw notFound('Course edition');
    return e;
  }
}
