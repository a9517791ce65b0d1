import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { RequestHandler } from 'express';

/** Files the explorer's build compresses beside themselves (explorer/vite.config.ts: `.br`, `.gz`). */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/** Built files whose names carry their content's hash (Vite's `assets/`): a name never serves other bytes. */
const HASHED = '/assets/';

/**
 * The built explorer's files compressed ahead of time: a request that
 * accepts Brotli or gzip gets the `.br` / `.gz` sibling written at build
 * time (the bundle is ~800 kB, ~250 kB compressed; Lighthouse's audit
 * counts the difference against the first picture), no compression on the
 * fly. Hashed assets are cached for a year. Anything else falls through
 * to `express.static`.
 */
export function precompressedStatic(dir: string): RequestHandler {
  const root = normalize(dir + sep);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const path = req.path === '/' ? '/index.html' : req.path;
    let file: string;
    try {
      file = normalize(join(root, decodeURIComponent(path)));
    } catch {
      return next(); // a malformed escape: express.static answers it
    }
    if (!file.startsWith(root)) return next();
    const encoding = ENCODINGS.find((e) => new RegExp(`\\b${e.name}\\b`).test(accepted) && existsSync(file + e.ext) && statSync(file + e.ext).isFile());
    if (!encoding || !existsSync(file)) return next();
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('Content-Encoding', encoding.name);
    res.type(extname(file));
    res.sendFile(file + encoding.ext, {
      // the caching of the uncompressed file: a year and immutable for hashed names, else revalidated hourly (as express.static)
      maxAge: path.startsWith(HASHED) ? '365d' : '1h',
      immutable: path.startsWith(HASHED),
      // sendFile would set the type from `.br` / `.gz`
      headers: { 'Content-Type': res.getHeader('Content-Type') as string },
    });
  };
}
