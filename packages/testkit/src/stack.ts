import 'reflect-metadata';
import { startStack, seedDemoData, subgraphDefinitions, type RunningStack } from '@ixl/launcher';
import { loadConfig, withOverrides, type ConfigOverrides, type PlatformConfig } from '@ixl/config';
import { SUBGRAPH_NAMES, type SubgraphName } from '@ixl/registry';
import { freshPlatformSecrets, type PlatformSecrets, type Role } from '@ixl/auth';
import { freshMigratedDatabase } from './db.js';
import { graphqlRequest, type GraphQLResponse } from './graphql.js';
import { createAccount } from './factories.js';
import { spawnSubgraph, type SubgraphProcess } from './process.js';
import { linkToken, startSmtpCatcher, type SmtpCatcher } from './smtp.js';

export interface TestStack {
  stack: RunningStack;
  url: string;
  databaseUrl: string;
  /** The subgraphs asked for in `processes`, each in its own OS process. */
  processes: Partial<Record<SubgraphName, SubgraphProcess>>;
  secrets: TestSecrets;
  /** One operation through the gateway. */
  graphql<T = Record<string, unknown>>(
    query: string,
    options?: { token?: string; variables?: Record<string, unknown> },
  ): Promise<GraphQLResponse<T>>;
  /** Logs in through the gateway and returns the token (throws on failure). */
  login(email: string, password: string): Promise<string>;
  /** Creates an account (factory) and returns its token. */
  tokenFor(role: Role, bind?: { beneficiaryId?: string; companyId?: string; trainingBodyId?: string }): Promise<string>;
  /** The SMTP server the mail goes to (`bootTestStack({ smtp: true })`). */
  smtp?: SmtpCatcher;
  /**
   * Registers a person as people do: `registerBeneficiary`, the verification link from the mail the SMTP
   * server received (`smtp: true`; without it, from the people outbox), `verifyEmail`, then `login`.
   * Returns the person's id and token.
   */
  registerVerified(input: Record<string, unknown>): Promise<{ id: string; token: string; email: string }>;
  stop(): Promise<void>;
}

/** The secrets of a test stack: the internal header's secret and the access-token keys (people signs, the gateway verifies). */
export type TestSecrets = PlatformSecrets;

/** Fresh secrets: a random internal secret and a new Ed25519 signing key (`signingKeys` to choose the keys, e.g. after a rotation). */
export const testSecrets = freshPlatformSecrets;

/**
 * The configuration of a test stack: the platform's defaults (the environment of the test run is not
 * read) with the test settings (free ports, loopback, no timers, a login limit tests do not reach, the
 * CORS origin the security tests use, no portals), then `overrides`. Same shape and defaults as production.
 */
export function testConfig(overrides: ConfigOverrides = {}): PlatformConfig {
  const defaults = loadConfig(
    {},
    {
      gateway: {
        host: '127.0.0.1',
        port: 0,
        corsOrigins: ['https://portal.example.org'],
        portalsDir: null,
      },
      subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, { host: '127.0.0.1', port: 0 }])),
      jobs: false,
      // Any free port for each stack's metrics listener (several stacks run at once).
      observability: { metricsPort: 0 },
      people: {
        loginLimit: { perIp: 100_000, perAccount: 100_000, windowMs: 60_000 },
        registrationLimitPerIp: 100_000,
        applicationLimitPerIp: 100_000,
      },
    },
  );
  return withOverrides(defaults, overrides);
}

/** Boots the real stack (every registry subgraph + gateway) on free ports over a fresh database (already migrated: see freshMigratedDatabase). */
export async function bootTestStack(
  options: {
    seedDemo?: boolean;
    /** Explicit settings (e.g. `{ people: { loginLimit }, gateway: { portalsDir } }`) over `testConfig()`. */
    config?: ConfigOverrides;
    /** Subgraphs to run as separate OS processes (fault tests kill them); the others run in this process. */
    processes?: SubgraphName[];
    /** Send mail to a real SMTP server started for the test (`t.smtp`) instead of the capture inbox. */
    smtp?: boolean;
    /** The secrets to run with (default: `testSecrets()`). */
    secrets?: TestSecrets;
  } = {},
): Promise<TestStack> {
  const db = await freshMigratedDatabase(await subgraphDefinitions());
  const secrets = options.secrets ?? testSecrets();
  const processes: Partial<Record<SubgraphName, SubgraphProcess>> = {};
  for (const name of options.processes ?? []) processes[name] = await spawnSubgraph(name, { databaseUrl: db.url, ...secrets });
  const remote = Object.fromEntries(Object.entries(processes).map(([n, p]) => [n, { url: p.url }]));
  const smtp = options.smtp ? await startSmtpCatcher() : undefined;
  const overrides = options.config ?? {};
  const config = testConfig({
    ...overrides,
    ...(smtp ? { smtpUrl: smtp.url } : {}),
    databaseUrl: db.url,
    secrets,
    subgraphs: { ...overrides.subgraphs, ...remote },
  });
  const stack = await startStack(config, { quiet: true });
  if (options.seedDemo) await seedDemoData(stack);
  const graphql = <T>(query: string, opts: { token?: string; variables?: Record<string, unknown> } = {}) =>
    graphqlRequest<T>(stack.gatewayUrl, query, opts);
  // The link in the verification mail: from the SMTP server when the stack has one, else (tests of the
  // capture inbox itself) from the same mail in the people outbox.
  const verificationToken = async (email: string): Promise<string> => {
    if (smtp) return linkToken(await smtp.waitFor(email, (m) => m.text.includes('/conferma-email?token=')), 'conferma-email');
    const rows = await stack.subgraphs.people.orm.em
      .fork()
      .getConnection()
      .execute<{ text_body: string }[]>(
        `select "text_body" from "people"."mail_outbox" where "to_address" = ? and "template" = 'email_verification' order by "id" desc limit 1`,
        [email],
      );
    const text = rows[0]?.text_body ?? '';
    return linkToken({ to: [email], subject: '', text, raw: text }, 'conferma-email');
  };
  const login = async (email: string, password: string) => {
    const r = await graphql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { variables: { e: email, p: password } },
    );
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
    ...(smtp ? { smtp } : {}),
    async registerVerified(input) {
      const email = String(input.email).trim().toLowerCase();
      const r = await graphql<{ registerBeneficiary: { email: string } }>(
        'mutation($input: RegisterBeneficiaryInput!) { registerBeneficiary(input: $input) { email } }',
        { variables: { input } },
      );
      if (!r.data?.registerBeneficiary) throw new Error(`registration failed: ${JSON.stringify(r.errors)}`);
      const v = await graphql<{ verifyEmail: { email: string } }>('mutation($t: String!) { verifyEmail(token: $t) { email } }', {
        variables: { t: await verificationToken(email) },
      });
      if (!v.data?.verifyEmail) throw new Error(`verification failed: ${JSON.stringify(v.errors)}`);
      const token = await login(email, String(input.password));
      const me = await graphql<{ me: { beneficiaryId: string } }>('{ me { beneficiaryId } }', { token });
      const id = me.data?.me.beneficiaryId;
      if (!id) throw new Error(`no beneficiary for ${email}: ${JSON.stringify(me.errors)}`);
      return { id, token, email };
    },
    async stop() {
      await stack.stop();
      await smtp?.close();
      await Promise.all(Object.values(processes).map((p) => p.kill('SIGTERM')));
      await db.drop();
    },
  };
}
