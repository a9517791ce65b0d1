import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { AnswerStep } from './compressedAnswers.ts';
import type { Logger } from './logger.ts';
import { requestErrorAnswer, type StaticHeader } from './security.ts';

/**
 * POST /graphql with a JSON body and no Origin header — what scripts,
 * notebooks and the benchmark send — handed to Apollo straight from
 * node:http, as @as-integrations/express5 would hand it, without Express's
 * router, its JSON body parser (type-is, raw-body, iconv, on-finished) and
 * helmet's per-response header building: together about a third of a
 * millisecond per request in a CPU profile of the API under load
 * (bench/README.md, "API overhead"). Everything GraphQL stays Apollo's:
 * CSRF prevention, content negotiation, the document cache, validation with
 * the depth, alias, directive, token and cost limits, plugins (write rate
 * limit, cost extension, status of legacy JSON answers), error masking, and
 * the context (sign-in, per-request deadline, read slots) is the same
 * function the Express route uses.
 *
 * Only a request the Express stack would answer in exactly the same way is
 * taken: any other (a browser's cross-origin request, which CORS must see;
 * a compressed, chunked, empty or oversized body; another charset; GET; any
 * other path) goes to Express as before. tests/api/graphqlFastPath.test.ts
 * compares both answers, headers included.
 */
export interface FastPathOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** the GraphQL context of a request, as for the Express route */
  context: (req: IncomingMessage) => Promise<C>;
  /** the headers every response carries (securityHeaderList) */
  headers: readonly StaticHeader[];
  /** the compression the Express route applies (compressedAnswers), so both answer alike */
  compress: AnswerStep;
  /** largest body, in bytes, and as Express's JSON parser was told it (for messages) */
  maxBodyBytes: number;
  maxBody: string;
  log: Logger;
}

/** `application/json`, with no charset or UTF-8: what express.json reads as UTF-8 without a conversion. */
const JSON_UTF8 = /^application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;

/** Whether the fast path answers `req` (see FastPathOptions); everything else goes to Express. */
export function takesFastPath(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>, maxBodyBytes: number): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  const q = url.indexOf('?');
  if ((q < 0 ? url : url.slice(0, q)) !== '/graphql') return false;
  const h = req.headers;
  // CORS (corsPolicy) decides what a request with an Origin gets.
  if (h.origin !== undefined) return false;
  if (h['content-encoding'] !== undefined || h['transfer-encoding'] !== undefined) return false;
  const length = Number(h['content-length']);
  if (!Number.isSafeInteger(length) || length <= 0 || length > maxBodyBytes) return false;
  return typeof h['content-type'] === 'string' && JSON_UTF8.test(h['content-type']);
}

/** express.json's reading of a UTF-8 body: a leading byte order mark dropped, an object or array only (strict). */
function parseJsonBody(raw: Buffer): unknown {
  let text = raw.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // JSON's whitespace is space, tab, line feed and carriage return; trimStart would skip more.
  let i = 0;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  if (text[i] !== '{' && text[i] !== '[') throw new SyntaxError('not a JSON object or array');
  return JSON.parse(text) as unknown;
}

/**
 * A node:http request listener in front of `app`: the requests takesFastPath
 * accepts are answered here, every other one by `app`.
 */
export function graphqlFastPath<C extends BaseContext>(
  options: FastPathOptions<C>,
  app: (req: IncomingMessage, res: ServerResponse) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, context, headers, compress, maxBodyBytes, maxBody, log } = options;

  const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
    const text = JSON.stringify(body);
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(text));
    res.end(text);
  };

  const fail = (res: ServerResponse, err: { type?: string; status?: number }): void => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const { status, body } = requestErrorAnswer(err, maxBody, log);
    sendJson(res, status, body);
  };

  const answer = async (req: IncomingMessage, res: ServerResponse, raw: Buffer): Promise<void> => {
    let body: unknown;
    try {
      body = parseJsonBody(raw);
    } catch {
      fail(res, { type: 'entity.parse.failed', status: 400 });
      return;
    }
    const requestHeaders = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) requestHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: 'POST', headers: requestHeaders, search: q < 0 ? '' : url.slice(q), body };
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req) });
    // Express's res.send sets Content-Type again, spelled so; the other header names are Apollo's.
    for (const [name, value] of response.headers) res.setHeader(name === 'content-type' ? 'Content-Type' : name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('Content-Length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    if (!takesFastPath(req, maxBodyBytes)) {
      app(req, res);
      return;
    }
    for (const [name, value] of headers) res.setHeader(name, value);
    compress(req, res, () => readBody(req, res));
  };

  function readBody(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    req.once('error', (err) => fail(res, { status: 400, ...err }));
    req.once('end', () => {
      // node:http ends the body at Content-Length; a shorter one is an aborted request.
      if (received !== Number(req.headers['content-length'])) {
        fail(res, { status: 400 });
        return;
      }
      answer(req, res, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received)).catch((err: unknown) => fail(res, err as { status?: number }));
    });
  }
}
