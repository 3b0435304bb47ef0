import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { publicKeysOf, rotateSigningKeys } from '@ixl/auth';
import { ConfigError, VARIABLES, type PlatformConfig } from '@ixl/config';

export interface Secrets {
  internalSecret: string;
  /** The access-token issuer's keys (people only), JWK Set text. */
  jwtSigningKeys: string;
  /** The verifiers' public keys (the gateway), JWK Set text. */
  jwtPublicKeys: string;
}

const writePrivate = (file: string, text: string) => {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600); // an existing file keeps its mode on write
};

/**
 * The secrets of the configuration; for local use, the missing ones are generated once and kept under the
 * data folder (0600) so that tokens survive restarts: IXL_INTERNAL_SECRET in `secrets.json`, the access-token
 * signing key pair (Ed25519, JWK Set with a `kid`) in `jwt-keys.json`. Production must set IXL_INTERNAL_SECRET
 * and IXL_JWT_SIGNING_KEYS (IXL_JWT_PUBLIC_KEYS defaults to their public halves).
 */
export function loadOrCreateSecrets(file: string, config: PlatformConfig): Secrets {
  const { internalSecret, jwtSigningKeys, jwtPublicKeys } = config.secrets;
  if (internalSecret && jwtSigningKeys)
    return { internalSecret, jwtSigningKeys, jwtPublicKeys: jwtPublicKeys ?? publicKeysOf(jwtSigningKeys) };
  if (config.production) {
    const missing = [...(internalSecret ? [] : ['IXL_INTERNAL_SECRET']), ...(jwtSigningKeys ? [] : ['IXL_JWT_SIGNING_KEYS'])];
    throw new ConfigError(
      missing.map((variable) => ({
        variable,
        reason: 'is not set (NODE_ENV=production)',
        allowed: VARIABLES[variable as 'IXL_INTERNAL_SECRET' | 'IXL_JWT_SIGNING_KEYS'].kind.allowed,
      })),
    );
  }
  let stored: { internalSecret?: string } = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8')) as { internalSecret?: string };
  const generatedSecret = stored.internalSecret ?? randomBytes(32).toString('base64url');
  if (!stored.internalSecret) writePrivate(file, JSON.stringify({ internalSecret: generatedSecret }, null, 2));
  const signing = jwtSigningKeys ?? loadOrCreateSigningKeys(join(dirname(file), 'jwt-keys.json'));
  return {
    internalSecret: internalSecret ?? generatedSecret,
    jwtSigningKeys: signing,
    jwtPublicKeys: jwtPublicKeys ?? publicKeysOf(signing),
  };
}

/** The local signing key set: read from `file`, or a new Ed25519 key written there (0600). */
export function loadOrCreateSigningKeys(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const keys = rotateSigningKeys(null);
  writePrivate(file, keys);
  return keys;
}

/**
 * `npm run rotate-jwt-key`: a new signing key first in `file`, the previous one kept after it so the tokens it
 * signed stay valid until they expire; keys older than that are retired (their tokens are refused).
 */
export function rotateLocalSigningKeys(file: string): string {
  const keys = rotateSigningKeys(existsSync(file) ? readFileSync(file, 'utf8') : null, 1);
  writePrivate(file, keys);
  return keys;
}
