import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput, requireAuthenticated } from '@ixl/subgraph-kit';
import { Call } from '../entities/call.entity.js';
import { CallKind, OrganisationKind, SubjectKind } from '../entities/enums.js';
import { Project, ProjectSector, ProjectStatus } from '../entities/project.entity.js';
import { recordStep } from '../events/status-changed.js';
import { isCallOpen } from './call.service.js';
import { todayInRome } from '@ixl/calendar';

export interface ApplicationInput {
  callId: string;
  title: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  contactEmail: string;
  projectLines: string;
  actorsInvolved: string;
  needsAnalysis: string;
  sector: ProjectSector;
  expectedJobs: number;
  sustainabilityPlan: string;
  requestedAmountCents?: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ACCEPTED: Record<CallKind, OrganisationKind[]> = {
  [CallKind.SOCIAL_INNOVATION]: [OrganisationKind.ETS, OrganisationKind.INFORMAL_GROUP],
  [CallKind.OVER_55_HIRING]: [OrganisationKind.ETS],
  [CallKind.LABOUR_INTERMEDIARIES]: [OrganisationKind.LABOUR_INTERMEDIARY],
};

/** Unambiguous tracking code for the applicant, e.g. IXL-2026-7KQ3MZ. */
export function newTrackingCode(year: string): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = randomBytes(6);
  return `IXL-${year}-${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

function text(field: string, value: string | null | undefined, min: number, max = 10_000): string {
  const v = (value ?? '').trim();
  if (v.length < min) throw min > 1 ? badInput(field, 'FIELD_TOO_SHORT', { field, min }) : badInput(field, 'FIELD_REQUIRED', { field });
  if (v.length > max) throw badInput(field, 'FIELD_TOO_LONG', { field, max });
  return v;
}

/** The online application form (public, or from an account: the project is then linked to it). */
export class ApplicationService {
  constructor(private readonly em: EntityManager) {}

  async submit(caller: Caller, input: ApplicationInput): Promise<Project> {
    const call = await this.em.findOne(Call, { id: input.callId });
    const today = todayInRome();
    if (!call) throw badInput('callId', 'UNKNOWN_CALL');
    if (!isCallOpen(call, today)) throw badInput('callId', 'CALL_NOT_OPEN');
    if (!ACCEPTED[call.kind].includes(input.organisationKind))
      throw badInput('organisationKind', 'CALL_ACCEPTS', { accepted: ACCEPTED[call.kind].join(', ') });
    const values = {
      title: text('title', input.title, 3, 200),
      organisationName: text('organisationName', input.organisationName, 2, 200),
      contactEmail: text('contactEmail', input.contactEmail, 3, 200).toLowerCase(),
      projectLines: text('projectLines', input.projectLines, 20),
      actorsInvolved: text('actorsInvolved', input.actorsInvolved, 3),
      needsAnalysis: text('needsAnalysis', input.needsAnalysis, 20),
      sustainabilityPlan: text('sustainabilityPlan', input.sustainabilityPlan, 20),
    };
    if (!EMAIL.test(values.contactEmail)) throw badInput('contactEmail', 'INVALID_EMAIL_ADDRESS');
    if (!Number.isInteger(input.expectedJobs) || input.expectedJobs < 0 || input.expectedJobs > 200)
      throw badInput('expectedJobs', 'EXPECTED_JOBS_RANGE');
    const requested = input.requestedAmountCents ?? null;
    if (requested !== null && (!Number.isInteger(requested) || requested < 0)) throw badInput('requestedAmountCents', 'AMOUNT_WHOLE_CENTS');
    if (requested !== null && call.maxAmountCents !== null && requested > call.maxAmountCents)
      throw badInput('requestedAmountCents', 'CALL_MAX_AMOUNT', { maxAmountCents: call.maxAmountCents });
    return this.em.transactional(async (tx) => {
      const project = tx.create(Project, {
        id: randomUUID(),
        ...values,
        organisationKind: input.organisationKind,
        sector: input.sector,
        expectedJobs: input.expectedJobs,
        status: ProjectStatus.SUBMITTED,
        submittedAt: new Date(),
        callId: call.id,
        trackingCode: newTrackingCode(today.slice(0, 4)),
        requestedAmountCents: requested,
        applicantUserId: caller.role === 'ANONYMOUS' ? null : caller.userId,
      });
      tx.persist(project);
      await recordStep(tx, {
        subjectKind: SubjectKind.PROJECT,
        subjectId: project.id,
        from: null,
        to: ProjectStatus.SUBMITTED,
        reason: null,
        on: today,
        actorId: caller.userId,
      });
      return project;
    });
  }

  /** The applications submitted from the caller's account. */
  async mine(caller: Caller): Promise<Project[]> {
    requireAuthenticated(caller);
    if (!caller.userId) throw new DomainError('LOGIN_REQUIRED', {});
    return this.em.find(Project, { applicantUserId: caller.userId }, { orderBy: { submittedAt: 'desc' } });
  }
}
