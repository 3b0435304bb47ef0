import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import { GraphQLError, Kind, getOperationAST, print, type ExecutionArgs, type ExecutionResult, type FragmentDefinitionNode } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { ApolloGateway } from '@apollo/gateway';
import { callerScope, verifyAccessToken, type Caller } from '@ixl/auth';
import { FanOutGroups, WS_MAX_PAYLOAD_BYTES, graphqlWsNextWriter, type FanOutMember } from '@ixl/http-kit';
import { subgraphUrlOf, type GatewayConfig } from '../config.js';
import type { GatewayContext } from '../context.js';
import { armorValidationRules, measure } from '../limits.js';
import { gatewayInternals, planSubscription, type SubscriptionPlan } from './federated.js';
import { pushIterator } from '@ixl/events/push-iterator';
import { UpstreamSubscriptions } from './upstream.js';
import { spreadKeepAlive } from './keep-alive.js';
import { apiError } from '../errors.js';
import { ixlTracer, tracingActive } from '@ixl/observability';

/** The operation's name as written in the document (clients seldom send `operationName` separately). */
const operationNameOf = (args: ExecutionArgs): string => getOperationAST(args.document, args.operationName)?.name?.value ?? '';

/** Runs `fn` in a gateway span when tracing is on (operation name and serving subgraph only: no variables). */
function traced<T>(name: string, attributes: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  if (!tracingActive()) return fn();
  return ixlTracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn();
    } catch (err) {
      span.setStatus({ code: 2 });
      throw err;
    } finally {
      span.end();
    }
  });
}

type ConnectionExtra = Record<PropertyKey, unknown> & {
  caller?: Caller;
  expiryTimer?: NodeJS.Timeout;
};

type Log = (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;

// @apollo/gateway builds its schema with graphql's CommonJS build: validate it with the same build
// (the ES module build refuses a schema "from another module or realm").
const graphqlCjs = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * graphql-ws on the gateway's `/graphql`: authenticated at connection time with the JWT (in
 * `connectionParams.authorization`), closed with 4401 when the token expires; subscriptions are
 * federated (see federated.ts), queries and mutations run through the ordinary gateway.
 */
export function attachSubscriptionServer(
  server: Server,
  apollo: ApolloServer<GatewayContext>,
  gateway: ApolloGateway,
  config: GatewayConfig,
  log: Log,
) {
  const upstream = new UpstreamSubscriptions((name) => subgraphUrlOf(config, name), config.internalSecret);
  const plans = new Map<string, SubscriptionPlan>();
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: WS_MAX_PAYLOAD_BYTES });
  const schema = gatewayInternals(gateway).schema;

  const planFor = (args: ExecutionArgs): { key: string; plan: SubscriptionPlan } => {
    const key = `${args.operationName ?? ''}\n${print(args.document)}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = planSubscription(gateway, args.document, args.operationName ?? undefined);
      if (plans.size > 1_000) plans.clear();
      plans.set(key, plan);
    }
    return { key, plan };
  };

  const groups = new FanOutGroups<ExecutionResult, ExecutionResult>();
  /** Each subscription's `next` writer (its socket and graphql-ws id), by its context (set by `context` below). */
  const deliveries = new WeakMap<GatewayContext, (json: string) => void>();

  /** The same depth and cost limits as over HTTP. */
  const overLimits = (args: ExecutionArgs): ExecutionResult | undefined => {
    const operation = args.document.definitions.find(
      (d) => d.kind === Kind.OPERATION_DEFINITION && (!args.operationName || d.name?.value === args.operationName),
    );
    if (operation?.kind !== Kind.OPERATION_DEFINITION) return undefined;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const d of args.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    let measured: { depth: number; cost: number };
    try {
      const root = args.schema.getRootType(operation.operation) ?? undefined;
      measured = measure(operation.selectionSet, root, fragments, (args.variableValues ?? {}) as Record<string, unknown>, args.schema);
    } catch (err) {
      if (err instanceof GraphQLError) return { errors: [err] };
      throw err;
    }
    const { depth, cost } = measured;
    if (depth > config.maxDepth)
      return {
        errors: [apiError('QUERY_TOO_DEEP', { depth, maxDepth: config.maxDepth })],
      };
    if (cost > config.maxCost)
      return {
        errors: [apiError('QUERY_TOO_COSTLY', { cost, maxCost: config.maxCost })],
      };
    return undefined;
  };

  const disposer = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      // The alias and directive limits of HTTP requests apply here too (the frame size bounds the tokens).
      validate: (schemaToCheck, document) =>
        graphqlCjs.validate(schemaToCheck, document, [...graphqlCjs.specifiedRules, ...armorValidationRules(config)]),
      onConnect: async (ctx) => {
        const raw = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const token = typeof raw === 'string' ? raw.replace(/^Bearer\s+/i, '') : '';
        if (!token) return false;
        const check = await verifyAccessToken(token, config.jwtPublicKeys);
        if (!check.ok) return false;
        ctx.extra.caller = check.caller;
        const socket = ctx.extra.socket;
        const ms = check.expiresAt.getTime() - Date.now();
        ctx.extra.expiryTimer = setTimeout(
          () => socket.close(CloseCode.Unauthorized, 'Token expired'),
          Math.max(0, Math.min(ms, 2 ** 31 - 1)),
        );
        socket.once('close', () => clearTimeout(ctx.extra.expiryTimer));
        return true;
      },
      context: (ctx, id): GatewayContext => {
        const context: GatewayContext = {
          caller: ctx.extra.caller ?? { userId: null, role: 'ANONYMOUS' },
          requestId: crypto.randomUUID(),
          clientIp: ctx.extra.request.socket.remoteAddress ?? 'unknown',
        };
        deliveries.set(context, graphqlWsNextWriter(ctx.extra.socket, id));
        return context;
      },
      execute: async (args) => {
        const refused = overLimits(args);
        if (refused) return refused;
        const response = await apollo.executeOperation(
          {
            query: print(args.document),
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            operationName: args.operationName ?? undefined,
          },
          { contextValue: args.contextValue as GatewayContext },
        );
        return (
          response.body.kind === 'single' ? response.body.singleResult : { errors: [apiError('INCREMENTAL_DELIVERY_UNSUPPORTED', {})] }
        ) as ExecutionResult;
      },
      subscribe: async (args) =>
        traced('gateway.subscribe', { 'graphql.operation.name': operationNameOf(args), 'graphql.operation.type': 'subscription' }, () =>
          startSubscription(args),
        ),
    },
    wss,
    // Keep-alive pings: spread over the interval by `spreadKeepAlive` below, not one timer per socket.
    0,
  );
  const stopKeepAlive = spreadKeepAlive(wss);

  /**
   * Plans a client's subscription and joins it to the group of identical subscriptions (same operation,
   * variables and caller scope: see callerScope), which shares one upstream stream and resolves and
   * serialises each event once; each event is resolved in its own span.
   */
  async function startSubscription(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const refused = overLimits(args);
    if (refused) return refused;
    const context = args.contextValue as GatewayContext;
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    let planned: { key: string; plan: SubscriptionPlan };
    try {
      planned = planFor(args);
    } catch (err) {
      return {
        errors: [err instanceof GraphQLError ? err : apiError('SUBSCRIPTION_NOT_PLANNABLE', {})],
      };
    }
    const { plan } = planned;
    let leave = () => undefined as void;
    const { push, end, iterator } = pushIterator<ExecutionResult>(() => leave());
    const delivery = deliveries.get(context);
    const member: FanOutMember<ExecutionResult> = {
      // graphql-ws's `next` message, written straight to the socket with the group's serialised payload.
      deliver: delivery ? (_result, json) => delivery(json) : (result) => push(result),
      end,
    };
    const operationName = operationNameOf(args);
    leave = groups.join(JSON.stringify([planned.key, variables, callerScope(context.caller)]), member, {
      open: ({ event, end: ended }) =>
        upstream.subscribe(plan.service, plan.upstreamQuery, plan.upstreamVariables(variables), context.caller, event, ended, (err) =>
          log('warn', 'upstream subscription ended with an error', {
            service: plan.service,
            error: Array.isArray(err) ? 'graphql errors' : String(err),
          }),
        ),
      resolve: async (result) => {
        if (!result.data) {
          const errors = (result.errors ?? []) as readonly { message: string; extensions?: Record<string, unknown> }[];
          return { errors: errors.map((e) => (e instanceof GraphQLError ? e : new GraphQLError(e.message, { extensions: e.extensions }))) };
        }
        // The group's first subscriber's context: every member has the same caller scope.
        return traced('gateway.subscription.event', { 'graphql.operation.name': operationName, 'ixl.subgraph': plan.service }, () =>
          plan.resolveEvent(result.data as Record<string, unknown>, variables, context),
        );
      },
      onError: (err) => log('error', 'subscription event failed', { error: err instanceof Error ? err.message : String(err) }),
    });
    return iterator;
  }

  return {
    upstream,
    async dispose() {
      stopKeepAlive();
      await disposer.dispose();
      for (const client of wss.clients) client.terminate();
      wss.close();
      await upstream.close();
    },
  };
}
