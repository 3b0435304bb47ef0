import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ConfigError, VARIABLES, type PlatformConfig } from '@ixl/config';

export interface Secrets {
  internalSecret: string;
  jwtSecret: string;
}

/**
 * The secrets of the configuration (IXL_INTERNAL_SECRET, IXL_JWT_SECRET); for local use, the missing
 * ones are generated once and kept in `file` so that tokens survive restarts. Production must set both.
 */
export function loadOrCreateSecrets(file: string, config: PlatformConfig): Secrets {
  const { internalSecret, jwtSecret } = config.secrets;
  if (internalSecret && jwtSecret) return { internalSecret, jwtSecret };
  if (config.production) {
    const missing = [...(internalSecret ? [] : ['IXL_INTERNAL_SECRET']), ...(jwtSecret ? [] : ['IXL_JWT_SECRET'])];
    throw new ConfigError(
      missing.map((variable) => ({ variable, reason: 'is not set (NODE_ENV=production)', allowed: VARIABLES.IXL_JWT_SECRET.kind.allowed })),
    );
  }
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  const generated = {
    internalSecret: stored.internalSecret ?? randomBytes(32).toString('base64url'),
    jwtSecret: stored.jwtSecret ?? randomBytes(32).toString('base64url'),
  };
  if (!stored.internalSecret || !stored.jwtSecret) writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  return { internalSecret: internalSecret ?? generated.internalSecret, jwtSecret: jwtSecret ?? generated.jwtSecret };
}
