import type { Request, RequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { NODE_LABELS, type Graph, type NodeLabel } from '../../graph/index.ts';
import type { Auth } from '../auth.ts';
import type { ServerConfig } from '../config.ts';
import { createContext } from '../context.ts';
import { createFormatError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { exportNeighborhood } from './exportGraph.ts';
import { parseExportFormat } from './formats.ts';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429, DATABASE_UNAVAILABLE: 503, QUERY_TIMEOUT: 504 };

/**
 * `GET /export/neighborhood?id=org:…&format=graphml[&depth=1&limit=200&types=Organization,Event]`:
 * the file itself (Content-Disposition: attachment), for `curl -OJ` and
 * scripts that want a file rather than JSON. The same function as the
 * `exportNeighborhood` GraphQL field, the same time budget and the same
 * error codes, answered as `{ errors: [{ message, extensions: { code } }] }`
 * with a matching HTTP status. It signs in as /graphql does (`signIn`
 * refuses a private server's anonymous callers).
 */
export function neighborhoodExportRoute(graph: Graph, config: ServerConfig, log: Logger, signIn: (req: Request) => Promise<Auth>): RequestHandler {
  const formatError = createFormatError({ development: config.development, log });
  return async (req, res) => {
    try {
      const auth = await signIn(req);
      const format = parseExportFormat(one(req, 'format') ?? '');
      if (!format) {
        res.status(400).json({ errors: [{ message: "'format' must be graphml, gexf or cyjs (Cytoscape.js JSON).", extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      const ctx = createContext(graph, config, log, auth);
      const types = list(req, 'types').map((t) => NODE_LABELS.find((l) => l.toLowerCase() === t.toLowerCase()) ?? t) as NodeLabel[];
      const unknownType = types.find((t) => !(NODE_LABELS as readonly string[]).includes(t));
      if (unknownType) {
        res.status(400).json({ errors: [{ message: `'types' has ${JSON.stringify(unknownType)}; use ${NODE_LABELS.join(', ')}.`, extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
      const out = await exportNeighborhood(ctx, { ids: list(req, 'id'), depth: int(req, 'depth'), limit: int(req, 'limit'), types, format });
      res.setHeader('content-type', `${out.mediaType}; charset=utf-8`);
      res.setHeader('content-disposition', `attachment; filename="${out.fileName}"`);
      res.setHeader('x-edugraph-nodes', String(out.nodeCount));
      res.setHeader('x-edugraph-edges', String(out.edgeCount));
      res.setHeader('x-edugraph-truncated', String(out.truncated));
      res.setHeader('cache-control', 'no-store');
      res.send(out.content);
    } catch (err) {
      const formatted: GraphQLFormattedError = formatError({ message: err instanceof Error ? err.message : String(err), extensions: codeOf(err) }, err);
      const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      res.status(STATUS[code] ?? 500).json({ errors: [{ message: formatted.message, extensions: { code } }] });
    }
  };
}

/** A GraphQLError's code (badInput, notFound), so the formatter treats it as a client error. */
function codeOf(err: unknown): Record<string, unknown> | undefined {
  const ext = err && typeof err === 'object' && 'extensions' in err ? (err as { extensions?: Record<string, unknown> }).extensions : undefined;
  return ext && typeof ext.code === 'string' ? { code: ext.code } : undefined;
}

function one(req: Request, name: string): string | undefined {
  const v = req.query[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined;
}

/** Repeated or comma-separated: `id=a&id=b` or `id=a,b`. */
function list(req: Request, name: string): string[] {
  const v = req.query[name];
  const raw = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return raw.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

/** A number, or undefined when absent; anything not a whole number reaches intArg as NaN and is refused there by name. */
function int(req: Request, name: string): number | undefined {
  const v = one(req, name);
  return v === undefined || v === '' ? undefined : /^-?\d+$/.test(v.trim()) ? Number(v) : Number.NaN;
}
