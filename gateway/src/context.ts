import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, verifyAccessToken, type Caller } from '@ixl/auth';
import { apiError } from './errors.js';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
  /** Client address (X-Forwarded-For's first hop only when TRUST_PROXY is set). */
  clientIp: string;
}

/** The caller of an HTTP request: anonymous without a token; a bad or expired token is an error, never anonymous. */
export async function callerFromAuthorization(header: string | undefined, jwtPublicKeys: string): Promise<Caller> {
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1]) throw unauthenticated('AUTHORIZATION_HEADER_MALFORMED');
  const check = await verifyAccessToken(match[1], jwtPublicKeys);
  if (!check.ok) throw unauthenticated(check.reason === 'EXPIRED' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
  return check.caller;
}

function unauthenticated(reason: 'AUTHORIZATION_HEADER_MALFORMED' | 'TOKEN_EXPIRED' | 'TOKEN_INVALID'): GraphQLError {
  return apiError(reason, {}, { http: { status: 401 } });
}

export function clientIpOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded) return forwarded.split(',')[0]?.trim() ?? 'unknown';
  return req.socket.remoteAddress ?? 'unknown';
}

export async function buildContext(req: IncomingMessage, jwtPublicKeys: string, trustProxy: boolean): Promise<GatewayContext> {
  const header = req.headers['x-request-id'];
  const requestId = typeof header === 'string' && /^[\w-]{8,64}$/.test(header) ? header : randomUUID();
  const caller = await callerFromAuthorization(req.headers.authorization, jwtPublicKeys);
  const clientIp = clientIpOf(req, trustProxy);
  // The client address travels in the signed caller header: the people subgraph throttles logins by it.
  return { caller: { ...caller, requestId, clientIp }, requestId, clientIp };
}
