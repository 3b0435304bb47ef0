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

/**
 * Accompaniment chosen at the intake meeting, the three options of the flow chart
 * (seeds/000_ff0b96446bfee347.txt:134-147: "3. Rete sul territorio", "2. Se progetto già avanzato", "1. Tre incontri con Social Seed"):
 * 3 labs within 2 months, the short path for advanced projects, or the local network (Rete sul territorio).
 */
export enum PathKind {
  THREE_LABS = 'THREE_LABS',
  SHORT = 'SHORT',
  /** "Rete sul territorio": the project is connected with existing local actors instead of the labs. */
  TERRITORIAL_NETWORK = 'TERRITORIAL_NETWORK',
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

/**
 * The form of support the evaluation committee chooses and the management committee approves: a loan (credito sociale),
 * a grant (fondo perduto) — "Accompagnamento e erogazione finanziamento (Emil Banca) oppure Erogazione fondo perduto"
 * (seeds/000_ff0b96446bfee347.txt:153-159) — or non-cash support (a course paid, stages funded, services in kind:
 * seeds/000_ff0b96446bfee347.txt:445, :469).
 */
export enum FundingKind {
  LOAN = 'LOAN',
  GRANT = 'GRANT',
  NON_CASH = 'NON_CASH',
}
registerEnumType(FundingKind, { name: 'ProjectFundingKind' });

/** A non-cash support item (finance's NonCashSupportKind). */
export enum NonCashItemKind {
  COURSE_FEES = 'COURSE_FEES',
  STAGE_FUNDING = 'STAGE_FUNDING',
  SERVICES_IN_KIND = 'SERVICES_IN_KIND',
}
registerEnumType(NonCashItemKind, { name: 'ProjectNonCashItemKind' });

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
/** The two governance tables whose cadence the protocol fixes (a subset of CommitteeKind). */
export enum GovernanceTable {
  /** Tavolo di coordinamento: "Si riunisce almeno semestralmente" (seeds/004_d739117af2e17cc1.txt:236). */
  COORDINATION = 'COORDINATION',
  /** Tavolo tecnico: "solitamente svolti ogni 3 mesi" (seeds/003_fe62a26ba95cc30f.txt:226-227). */
  TECHNICAL = 'TECHNICAL',
}
registerEnumType(GovernanceTable, { name: 'GovernanceTable' });

/** What a governance obligation is about. */
export enum GovernanceDueKind {
  COORDINATION_MEETING = 'COORDINATION_MEETING',
  TECHNICAL_MEETING = 'TECHNICAL_MEETING',
  WORK_PLAN_APPROVAL = 'WORK_PLAN_APPROVAL',
  RESULTS_PRESENTATION = 'RESULTS_PRESENTATION',
}
registerEnumType(GovernanceDueKind, { name: 'GovernanceDueKind' });

registerEnumType(OutcomeKind, {
  name: 'ProjectOutcomeKind',
  description:
    'Results (partnership, stage, job) and obligations of funded projects (changes reported, testimonial, logo use, events shared, networking)',
});
