import { createServer, request, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, servePortal } from '../src/static.js';

let root: string;
const js = `export const labels = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `etichetta ${i}`))};`;
let server: Server;
let base: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ixl-static-'));
  root = join(dir, 'dist');
  mkdirSync(join(root, 'staff', 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>IXL</h1>');
  writeFileSync(join(root, 'staff', 'index.html'), '<div id="staff"></div>');
  writeFileSync(join(root, 'staff', 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(root, 'staff', 'assets', 'big-3c4d.js'), js);
  writeFileSync(join(root, 'staff', 'assets', 'big-3c4d.js.gz'), gzipSync(js));
  writeFileSync(join(root, 'staff', 'assets', 'big-3c4d.js.br'), brotliCompressSync(js));
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

/** A GET with exactly these request headers (fetch would add its own Accept-Encoding and decode the body). */
const rawFetch = (path: string, headers: Record<string, string>) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(`${base}${path}`, { method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
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

  it('serves the brotli or gzip copy of an asset when the browser accepts it, the file itself otherwise', async () => {
    const path = '/staff/assets/big-3c4d.js';
    const br = await rawFetch(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(js.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(js);
    const gz = await rawFetch(path, { 'accept-encoding': 'gzip;q=1, br;q=0' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(js);
    const plain = await rawFetch(path, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    // No copy on disk: the file as it is, even when the browser accepts compression.
    const small = await rawFetch('/staff/assets/app-1a2b.js', { 'accept-encoding': 'br, gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('console.log(1)');
  });

  it('reads Accept-Encoding with its weights', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual(['gzip', 'deflate', 'br', 'zstd']);
    expect([...acceptedEncodings('br;q=0, gzip;q=0.5')]).toEqual(['gzip']);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });

  it('never serves files outside the portals folder', async () => {
    expect(await rawGet('/%2e%2e/secret.txt')).toBe(404);
    expect(await rawGet('/staff/%2e%2e/%2e%2e/secret.txt')).toBe(404);
  });
});
