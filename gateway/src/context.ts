import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, verifyAccessToken, type Caller } from '@ixl/auth';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
}

/** The caller of an HTTP request: anonymous without a token; a bad or expired token is an error, never anonymous. */
export async function callerFromAuthorization(header: string | undefined, jwtSecret: string): Promise<Caller> {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('Authorization header must be "Bearer <token>"', 'MALFORMED');
  const check = await verifyAccessToken(match[1], jwtSecret);
  if (!check.ok) throw unauthenticated(check.reason === 'EXPIRED' ? 'Your session has expired: log in again' : 'Invalid access token', check.reason === 'EXPIRED' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
  return check.caller;
}

function unauthenticated(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } });
}

export async function buildContext(authorization: string | undefined, jwtSecret: string, requestIdHeader?: string): Promise<GatewayContext> {
  const requestId = requestIdHeader && /^[\w-]{8,64}$/.test(requestIdHeader) ? requestIdHeader : randomUUID();
  const caller = await callerFromAuthorization(authorization, jwtSecret);
  return { caller: { ...caller, requestId }, requestId };
}
