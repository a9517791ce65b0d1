import type { ApolloServerPlugin } from '@apollo/server';
import cors from 'cors';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { ServerConfig } from './config.ts';
import { wantsIde } from './graphiql.ts';
import type { Logger } from './logger.ts';

/**
 * The Content-Security-Policy of every page this server sends: scripts,
 * styles, fonts, workers and API calls from this origin only, no inline
 * script, no plugins, no framing. `data:` images are the explorer's inline
 * SVG favicon and exported PNGs; `blob:` workers are the IDE's editor.
 */
export const CYTOSCAPE_STYLE_HASH = 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8=';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"], // anything not named below: this origin only
  scriptSrc: ["'self'"], // no inline script, no eval, no CDN
  // The explorer's CSS is one bundled file; the hash admits exactly the one-line
  // stylesheet Cytoscape inserts (".__________cytoscape_container { position: relative; }")
  // and no other inline style. Update it if a Cytoscape upgrade changes that line.
  styleSrc: ["'self'", `'${CYTOSCAPE_STYLE_HASH}'`],
  imgSrc: ["'self'", 'data:', 'blob:'], // inline favicon; exported images
  fontSrc: ["'self'", 'data:'], // the IDE's icon font
  connectSrc: ["'self'"], // GraphQL on this origin only
  workerSrc: ["'self'", 'blob:'], // the IDE's editor workers
  objectSrc: ["'none'"], // no plugins
  baseUri: ["'self'"], // no <base> hijacking
  formAction: ["'self'"],
  frameAncestors: ["'none'"], // no clickjacking
  upgradeInsecureRequests: null, // the product runs on http://127.0.0.1 by default
} as const;

/**
 * The GraphQL IDE's page: the same, except that styles may be inline.
 * GraphiQL (React) and its Monaco editor set style attributes and insert
 * <style> elements at run time; without 'unsafe-inline' for styles the
 * editor renders broken. Scripts stay 'self' only.
 */
export const IDE_CSP_DIRECTIVES = { ...CSP_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] } as const;

/** helmet's usual headers (nosniff, frame-ancestors, referrer policy, COOP/CORP…) with our CSP. */
function helmetHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { ...CSP_DIRECTIVES } },
    // Plain http on loopback is the default deployment; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
  });
}

/** A header every response carries: its name and value. */
export type StaticHeader = readonly [name: string, value: string];

/**
 * The headers helmet sets (helmetHeaders), read once: none of them depends
 * on the request (no nonces, no per-request directives), and helmet builds
 * its CSP string and a dozen headers anew for every response.
 */
export function securityHeaderList(): readonly StaticHeader[] {
  const headers: StaticHeader[] = [];
  const res = {
    setHeader: (name: string, value: unknown) => void headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let called = false;
  helmetHeaders()({ headers: {}, method: 'GET', url: '/' } as never, res as never, (err?: unknown) => {
    if (err) throw err;
    called = true;
  });
  if (!called) throw new Error('helmet did not set its headers synchronously');
  return headers;
}

/** Sets the security headers (securityHeaderList) on every response. */
export function securityHeaders(headers: readonly StaticHeader[] = securityHeaderList()): RequestHandler {
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** The IDE page's CSP; mounted before the page is served, it replaces the default one. */
export function ideSecurityHeaders(): RequestHandler {
  const csp = helmet.contentSecurityPolicy({ useDefaults: false, directives: { ...IDE_CSP_DIRECTIVES } });
  return (req, res, next) => (wantsIde(req) ? csp(req, res, next) : next());
}

/**
 * CORS for /graphql: closed (no Access-Control-* headers, so browsers keep
 * other origins out) unless EDUGRAPH_CORS_ORIGINS names the origins allowed.
 */
export function corsPolicy(config: ServerConfig): RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
}

/** Who a request comes from, for rate limits: the socket's address (no proxy headers are trusted). */
export function clientKey(req: Pick<Request, 'socket'>): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** RATE_LIMITED (HTTP 429, Retry-After) for a client that must wait `msBeforeNext`. */
function rateLimited(message: (seconds: number) => string, msBeforeNext: number): GraphQLError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new GraphQLError(message(seconds), {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
  });
}

/**
 * Limits GraphQL mutations per client (EDUGRAPH_WRITE_LIMIT per minute):
 * one over gets RATE_LIMITED (HTTP 429) with the seconds to wait, before any
 * resolver runs. Reads are not limited here; graphql-armor and the request
 * time budget bound them.
 */
export function writeRateLimit<C extends object>(config: ServerConfig): ApolloServerPlugin<C> {
  const limiter = new RateLimiterMemory({ points: config.writeLimitPerMinute, duration: 60 });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          try {
            await limiter.consume((contextValue as { clientKey?: string }).clientKey ?? 'unknown');
          } catch (err) {
            if (!(err instanceof RateLimiterRes)) throw err;
            throw rateLimited((seconds) => `Too many writes from this client: at most ${config.writeLimitPerMinute} per minute. Retry in ${seconds} s.`, err.msBeforeNext);
          }
        },
      };
    },
  };
}

/** Failed sign-ins a client may make in this window before its tokens are refused unchecked. */
const SIGN_IN_WINDOW_SECONDS = 15 * 60;

/** Counts a client's sign-ins with a bad token; past the limit, any token it sends is refused before it is checked. */
export interface SignInLimiter {
  /** RATE_LIMITED once the client has failed EDUGRAPH_SIGNIN_FAILURE_LIMIT times in the window */
  check(client: string): Promise<void>;
  failed(client: string): Promise<void>;
}

/**
 * Tokens are too long to guess, but a client trying many is up to no good:
 * after the limit it gets RATE_LIMITED even for a right token until the
 * window passes. A success does not reset the count, or a client holding
 * any valid token could interleave it with guesses.
 */
export function signInLimiter(config: ServerConfig): SignInLimiter {
  const limiter = new RateLimiterMemory({ points: config.signInFailureLimit, duration: SIGN_IN_WINDOW_SECONDS });
  return {
    async check(client) {
      const used = await limiter.get(client);
      if (used && used.consumedPoints >= config.signInFailureLimit) {
        throw rateLimited((seconds) => `Too many sign-ins with a bad token from this client. Retry in ${seconds} s.`, used.msBeforeNext);
      }
    },
    async failed(client) {
      // Past the limit consume rejects; check() refuses that client from now on.
      await limiter.consume(client).catch((err: unknown) => {
        if (!(err instanceof RateLimiterRes)) throw err;
      });
    },
  };
}

/** What `requestErrors` answers: an HTTP status and a GraphQL-shaped JSON body. */
export interface RequestErrorAnswer {
  status: number;
  body: { errors: Array<{ message: string; extensions: { code: string } }> };
}

/**
 * The answer to an error raised before GraphQL sees the request (a body
 * over the size limit, malformed JSON): GraphQL-shaped JSON with a code,
 * never Express's HTML page with a stack trace. Shared by Express's error
 * handler and the GraphQL fast path (graphqlFastPath.ts), so both answer alike.
 */
export function requestErrorAnswer(err: { type?: string; status?: number; statusCode?: number }, maxBody: string, log: Logger): RequestErrorAnswer {
  const status = err.status ?? err.statusCode ?? 500;
  const answer = (code: string, message: string): RequestErrorAnswer => ({ status, body: { errors: [{ message, extensions: { code } }] } });
  if (err.type === 'entity.too.large') {
    return answer('PAYLOAD_TOO_LARGE', `The request body is over the ${maxBody} limit. Send reports of at most 2,000,000 characters, one per request.`);
  }
  if (err.type === 'entity.parse.failed') return answer('BAD_REQUEST', 'The request body is not valid JSON: send {"query": "...", "variables": {...}}.');
  if (status >= 400 && status < 500) return answer('BAD_REQUEST', 'The request could not be read (bad encoding or headers).');
  log.error({ err }, 'error in an HTTP request');
  return { status: 500, body: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
}

/** Express's error handler for errors raised before GraphQL sees the request (requestErrorAnswer). */
export function requestErrors(maxBody: string, log: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number; statusCode?: number }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, body } = requestErrorAnswer(err, maxBody, log);
    res.status(status).json(body);
  };
}
