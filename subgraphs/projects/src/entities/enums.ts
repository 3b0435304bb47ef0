import { registerEnumType } from 'type-graphql';

/** The three kinds of call (bando) in docs/domain.md §4. */
export enum CallKind {
  /** Periodic social-innovation call, open between two dates. */
  SOCIAL_INNOVATION = 'SOCIAL_INNOVATION',
  /** Always-open call for Third Sector bodies hiring beneficiaries over 55 (up to €10,000/year per placement). */
  OVER_55_HIRING = 'OVER_55_HIRING',
  /** Call for labour intermediaries (projects up to €40,000/year, with a deadline). */
  LABOUR_INTERMEDIARIES = 'LABOUR_INTERMEDIARIES',
}
registerEnumType(CallKind, { name: 'ProjectCallKind' });

export enum OrganisationKind {
  ETS = 'ETS',
  INFORMAL_GROUP = 'INFORMAL_GROUP',
  LABOUR_INTERMEDIARY = 'LABOUR_INTERMEDIARY',
}
registerEnumType(OrganisationKind, {
  name: 'ProjectOrganisationKind',
  description: 'ETS = Third Sector body; INFORMAL_GROUP = group becoming an ETS',
});

/** Accompaniment after the intake meeting: 3 labs within 2 months, or the short path for advanced projects. */
export enum PathKind {
  THREE_LABS = 'THREE_LABS',
  SHORT = 'SHORT',
}
registerEnumType(PathKind, { name: 'ProjectPathKind' });

/** Monitoring after funding: 3 one-hour meetings, or one hour a week for at most 6 months. */
export enum MonitoringMode {
  THREE_MEETINGS = 'THREE_MEETINGS',
  WEEKLY = 'WEEKLY',
}
registerEnumType(MonitoringMode, { name: 'ProjectMonitoringMode' });

export enum CommitteeKind {
  /** Comitato di valutazione: technical evaluation of the dossiers. */
  EVALUATION = 'EVALUATION',
  /** Comitato di gestione: approval and funding. */
  MANAGEMENT = 'MANAGEMENT',
  /** Tavolo di coordinamento (at least every 6 months; approves the annual work plan). */
  COORDINATION = 'COORDINATION',
  /** Tavolo tecnico (every 3 months). */
  TECHNICAL = 'TECHNICAL',
}
registerEnumType(CommitteeKind, { name: 'CommitteeKind' });

export enum VoteChoice {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(VoteChoice, { name: 'CommitteeVoteChoice' });

export enum DecisionOutcome {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  POSTPONED = 'POSTPONED',
}
registerEnumType(DecisionOutcome, { name: 'CommitteeDecisionOutcome' });

export enum FundingKind {
  LOAN = 'LOAN',
  GRANT = 'GRANT',
}
registerEnumType(FundingKind, { name: 'ProjectFundingKind' });

export enum MinutesStatus {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}
registerEnumType(MinutesStatus, { name: 'CommitteeMinutesStatus' });

/** A member's office in the committee: the chair (presidente) or the secretary record the decisions and keep the minutes. */
export enum CommitteeMemberRole {
  CHAIR = 'CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
}
registerEnumType(CommitteeMemberRole, { name: 'CommitteeMemberRole' });

/** What a path's history row is about. */
export enum SubjectKind {
  PROJECT = 'PROJECT',
  SELF_EMPLOYMENT = 'SELF_EMPLOYMENT',
}
registerEnumType(SubjectKind, { name: 'ProjectSubjectKind' });

/** Self-employment (autoimpiego) path of one person. */
export enum SelfEmploymentStatus {
  SUBMITTED = 'SUBMITTED',
  /** One-to-one meetings. */
  ACCOMPANIMENT = 'ACCOMPANIMENT',
  BUSINESS_PLAN = 'BUSINESS_PLAN',
  /** On the committees' agenda. */
  EVALUATION = 'EVALUATION',
  /** Management committee approved (funding handed to finance when requested). */
  APPROVED = 'APPROVED',
  STARTED = 'STARTED',
  MONITORING = 'MONITORING',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  STAND_BY = 'STAND_BY',
}
registerEnumType(SelfEmploymentStatus, { name: 'SelfEmploymentStatus' });

export enum OutcomeKind {
  PARTNERSHIP = 'PARTNERSHIP',
  STAGE = 'STAGE',
  JOB = 'JOB',
  CHANGE_REPORTED = 'CHANGE_REPORTED',
  TESTIMONIAL = 'TESTIMONIAL',
  LOGO_USE = 'LOGO_USE',
  EVENT_SHARED = 'EVENT_SHARED',
  NETWORKING = 'NETWORKING',
}
registerEnumType(OutcomeKind, {
  name: 'ProjectOutcomeKind',
  description:
    'Results (partnership, stage, job) and obligations of funded projects (changes reported, testimonial, logo use, events shared, networking)',
});
