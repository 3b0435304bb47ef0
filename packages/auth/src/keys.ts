import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

/**
 * Access-token keys (issue 18): asymmetric, named by `kid`. Only the service that checks passwords (people)
 * holds a private key (IXL_JWT_SIGNING_KEYS); everyone else verifies with the public keys (IXL_JWT_PUBLIC_KEYS,
 * published as a JSON Web Key Set at `/.well-known/jwks.json`).
 *
 * Rotation: put a new private key first in the signing set (it signs from now on) and keep the old one after it,
 * or only its public half, until the last token it signed has expired (IXL_ACCESS_TOKEN_TTL_SECONDS); the
 * verifiers' public set lists both meanwhile. A key removed from the public set is retired: its tokens are refused.
 */
export type TokenAlgorithm = 'EdDSA' | 'ES256';

export interface PublicJwk {
  kty: 'OKP' | 'EC';
  crv: 'Ed25519' | 'P-256';
  x: string;
  y?: string;
  kid: string;
  alg: TokenAlgorithm;
  use: 'sig';
}

export interface VerificationKey {
  kid: string;
  alg: TokenAlgorithm;
  key: KeyObject;
  jwk: PublicJwk;
}

/** The public keys a verifier accepts, by `kid`. */
export interface PublicKeySet {
  readonly keys: ReadonlyMap<string, VerificationKey>;
  /** The JSON Web Key Set to publish (public members only). */
  readonly jwks: { keys: PublicJwk[] };
}

/** The issuer's keys: the first private key signs; every key of the set (private or public) is published. */
export interface SigningKeySet extends PublicKeySet {
  readonly signer: { kid: string; alg: TokenAlgorithm; key: KeyObject };
}

export class KeySetError extends Error {}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const;

function algorithmOf(jwk: JsonWebKey & { alg?: unknown }): TokenAlgorithm {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && (jwk.alg === undefined || jwk.alg === 'EdDSA' || jwk.alg === 'Ed25519')) return 'EdDSA';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256' && (jwk.alg === undefined || jwk.alg === 'ES256')) return 'ES256';
  throw new KeySetError(`key ${String((jwk as { kid?: unknown }).kid)}: only Ed25519 (EdDSA) and P-256 (ES256) keys are allowed`);
}

function parseKeys(text: string): (JsonWebKey & { kid?: unknown; alg?: unknown; use?: unknown })[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KeySetError('is not JSON (a JSON Web Key Set: {"keys":[…]})');
  }
  const keys = (value as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || !keys.length) throw new KeySetError('has no keys (a JSON Web Key Set: {"keys":[…]})');
  const seen = new Set<string>();
  for (const k of keys as unknown[]) {
    if (!k || typeof k !== 'object') throw new KeySetError('has a key that is not an object');
    const kid = (k as { kid?: unknown }).kid;
    if (typeof kid !== 'string' || !kid || kid.length > 100) throw new KeySetError('has a key without a kid');
    if (seen.has(kid)) throw new KeySetError(`has the kid ${kid} twice`);
    seen.add(kid);
  }
  return keys as (JsonWebKey & { kid: string })[];
}

function verificationKey(jwk: JsonWebKey & { kid?: unknown; alg?: unknown }): VerificationKey {
  const alg = algorithmOf(jwk);
  const kid = jwk.kid as string;
  const publicOnly: JsonWebKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, ...(jwk.y ? { y: jwk.y } : {}) };
  let key: KeyObject;
  try {
    key = createPublicKey({ key: publicOnly, format: 'jwk' });
  } catch {
    throw new KeySetError(`key ${kid}: not a valid public key`);
  }
  const exported = key.export({ format: 'jwk' });
  const out: PublicJwk = {
    kty: exported.kty as PublicJwk['kty'],
    crv: exported.crv as PublicJwk['crv'],
    x: exported.x as string,
    ...(exported.y ? { y: exported.y } : {}),
    kid,
    alg,
    use: 'sig',
  };
  return { kid, alg, key, jwk: out };
}

const publicCache = new Map<string, PublicKeySet>();
const signingCache = new Map<string, SigningKeySet>();
const remember = <T>(cache: Map<string, T>, text: string, value: T): T => {
  if (cache.size > 16) cache.clear();
  cache.set(text, value);
  return value;
};

/** Reads a verifier's key set: public keys only (a private member is refused: verifiers must not be able to sign). */
export function publicKeySet(text: string): PublicKeySet {
  const cached = publicCache.get(text);
  if (cached) return cached;
  const keys = parseKeys(text);
  for (const k of keys) {
    if (PRIVATE_MEMBERS.some((m) => m in k))
      throw new KeySetError(`key ${String(k.kid)} has private members: give verifiers public keys only`);
  }
  const entries = keys.map(verificationKey);
  return remember(publicCache, text, { keys: new Map(entries.map((e) => [e.kid, e])), jwks: { keys: entries.map((e) => e.jwk) } });
}

/** Reads the issuer's key set: the first key must be private (it signs); the others may be public (kept for verification). */
export function signingKeySet(text: string): SigningKeySet {
  const cached = signingCache.get(text);
  if (cached) return cached;
  const keys = parseKeys(text);
  const first = keys[0] as JsonWebKey & { kid: string };
  if (!first.d) throw new KeySetError(`the first key (${first.kid}) is not a private key: it is the one that signs`);
  const entries = keys.map(verificationKey);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: first, format: 'jwk' });
  } catch {
    throw new KeySetError(`key ${first.kid}: not a valid private key`);
  }
  const signer = { kid: first.kid, alg: algorithmOf(first), key };
  return remember(signingCache, text, { signer, keys: new Map(entries.map((e) => [e.kid, e])), jwks: { keys: entries.map((e) => e.jwk) } });
}

/** The public set (JSON text) of a signing set: what the verifiers are configured with. */
export function publicKeysOf(signingKeys: string): string {
  return JSON.stringify(signingKeySet(signingKeys).jwks);
}

/** A new Ed25519 private key as a JWK (with a fresh `kid`). */
export function generateSigningKey(kid = `ixl-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`): JsonWebKey & {
  kid: string;
  alg: TokenAlgorithm;
  use: 'sig';
} {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { ...privateKey.export({ format: 'jwk' }), kid, alg: 'EdDSA', use: 'sig' };
}

/**
 * A signing set with a new key first: the new key signs from now on; the previous keys stay (to verify the
 * tokens they signed until those expire), at most `keep` of them.
 */
export function rotateSigningKeys(current: string | null, keep = 1, kid?: string): string {
  const previous = current ? parseKeys(current) : [];
  return JSON.stringify({ keys: [generateSigningKey(kid), ...previous.slice(0, keep)] });
}

/** The secrets a stack of its own needs (tests, the benchmark): the internal header's secret and the access-token keys. */
export interface PlatformSecrets {
  internalSecret: string;
  jwtSigningKeys: string;
  jwtPublicKeys: string;
}

/** Fresh secrets: a random internal secret and a new signing key (`signingKeys` to choose the keys, e.g. after a rotation). */
export function freshPlatformSecrets(
  signingKeys: string = rotateSigningKeys(null),
  publicKeys: string = publicKeysOf(signingKeys),
): PlatformSecrets {
  return { internalSecret: randomBytes(32).toString('hex'), jwtSigningKeys: signingKeys, jwtPublicKeys: publicKeys };
}
