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
    "\n  query StaffBeneficiaryList($first: Int!, $after: String) {\n    beneficiaries(first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        id\n        firstName\n        lastName\n        codiceFiscale\n        municipalityCode\n        status\n        registeredAt\n        placements {\n          id\n        }\n        enrolments {\n          id\n        }\n      }\n    }\n  }\n": typeof types.StaffBeneficiaryListDocument,
    "\n  query StaffHome {\n    beneficiaries(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.StaffHomeDocument,
    "\n  subscription StaffLiveVacancyPosted {\n    vacancyPosted {\n      id\n      title\n      openings\n      company {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffLiveVacancyPostedDocument,
    "\n  subscription StaffLivePlacementRecorded {\n    placementRecorded {\n      id\n      type\n      company {\n        id\n        name\n      }\n      beneficiary {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.StaffLivePlacementRecordedDocument,
    "\n  subscription StaffLiveBeneficiaryRegistered {\n    beneficiaryRegistered {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.StaffLiveBeneficiaryRegisteredDocument,
};
const documents: Documents = {
    "\n  query StaffBeneficiaryList($first: Int!, $after: String) {\n    beneficiaries(first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        id\n        firstName\n        lastName\n        codiceFiscale\n        municipalityCode\n        status\n        registeredAt\n        placements {\n          id\n        }\n        enrolments {\n          id\n        }\n      }\n    }\n  }\n": types.StaffBeneficiaryListDocument,
    "\n  query StaffHome {\n    beneficiaries(first: 1) {\n      totalCount\n    }\n  }\n": types.StaffHomeDocument,
    "\n  subscription StaffLiveVacancyPosted {\n    vacancyPosted {\n      id\n      title\n      openings\n      company {\n        id\n        name\n      }\n    }\n  }\n": types.StaffLiveVacancyPostedDocument,
    "\n  subscription StaffLivePlacementRecorded {\n    placementRecorded {\n      id\n      type\n      company {\n        id\n        name\n      }\n      beneficiary {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.StaffLivePlacementRecordedDocument,
    "\n  subscription StaffLiveBeneficiaryRegistered {\n    beneficiaryRegistered {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.StaffLiveBeneficiaryRegisteredDocument,
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
export function graphql(source: "\n  query StaffBeneficiaryList($first: Int!, $after: String) {\n    beneficiaries(first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        id\n        firstName\n        lastName\n        codiceFiscale\n        municipalityCode\n        status\n        registeredAt\n        placements {\n          id\n        }\n        enrolments {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffBeneficiaryList($first: Int!, $after: String) {\n    beneficiaries(first: $first, after: $after) {\n      totalCount\n      endCursor\n      hasNextPage\n      nodes {\n        id\n        firstName\n        lastName\n        codiceFiscale\n        municipalityCode\n        status\n        registeredAt\n        placements {\n          id\n        }\n        enrolments {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffHome {\n    beneficiaries(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StaffHome {\n    beneficiaries(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffLiveVacancyPosted {\n    vacancyPosted {\n      id\n      title\n      openings\n      company {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription StaffLiveVacancyPosted {\n    vacancyPosted {\n      id\n      title\n      openings\n      company {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffLivePlacementRecorded {\n    placementRecorded {\n      id\n      type\n      company {\n        id\n        name\n      }\n      beneficiary {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription StaffLivePlacementRecorded {\n    placementRecorded {\n      id\n      type\n      company {\n        id\n        name\n      }\n      beneficiary {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffLiveBeneficiaryRegistered {\n    beneficiaryRegistered {\n      id\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  subscription StaffLiveBeneficiaryRegistered {\n    beneficiaryRegistered {\n      id\n      firstName\n      lastName\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;