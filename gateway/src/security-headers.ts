import type { IncomingMessage, ServerResponse } from 'node:http';

/** A plain `host[:port]` (DNS name, IPv4 or bracketed IPv6): anything else in the Host header is not echoed. */
const PLAIN_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * connect-src of the portals: the own origin only, and the WebSockets of the own host (issue 18, finding 7:
 * `ws: wss:` allowed a script to open a socket to any host). `'self'` covers ws/wss of the same host in
 * CSP 3 browsers; the explicit `ws://host wss://host` keeps older ones working.
 */
export function connectSources(host: string | undefined): string {
  const own = host && PLAIN_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return `'self'${own}`;
}

/** Headers on every gateway response (API and portals); `host` is the request's Host header. */
export function setSecurityHeaders(res: ServerResponse, kind: 'api' | 'page', host?: string): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  res.setHeader(
    'content-security-policy',
    kind === 'api'
      ? "default-src 'none'; frame-ancestors 'none'"
      : `default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src ${connectSources(host)}; frame-ancestors 'none'; base-uri 'self'; form-action 'self'`,
  );
}

/**
 * CORS for an explicit allow-list of origins (portals are served on the same origin and need none).
 * Returns true when the request was a preflight and has been answered.
 */
export function handleCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  const ok = typeof origin === 'string' && allowed.includes(origin);
  if (ok) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    res.setHeader('access-control-allow-credentials', 'true');
  }
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
    if (ok) {
      res.setHeader('access-control-allow-methods', 'GET, POST, PUT, OPTIONS');
      res.setHeader(
        'access-control-allow-headers',
        'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id, x-file-name, idempotency-key',
      );
      res.setHeader('access-control-max-age', '600');
    }
    res.statusCode = ok ? 204 : 403;
    res.end();
    return true;
  }
  return false;
}
