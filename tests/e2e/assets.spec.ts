/** The built web app over real HTTP: precompressed by Accept-Encoding, cached by name, no source maps, a small first load. */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_LOAD_GZIP_BUDGET, firstLoadScripts, measureFirstLoad } from '../../web/build/first-load';
import { WEB_DIST } from '../../server/src/http/spa';
import { startTestServer, type TestServer } from '../support/test-server';

interface Raw { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

/** A GET with exactly these headers; the body as sent (node:http does not decompress, unlike fetch). */
function get(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let server: TestServer;
let html: string;
let script: string;
beforeAll(async () => {
  server = await startTestServer();
  html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  script = firstLoadScripts(html)[0]!;
});
afterAll(() => server?.close());

describe('static assets', () => {
  it('should send brotli when the browser accepts it, with the JavaScript type and Vary', async () => {
    const res = await get(server, script, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(brotliDecompressSync(res.body).equals(readFileSync(join(WEB_DIST, script)))).toBe(true);
  });

  it('should send gzip when brotli is not accepted and the plain file when nothing is', async () => {
    const gz = await get(server, script, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(readFileSync(join(WEB_DIST, script)))).toBe(true);
    const plain = await get(server, script, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(WEB_DIST, script)))).toBe(true);
    expect(String(plain.headers.vary).toLowerCase()).toContain('accept-encoding');
  });

  it('should compress the stylesheet with its own type', async () => {
    const css = /href="(\/assets\/[^"]+\.css)"/.exec(html)![1]!;
    const res = await get(server, css, { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/css/);
  });

  it('should let browsers keep hashed files for a year and revalidate index.html', async () => {
    expect((await get(server, script)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/staff/login']) {
      const res = await get(server, path, { 'accept-encoding': 'br, gzip' });
      expect(res.status, path).toBe(200);
      expect(res.headers['cache-control'], path).toBe('no-cache');
      expect(res.headers['content-type'], path).toMatch(/^text\/html/);
    }
  });

  it('should build no source maps and answer 404 for a map or a missing asset, never index.html', async () => {
    const all = readdirSync(join(WEB_DIST, 'assets'));
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of all.filter((x) => x.endsWith('.js'))) expect(readFileSync(join(WEB_DIST, 'assets', f), 'utf8'), f).not.toContain('sourceMappingURL');
    for (const path of [`${script}.map`, '/assets/missing-0000.js']) {
      const res = await get(server, path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type'], path).not.toMatch(/html/);
    }
  });

  it('should keep the visitor first load within its gzip budget and free of staff code', () => {
    const load = measureFirstLoad(WEB_DIST);
    expect(load.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_GZIP_BUDGET);
    const code = load.files.map((f) => readFileSync(join(WEB_DIST, f.file), 'utf8')).join('\n');
    // A staff text, the staff router's route and react-router's own message: none of them belong to a visitor's load.
    for (const needle of ['ログインの有効期限', '/staff/login', 'may be used only in the context of a <Router>']) expect(code, needle).not.toContain(needle);
  });
});
