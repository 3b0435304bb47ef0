import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The five portals, each a single-page app under its own path (Italian paths, as users see them). */
export const PORTAL_PATHS = ['beneficiario', 'azienda', 'ente', 'comitato', 'staff'] as const;

/**
 * Serves the built portals from `root` on the gateway's origin: files as they are (hashed assets are
 * cached for a year), and each portal's `index.html` for its client-side routes. Returns false when
 * nothing matched (the caller answers 404).
 */
export function servePortal(req: IncomingMessage, res: ServerResponse, root: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const base = resolve(root);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return false; // malformed percent-encoding (e.g. /%E0%A4%A): 404, never an uncaught URIError
  }
  const candidate = normalize(join(base, pathname));
  if (candidate !== base && !candidate.startsWith(base + sep)) return false; // path traversal
  const portal = PORTAL_PATHS.find((p) => pathname === `/${p}` || pathname.startsWith(`/${p}/`));
  if (portal && pathname === `/${portal}`) {
    res.writeHead(301, { location: `/${portal}/` });
    res.end();
    return true;
  }
  let file = candidate;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (!portal || extname(pathname)) return false; // a missing asset is a 404, not the app
    file = join(base, portal, 'index.html');
    if (!existsSync(file)) return false;
  }
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(file).pipe(res);
  return true;
}
