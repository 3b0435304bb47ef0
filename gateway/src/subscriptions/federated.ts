import { type DocumentNode, type ExecutionResult } from 'graphql';
import type { ApolloGateway } from '@apollo/gateway';
import { buildOperationContext, executeQueryPlan } from '@apollo/gateway';
import type { FetchNode, PlanNode, QueryPlan, QueryPlanner, SubscriptionNode } from '@apollo/query-planner';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.js';
import { apiError } from '../errors.js';

/** The parts of a started ApolloGateway the subscription executor reuses (same plans, same data sources). */
interface GatewayInternals {
  queryPlanner: QueryPlanner;
  apiSchema: Schema;
  supergraphSchema: GraphQLSchema;
  schema: GraphQLSchema;
  serviceMap: Record<string, { dataSource: { process: (...args: unknown[]) => Promise<unknown> } }>;
}

export function gatewayInternals(gateway: ApolloGateway): GatewayInternals {
  const g = gateway as unknown as Partial<GatewayInternals>;
  if (!g.queryPlanner || !g.apiSchema || !g.supergraphSchema || !g.schema || !g.serviceMap) {
    throw new Error('Subscriptions need a started ApolloGateway (query planner and service map not found)');
  }
  return g as GatewayInternals;
}

export interface SubscriptionPlan {
  /** The subgraph that owns the root field and the operation to send it. */
  service: string;
  upstreamQuery: string;
  upstreamVariables: (variables: Record<string, unknown>) => Record<string, unknown>;
  /** Resolves the fields other subgraphs own for one upstream event, shaped as the client asked. */
  resolveEvent: (
    eventData: Record<string, unknown>,
    variables: Record<string, unknown>,
    context: GatewayContext,
  ) => Promise<ExecutionResult>;
}

const EVENT_SERVICE = '__subscription_event__';

/**
 * Plans a client subscription with the gateway's own query planner: the primary fetch goes to the
 * subgraph owning the root field (over graphql-ws); the rest of the plan (entity fetches, batched per
 * subgraph) runs through the ordinary executor for each event, seeded with the event's data.
 */
export function planSubscription(gateway: ApolloGateway, document: DocumentNode, operationName: string | undefined): SubscriptionPlan {
  const internals = gatewayInternals(gateway);
  const operation = operationFromDocument(internals.apiSchema, document, { operationName });
  const plan: QueryPlan = internals.queryPlanner.buildQueryPlan(operation);
  const node = plan.node as SubscriptionNode | undefined;
  if (!node || node.kind !== 'Subscription') throw apiError('NOT_A_SUBSCRIPTION', {});
  const primary: FetchNode = node.primary;
  const seed: FetchNode = { ...primary, serviceName: EVENT_SERVICE };
  const restNode: PlanNode = node.rest ? { kind: 'Sequence', nodes: [seed, node.rest] } : seed;
  const operationContext = buildOperationContext({ schema: internals.schema, operationDocument: document, operationName });
  return {
    service: primary.serviceName,
    upstreamQuery: primary.operation,
    upstreamVariables: (variables) =>
      Object.fromEntries((primary.variableUsages ?? []).filter((v) => v in variables).map((v) => [v, variables[v]])),
    async resolveEvent(eventData, variables, context) {
      const serviceMap: Record<string, unknown> = { [EVENT_SERVICE]: { process: async () => ({ data: eventData }) } };
      for (const [name, { dataSource }] of Object.entries(internals.serviceMap)) serviceMap[name] = dataSource;
      const requestContext = {
        request: { query: '', variables, operationName },
        context,
        logger: console,
        metrics: {},
        cache: undefined,
        operation: operationContext.operation,
        document,
      };
      return executeQueryPlan(
        { kind: 'QueryPlan', node: restNode } as QueryPlan,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        serviceMap as any,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        requestContext as any,
        operationContext,
        internals.supergraphSchema,
        internals.apiSchema,
      ) as Promise<ExecutionResult>;
    },
  };
}
