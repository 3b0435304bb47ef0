/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CommitteeRecordDecision($input: CommitteeDecisionInput!) {\n    recordCommitteeDecision(input: $input) {\n      id\n      outcome\n    }\n  }\n": typeof types.CommitteeRecordDecisionDocument,
    "\n  subscription CommitteeLiveDecisionRecorded {\n    committeeDecisionRecorded {\n      id\n      sessionId\n      outcome\n      decidedOn\n      votesFor\n      votesAgainst\n      abstentions\n    }\n  }\n": typeof types.CommitteeLiveDecisionRecordedDocument,
    "\n  mutation CommitteeGenerateMinutes($sessionId: ID!) {\n    generateCommitteeMinutes(sessionId: $sessionId) {\n      id\n      minutes\n      minutesStatus\n    }\n  }\n": typeof types.CommitteeGenerateMinutesDocument,
    "\n  mutation CommitteeApproveMinutes($sessionId: ID!) {\n    approveCommitteeMinutes(sessionId: $sessionId) {\n      id\n      minutesStatus\n      minutesApprovedAt\n    }\n  }\n": typeof types.CommitteeApproveMinutesDocument,
    "\n  query CommitteeMinutesTemplate($committeeId: ID) {\n    committeeMinutesTemplate(committeeId: $committeeId) {\n      committeeId\n      source\n      version\n      body\n      placeholders {\n        name\n        description\n        perItem\n      }\n    }\n    committeeMinutesTemplateVersions(committeeId: $committeeId) {\n      id\n      version\n      createdAt\n    }\n  }\n": typeof types.CommitteeMinutesTemplateDocument,
    "\n  query CommitteePreviewMinutes($sessionId: ID!, $template: String) {\n    previewCommitteeMinutes(sessionId: $sessionId, template: $template)\n  }\n": typeof types.CommitteePreviewMinutesDocument,
    "\n  mutation CommitteeSaveMinutesTemplate($committeeId: ID, $body: String!) {\n    saveCommitteeMinutesTemplate(committeeId: $committeeId, body: $body) {\n      id\n      version\n    }\n  }\n": typeof types.CommitteeSaveMinutesTemplateDocument,
    "\n  query CommitteeSessionDetail($id: ID!) {\n    committeeSession(id: $id) {\n      id\n      heldOn\n      location\n      minutes\n      minutesStatus\n      minutesApprovedAt\n      committee {\n        id\n        name\n        kind\n        quorum\n        members {\n          id\n          userId\n          displayName\n          represents\n          role\n        }\n      }\n      agenda {\n        id\n        position\n        topic\n        subjectId\n        subjectKind\n        project {\n          id\n          title\n          organisationName\n          organisationKind\n          sector\n          status\n          requestedAmountCents\n          expectedJobs\n          projectLines\n          needsAnalysis\n          sustainabilityPlan\n          actorsInvolved\n        }\n        selfEmploymentPath {\n          id\n          businessIdea\n          sector\n          status\n          fundingNeedCents\n          planSummary\n        }\n        votes {\n          id\n          memberId\n          choice\n          conflictOfInterest\n          conflictNote\n          castAt\n        }\n        decision {\n          id\n          outcome\n          conditions\n          decidedOn\n          votesFor\n          votesAgainst\n          abstentions\n          excludedForConflict\n          fundingKind\n          amountCents\n          investmentCents\n          servicesCents\n          termMonths\n          graceMonths\n          nonCashItems {\n            kind\n            description\n            valueCents\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitteeSessionDetailDocument,
    "\n  query CommitteeMySessions {\n    committeeSessions {\n      id\n      heldOn\n      location\n      minutesStatus\n      committee {\n        id\n        name\n        kind\n      }\n      agenda {\n        id\n        subjectId\n        decision {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CommitteeMySessionsDocument,
    "\n  mutation CommitteeCastVote($input: CommitteeVoteInput!) {\n    castCommitteeVote(input: $input) {\n      id\n      agendaItemId\n      memberId\n      choice\n      conflictOfInterest\n      conflictNote\n      castAt\n    }\n  }\n": typeof types.CommitteeCastVoteDocument,
};
const documents: Documents = {
    "\n  mutation CommitteeRecordDecision($input: CommitteeDecisionInput!) {\n    recordCommitteeDecision(input: $input) {\n      id\n      outcome\n    }\n  }\n": types.CommitteeRecordDecisionDocument,
    "\n  subscription CommitteeLiveDecisionRecorded {\n    committeeDecisionRecorded {\n      id\n      sessionId\n      outcome\n      decidedOn\n      votesFor\n      votesAgainst\n      abstentions\n    }\n  }\n": types.CommitteeLiveDecisionRecordedDocument,
    "\n  mutation CommitteeGenerateMinutes($sessionId: ID!) {\n    generateCommitteeMinutes(sessionId: $sessionId) {\n      id\n      minutes\n      minutesStatus\n    }\n  }\n": types.CommitteeGenerateMinutesDocument,
    "\n  mutation CommitteeApproveMinutes($sessionId: ID!) {\n    approveCommitteeMinutes(sessionId: $sessionId) {\n      id\n      minutesStatus\n      minutesApprovedAt\n    }\n  }\n": types.CommitteeApproveMinutesDocument,
    "\n  query CommitteeMinutesTemplate($committeeId: ID) {\n    committeeMinutesTemplate(committeeId: $committeeId) {\n      committeeId\n      source\n      version\n      body\n      placeholders {\n        name\n        description\n        perItem\n      }\n    }\n    committeeMinutesTemplateVersions(committeeId: $committeeId) {\n      id\n      version\n      createdAt\n    }\n  }\n": types.CommitteeMinutesTemplateDocument,
    "\n  query CommitteePreviewMinutes($sessionId: ID!, $template: String) {\n    previewCommitteeMinutes(sessionId: $sessionId, template: $template)\n  }\n": types.CommitteePreviewMinutesDocument,
    "\n  mutation CommitteeSaveMinutesTemplate($committeeId: ID, $body: String!) {\n    saveCommitteeMinutesTemplate(committeeId: $committeeId, body: $body) {\n      id\n      version\n    }\n  }\n": types.CommitteeSaveMinutesTemplateDocument,
    "\n  query CommitteeSessionDetail($id: ID!) {\n    committeeSession(id: $id) {\n      id\n      heldOn\n      location\n      minutes\n      minutesStatus\n      minutesApprovedAt\n      committee {\n        id\n        name\n        kind\n        quorum\n        members {\n          id\n          userId\n          displayName\n          represents\n          role\n        }\n      }\n      agenda {\n        id\n        position\n        topic\n        subjectId\n        subjectKind\n        project {\n          id\n          title\n          organisationName\n          organisationKind\n          sector\n          status\n          requestedAmountCents\n          expectedJobs\n          projectLines\n          needsAnalysis\n          sustainabilityPlan\n          actorsInvolved\n        }\n        selfEmploymentPath {\n          id\n          businessIdea\n          sector\n          status\n          fundingNeedCents\n          planSummary\n        }\n        votes {\n          id\n          memberId\n          choice\n          conflictOfInterest\n          conflictNote\n          castAt\n        }\n        decision {\n          id\n          outcome\n          conditions\n          decidedOn\n          votesFor\n          votesAgainst\n          abstentions\n          excludedForConflict\n          fundingKind\n          amountCents\n          investmentCents\n          servicesCents\n          termMonths\n          graceMonths\n          nonCashItems {\n            kind\n            description\n            valueCents\n          }\n        }\n      }\n    }\n  }\n": types.CommitteeSessionDetailDocument,
    "\n  query CommitteeMySessions {\n    committeeSessions {\n      id\n      heldOn\n      location\n      minutesStatus\n      committee {\n        id\n        name\n        kind\n      }\n      agenda {\n        id\n        subjectId\n        decision {\n          id\n        }\n      }\n    }\n  }\n": types.CommitteeMySessionsDocument,
    "\n  mutation CommitteeCastVote($input: CommitteeVoteInput!) {\n    castCommitteeVote(input: $input) {\n      id\n      agendaItemId\n      memberId\n      choice\n      conflictOfInterest\n      conflictNote\n      castAt\n    }\n  }\n": types.CommitteeCastVoteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeRecordDecision($input: CommitteeDecisionInput!) {\n    recordCommitteeDecision(input: $input) {\n      id\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeRecordDecision($input: CommitteeDecisionInput!) {\n    recordCommitteeDecision(input: $input) {\n      id\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommitteeLiveDecisionRecorded {\n    committeeDecisionRecorded {\n      id\n      sessionId\n      outcome\n      decidedOn\n      votesFor\n      votesAgainst\n      abstentions\n    }\n  }\n"): (typeof documents)["\n  subscription CommitteeLiveDecisionRecorded {\n    committeeDecisionRecorded {\n      id\n      sessionId\n      outcome\n      decidedOn\n      votesFor\n      votesAgainst\n      abstentions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeGenerateMinutes($sessionId: ID!) {\n    generateCommitteeMinutes(sessionId: $sessionId) {\n      id\n      minutes\n      minutesStatus\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeGenerateMinutes($sessionId: ID!) {\n    generateCommitteeMinutes(sessionId: $sessionId) {\n      id\n      minutes\n      minutesStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeApproveMinutes($sessionId: ID!) {\n    approveCommitteeMinutes(sessionId: $sessionId) {\n      id\n      minutesStatus\n      minutesApprovedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeApproveMinutes($sessionId: ID!) {\n    approveCommitteeMinutes(sessionId: $sessionId) {\n      id\n      minutesStatus\n      minutesApprovedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeMinutesTemplate($committeeId: ID) {\n    committeeMinutesTemplate(committeeId: $committeeId) {\n      committeeId\n      source\n      version\n      body\n      placeholders {\n        name\n        description\n        perItem\n      }\n    }\n    committeeMinutesTemplateVersions(committeeId: $committeeId) {\n      id\n      version\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CommitteeMinutesTemplate($committeeId: ID) {\n    committeeMinutesTemplate(committeeId: $committeeId) {\n      committeeId\n      source\n      version\n      body\n      placeholders {\n        name\n        description\n        perItem\n      }\n    }\n    committeeMinutesTemplateVersions(committeeId: $committeeId) {\n      id\n      version\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteePreviewMinutes($sessionId: ID!, $template: String) {\n    previewCommitteeMinutes(sessionId: $sessionId, template: $template)\n  }\n"): (typeof documents)["\n  query CommitteePreviewMinutes($sessionId: ID!, $template: String) {\n    previewCommitteeMinutes(sessionId: $sessionId, template: $template)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeSaveMinutesTemplate($committeeId: ID, $body: String!) {\n    saveCommitteeMinutesTemplate(committeeId: $committeeId, body: $body) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeSaveMinutesTemplate($committeeId: ID, $body: String!) {\n    saveCommitteeMinutesTemplate(committeeId: $committeeId, body: $body) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeSessionDetail($id: ID!) {\n    committeeSession(id: $id) {\n      id\n      heldOn\n      location\n      minutes\n      minutesStatus\n      minutesApprovedAt\n      committee {\n        id\n        name\n        kind\n        quorum\n        members {\n          id\n          userId\n          displayName\n          represents\n          role\n        }\n      }\n      agenda {\n        id\n        position\n        topic\n        subjectId\n        subjectKind\n        project {\n          id\n          title\n          organisationName\n          organisationKind\n          sector\n          status\n          requestedAmountCents\n          expectedJobs\n          projectLines\n          needsAnalysis\n          sustainabilityPlan\n          actorsInvolved\n        }\n        selfEmploymentPath {\n          id\n          businessIdea\n          sector\n          status\n          fundingNeedCents\n          planSummary\n        }\n        votes {\n          id\n          memberId\n          choice\n          conflictOfInterest\n          conflictNote\n          castAt\n        }\n        decision {\n          id\n          outcome\n          conditions\n          decidedOn\n          votesFor\n          votesAgainst\n          abstentions\n          excludedForConflict\n          fundingKind\n          amountCents\n          investmentCents\n          servicesCents\n          termMonths\n          graceMonths\n          nonCashItems {\n            kind\n            description\n            valueCents\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeSessionDetail($id: ID!) {\n    committeeSession(id: $id) {\n      id\n      heldOn\n      location\n      minutes\n      minutesStatus\n      minutesApprovedAt\n      committee {\n        id\n        name\n        kind\n        quorum\n        members {\n          id\n          userId\n          displayName\n          represents\n          role\n        }\n      }\n      agenda {\n        id\n        position\n        topic\n        subjectId\n        subjectKind\n        project {\n          id\n          title\n          organisationName\n          organisationKind\n          sector\n          status\n          requestedAmountCents\n          expectedJobs\n          projectLines\n          needsAnalysis\n          sustainabilityPlan\n          actorsInvolved\n        }\n        selfEmploymentPath {\n          id\n          businessIdea\n          sector\n          status\n          fundingNeedCents\n          planSummary\n        }\n        votes {\n          id\n          memberId\n          choice\n          conflictOfInterest\n          conflictNote\n          castAt\n        }\n        decision {\n          id\n          outcome\n          conditions\n          decidedOn\n          votesFor\n          votesAgainst\n          abstentions\n          excludedForConflict\n          fundingKind\n          amountCents\n          investmentCents\n          servicesCents\n          termMonths\n          graceMonths\n          nonCashItems {\n            kind\n            description\n            valueCents\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeMySessions {\n    committeeSessions {\n      id\n      heldOn\n      location\n      minutesStatus\n      committee {\n        id\n        name\n        kind\n      }\n      agenda {\n        id\n        subjectId\n        decision {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeMySessions {\n    committeeSessions {\n      id\n      heldOn\n      location\n      minutesStatus\n      committee {\n        id\n        name\n        kind\n      }\n      agenda {\n        id\n        subjectId\n        decision {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitteeCastVote($input: CommitteeVoteInput!) {\n    castCommitteeVote(input: $input) {\n      id\n      agendaItemId\n      memberId\n      choice\n      conflictOfInterest\n      conflictNote\n      castAt\n    }\n  }\n"): (typeof documents)["\n  mutation CommitteeCastVote($input: CommitteeVoteInput!) {\n    castCommitteeVote(input: $input) {\n      id\n      agendaItemId\n      memberId\n      choice\n      conflictOfInterest\n      conflictNote\n      castAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;