/**
 * `ixl-create-admin <email> "<name>"` (release bundle) / `node packages/launcher/dist/create-admin-main.js`: the
 * first ADMIN account of a new deployment (every other account is invited from the staff portal). The password
 * comes from IXL_ADMIN_PASSWORD (at least 12 characters), never from the command line. Uses the people
 * subgraph's database (DATABASE_URL_PEOPLE, else DATABASE_URL), already migrated (`ixl-migrate`).
 * Exits 0 created, 1 refused (an account with that address exists, a bad address or password), 78 bad configuration.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '@ixl/auth';
import { configOrExit, loadConfig, subgraphDatabaseUrl } from '@ixl/config';

const fail = (message: string): never => {
  console.error(`ixl-create-admin: ${message}`);
  process.exit(1);
};

const config = configOrExit('ixl-create-admin', () => loadConfig(process.env));
const [rawEmail, displayName = 'Amministratore'] = process.argv.slice(2);
const email = (rawEmail ?? '').trim().toLowerCase();
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('usage: ixl-create-admin <email> ["Name Surname"], with IXL_ADMIN_PASSWORD set');
const password = process.env.IXL_ADMIN_PASSWORD ?? '';
if (password.length < 12) fail('IXL_ADMIN_PASSWORD must be set to at least 12 characters');
const url = subgraphDatabaseUrl(config, 'people') ?? fail('set DATABASE_URL_PEOPLE (or DATABASE_URL)');

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const inserted = await client.query(
    `insert into people.user_account (id, email, password_hash, role, display_name, disabled, created_at)
     values ($1, $2, $3, 'ADMIN', $4, false, now()) on conflict do nothing returning id`,
    [randomUUID(), email, await hashPassword(password), displayName],
  );
  if (!inserted.rowCount) fail(`an account with the address ${email} already exists`);
  console.log(JSON.stringify({ level: 'info', message: 'admin account created', email }));
} finally {
  await client.end();
}
