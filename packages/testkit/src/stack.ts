import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { startStack, seedDemoData, type RunningStack } from '@ixl/launcher';
import type { Role } from '@ixl/auth';
import { freshDatabase } from './db.js';
import { graphqlRequest, type GraphQLResponse } from './graphql.js';
import { createAccount } from './factories.js';
import { spawnSubgraph, type SubgraphProcess } from './process.js';
import type { SubgraphName } from '@ixl/gateway';

export interface TestStack {
  stack: RunningStack;
  url: string;
  databaseUrl: string;
  /** The subgraphs asked for in `processes`, each in its own OS process. */
  processes: Partial<Record<SubgraphName, SubgraphProcess>>;
  secrets: { internalSecret: string; jwtSecret: string };
  /** One operation through the gateway. */
  graphql<T = Record<string, unknown>>(query: string, options?: { token?: string; variables?: Record<string, unknown> }): Promise<GraphQLResponse<T>>;
  /** Logs in through the gateway and returns the token (throws on failure). */
  login(email: string, password: string): Promise<string>;
  /** Creates an account (factory) and returns its token. */
  tokenFor(role: Role, bind?: { beneficiaryId?: string; companyId?: string; trainingBodyId?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** Boots the real stack (five subgraphs + gateway) on free ports over a fresh database. */
export async function bootTestStack(options: { seedDemo?: boolean; loginLimit?: { perIp: number; perAccount: number; windowMs: number }; /** Built portals to serve (e.g. `<repo>/portals/dist`), for browser tests. */ portalsDir?: string; /** Subgraphs to run as separate OS processes (fault tests kill them); the others run in this process. */ processes?: SubgraphName[] } = {}): Promise<TestStack> {
  const db = await freshDatabase();
  const secrets = { internalSecret: randomBytes(32).toString('hex'), jwtSecret: randomBytes(32).toString('hex') };
  // Tests log in many times from one address: a high login limit unless the test sets one.
  const loginLimit = options.loginLimit ?? { perIp: 100_000, perAccount: 100_000, windowMs: 60_000 };
  const processes: Partial<Record<SubgraphName, SubgraphProcess>> = {};
  for (const name of options.processes ?? []) processes[name] = await spawnSubgraph(name, { databaseUrl: db.url, ...secrets });
  const remoteSubgraphs = Object.fromEntries(Object.entries(processes).map(([n, p]) => [n, p.url]));
  const stack = await startStack({ databaseUrl: db.url, ...secrets, remoteSubgraphs, port: 0, quiet: true, loginLimit, corsOrigins: ['https://portal.example.org'], jobs: false, ...(options.portalsDir ? { portalsDir: options.portalsDir } : {}) });
  if (options.seedDemo) await seedDemoData(stack);
  const graphql = <T,>(query: string, opts: { token?: string; variables?: Record<string, unknown> } = {}) => graphqlRequest<T>(stack.gatewayUrl, query, opts);
  const login = async (email: string, password: string) => {
    const r = await graphql<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { variables: { e: email, p: password } });
    if (!r.data?.login.token) throw new Error(`login failed for ${email}: ${JSON.stringify(r.errors)}`);
    return r.data.login.token;
  };
  return {
    stack,
    url: stack.gatewayUrl,
    databaseUrl: db.url,
    processes,
    secrets,
    graphql,
    login,
    async tokenFor(role, bind = {}) {
      const { email, password } = await createAccount(stack, { role, ...bind });
      return login(email, password);
    },
    async stop() {
      await stack.stop();
      await Promise.all(Object.values(processes).map((p) => p.kill('SIGTERM')));
      await db.drop();
    },
  };
}
