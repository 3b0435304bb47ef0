import { Kind, parse, print, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLResponse } from './graphql.js';

interface Caller {
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ): Promise<GraphQLResponse<T>>;
}

const fieldsOf = (text: string): SelectionSetNode => {
  const doc = parse(`{ ${text} }`);
  return (doc.definitions[0] as OperationDefinitionNode).selectionSet;
};

/**
 * Maker-checker in tests (issue 26). Takes a money mutation written as before (`disburseLoan(input: $i) { status }`),
 * sends it as `token` with the new payload (`status reason request { id } result { status }`) and, when it waits
 * for approval, approves it as `approver` (a second user) and answers `{ data: { disburseLoan: <result> } }`, as the
 * mutation answered when it acted at once. `resultType` is the GraphQL type of the result (e.g. `Loan`).
 * Errors of the preparation or of the approval come back as they are.
 */
export async function withApproval<T = Record<string, unknown>>(
  t: Caller,
  query: string,
  options: { token: string; approver: string; resultType: string; variables?: Record<string, unknown> },
): Promise<GraphQLResponse<T> & { requestId?: string }> {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = op?.selectionSet.selections[0] as FieldNode | undefined;
  if (!op || !field?.selectionSet) throw new Error('withApproval: a mutation with one field and a selection');
  const key = field.alias?.value ?? field.name.value;
  const resultSelection = print(field.selectionSet);
  const wrapped: FieldNode = { ...field, selectionSet: fieldsOf(`status reason request { id } result ${resultSelection}`) };
  const makerQuery = print({
    ...doc,
    definitions: doc.definitions.map((d) => (d === op ? { ...op, selectionSet: { ...op.selectionSet, selections: [wrapped] } } : d)),
  });
  const made = await t.graphql<Record<string, { status: string; request: { id: string } | null; result: unknown }>>(makerQuery, {
    token: options.token,
    variables: options.variables,
  });
  const payload = made.data?.[key];
  if (made.errors?.length || !payload) return { status: made.status, data: null, errors: made.errors };
  if (payload.status === 'EXECUTED') return { status: made.status, data: { [key]: payload.result } as T };
  const requestId = payload.request!.id;
  const approved = await t.graphql<{ approveApprovalRequest: { result: unknown } }>(
    `mutation($id: ID!) { approveApprovalRequest(id: $id, note: "second pair of eyes") { result { ... on ${options.resultType} ${resultSelection} } } }`,
    { token: options.approver, variables: { id: requestId } },
  );
  if (approved.errors?.length) return { status: approved.status, data: null, errors: approved.errors, requestId };
  return { status: approved.status, data: { [key]: approved.data?.approveApprovalRequest.result } as T, requestId };
}

/** Approves a pending request as `approver` (throws when refused). */
export async function approveRequest(t: Caller, approver: string, requestId: string): Promise<void> {
  const r = await t.graphql('mutation($id: ID!) { approveApprovalRequest(id: $id) { state } }', {
    token: approver,
    variables: { id: requestId },
  });
  if (r.errors?.length) throw new Error(`approval refused: ${JSON.stringify(r.errors)}`);
}
