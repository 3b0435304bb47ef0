import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff, type Caller } from '@ixl/auth';
import { publishProjectsEvent } from '../events/publish.js';
import type { CommitteeDecisionRecordedPayload, FundingApprovedPayload } from '@ixl/contracts';
import { DomainError, badInput, forbidden } from '@ixl/subgraph-kit';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { Committee } from '../entities/committee.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { CommitteeKind, CommitteeMemberRole, DecisionOutcome, SubjectKind } from '../entities/enums.js';
import { Vote } from '../entities/vote.entity.js';
import { projectKindName } from '../events/status-changed.js';
import { ProjectAccess } from './access.service.js';
import { DECIDING_KINDS } from './committee.service.js';
import { applyDecisionToSubject } from './decision-effects.js';
import { validateFunding, type FundingTerms, type ValidFunding } from './funding-limits.rules.js';
import { assertDecisionAllowed, tally } from './quorum.rules.js';

export interface DecisionInput {
  agendaItemId: string;
  outcome: DecisionOutcome;
  conditions?: string | null;
  /** Management committee approvals: the loan or grant to hand to finance. */
  funding?: FundingTerms | null;
}

/** Records a committee decision (quorum, majority, funding limits) and moves the dossier on. */
export class DecisionService {
  constructor(private readonly em: EntityManager) {}

  async record(caller: Caller, input: DecisionInput): Promise<Decision> {
    if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
    return this.em.transactional(async (tx) => {
      const item = await tx.findOne(AgendaItem, { id: input.agendaItemId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const session = item ? await tx.findOne(CommitteeSession, { id: item.sessionId }) : null;
      if (!item || !session) throw isStaff(caller) ? badInput('agendaItemId', 'UNKNOWN_AGENDA_ITEM') : forbidden();
      await new ProjectAccess(tx).requireStaffOrMember(caller, session.committeeId);
      if (!isStaff(caller)) {
        // Issue 20: the chair (or the secretary) records the committee's decision; the other members vote only.
        const member = await new ProjectAccess(tx).memberOf(caller, session.committeeId);
        if (member && member.role === CommitteeMemberRole.MEMBER) throw forbidden('DECISION_CHAIR_OR_SECRETARY_ONLY');
      }
      const committee = await tx.findOneOrFail(Committee, { id: session.committeeId });
      if (!DECIDING_KINDS.has(committee.kind) || !item.subjectId || !item.subjectKind)
        throw badInput('agendaItemId', 'DECISIONS_ONLY_ON_DOSSIERS');
      const same = await tx.findOne(Decision, { agendaItemId: item.id });
      if (same) throw new DomainError('DECISION_ALREADY_RECORDED', {}, 'agendaItemId', { existingId: same.id });
      const t = tally(await tx.find(Vote, { agendaItemId: item.id }));
      assertDecisionAllowed(t, committee.quorum, input.outcome);
      let funding: ValidFunding | null = null;
      const approving = input.outcome === DecisionOutcome.APPROVED;
      if (input.funding && !(approving && (committee.kind === CommitteeKind.MANAGEMENT || committee.kind === CommitteeKind.EVALUATION)))
        throw badInput('funding', 'FUNDING_BY_MANAGEMENT_COMMITTEE');
      if (input.funding) funding = validateFunding(input.funding);
      // The evaluation committee chooses the form of support; the management committee approves it
      // ("Comitato valutazione (per la valutazione tecnica dei progetti), ... Comitato di gestione (per l'approvazione e il
      // finanziamento delle attività)", seeds/004_d739117af2e17cc1.txt:257-258; seeds/000_ff0b96446bfee347.txt:149-163).
      if (committee.kind === CommitteeKind.EVALUATION && approving && item.subjectKind === SubjectKind.PROJECT && !funding)
        throw badInput('funding', 'EVALUATION_NEEDS_FORM_OF_SUPPORT');
      if (committee.kind === CommitteeKind.MANAGEMENT && approving) {
        const chosen = await evaluationChoice(tx, item.subjectId);
        if (chosen && funding && funding.kind !== chosen.kind)
          throw badInput('funding.kind', 'FUNDING_FORM_DIFFERS_FROM_EVALUATION', { evaluationKind: chosen.kind });
        funding ??= chosen;
      }
      if (committee.kind === CommitteeKind.MANAGEMENT && approving && item.subjectKind === SubjectKind.PROJECT && !funding)
        throw badInput('funding', 'APPROVAL_NEEDS_FUNDING');
      const decision = tx.create(Decision, {
        id: randomUUID(),
        agendaItemId: item.id,
        sessionId: session.id,
        committeeId: committee.id,
        committeeKind: committee.kind,
        subjectKind: item.subjectKind,
        subjectId: item.subjectId,
        outcome: input.outcome,
        conditions: input.conditions?.trim() || null,
        fundingKind: funding?.kind ?? null,
        nonCashItems: funding?.nonCashItems ?? null,
        amountCents: funding?.amountCents ?? null,
        investmentCents: funding?.investmentCents ?? null,
        servicesCents: funding?.servicesCents ?? null,
        termMonths: funding?.termMonths ?? null,
        graceMonths: funding?.graceMonths ?? null,
        votesFor: t.votesFor,
        votesAgainst: t.votesAgainst,
        abstentions: t.abstentions,
        excludedForConflict: t.excludedForConflict,
        decidedOn: session.heldOn,
        recordedBy: caller.userId,
      });
      tx.persist(decision);
      const subject = await applyDecisionToSubject(tx, decision, caller.userId);
      await tx.flush();
      const payload: CommitteeDecisionRecordedPayload = {
        decisionId: decision.id,
        sessionId: session.id,
        committeeId: committee.id,
        committeeKind: committee.kind,
        projectId: item.subjectId,
        projectKind: projectKindName(item.subjectKind),
        outcome: decision.outcome,
        decidedOn: decision.decidedOn,
      };
      await publishProjectsEvent(tx, 'CommitteeDecisionRecorded', { type: 'CommitteeDecision', id: decision.id }, payload, caller.userId);
      if (funding && committee.kind === CommitteeKind.MANAGEMENT) {
        const event: FundingApprovedPayload = {
          decisionId: decision.id,
          projectId: item.subjectId,
          projectKind: projectKindName(item.subjectKind),
          kind: funding.kind,
          ...(funding.nonCashItems ? { nonCashItems: funding.nonCashItems } : {}),
          amountCents: funding.amountCents,
          investmentCents: funding.investmentCents,
          servicesCents: funding.servicesCents,
          termMonths: funding.termMonths,
          graceMonths: funding.graceMonths,
          approvedOn: decision.decidedOn,
          applicantUserId: subject.applicantUserId,
          beneficiaryId: subject.beneficiaryId,
          committeeMemberUserIds: await dossierCommitteeMembers(tx, item.subjectId),
        };
        await publishProjectsEvent(
          tx,
          'FundingApproved',
          { type: item.subjectKind === SubjectKind.PROJECT ? 'Project' : 'SelfEmploymentPath', id: item.subjectId },
          event,
          caller.userId,
        );
      }
      return decision;
    });
  }
}

/** The form of support the evaluation committee chose for a dossier (its latest approval with funding), if any. */
async function evaluationChoice(tx: EntityManager, subjectId: string): Promise<ValidFunding | null> {
  const d = await tx.findOne(
    Decision,
    { subjectId, committeeKind: CommitteeKind.EVALUATION, outcome: DecisionOutcome.APPROVED, fundingKind: { $ne: null } },
    { orderBy: { decidedOn: 'desc', id: 'desc' } },
  );
  if (!d?.fundingKind) return null;
  return {
    kind: d.fundingKind,
    nonCashItems: d.nonCashItems,
    amountCents: d.amountCents ?? 0,
    investmentCents: d.investmentCents,
    servicesCents: d.servicesCents,
    termMonths: d.termMonths,
    graceMonths: d.graceMonths,
  };
}

/** Members of every committee that had this dossier on a session agenda (they may follow its funding). */
async function dossierCommitteeMembers(em: EntityManager, subjectId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ user_id: string }[]>(
    `select distinct m."user_id" from "projects"."committee_member" m
join "projects"."committee_session" s on s."committee_id" = m."committee_id"
join "projects"."agenda_item" a on a."session_id" = s."id"
where a."subject_id" = ? and m."active" order by m."user_id"`,
    [subjectId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => r.user_id);
}
