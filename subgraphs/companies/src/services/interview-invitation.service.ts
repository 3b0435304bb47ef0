import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import type { InterviewInvitedPayload } from '@ixl/contracts';
import { DomainError, forbidden, isUuid, badInput, notFound, requireAuthenticated } from '@ixl/subgraph-kit';
import type { InviteToInterviewInput, MyJobInterview } from '../dto/interview.input.js';
import { CandidateRecord, CandidateStatus } from '../entities/candidate.entity.js';
import { Company } from '../entities/company.entity.js';
import { publishCompaniesEvent } from '../events/publish.js';
import { CandidateService } from './candidate.service.js';
import { interviewDetails } from './interview-invitation.rules.js';

/** Job interview invitations: the company sets day, time and place or link; the person sees them and gets a mail. */
export class InterviewInvitationService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Company (its own proposed candidates) or staff: moves a PROPOSED / CV_SENT candidate to INTERVIEW with the
   * details, or reschedules one already at the interview stage; publishes InterviewInvited (people mails it).
   */
  async invite(caller: Caller, input: InviteToInterviewInput, now = new Date()): Promise<CandidateRecord> {
    requireAuthenticated(caller);
    if (!isUuid(input.candidateId)) throw badInput('candidateId', 'INVALID_ID', { field: 'candidateId' });
    return this.em.transactional(async (tx) => {
      const found = await tx.findOne(CandidateRecord, { id: input.candidateId }, { populate: ['vacancy'] });
      const staff = caller.role === 'STAFF' || caller.role === 'ADMIN';
      const own =
        found && caller.role === 'COMPANY' && found.vacancy.company.id === caller.companyId && found.status !== CandidateStatus.SHORTLISTED;
      if (!staff && !own) throw forbidden('NOT_YOUR_CANDIDATE');
      if (!found) throw notFound('CANDIDATE_NOT_FOUND');
      const details = interviewDetails(input, now);
      const candidate =
        found.status === CandidateStatus.INTERVIEW
          ? found
          : await new CandidateService(tx).changeStatus(caller, { candidateId: found.id, status: CandidateStatus.INTERVIEW });
      if (candidate.status !== CandidateStatus.INTERVIEW)
        throw new DomainError('CANDIDATE_NOT_INVITABLE', { candidateStatus: candidate.status }, 'candidateId');
      const managed = await tx.findOneOrFail(CandidateRecord, { id: candidate.id }, { populate: ['vacancy'] });
      tx.assign(managed, {
        interviewAt: details.at,
        interviewPlace: details.place,
        interviewLink: details.link,
        interviewNote: details.note,
        updatedAt: new Date(),
      });
      await tx.flush();
      const company = await tx.findOneOrFail(Company, { id: managed.vacancy.company.id });
      const payload: InterviewInvitedPayload = {
        candidateId: managed.id,
        vacancyId: managed.vacancy.id,
        vacancyTitle: managed.vacancy.title,
        companyId: company.id,
        companyName: company.name,
        beneficiaryId: managed.beneficiaryId,
        at: details.at.toISOString(),
        place: details.place,
        link: details.link,
        note: details.note,
      };
      await publishCompaniesEvent(tx, 'InterviewInvited', { type: 'Candidate', id: managed.id }, payload, caller.userId ?? null);
      return managed;
    });
  }

  /** The signed-in person's job interviews still ahead (or of the last day), soonest first. */
  async mine(caller: Caller, now = new Date()): Promise<MyJobInterview[]> {
    requireAuthenticated(caller);
    if (caller.role !== 'BENEFICIARY' || !caller.beneficiaryId) throw forbidden('OWN_INTERVIEWS_ONLY');
    const since = new Date(now.getTime() - 86_400_000);
    const rows = await this.em.find(
      CandidateRecord,
      { beneficiaryId: caller.beneficiaryId, status: CandidateStatus.INTERVIEW, interviewAt: { $gte: since } },
      { populate: ['vacancy', 'vacancy.company'], orderBy: { interviewAt: 'asc', id: 'asc' } },
    );
    return rows.map((c) => ({
      candidateId: c.id,
      vacancyTitle: c.vacancy.title,
      companyName: c.vacancy.company.name,
      at: c.interviewAt as Date,
      place: c.interviewPlace,
      link: c.interviewLink,
      note: c.interviewNote,
    }));
  }
}
