import { createServer, request, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePortal } from '../src/static.js';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ixl-static-'));
  root = join(dir, 'dist');
  mkdirSync(join(root, 'staff', 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>IXL</h1>');
  writeFileSync(join(root, 'staff', 'index.html'), '<div id="staff"></div>');
  writeFileSync(join(root, 'staff', 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  server = createServer((req, res) => {
    if (!servePortal(req, res, root)) {
      res.statusCode = 404;
      res.end('nope');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(join(root, '..'), { recursive: true, force: true });
});

const rawGet = (path: string) =>
  new Promise<number>((resolve) => {
    const req = request(`${base}${path}`, { method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.end();
  });

describe('portal static files', () => {
  it('serves the landing page and each portal with its client-side routes', async () => {
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>IXL</h1>');
    const deep = await fetch(`${base}/staff/beneficiari/123`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe('<div id="staff"></div>');
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    const redirect = await fetch(`${base}/staff`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/staff/');
  });

  it('caches hashed assets and 404s missing assets instead of returning the app', async () => {
    const asset = await fetch(`${base}/staff/assets/app-1a2b.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/staff/assets/missing.js`)).status).toBe(404);
  });

  it('never serves files outside the portals folder', async () => {
    expect(await rawGet('/%2e%2e/secret.txt')).toBe(404);
    expect(await rawGet('/staff/%2e%2e/%2e%2e/secret.txt')).toBe(404);
  });
});
