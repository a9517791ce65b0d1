import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import express, { type RequestHandler } from 'express';

/** Files the explorer's build compresses beside themselves (explorer/vite.config.ts: `.br`, `.gz`). */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/** Built files whose names carry their content's hash (Vite's `assets/`): a name never serves other bytes. */
const HASHED = '/assets/';

/** Cache-Control of a built file: hashed names for a year (immutable), anything else revalidated hourly. */
function cacheFor(path: string): { maxAge: string; immutable: boolean } {
  return path.startsWith(HASHED) ? { maxAge: '365d', immutable: true } : { maxAge: '1h', immutable: false };
}

/**
 * express.static's options for the built explorer: the caching above for
 * the files it sends as they are — the small ones the build does not
 * compress (the page's entry script is a few hundred bytes) and those for
 * clients that accept no compression.
 */
export function builtFileOptions(dir: string): Parameters<typeof express.static>[1] {
  const assets = normalize(join(dir, HASHED) + sep);
  return {
    index: 'index.html',
    maxAge: '1h',
    setHeaders: (res, file) => {
      if (normalize(file).startsWith(assets)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  };
}

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
      // the caching of the uncompressed file (builtFileOptions)
      ...cacheFor(path),
      // sendFile would set the type from `.br` / `.gz`
      headers: { 'Content-Type': res.getHeader('Content-Type') as string },
    });
  };
}
