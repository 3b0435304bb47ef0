import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface Secrets {
  internalSecret: string;
  jwtSecret: string;
}

/**
 * Secrets from the environment, or (local use) generated once and kept in the data folder so
 * tokens survive restarts. Production must set IXL_INTERNAL_SECRET and IXL_JWT_SECRET.
 */
export function loadOrCreateSecrets(file: string, env: NodeJS.ProcessEnv = process.env): Secrets {
  if (env.IXL_INTERNAL_SECRET && env.IXL_JWT_SECRET) return { internalSecret: env.IXL_INTERNAL_SECRET, jwtSecret: env.IXL_JWT_SECRET };
  if (env.NODE_ENV === 'production') throw new Error('Set IXL_INTERNAL_SECRET and IXL_JWT_SECRET (32+ characters each) in production');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  const secrets = { internalSecret: randomBytes(32).toString('base64url'), jwtSecret: randomBytes(32).toString('base64url') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
