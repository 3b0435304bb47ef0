export { ROLES, ANONYMOUS, isStaff, callerScope, type Role, type Caller } from './roles.js';
export { hashPassword, verifyPassword, PASSWORD_COST, type ScryptCost } from './password.js';
export { issueAccessToken, verifyAccessToken, type TokenClaims, type TokenCheck } from './token.js';
export {
  generateSigningKey,
  rotateSigningKeys,
  publicKeySet,
  signingKeySet,
  publicKeysOf,
  freshPlatformSecrets,
  KeySetError,
  type PlatformSecrets,
  type PublicKeySet,
  type SigningKeySet,
  type PublicJwk,
  type TokenAlgorithm,
} from './keys.js';
export {
  CALLER_HEADER,
  CALLER_MAX_AGE_SECONDS,
  bodyDigest,
  signCaller,
  verifyCallerHeader,
  type CallerCheck,
  type SignedRequest,
} from './internal-header.js';
