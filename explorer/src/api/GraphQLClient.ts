/**
 * The explorer's only way to the server: POST /graphql with JSON. Every
 * failure becomes an ApiError whose message a person can act on (server
 * down, too slow, refused) — the UI shows it with a Retry button.
 */

export type ApiErrorKind = 'offline' | 'timeout' | 'http' | 'graphql' | 'aborted';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    /** GraphQL error code or HTTP status, for logs and tests */
    readonly code: string | null = null,
  ) {
    super(message);
  }

  /** Worth a retry: the server was unreachable, slow or failing, not refusing the question. */
  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'timeout' || (this.kind === 'http' && /^5/.test(this.code ?? ''));
  }
}

export const clientDefaults = {
  endpoint: '/graphql', // same origin: the server serves the explorer
  timeoutMs: 20_000, // a request slower than this is abandoned with a message
};

export interface GraphQLClientOptions {
  endpoint?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** the signed-in person's token, read at each request; sent as `Authorization: Bearer …`, never in the URL */
  token?: () => string | null;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

export class GraphQLClient {
  private readonly endpoint: string;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;
  private readonly token: () => string | null;

  constructor(opts: GraphQLClientOptions = {}) {
    this.endpoint = opts.endpoint ?? clientDefaults.endpoint;
    this.timeoutMs = opts.timeoutMs ?? clientDefaults.timeoutMs;
    this.fetchFn = opts.fetch ?? ((...args) => fetch(...args));
    this.token = opts.token ?? (() => null);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}, opts: { signal?: AbortSignal } = {}): Promise<T> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const onAbort = () => timeout.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const token = this.token();
    let res: Response;
    try {
      res = await this.fetchFn(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: timeout.signal,
      });
    } catch (err) {
      if (opts.signal?.aborted) throw new ApiError('The request was cancelled.', 'aborted');
      if (timeout.signal.aborted) {
        throw new ApiError(`The server did not answer within ${Math.round(this.timeoutMs / 1000)} seconds. It may be busy or the question too big; try again.`, 'timeout');
      }
      throw new ApiError('Cannot reach the EduGraph server. Check that it is running (npm start) and that you are online, then try again.', 'offline', (err as Error).name);
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    }
    let body: GraphQLResponse<T> | null = null;
    try {
      body = (await res.json()) as GraphQLResponse<T>;
    } catch {
      body = null;
    }
    const first = body?.errors?.[0];
    if (!res.ok && !(body && body.data)) {
      if (first?.message && res.status < 500) throw new ApiError(first.message, 'graphql', first.extensions?.code ?? String(res.status));
      throw new ApiError(
        res.status >= 500
          ? `The server had a problem answering (HTTP ${res.status}). Try again in a moment.`
          : `The server refused the request (HTTP ${res.status}).`,
        'http',
        String(res.status),
      );
    }
    if (!body) throw new ApiError('The server sent an answer the explorer cannot read.', 'http', String(res.status));
    if (first && (body.data === null || body.data === undefined)) {
      throw new ApiError(first.message ?? 'The server could not answer.', 'graphql', first.extensions?.code ?? null);
    }
    return body.data as T;
  }
}
