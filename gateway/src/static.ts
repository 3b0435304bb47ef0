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

/** Types worth compressing; the portals' build writes `<file>.br` and `<file>.gz` next to each (portals/vite.base.ts). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The content codings a request accepts (`Accept-Encoding`, those with q=0 left out). */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [token = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (token && !(q && Number(q.slice(2)) === 0)) out.add(token);
  }
  return out;
}

/** The five portals, each a single-page app under its own path (Italian paths, as users see them). */
export const PORTAL_PATHS = ['beneficiario', 'azienda', 'ente', 'comitato', 'staff'] as const;

/**
 * Serves the built portals from `root` on the gateway's origin: files as they are, or their brotli/gzip copy
 * when the browser accepts it (hashed assets are cached for a year), and each portal's `index.html` for its
 * client-side routes. Returns false when
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
  // A phone on a slow network waits for every byte: the precompressed copy when the browser takes it.
  const compressible = COMPRESSIBLE.has(extname(file));
  const accepted = compressible ? acceptedEncodings(req.headers['accept-encoding']) : new Set<string>();
  const encoding = ENCODINGS.find((e) => accepted.has(e.name) && existsSync(file + e.suffix));
  const body = encoding ? file + encoding.suffix : file;
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(body).size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(encoding ? { 'content-encoding': encoding.name } : {}),
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(body).pipe(res);
  return true;
}
