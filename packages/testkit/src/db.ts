import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { ensureDatabase, dropDatabase, withDatabase } from '@ixl/db';

/** A fresh database on the test run's PostgreSQL (see test/support/global-setup.ts). */
export async function freshDatabase(
  prefix = 'ixl_test',
): Promise<{ url: string; adminUrl: string; name: string; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  return { url: withDatabase(adminUrl, name), adminUrl, name, drop: () => dropDatabase(adminUrl, name) };
}
