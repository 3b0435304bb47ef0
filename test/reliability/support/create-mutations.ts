import { historyImportFieldNames, IMPORT_OWNERS } from '@ixl/contracts';

/**
 * Every mutation of the API, and what keeps a repeat of it from counting twice (issue 28). A new
 * mutation fails `test/schema/create-mutations.spec.ts` until it is listed here.
 * - `natural`: creates a record; the database refuses a second one with the same natural key
 *   (CONFLICT with `existingId`), whatever the client does; the rule names the constraint.
 * - `key`: creates a record that has no natural key; the `Idempotency-Key` the portals send with
 *   every submission is what keeps a double submission single (the reason says why no natural key).
 * - `move`: changes or reads what exists (a state transition, an update, a sign-in); a repeat is
 *   refused by the state machine or leaves the same state, and writes no second ledger line or event.
 */
export type MutationRule = { kind: 'natural'; rule: string } | { kind: 'key'; why: string } | { kind: 'move'; why: string };

const natural = (rule: string): MutationRule => ({ kind: 'natural', rule });
const key = (why: string): MutationRule => ({ kind: 'key', why });
const move = (why: string): MutationRule => ({ kind: 'move', why });
const retry = move('puts a parked job or event back in its queue; a repeat finds nothing parked');

/** Every subgraph's dead-letter retries (the template gives each subgraph two), whatever its name. */
export const RETRY_MUTATION = /^retry[A-Z][A-Za-z]*(?:Job|Event)DeadLetter$/;
export const ruleFor = (mutation: string): MutationRule | undefined =>
  MUTATION_RULES[mutation] ?? (RETRY_MUTATION.test(mutation) ? retry : undefined);

export const MUTATION_RULES: Record<string, MutationRule> = {
  // companies
  shortlistCandidate: natural('candidate_vacancy_id_beneficiary_id_unique: one candidate per vacancy and person'),
  proposeCandidate: natural('candidate_vacancy_id_beneficiary_id_unique: one candidate per vacancy and person'),
  changeCandidateStatus: move('candidate state machine: the same move twice is refused'),
  addCompanySite: natural('company_site_company_id_name_unique: one site per company and name'),
  addCompanyContact: natural('company_contact_company_id_full_name_unique: one contact per company and person'),
  registerCompany: natural('company_vat_number_unique: one company per partita IVA'),
  updateCompany: move('update: the same fields again leave the same record'),
  // the history import of every owner of import kinds
  ...Object.fromEntries(
    IMPORT_OWNERS.flatMap((o) => {
      const f = historyImportFieldNames(o);
      return [
        [f.check, move('a check writes nothing: a repeat answers the same report')],
        [
          f.start,
          natural(
            'import_record_pkey (kind, key): every row is keyed by its natural key (partita IVA, codice fiscale) or old-system id, so a repeated file or batch leaves every row unchanged',
          ),
        ],
        [f.undo, move('batch state machine: an undone batch is refused (IMPORT_UNDO_NOT_FINISHED)')],
      ];
    }),
  ),
  recordPlacement: natural('placement_natural_key_unique and placement_no_overlap (exclusion)'),
  inviteToInterview: move('candidate state machine: an invitation moves the candidate once'),
  confirmHire: natural('placement_draft_candidate_id_unique: one placement draft per candidate'),
  confirmPlacementDraft: move('draft state machine (a confirmed draft is refused) and placement_natural_key_unique'),
  postVacancy: key('two vacancies with the same words are a real possibility (two shifts, two sites)'),
  updateVacancy: move('update: the same fields again leave the same record'),
  changeVacancyStatus: move('vacancy state machine'),
  mergeVocabularyTerm: move('a term merged twice maps to the same concept (vocabulary_term primary key)'),
  addVocabularyConcept: natural('vocabulary_concept primary key: the id is derived from the label'),
  retryCompaniesJobDeadLetter: retry,
  retryCompaniesEventDeadLetter: retry,
  // finance
  defineLoanProduct: natural(
    'loan_product_valid_from_unique, and versions serialised by a lock: a version on or before an existing one is CONFLICT naming it',
  ),
  disburseLoan: move('loan state machine under a row lock: disbursed once, one ledger line'),
  recordLoanRepayment: natural('loan_repayment_same_payment_unique: the same payment (loan, day, amount) once'),
  declareLoanDefault: move('loan state machine'),
  retryLoanGuarantee: move(
    'maker-checker: the same re-examination pending once (approval_request_pending_unique); once approved the loan is no longer REFUSED',
  ),
  assessLoanArrears: move('recomputes arrears as of a day: the same day twice gives the same state'),
  addGrantExpenseLine: natural('grant_expense_line_natural_key_unique: one line per grant, category and description'),
  disburseGrantTranche: move('grant tranche state machine under a row lock: each tranche paid once'),
  setGuaranteePlafond: natural('guarantee_plafond_effective_from_unique: one plafond per day it takes effect'),
  payTrainingSettlement: natural('training_settlement state and ledger: a settlement is paid once'),
  commitSupportPayment: natural('support_payment_same_payment_unique: the same payment (kind, reference, year, day, amount) once'),
  recordNonCashSupport: natural('non_cash_support_natural_unique: one item per project, kind, description (any case) and day'),
  payStageIndemnity: move('stage_indemnity state under an advisory lock: a month is paid once'),
  createBudgetLine: natural(
    'approval_request_pending_unique: the same line pending once (maker-checker); then budget_line_natural_key_unique: one line per funder, first year and label',
  ),
  commitBudget: natural('budget_commitment_natural_key_unique: the same commitment (line, day, amount, purpose) once'),
  disburseBudgetCommitment: move('commitment state under an advisory lock: never more than committed'),
  reverseFinanceLedgerEntry: natural('ledger_entry_reverses_entry_id_unique: an entry is reversed once'),
  // maker-checker (issue 26): each money mutation above first records a request, the same one pending once
  // (approval_request_pending_unique); its own rule applies when it is approved and runs.
  approveApprovalRequest: move('approval_request state under a row lock: a request is decided once'),
  rejectApprovalRequest: move('approval_request state under a row lock: a request is decided once'),
  proposeApprovalRuleChange: natural('approval_request_pending_unique: the same rule change pending once'),
  retryFinanceJobDeadLetter: retry,
  retryFinanceEventDeadLetter: retry,
  // people
  sendMassMail: key('a mailing may be sent again on purpose; each person gets each batch once (mail dedupe key)'),
  setMailOptOut: move('sets a flag: the same value again changes nothing'),
  peopleSendFuoriProtocolloSurvey: natural('fp_survey_beneficiary_id_wave_unique: one questionnaire per person and wave'),
  peopleAnswerFuoriProtocolloSurvey: move('an answered questionnaire refuses a second answer'),
  eraseBeneficiary: move('an erased person stays erased'),
  withdrawPrivacyConsent: move('a withdrawn consent stays withdrawn'),
  refreshSession: move('rotates a refresh token: a used one is refused (and revokes the session)'),
  logout: move('revokes a session: again changes nothing'),
  login: move('issues a token: no record counts'),
  registerBeneficiary: move(
    'stores only a form waiting for its mail link (or a mail to a known owner): the person is created once by verifyEmail',
  ),
  verifyEmail: natural('the link is single use (used_at), then beneficiary_codice_fiscale_unique and user_account_email_unique'),
  requestPasswordReset: move('sends a mail with a new single-use link: no record counts (at most 3 a window per account)'),
  resetPassword: move('sets the password from a single-use link: a repeat is ACCOUNT_LINK_USED'),
  inviteUser: natural('user_account_email_unique (the same address twice is CONFLICT with existingId)'),
  updateBeneficiaryProfile: move('update with history: the same values again record no change'),
  scheduleIntakeInterview: natural('interview_beneficiary_id_scheduled_at_unique: one interview per person at one time'),
  recordIntakeInterviewOutcome: move('interview state machine: an outcome is recorded once'),
  recordContactAttempt: natural('contact_attempt_beneficiary_id_at_unique: one attempt per person at one instant'),
  putBeneficiaryOutOfProtocol: move('lifecycle state machine'),
  readmitBeneficiary: move('lifecycle state machine'),
  changeBeneficiaryStatus: move('lifecycle state machine'),
  startBeneficiaryService: natural('one open service of a kind per person (partial unique index)'),
  endBeneficiaryService: move('an ended service is refused'),
  publishAssessmentInstrument: natural('assessment_instrument_version_unique'),
  recordFragilityAssessment: key('a person may be re-assessed the same day (a corrected assessment is a new one)'),
  recordOutOfAreaException: move('sets the exception: again changes nothing'),
  updateBeneficiaryReadiness: move('sets readiness: the same value again changes nothing'),
  retryPeopleJobDeadLetter: retry,
  retryPeopleEventDeadLetter: retry,
  // projects
  recordGovernanceMeeting: natural('governance_meeting_table_held_on_unique: one meeting per table and day'),
  recordWorkPlan: move('one row per year (primary key); each date is set once and a different one is CONFLICT, the same again leaves it'),
  createProjectCall: natural('call_kind_title_opens_on_unique: the same call (kind, title, opening day) once'),
  createCommittee: natural('committee_kind_name_unique: one committee of a kind per name'),
  addCommitteeMember: natural('committee_member_committee_id_user_id_unique'),
  removeCommitteeMember: move('an inactive member stays inactive'),
  scheduleCommitteeSession: natural('committee_session_committee_id_held_on_unique: a committee meets once a day'),
  conveneCommitteeSession: move('session state'),
  generateCommitteeMinutes: move('minutes state: regenerated from the same records'),
  updateCommitteeMinutes: move('update'),
  approveCommitteeMinutes: move('minutes state machine: approved once'),
  addCommitteeAgendaItem: natural('agenda_item_session_id_subject_id_unique: a dossier once per session'),
  castCommitteeVote: natural('vote_agenda_item_id_member_id_unique: one vote per member and dossier'),
  saveCommitteeMinutesTemplate: natural(
    'minutes_template_scope_version_unique: one version number per committee (or global) template; the same text as the newest version is CONFLICT naming it',
  ),
  recordCommitteeDecision: natural('decision_agenda_item_id_unique: one decision per dossier'),
  moveProject: move('project state machine'),
  recordProjectLab: natural('path_meeting_subject_id_kind_held_on_unique: one lab per project and day'),
  recordProjectMonitoringMeeting: natural('path_meeting_subject_id_kind_held_on_unique: one meeting of a kind per project and day'),
  recordProjectOutcome: natural('project_outcome_natural_key_unique: the same outcome (kind, day, description) once'),
  submitProjectApplication: key('anonymous: a natural-key CONFLICT would tell a stranger what others submitted'),
  applySelfEmployment: key('a person may apply again with the same idea after a path ended'),
  moveSelfEmploymentPath: move('path state machine'),
  submitSelfEmploymentBusinessPlan: move('path state machine: the plan moves the path once'),
  recordSelfEmploymentMeeting: natural('path_meeting_subject_id_kind_held_on_unique: one meeting of a kind per path and day'),
  recordSelfEmploymentOutcome: move('path state machine'),
  retryProjectsJobDeadLetter: retry,
  retryProjectsEventDeadLetter: retry,
  // training
  importAttendanceCsv: natural('attendance_upload_edition_id_content_hash_unique and the import idempotency key'),
  recordAttendance: natural('attendance_enrolment_id_session_id_unique (a repeat is the same row)'),
  createTrainingBody: natural('training_body_name_unique'),
  createCourseEdition: natural('course_edition_natural_key_unique: one edition of a title per body and start day'),
  addCourseSessions: natural('course_session_edition_id_code_unique'),
  setCourseHiringCommitments: move('replaces the commitments: the same list again leaves the same list'),
  activateCourseEdition: move('edition state machine'),
  setRiskShareAgreement: move('risk_share_agreement_edition_id_unique: one agreement per edition, updated with a revision'),
  settleRiskShare: natural('risk_share_settlement_edition_id_unique: an edition is settled once'),
  settleDueRiskShares: natural('risk_share_settlement_edition_id_unique: each due edition settled once'),
  enrolInCourse: natural('enrolment_edition_id_beneficiary_id_unique'),
  requestCourseEnrolment: natural('enrolment_edition_id_beneficiary_id_unique'),
  decideCourseRequest: move('request state machine: decided once'),
  recordCourseOutcome: move('enrolment outcome state: the same outcome again changes nothing'),
  retryTrainingJobDeadLetter: retry,
  retryTrainingEventDeadLetter: retry,
};
