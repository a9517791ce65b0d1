/**
 * GraphQL answers are compressed for clients that accept it
 * (api/compressedAnswers.ts): a real HTTP request with Accept-Encoding gets
 * a Brotli or gzip body that decodes to exactly the JSON an uncompressed
 * request gets, whether it takes the fast path (a script) or the Express
 * route (a browser, with an Origin); small answers stay as they are.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** the body as it came over the wire, not decoded */
  bytes: Buffer;
}

/** POSTs a GraphQL body with node:http, which, unlike fetch, leaves the body as sent. */
function post(path: string, body: string, headers: Record<string, string>): Promise<RawAnswer> {
  const url = new URL(path, api.server.url);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const decode = (answer: RawAnswer): string => {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(answer.bytes).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(answer.bytes).toString('utf8');
  if (encoding === undefined) return answer.bytes.toString('utf8');
  throw new Error(`unexpected Content-Encoding ${String(encoding)}`);
};

/** What the explorer's first picture asks: many entities with their names, several kilobytes of JSON. */
const picture = JSON.stringify({
  query: '{ overview(seeds: 25, candidates: 600, first: 150) { nodes { id type name degree } edges { id source target type } truncated } }',
});

describe('compressed GraphQL answers', () => {
  // '/graphql' with no Origin is a script's request (the fast path); with the server's own Origin, a browser's (Express)
  const ways = [
    { name: 'a script (fast path)', fromPage: false },
    { name: 'a browser (Express route)', fromPage: true },
  ];

  it.each(ways)('$name gets Brotli or gzip, as it asks, decoding to the uncompressed answer', async ({ fromPage }) => {
    const path = '/graphql';
    const headers: Record<string, string> = fromPage ? { origin: new URL(api.server.url).origin } : {};
    const plain = await post(path, picture, { ...headers, 'accept-encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const json = plain.bytes.toString('utf8');
    expect((JSON.parse(json) as { data: { overview: { nodes: unknown[] } } }).data.overview.nodes.length).toBeGreaterThan(10);
    expect(plain.bytes.length).toBeGreaterThan(1024);

    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const answer = await post(path, picture, { ...headers, 'accept-encoding': accept });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(answer.bytes.length).toBeLessThan(plain.bytes.length / 2);
      expect(decode(answer)).toBe(json);
    }
  });

  it('leaves an answer under a kilobyte as it is, and a client that accepts no encoding gets plain JSON', async () => {
    const small = await post('/graphql', JSON.stringify({ query: '{ __typename }' }), { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.bytes.toString('utf8'))).toMatchObject({ data: { __typename: 'Query' } });
    const none = await post('/graphql', picture, {});
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(decode(none)).toBe((await post('/graphql', picture, { 'accept-encoding': 'identity' })).bytes.toString('utf8'));
  });
});
