import { graphql } from '../../gql/index.js';

export const APPROVALS = graphql(`
  query StaffApprovals {
    pending: approvalRequests(state: PENDING, first: 200) {
      id
      kind
      state
      amountCents
      createdAt
      dueAt
      overdue
      mine
      makerId
      targetType
      payloadJson
      changes {
        field
        before
        after
      }
      ledgerLines {
        account
        amountCents
        bookedOn
        memo
      }
    }
    mine: approvalRequests(mine: true, first: 50) {
      id
      kind
      state
      amountCents
      createdAt
      decidedAt
      decisionNote
      overdue
    }
  }
`);

export const APPROVE = graphql(`
  mutation StaffApproveRequest($id: ID!, $note: String) {
    approveApprovalRequest(id: $id, note: $note) {
      id
      state
    }
  }
`);

export const REJECT = graphql(`
  mutation StaffRejectRequest($id: ID!, $reason: String!) {
    rejectApprovalRequest(id: $id, reason: $reason) {
      id
      state
    }
  }
`);
