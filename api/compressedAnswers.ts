import type { IncomingMessage, ServerResponse } from 'node:http';
import compression from 'compression';

/** A connect-style step: Express routes and the GraphQL fast path (graphqlFastPath.ts) both run it. */
export type AnswerStep = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * GraphQL answers compressed on the fly for clients that accept it (Brotli
 * preferred, else gzip), by the `compression` middleware: the explorer's
 * first picture arrives as answers of tens of kilobytes of JSON, which
 * Lighthouse's audit counts against the page when sent as they are. Answers under 1 kB go
 * as they are (the headers would cost more than the saving), and so does
 * anything whose type is not compressible — an incremental-delivery
 * `multipart/mixed` stream keeps arriving part by part. Static files are
 * compressed at build time instead (precompressed.ts).
 */
export function compressedAnswers(): AnswerStep {
  const middleware = compression({ threshold: 1024 });
  return (req, res, next) => middleware(req as Parameters<typeof middleware>[0], res as Parameters<typeof middleware>[1], next);
}
