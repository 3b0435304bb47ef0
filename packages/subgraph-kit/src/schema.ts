import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { gql } from 'graphql-tag';
import type { GraphQLSchema } from 'graphql';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: any) => unknown }>;

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/**
 * Subscriptions are fed by the outbox (`liveEvents` in `subscribe`), never by in-memory topics,
 * which a replica would not share with the others.
 */
const topicsUnsupported = {
  publish: () => {
    throw new Error('Publish domain events with publishEvent; subscriptions read the outbox');
  },
  subscribe: () => {
    throw new Error('Use @Subscription({ subscribe: (data) => liveEvents(...) }) instead of topics');
  },
};

/** type-graphql schema → SDL with directives → Apollo subgraph schema, with reference resolvers merged in. */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false, pubSub: topicsUnsupported });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, ref] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...ref };
  }
  const typeDefs = gql(`${LINK}\n${printSchemaWithDirectives(schema)}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as any });
}
