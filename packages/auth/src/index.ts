export { ROLES, ANONYMOUS, isStaff, type Role, type Caller } from './roles.js';
export { hashPassword, verifyPassword, PASSWORD_COST, type ScryptCost } from './password.js';
export { issueAccessToken, verifyAccessToken, type TokenClaims, type TokenCheck } from './token.js';
export { CALLER_HEADER, signCaller, verifyCallerHeader, type CallerCheck } from './internal-header.js';
