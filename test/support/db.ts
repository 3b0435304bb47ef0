import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { ensureDatabase, dropDatabase, withDatabase } from '@ixl/db';

/** A fresh database on the run's PostgreSQL; returns its URL and a drop function. */
export async function freshDatabase(prefix = 'ixl_test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  return { url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
