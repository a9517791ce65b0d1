/**
 * The built explorer as the real server sends it: compressed ahead of time
 * (explorer/vite.config.ts writes `.br` and `.gz` beside each file,
 * api/precompressed.ts picks one by Accept-Encoding), hashed assets cached
 * for a year, and the plain file to a client that accepts neither.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import { type Graph } from '../../graph/index.ts';
import { connectTestGraph } from '../support/testGraph.ts';

let graph: Graph;
let server: RunningServer;
let dist: string;
let script: string;

beforeAll(async () => {
  dist = await ensureExplorerBuilt({ log: (line) => console.log(`[explorer] ${line}`) });
  // the largest script the page loads or preloads: its entry is a few hundred bytes that import the rest
  const loaded = [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  script = loaded.sort((a, b) => statSync(join(dist, 'assets', b)).size - statSync(join(dist, 'assets', a)).size)[0]!;
  graph = await connectTestGraph();
  server = await startServer(graph, readServerConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test' }), createLogger(), { explorerDir: dist });
}, 600_000);

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

/** The raw answer: Node's fetch would decompress the body and hide the encoding. */
async function get(path: string, acceptEncoding: string | null): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers: acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers.set(k, v);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the explorer served compressed', () => {
  it('sends the Brotli copy of the page script to a browser that accepts it, cached for a year', async () => {
    const res = await get(`/assets/${script}`, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.body).equals(readFileSync(join(dist, 'assets', script)))).toBe(true);
    expect(res.body.length).toBeLessThan(readFileSync(join(dist, 'assets', script)).length / 2);
  });

  it('sends gzip to a client that accepts only gzip, and the page itself compressed too', async () => {
    const res = await get(`/assets/${script}`, 'gzip');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(res.body).equals(readFileSync(join(dist, 'assets', script)))).toBe(true);
    const page = await get('/', 'br');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(brotliDecompressSync(page.body).toString()).toContain('EduGraph Explorer');
    // the page names the hashed files of the build: revalidated, not kept for a year
    expect(page.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const res = await get(`/assets/${script}`, null);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.body.equals(readFileSync(join(dist, 'assets', script)))).toBe(true);
  });

  it('caches every script the page loads for a year, the small ones sent as they are too', async () => {
    const page = readFileSync(join(dist, 'index.html'), 'utf8');
    const scripts = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(1);
    for (const path of scripts) {
      for (const accept of ['br', null]) {
        const res = await get(path, accept);
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      }
    }
  });

  it('serves nothing outside the built explorer, compressed or not', async () => {
    const res = await get('/assets/..%2f..%2fpackage.json', 'br');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});
