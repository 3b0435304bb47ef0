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
    "\n  mutation CompanyChangeCandidateStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateStatus(input: $input) {\n      id\n      status\n      reasonCode\n      reasonNote\n      updatedAt\n    }\n  }\n": typeof types.CompanyChangeCandidateStatusDocument,
    "\n  mutation CompanyInviteToInterview($input: InviteToInterviewInput!) {\n    inviteToInterview(input: $input) {\n      id\n      status\n      interviewAt\n      interviewPlace\n      interviewLink\n      interviewNote\n      updatedAt\n    }\n  }\n": typeof types.CompanyInviteToInterviewDocument,
    "\n  mutation CompanyConfirmHire($input: ConfirmHireInput!) {\n    confirmHire(input: $input) {\n      id\n      status\n      contract\n      startDate\n      endDate\n      hoursPerWeek\n    }\n  }\n": typeof types.CompanyConfirmHireDocument,
    "\n  query CompanyVacancyCandidates($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      municipalityCode\n      openings\n      startDate\n      requiredSkills\n      niceToHaveSkills\n      italianLevel\n      shifts\n      hoursPerWeek\n      candidates {\n        id\n        status\n        firstName\n        initials\n        skills\n        italianLevel\n        shifts\n        availableHoursPerWeek\n        cvAvailable\n        reasonCode\n        reasonNote\n        proposedAt\n        updatedAt\n        interviewAt\n        interviewPlace\n        interviewLink\n        interviewNote\n      }\n    }\n  }\n": typeof types.CompanyVacancyCandidatesDocument,
    "\n  subscription CompanyCandidateChanged {\n    candidateStatusChanged {\n      id\n      status\n      firstName\n      initials\n      skills\n      italianLevel\n      shifts\n      availableHoursPerWeek\n      cvAvailable\n      reasonCode\n      reasonNote\n      proposedAt\n      updatedAt\n      vacancy {\n        id\n      }\n    }\n  }\n": typeof types.CompanyCandidateChangedDocument,
    "\n  query CompanyPlacementPage($filter: PlacementListFilter, $first: Int!, $offset: Int!) {\n    placements(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        personName\n        type\n        contract\n        startDate\n        endDate\n        hoursPerWeek\n        followUp\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n    placementDrafts {\n      id\n      personName\n      contract\n      startDate\n      endDate\n      hoursPerWeek\n      vacancy {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CompanyPlacementPageDocument,
    "\n  subscription CompanyPlacementRecorded {\n    placementRecorded {\n      id\n    }\n  }\n": typeof types.CompanyPlacementRecordedDocument,
    "\n  query CompanyHome($companyId: ID) {\n    companies {\n      id\n      name\n      vatNumber\n      municipalityCode\n      boardJoinedOn\n    }\n    vacancies(companyId: $companyId) {\n      id\n      title\n      municipalityCode\n      openings\n      status\n      createdAt\n      candidates {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CompanyHomeDocument,
    "\n  subscription CompanyHomeCandidateChanged {\n    candidateStatusChanged {\n      id\n      status\n    }\n  }\n": typeof types.CompanyHomeCandidateChangedDocument,
    "\n  query CompanyVacancyForEdit($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      municipalityCode\n      openings\n      tasks\n      occupationCode\n      requiredSkills\n      niceToHaveSkills\n      contractType\n      hoursPerWeek\n      shifts\n      italianLevel\n      startDate\n      maxDistanceKm\n      drivingLicenceRequired\n      ownVehicleRequired\n      status\n    }\n  }\n": typeof types.CompanyVacancyForEditDocument,
    "\n  mutation CompanyPostVacancy($input: PostVacancyInput!) {\n    postVacancy(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.CompanyPostVacancyDocument,
    "\n  mutation CompanyUpdateVacancy($id: ID!, $input: VacancyFieldsInput!) {\n    updateVacancy(id: $id, input: $input) {\n      id\n      title\n      municipalityCode\n      openings\n      tasks\n      occupationCode\n      requiredSkills\n      niceToHaveSkills\n      contractType\n      hoursPerWeek\n      shifts\n      italianLevel\n      startDate\n      maxDistanceKm\n      drivingLicenceRequired\n      ownVehicleRequired\n      status\n      updatedAt\n    }\n  }\n": typeof types.CompanyUpdateVacancyDocument,
    "\n  mutation CompanyChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.CompanyChangeVacancyStatusDocument,
};
const documents: Documents = {
    "\n  mutation CompanyChangeCandidateStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateStatus(input: $input) {\n      id\n      status\n      reasonCode\n      reasonNote\n      updatedAt\n    }\n  }\n": types.CompanyChangeCandidateStatusDocument,
    "\n  mutation CompanyInviteToInterview($input: InviteToInterviewInput!) {\n    inviteToInterview(input: $input) {\n      id\n      status\n      interviewAt\n      interviewPlace\n      interviewLink\n      interviewNote\n      updatedAt\n    }\n  }\n": types.CompanyInviteToInterviewDocument,
    "\n  mutation CompanyConfirmHire($input: ConfirmHireInput!) {\n    confirmHire(input: $input) {\n      id\n      status\n      contract\n      startDate\n      endDate\n      hoursPerWeek\n    }\n  }\n": types.CompanyConfirmHireDocument,
    "\n  query CompanyVacancyCandidates($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      municipalityCode\n      openings\n      startDate\n      requiredSkills\n      niceToHaveSkills\n      italianLevel\n      shifts\n      hoursPerWeek\n      candidates {\n        id\n        status\n        firstName\n        initials\n        skills\n        italianLevel\n        shifts\n        availableHoursPerWeek\n        cvAvailable\n        reasonCode\n        reasonNote\n        proposedAt\n        updatedAt\n        interviewAt\n        interviewPlace\n        interviewLink\n        interviewNote\n      }\n    }\n  }\n": types.CompanyVacancyCandidatesDocument,
    "\n  subscription CompanyCandidateChanged {\n    candidateStatusChanged {\n      id\n      status\n      firstName\n      initials\n      skills\n      italianLevel\n      shifts\n      availableHoursPerWeek\n      cvAvailable\n      reasonCode\n      reasonNote\n      proposedAt\n      updatedAt\n      vacancy {\n        id\n      }\n    }\n  }\n": types.CompanyCandidateChangedDocument,
    "\n  query CompanyPlacementPage($filter: PlacementListFilter, $first: Int!, $offset: Int!) {\n    placements(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        personName\n        type\n        contract\n        startDate\n        endDate\n        hoursPerWeek\n        followUp\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n    placementDrafts {\n      id\n      personName\n      contract\n      startDate\n      endDate\n      hoursPerWeek\n      vacancy {\n        id\n        title\n      }\n    }\n  }\n": types.CompanyPlacementPageDocument,
    "\n  subscription CompanyPlacementRecorded {\n    placementRecorded {\n      id\n    }\n  }\n": types.CompanyPlacementRecordedDocument,
    "\n  query CompanyHome($companyId: ID) {\n    companies {\n      id\n      name\n      vatNumber\n      municipalityCode\n      boardJoinedOn\n    }\n    vacancies(companyId: $companyId) {\n      id\n      title\n      municipalityCode\n      openings\n      status\n      createdAt\n      candidates {\n        id\n        status\n      }\n    }\n  }\n": types.CompanyHomeDocument,
    "\n  subscription CompanyHomeCandidateChanged {\n    candidateStatusChanged {\n      id\n      status\n    }\n  }\n": types.CompanyHomeCandidateChangedDocument,
    "\n  query CompanyVacancyForEdit($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      municipalityCode\n      openings\n      tasks\n      occupationCode\n      requiredSkills\n      niceToHaveSkills\n      contractType\n      hoursPerWeek\n      shifts\n      italianLevel\n      startDate\n      maxDistanceKm\n      drivingLicenceRequired\n      ownVehicleRequired\n      status\n    }\n  }\n": types.CompanyVacancyForEditDocument,
    "\n  mutation CompanyPostVacancy($input: PostVacancyInput!) {\n    postVacancy(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.CompanyPostVacancyDocument,
    "\n  mutation CompanyUpdateVacancy($id: ID!, $input: VacancyFieldsInput!) {\n    updateVacancy(id: $id, input: $input) {\n      id\n      title\n      municipalityCode\n      openings\n      tasks\n      occupationCode\n      requiredSkills\n      niceToHaveSkills\n      contractType\n      hoursPerWeek\n      shifts\n      italianLevel\n      startDate\n      maxDistanceKm\n      drivingLicenceRequired\n      ownVehicleRequired\n      status\n      updatedAt\n    }\n  }\n": types.CompanyUpdateVacancyDocument,
    "\n  mutation CompanyChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.CompanyChangeVacancyStatusDocument,
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
export function graphql(source: "\n  mutation CompanyChangeCandidateStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateStatus(input: $input) {\n      id\n      status\n      reasonCode\n      reasonNote\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyChangeCandidateStatus($input: ChangeCandidateStatusInput!) {\n    changeCandidateStatus(input: $input) {\n      id\n      status\n      reasonCode\n      reasonNote\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyInviteToInterview($input: InviteToInterviewInput!) {\n    inviteToInterview(input: $input) {\n      id\n      status\n      interviewAt\n      interviewPlace\n      interviewLink\n      interviewNote\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyInviteToInterview($input: InviteToInterviewInput!) {\n    inviteToInterview(input: $input) {\n      id\n      status\n      interviewAt\n      interviewPlace\n      interviewLink\n      interviewNote\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyConfirmHire($input: ConfirmHireInput!) {\n    confirmHire(input: $input) {\n      id\n      status\n      contract\n      startDate\n      endDate\n      hoursPerWeek\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyConfirmHire($input: ConfirmHireInput!) {\n    confirmHire(input: $input) {\n      id\n      status\n      contract\n      startDate\n      endDate\n      hoursPerWeek\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyVacancyCandidates($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      municipalityCode\n      openings\n      startDate\n      requiredSkills\n      niceToHaveSkills\n      italianLevel\n      shifts\n      hoursPerWeek\n      candidates {\n        id\n        status\n        firstName\n        initials\n        skills\n        italianLevel\n        shifts\n        availableHoursPerWeek\n        cvAvailable\n        reasonCode\n        reasonNote\n        proposedAt\n        updatedAt\n        interviewAt\n        interviewPlace\n        interviewLink\n        interviewNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyVacancyCandidates($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      municipalityCode\n      openings\n      startDate\n      requiredSkills\n      niceToHaveSkills\n      italianLevel\n      shifts\n      hoursPerWeek\n      candidates {\n        id\n        status\n        firstName\n        initials\n        skills\n        italianLevel\n        shifts\n        availableHoursPerWeek\n        cvAvailable\n        reasonCode\n        reasonNote\n        proposedAt\n        updatedAt\n        interviewAt\n        interviewPlace\n        interviewLink\n        interviewNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyCandidateChanged {\n    candidateStatusChanged {\n      id\n      status\n      firstName\n      initials\n      skills\n      italianLevel\n      shifts\n      availableHoursPerWeek\n      cvAvailable\n      reasonCode\n      reasonNote\n      proposedAt\n      updatedAt\n      vacancy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CompanyCandidateChanged {\n    candidateStatusChanged {\n      id\n      status\n      firstName\n      initials\n      skills\n      italianLevel\n      shifts\n      availableHoursPerWeek\n      cvAvailable\n      reasonCode\n      reasonNote\n      proposedAt\n      updatedAt\n      vacancy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyPlacementPage($filter: PlacementListFilter, $first: Int!, $offset: Int!) {\n    placements(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        personName\n        type\n        contract\n        startDate\n        endDate\n        hoursPerWeek\n        followUp\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n    placementDrafts {\n      id\n      personName\n      contract\n      startDate\n      endDate\n      hoursPerWeek\n      vacancy {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyPlacementPage($filter: PlacementListFilter, $first: Int!, $offset: Int!) {\n    placements(filter: $filter, first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        id\n        personName\n        type\n        contract\n        startDate\n        endDate\n        hoursPerWeek\n        followUp\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n    placementDrafts {\n      id\n      personName\n      contract\n      startDate\n      endDate\n      hoursPerWeek\n      vacancy {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyPlacementRecorded {\n    placementRecorded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription CompanyPlacementRecorded {\n    placementRecorded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyHome($companyId: ID) {\n    companies {\n      id\n      name\n      vatNumber\n      municipalityCode\n      boardJoinedOn\n    }\n    vacancies(companyId: $companyId) {\n      id\n      title\n      municipalityCode\n      openings\n      status\n      createdAt\n      candidates {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanyHome($companyId: ID) {\n    companies {\n      id\n      name\n      vatNumber\n      municipalityCode\n      boardJoinedOn\n    }\n    vacancies(companyId: $companyId) {\n      id\n      title\n      municipalityCode\n      openings\n      status\n      createdAt\n      candidates {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CompanyHomeCandidateChanged {\n    candidateStatusChanged {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription CompanyHomeCandidateChanged {\n    candidateStatusChanged {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyVacancyForEdit($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      municipalityCode\n      openings\n      tasks\n      occupationCode\n      requiredSkills\n      niceToHaveSkills\n      contractType\n      hoursPerWeek\n      shifts\n      italianLevel\n      startDate\n      maxDistanceKm\n      drivingLicenceRequired\n      ownVehicleRequired\n      status\n    }\n  }\n"): (typeof documents)["\n  query CompanyVacancyForEdit($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      municipalityCode\n      openings\n      tasks\n      occupationCode\n      requiredSkills\n      niceToHaveSkills\n      contractType\n      hoursPerWeek\n      shifts\n      italianLevel\n      startDate\n      maxDistanceKm\n      drivingLicenceRequired\n      ownVehicleRequired\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyPostVacancy($input: PostVacancyInput!) {\n    postVacancy(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyPostVacancy($input: PostVacancyInput!) {\n    postVacancy(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUpdateVacancy($id: ID!, $input: VacancyFieldsInput!) {\n    updateVacancy(id: $id, input: $input) {\n      id\n      title\n      municipalityCode\n      openings\n      tasks\n      occupationCode\n      requiredSkills\n      niceToHaveSkills\n      contractType\n      hoursPerWeek\n      shifts\n      italianLevel\n      startDate\n      maxDistanceKm\n      drivingLicenceRequired\n      ownVehicleRequired\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyUpdateVacancy($id: ID!, $input: VacancyFieldsInput!) {\n    updateVacancy(id: $id, input: $input) {\n      id\n      title\n      municipalityCode\n      openings\n      tasks\n      occupationCode\n      requiredSkills\n      niceToHaveSkills\n      contractType\n      hoursPerWeek\n      shifts\n      italianLevel\n      startDate\n      maxDistanceKm\n      drivingLicenceRequired\n      ownVehicleRequired\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CompanyChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;