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
    "\n  mutation BeneficiaryVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n    }\n  }\n": typeof types.BeneficiaryVerifyEmailDocument,
    "\n  query BeneficiaryMyChoices($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      mailOptOut\n      privacyNoticeVersion\n      privacyConsentAt\n      consentWithdrawnAt\n    }\n  }\n": typeof types.BeneficiaryMyChoicesDocument,
    "\n  mutation BeneficiarySetMailOptOut($id: ID!, $optOut: Boolean!) {\n    setMailOptOut(beneficiaryId: $id, optOut: $optOut) {\n      id\n      mailOptOut\n    }\n  }\n": typeof types.BeneficiarySetMailOptOutDocument,
    "\n  mutation BeneficiaryWithdrawConsent {\n    withdrawPrivacyConsent {\n      id\n      mailOptOut\n      consentWithdrawnAt\n    }\n  }\n": typeof types.BeneficiaryWithdrawConsentDocument,
    "\n  query BeneficiaryCourseCatalogue {\n    courseEditions {\n      id\n      title\n      subject\n      startDate\n      endDate\n      seats\n      status\n      trainingBody {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BeneficiaryCourseCatalogueDocument,
    "\n  mutation BeneficiaryRequestEnrolment($editionId: ID!, $participantName: String, $codiceFiscale: String) {\n    requestCourseEnrolment(editionId: $editionId, participantName: $participantName, codiceFiscale: $codiceFiscale) {\n      id\n      status\n    }\n  }\n": typeof types.BeneficiaryRequestEnrolmentDocument,
    "\n  query BeneficiaryMyEnrolments {\n    myBeneficiary {\n      id\n      firstName\n      lastName\n      codiceFiscale\n      enrolments {\n        id\n        status\n        decisionReason\n        edition {\n          id\n          title\n          startDate\n          endDate\n          trainingBody {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.BeneficiaryMyEnrolmentsDocument,
    "\n  query BeneficiaryMyDocuments {\n    myBeneficiary {\n      id\n      documents {\n        id\n        kind\n        fileName\n        contentType\n        size\n        uploadedAt\n        downloadPath\n      }\n    }\n  }\n": typeof types.BeneficiaryMyDocumentsDocument,
    "\n  query BeneficiaryMyRecord($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      firstName\n      lastName\n      codiceFiscale\n      email\n      phone\n      birthDate\n      sex\n      municipalityCode\n      status\n      registeredAt\n      placements {\n        id\n        type\n        startDate\n        endDate\n        company {\n          id\n          name\n        }\n      }\n      enrolments {\n        id\n        edition {\n          id\n          title\n          startDate\n          endDate\n          trainingBody {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.BeneficiaryMyRecordDocument,
    "\n  query BeneficiaryMyJobInterviews {\n    myJobInterviews {\n      candidateId\n      vacancyTitle\n      companyName\n      at\n      place\n      link\n      note\n    }\n  }\n": typeof types.BeneficiaryMyJobInterviewsDocument,
    "\n  query BeneficiaryMyOffers {\n    myVacancyMatches(limit: 5) {\n      vacancyId\n      title\n      tasks\n      municipalityCode\n      contractType\n      hoursPerWeek\n      startDate\n      score\n      explanation {\n        matchedSkills\n        missingSkills\n        matchedNiceToHave\n        italianFit\n        distanceKm\n        maxDistanceKm\n        matchedShifts\n        missingShifts\n        availableHoursPerWeek\n        requiredHoursPerWeek\n        contractFit\n        vocabularyMatches {\n          term\n          conceptLabel\n          matched\n        }\n      }\n    }\n    myBeneficiary {\n      id\n      candidacies {\n        id\n        status\n        proposedAt\n        vacancy {\n          id\n          title\n          municipalityCode\n        }\n      }\n    }\n  }\n": typeof types.BeneficiaryMyOffersDocument,
    "\n  query BeneficiaryMyPath {\n    myBeneficiary {\n      id\n      firstName\n      sex\n      status\n      registeredAt\n      interviewSla {\n        dueDate\n        overdue\n        interviewedAt\n      }\n      interviews {\n        id\n        scheduledAt\n        mode\n        location\n        status\n        operatorName\n      }\n      services {\n        id\n        kind\n        startedOn\n        expectedEndOn\n        endedOn\n      }\n    }\n    myStatusHistory {\n      id\n      from\n      to\n      at\n    }\n  }\n": typeof types.BeneficiaryMyPathDocument,
    "\n  subscription BeneficiaryInterviewUpdated {\n    intakeInterviewUpdated {\n      id\n      status\n      scheduledAt\n    }\n  }\n": typeof types.BeneficiaryInterviewUpdatedDocument,
    "\n  subscription BeneficiaryStatusChanged {\n    beneficiaryStatusChanged {\n      to\n      at\n    }\n  }\n": typeof types.BeneficiaryStatusChangedDocument,
    "\n  query BeneficiaryPrivacyNotice {\n    currentPrivacyNoticeVersion\n  }\n": typeof types.BeneficiaryPrivacyNoticeDocument,
    "\n  mutation BeneficiaryRegister($input: RegisterBeneficiaryInput!) {\n    registerBeneficiary(input: $input) {\n      email\n      linkValidUntil\n    }\n  }\n": typeof types.BeneficiaryRegisterDocument,
    "\n  mutation BeneficiaryAnswerSurvey($token: String!, $working: Boolean!, $contractType: String, $offersReceived: Int!) {\n    peopleAnswerFuoriProtocolloSurvey(token: $token, working: $working, contractType: $contractType, offersReceived: $offersReceived)\n  }\n": typeof types.BeneficiaryAnswerSurveyDocument,
};
const documents: Documents = {
    "\n  mutation BeneficiaryVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n    }\n  }\n": types.BeneficiaryVerifyEmailDocument,
    "\n  query BeneficiaryMyChoices($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      mailOptOut\n      privacyNoticeVersion\n      privacyConsentAt\n      consentWithdrawnAt\n    }\n  }\n": types.BeneficiaryMyChoicesDocument,
    "\n  mutation BeneficiarySetMailOptOut($id: ID!, $optOut: Boolean!) {\n    setMailOptOut(beneficiaryId: $id, optOut: $optOut) {\n      id\n      mailOptOut\n    }\n  }\n": types.BeneficiarySetMailOptOutDocument,
    "\n  mutation BeneficiaryWithdrawConsent {\n    withdrawPrivacyConsent {\n      id\n      mailOptOut\n      consentWithdrawnAt\n    }\n  }\n": types.BeneficiaryWithdrawConsentDocument,
    "\n  query BeneficiaryCourseCatalogue {\n    courseEditions {\n      id\n      title\n      subject\n      startDate\n      endDate\n      seats\n      status\n      trainingBody {\n        id\n        name\n      }\n    }\n  }\n": types.BeneficiaryCourseCatalogueDocument,
    "\n  mutation BeneficiaryRequestEnrolment($editionId: ID!, $participantName: String, $codiceFiscale: String) {\n    requestCourseEnrolment(editionId: $editionId, participantName: $participantName, codiceFiscale: $codiceFiscale) {\n      id\n      status\n    }\n  }\n": types.BeneficiaryRequestEnrolmentDocument,
    "\n  query BeneficiaryMyEnrolments {\n    myBeneficiary {\n      id\n      firstName\n      lastName\n      codiceFiscale\n      enrolments {\n        id\n        status\n        decisionReason\n        edition {\n          id\n          title\n          startDate\n          endDate\n          trainingBody {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.BeneficiaryMyEnrolmentsDocument,
    "\n  query BeneficiaryMyDocuments {\n    myBeneficiary {\n      id\n      documents {\n        id\n        kind\n        fileName\n        contentType\n        size\n        uploadedAt\n        downloadPath\n      }\n    }\n  }\n": types.BeneficiaryMyDocumentsDocument,
    "\n  query BeneficiaryMyRecord($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      firstName\n      lastName\n      codiceFiscale\n      email\n      phone\n      birthDate\n      sex\n      municipalityCode\n      status\n      registeredAt\n      placements {\n        id\n        type\n        startDate\n        endDate\n        company {\n          id\n          name\n        }\n      }\n      enrolments {\n        id\n        edition {\n          id\n          title\n          startDate\n          endDate\n          trainingBody {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.BeneficiaryMyRecordDocument,
    "\n  query BeneficiaryMyJobInterviews {\n    myJobInterviews {\n      candidateId\n      vacancyTitle\n      companyName\n      at\n      place\n      link\n      note\n    }\n  }\n": types.BeneficiaryMyJobInterviewsDocument,
    "\n  query BeneficiaryMyOffers {\n    myVacancyMatches(limit: 5) {\n      vacancyId\n      title\n      tasks\n      municipalityCode\n      contractType\n      hoursPerWeek\n      startDate\n      score\n      explanation {\n        matchedSkills\n        missingSkills\n        matchedNiceToHave\n        italianFit\n        distanceKm\n        maxDistanceKm\n        matchedShifts\n        missingShifts\n        availableHoursPerWeek\n        requiredHoursPerWeek\n        contractFit\n        vocabularyMatches {\n          term\n          conceptLabel\n          matched\n        }\n      }\n    }\n    myBeneficiary {\n      id\n      candidacies {\n        id\n        status\n        proposedAt\n        vacancy {\n          id\n          title\n          municipalityCode\n        }\n      }\n    }\n  }\n": types.BeneficiaryMyOffersDocument,
    "\n  query BeneficiaryMyPath {\n    myBeneficiary {\n      id\n      firstName\n      sex\n      status\n      registeredAt\n      interviewSla {\n        dueDate\n        overdue\n        interviewedAt\n      }\n      interviews {\n        id\n        scheduledAt\n        mode\n        location\n        status\n        operatorName\n      }\n      services {\n        id\n        kind\n        startedOn\n        expectedEndOn\n        endedOn\n      }\n    }\n    myStatusHistory {\n      id\n      from\n      to\n      at\n    }\n  }\n": types.BeneficiaryMyPathDocument,
    "\n  subscription BeneficiaryInterviewUpdated {\n    intakeInterviewUpdated {\n      id\n      status\n      scheduledAt\n    }\n  }\n": types.BeneficiaryInterviewUpdatedDocument,
    "\n  subscription BeneficiaryStatusChanged {\n    beneficiaryStatusChanged {\n      to\n      at\n    }\n  }\n": types.BeneficiaryStatusChangedDocument,
    "\n  query BeneficiaryPrivacyNotice {\n    currentPrivacyNoticeVersion\n  }\n": types.BeneficiaryPrivacyNoticeDocument,
    "\n  mutation BeneficiaryRegister($input: RegisterBeneficiaryInput!) {\n    registerBeneficiary(input: $input) {\n      email\n      linkValidUntil\n    }\n  }\n": types.BeneficiaryRegisterDocument,
    "\n  mutation BeneficiaryAnswerSurvey($token: String!, $working: Boolean!, $contractType: String, $offersReceived: Int!) {\n    peopleAnswerFuoriProtocolloSurvey(token: $token, working: $working, contractType: $contractType, offersReceived: $offersReceived)\n  }\n": types.BeneficiaryAnswerSurveyDocument,
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
export function graphql(source: "\n  mutation BeneficiaryVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation BeneficiaryVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryMyChoices($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      mailOptOut\n      privacyNoticeVersion\n      privacyConsentAt\n      consentWithdrawnAt\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryMyChoices($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      mailOptOut\n      privacyNoticeVersion\n      privacyConsentAt\n      consentWithdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeneficiarySetMailOptOut($id: ID!, $optOut: Boolean!) {\n    setMailOptOut(beneficiaryId: $id, optOut: $optOut) {\n      id\n      mailOptOut\n    }\n  }\n"): (typeof documents)["\n  mutation BeneficiarySetMailOptOut($id: ID!, $optOut: Boolean!) {\n    setMailOptOut(beneficiaryId: $id, optOut: $optOut) {\n      id\n      mailOptOut\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeneficiaryWithdrawConsent {\n    withdrawPrivacyConsent {\n      id\n      mailOptOut\n      consentWithdrawnAt\n    }\n  }\n"): (typeof documents)["\n  mutation BeneficiaryWithdrawConsent {\n    withdrawPrivacyConsent {\n      id\n      mailOptOut\n      consentWithdrawnAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryCourseCatalogue {\n    courseEditions {\n      id\n      title\n      subject\n      startDate\n      endDate\n      seats\n      status\n      trainingBody {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryCourseCatalogue {\n    courseEditions {\n      id\n      title\n      subject\n      startDate\n      endDate\n      seats\n      status\n      trainingBody {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeneficiaryRequestEnrolment($editionId: ID!, $participantName: String, $codiceFiscale: String) {\n    requestCourseEnrolment(editionId: $editionId, participantName: $participantName, codiceFiscale: $codiceFiscale) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BeneficiaryRequestEnrolment($editionId: ID!, $participantName: String, $codiceFiscale: String) {\n    requestCourseEnrolment(editionId: $editionId, participantName: $participantName, codiceFiscale: $codiceFiscale) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryMyEnrolments {\n    myBeneficiary {\n      id\n      firstName\n      lastName\n      codiceFiscale\n      enrolments {\n        id\n        status\n        decisionReason\n        edition {\n          id\n          title\n          startDate\n          endDate\n          trainingBody {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryMyEnrolments {\n    myBeneficiary {\n      id\n      firstName\n      lastName\n      codiceFiscale\n      enrolments {\n        id\n        status\n        decisionReason\n        edition {\n          id\n          title\n          startDate\n          endDate\n          trainingBody {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryMyDocuments {\n    myBeneficiary {\n      id\n      documents {\n        id\n        kind\n        fileName\n        contentType\n        size\n        uploadedAt\n        downloadPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryMyDocuments {\n    myBeneficiary {\n      id\n      documents {\n        id\n        kind\n        fileName\n        contentType\n        size\n        uploadedAt\n        downloadPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryMyRecord($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      firstName\n      lastName\n      codiceFiscale\n      email\n      phone\n      birthDate\n      sex\n      municipalityCode\n      status\n      registeredAt\n      placements {\n        id\n        type\n        startDate\n        endDate\n        company {\n          id\n          name\n        }\n      }\n      enrolments {\n        id\n        edition {\n          id\n          title\n          startDate\n          endDate\n          trainingBody {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryMyRecord($id: ID!) {\n    beneficiary(id: $id) {\n      id\n      firstName\n      lastName\n      codiceFiscale\n      email\n      phone\n      birthDate\n      sex\n      municipalityCode\n      status\n      registeredAt\n      placements {\n        id\n        type\n        startDate\n        endDate\n        company {\n          id\n          name\n        }\n      }\n      enrolments {\n        id\n        edition {\n          id\n          title\n          startDate\n          endDate\n          trainingBody {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryMyJobInterviews {\n    myJobInterviews {\n      candidateId\n      vacancyTitle\n      companyName\n      at\n      place\n      link\n      note\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryMyJobInterviews {\n    myJobInterviews {\n      candidateId\n      vacancyTitle\n      companyName\n      at\n      place\n      link\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryMyOffers {\n    myVacancyMatches(limit: 5) {\n      vacancyId\n      title\n      tasks\n      municipalityCode\n      contractType\n      hoursPerWeek\n      startDate\n      score\n      explanation {\n        matchedSkills\n        missingSkills\n        matchedNiceToHave\n        italianFit\n        distanceKm\n        maxDistanceKm\n        matchedShifts\n        missingShifts\n        availableHoursPerWeek\n        requiredHoursPerWeek\n        contractFit\n        vocabularyMatches {\n          term\n          conceptLabel\n          matched\n        }\n      }\n    }\n    myBeneficiary {\n      id\n      candidacies {\n        id\n        status\n        proposedAt\n        vacancy {\n          id\n          title\n          municipalityCode\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryMyOffers {\n    myVacancyMatches(limit: 5) {\n      vacancyId\n      title\n      tasks\n      municipalityCode\n      contractType\n      hoursPerWeek\n      startDate\n      score\n      explanation {\n        matchedSkills\n        missingSkills\n        matchedNiceToHave\n        italianFit\n        distanceKm\n        maxDistanceKm\n        matchedShifts\n        missingShifts\n        availableHoursPerWeek\n        requiredHoursPerWeek\n        contractFit\n        vocabularyMatches {\n          term\n          conceptLabel\n          matched\n        }\n      }\n    }\n    myBeneficiary {\n      id\n      candidacies {\n        id\n        status\n        proposedAt\n        vacancy {\n          id\n          title\n          municipalityCode\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryMyPath {\n    myBeneficiary {\n      id\n      firstName\n      sex\n      status\n      registeredAt\n      interviewSla {\n        dueDate\n        overdue\n        interviewedAt\n      }\n      interviews {\n        id\n        scheduledAt\n        mode\n        location\n        status\n        operatorName\n      }\n      services {\n        id\n        kind\n        startedOn\n        expectedEndOn\n        endedOn\n      }\n    }\n    myStatusHistory {\n      id\n      from\n      to\n      at\n    }\n  }\n"): (typeof documents)["\n  query BeneficiaryMyPath {\n    myBeneficiary {\n      id\n      firstName\n      sex\n      status\n      registeredAt\n      interviewSla {\n        dueDate\n        overdue\n        interviewedAt\n      }\n      interviews {\n        id\n        scheduledAt\n        mode\n        location\n        status\n        operatorName\n      }\n      services {\n        id\n        kind\n        startedOn\n        expectedEndOn\n        endedOn\n      }\n    }\n    myStatusHistory {\n      id\n      from\n      to\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BeneficiaryInterviewUpdated {\n    intakeInterviewUpdated {\n      id\n      status\n      scheduledAt\n    }\n  }\n"): (typeof documents)["\n  subscription BeneficiaryInterviewUpdated {\n    intakeInterviewUpdated {\n      id\n      status\n      scheduledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BeneficiaryStatusChanged {\n    beneficiaryStatusChanged {\n      to\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription BeneficiaryStatusChanged {\n    beneficiaryStatusChanged {\n      to\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BeneficiaryPrivacyNotice {\n    currentPrivacyNoticeVersion\n  }\n"): (typeof documents)["\n  query BeneficiaryPrivacyNotice {\n    currentPrivacyNoticeVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeneficiaryRegister($input: RegisterBeneficiaryInput!) {\n    registerBeneficiary(input: $input) {\n      email\n      linkValidUntil\n    }\n  }\n"): (typeof documents)["\n  mutation BeneficiaryRegister($input: RegisterBeneficiaryInput!) {\n    registerBeneficiary(input: $input) {\n      email\n      linkValidUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeneficiaryAnswerSurvey($token: String!, $working: Boolean!, $contractType: String, $offersReceived: Int!) {\n    peopleAnswerFuoriProtocolloSurvey(token: $token, working: $working, contractType: $contractType, offersReceived: $offersReceived)\n  }\n"): (typeof documents)["\n  mutation BeneficiaryAnswerSurvey($token: String!, $working: Boolean!, $contractType: String, $offersReceived: Int!) {\n    peopleAnswerFuoriProtocolloSurvey(token: $token, working: $working, contractType: $contractType, offersReceived: $offersReceived)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;