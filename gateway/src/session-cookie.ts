import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { ApolloServer } from '@apollo/server';
import { ANONYMOUS } from '@ixl/auth';
import { errorJson } from '@ixl/contracts';
import { BodyTooLargeError, readBody, sendJson } from '@ixl/http-kit';
import { clientIpOf, type GatewayContext } from './context.js';
import type { GatewayConfig } from './config.js';

/**
 * The portals' session shared by every tab of a browser (issue 20, "sessions across tabs"): the refresh token
 * lives in an HttpOnly, SameSite=Strict cookie (Secure over https) scoped to `/auth/session/<portal>`, backed by
 * the server-side refresh-token family in PostgreSQL (people subgraph: rotated on every use, revoked on logout,
 * a reused token revokes its family). Access tokens stay in each tab's memory.
 *
 *   PUT    /auth/session/<portal>  body {"refreshToken": "…"} (from login or registration): the token is traded
 *                                  at once for a new pair; the new refresh token goes into the cookie only
 *   POST   /auth/session/<portal>  renews with the cookie's token: {token, expiresAt, user} and a rotated cookie
 *                                  (204 without a cookie: no session in this browser; 401 when it has ended)
 *   DELETE /auth/session/<portal>  logout: the family is revoked and the cookie cleared
 *
 * Every call needs the header `x-ixl-session: 1` (a cross-site page cannot send it without a CORS preflight that
 * is refused) and, when the browser sends an Origin, the gateway's own origin.
 */
export const SESSION_PATH = '/auth/session/';
export const SESSION_HEADER = 'x-ixl-session';
const COOKIE = 'ixl_session';
const PORTAL = /^[a-z]{2,20}$/;
/** The refresh token's own life (people: REFRESH_TOKEN_TTL_SECONDS). */
const COOKIE_MAX_AGE_SECONDS = 14 * 24 * 3600;

const USER_FIELDS = 'id email role displayName beneficiaryId companyId trainingBodyId';
const REFRESH = `mutation GatewaySessionRefresh($r: String!) { refreshSession(refreshToken: $r) { token expiresAt refreshToken user { ${USER_FIELDS} } } }`;
const LOGOUT = 'mutation GatewaySessionLogout($r: String!) { logout(refreshToken: $r) }';

type Reason =
  | 'SESSION_PORTAL_UNKNOWN'
  | 'SESSION_CROSS_SITE'
  | 'SESSION_METHOD_NOT_ALLOWED'
  | 'SESSION_UNAVAILABLE'
  | 'SESSION_ENDED'
  | 'REFRESH_TOKEN_MALFORMED'
  | 'BODY_TOO_LARGE';
const fail = (res: ServerResponse, status: number, reason: Reason, headers: Record<string, string> = {}) =>
  sendJson(res, status, { errors: [errorJson(reason, {})] }, { 'cache-control': 'no-store', ...headers });

function cookieOf(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

const secureRequest = (req: IncomingMessage, config: GatewayConfig) =>
  Boolean((req.socket as TLSSocket).encrypted) ||
  (config.trustProxy &&
    String(req.headers['x-forwarded-proto'] ?? '')
      .split(',')[0]
      ?.trim() === 'https') ||
  config.production;

function cookie(req: IncomingMessage, config: GatewayConfig, portal: string, value: string | null): string {
  const attributes = [
    `${COOKIE}=${value ? encodeURIComponent(value) : ''}`,
    `Path=${SESSION_PATH}${portal}`,
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${value ? COOKIE_MAX_AGE_SECONDS : 0}`,
    ...(secureRequest(req, config) ? ['Secure'] : []),
  ];
  return attributes.join('; ');
}

/** Same-origin only: the Origin, when sent, must be the gateway's own (scheme and host of this request). */
function sameOrigin(req: IncomingMessage, config: GatewayConfig): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  if (!host) return false;
  return (
    origin === `${secureRequest(req, config) ? 'https' : 'http'}://${host}` || origin === `http://${host}` || origin === `https://${host}`
  );
}

interface Refreshed {
  token: string;
  expiresAt: string;
  refreshToken: string;
  user: Record<string, unknown>;
}

export async function handleSessionCookie(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<GatewayContext>,
  config: GatewayConfig,
): Promise<void> {
  const portal = (req.url ?? '').split('?')[0]?.slice(SESSION_PATH.length) ?? '';
  if (!PORTAL.test(portal)) return fail(res, 404, 'SESSION_PORTAL_UNKNOWN');
  if (req.headers[SESSION_HEADER] !== '1' || !sameOrigin(req, config)) return fail(res, 403, 'SESSION_CROSS_SITE');
  const requestId = randomUUID();
  const clientIp = clientIpOf(req, config.trustProxy);
  const contextValue: GatewayContext = { caller: { ...ANONYMOUS, requestId, clientIp }, requestId, clientIp };
  const run = async <T>(query: string, refreshToken: string) => {
    const response = await apollo.executeOperation<T>({ query, variables: { r: refreshToken } }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental answer');
    return response.body.singleResult;
  };
  const ended = () =>
    fail(res, 401, 'SESSION_ENDED', {
      'set-cookie': cookie(req, config, portal, null),
    });

  if (req.method === 'DELETE') {
    const current = cookieOf(req);
    if (current) await run(LOGOUT, current);
    res.writeHead(204, { 'set-cookie': cookie(req, config, portal, null), 'cache-control': 'no-store' });
    res.end();
    return;
  }
  if (req.method !== 'POST' && req.method !== 'PUT') return fail(res, 405, 'SESSION_METHOD_NOT_ALLOWED');
  let presented: string | null = null;
  if (req.method === 'PUT') {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, 4096));
    } catch (err) {
      if (err instanceof BodyTooLargeError) return fail(res, 413, 'BODY_TOO_LARGE');
      return fail(res, 400, 'REFRESH_TOKEN_MALFORMED');
    }
    const token = (body as { refreshToken?: unknown } | null)?.refreshToken;
    if (typeof token !== 'string' || !token) return fail(res, 400, 'REFRESH_TOKEN_MALFORMED');
    presented = token;
  } else {
    presented = cookieOf(req);
    // No session in this browser (a new tab asking): an answer, not an error (204, nothing to clear).
    if (!presented) {
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
      return;
    }
  }
  const result = await run<{ refreshSession: Refreshed }>(REFRESH, presented);
  const refreshed = result.data?.refreshSession;
  if (!refreshed) {
    const first = result.errors?.[0];
    const code = String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') return ended();
    return fail(res, 503, 'SESSION_UNAVAILABLE');
  }
  const { refreshToken, ...session } = refreshed;
  sendJson(res, 200, session, { 'set-cookie': cookie(req, config, portal, refreshToken), 'cache-control': 'no-store' });
}
