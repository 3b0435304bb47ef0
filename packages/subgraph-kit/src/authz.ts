import { isStaff, type Caller, type Role } from '@ixl/auth';
import { DomainError } from './errors.js';

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN unless the caller has one of `roles`. */
export function requireRole(caller: Caller, ...roles: Role[]): void {
  if (caller.role === 'ANONYMOUS') throw new DomainError('LOGIN_REQUIRED', {});
  if (!roles.includes(caller.role)) throw new DomainError('NOT_ALLOWED', {});
}

export function requireStaff(caller: Caller): void {
  requireRole(caller, 'STAFF', 'ADMIN');
}

export function requireAuthenticated(caller: Caller): void {
  if (caller.role === 'ANONYMOUS' || !caller.userId) throw new DomainError('LOGIN_REQUIRED', {});
}

export { isStaff };
