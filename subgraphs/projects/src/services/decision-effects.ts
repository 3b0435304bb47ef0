import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@ixl/subgraph-kit';
import { Decision } from '../entities/decision.entity.js';
import { CommitteeKind, DecisionOutcome, SelfEmploymentStatus as SE, SubjectKind } from '../entities/enums.js';
import { Project, ProjectStatus as S } from '../entities/project.entity.js';
import { SelfEmployment } from '../entities/self-employment.entity.js';
import { recordStep } from '../events/status-changed.js';

const REJECT_REASON: Record<string, string> = {
  EVALUATION: 'Rejected by the evaluation committee',
  MANAGEMENT: 'Rejected by the management committee',
};

/** Moves the dossier according to the decision (history + ProjectStatusChanged); returns who applied. */
export async function applyDecisionToSubject(
  tx: EntityManager,
  d: Decision,
  actorId: string | null,
): Promise<{ applicantUserId: string | null; beneficiaryId: string | null }> {
  const reason = d.outcome === DecisionOutcome.REJECTED ? (d.conditions ?? REJECT_REASON[d.committeeKind] ?? 'Rejected') : d.conditions;
  if (d.subjectKind === SubjectKind.PROJECT) {
    const p = await tx.findOneOrFail(Project, { id: d.subjectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const expected = d.committeeKind === CommitteeKind.EVALUATION ? S.EVALUATION_COMMITTEE : S.MANAGEMENT_COMMITTEE;
    if (p.status !== expected)
      throw new DomainError('PROJECT_NO_LONGER_AT_STEP', { expectedStatus: expected, projectStatus: p.status }, 'agendaItemId');
    const to =
      d.outcome === DecisionOutcome.REJECTED
        ? S.REJECTED
        : d.outcome === DecisionOutcome.POSTPONED
          ? null
          : d.committeeKind === CommitteeKind.EVALUATION
            ? S.MANAGEMENT_COMMITTEE
            : S.FUNDED;
    if (to) {
      const from = p.status;
      p.status = to;
      await recordStep(tx, { subjectKind: SubjectKind.PROJECT, subjectId: p.id, from, to, reason, on: d.decidedOn, actorId });
    }
    return { applicantUserId: p.applicantUserId, beneficiaryId: null };
  }
  const s = await tx.findOneOrFail(SelfEmployment, { id: d.subjectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (s.status !== SE.EVALUATION)
    throw new DomainError('SELF_EMPLOYMENT_NO_LONGER_IN_EVALUATION', { selfEmploymentStatus: s.status }, 'agendaItemId');
  const to =
    d.outcome === DecisionOutcome.REJECTED
      ? SE.REJECTED
      : d.outcome === DecisionOutcome.APPROVED && d.committeeKind === CommitteeKind.MANAGEMENT
        ? SE.APPROVED
        : null;
  if (to) {
    const from = s.status;
    s.status = to;
    await recordStep(tx, { subjectKind: SubjectKind.SELF_EMPLOYMENT, subjectId: s.id, from, to, reason, on: d.decidedOn, actorId });
  }
  return { applicantUserId: s.applicantUserId, beneficiaryId: s.beneficiaryId };
}
