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
      maker {
        displayName
      }
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
      decider {
        displayName
      }
      overdue
    }
  }
`);

/**
 * The rules and their audit: a query of its own, so the queue's query stays well under the gateway's cost limit
 * (gateway/src/limits.spec.ts measures every portal document).
 */
export const APPROVAL_RULES = graphql(`
  query StaffApprovalRules {
    approvalRules {
      kind
      required
      thresholdCents
      approverRole
      approverUserIds
    }
    approvalRuleChanges {
      id
      kind
      reason
      changedAt
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
