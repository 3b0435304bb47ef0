import { graphql } from '../../gql/index.js';

/** ADMIN: the personal-data audit log, newest first (`first` grows with "show more"). */
export const AUDIT_LOG = graphql(`
  query StaffPersonalDataAudit(
    $beneficiaryId: ID
    $actorId: String
    $action: PersonalDataAction
    $source: String
    $from: DateTimeISO
    $to: DateTimeISO
    $first: Int!
  ) {
    personalDataAudit(
      beneficiaryId: $beneficiaryId
      actorId: $actorId
      action: $action
      source: $source
      from: $from
      to: $to
      first: $first
    ) {
      totalCount
      nodes {
        id
        at
        actorId
        actorName
        actorRole
        action
        beneficiaryId
        beneficiaryName
        detail
        fields
      }
    }
  }
`);
