import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Request, RequestHandler } from 'express';

/** The page the explorer build emits for the GraphQL IDE (explorer/graphiql.html). */
export const GRAPHIQL_PAGE = 'graphiql.html';

/** A browser navigating to /graphql: wants HTML and carries no GraphQL request. */
export function wantsIde(req: Request): boolean {
  if (req.method !== 'GET' || req.query.query !== undefined) return false;
  const accept = req.headers.accept ?? '';
  return accept.includes('text/html');
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>EduGraph GraphQL</title>
<body style="font-family:system-ui,sans-serif;max-width:40em;margin:3em auto;line-height:1.5">
<h1>EduGraph GraphQL</h1>
<p>The GraphQL IDE is part of the explorer build, which is missing. Build it with <code>npm run build</code>
(or <code>npx vite build explorer</code>) and reload.</p>
<p>The API itself works: POST JSON <code>{"query": "{ stats { byType { type count } } }"}</code> to this address,
or GET <code>/graphql?query={stats{byType{type count}}}</code>.</p></body></html>`;

/**
 * Serves the locally bundled GraphiQL (no CDN: the product works offline) to
 * browsers that open /graphql; every other request goes on to Apollo.
 */
export function graphiqlPage(explorerDir: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!wantsIde(req)) return next();
    const page = explorerDir ? resolve(join(explorerDir, GRAPHIQL_PAGE)) : null;
    res.setHeader('Vary', 'Accept');
    if (page && existsSync(page)) {
      res.sendFile(page, { headers: { 'Cache-Control': 'no-cache' } });
    } else {
      res.status(200).type('html').send(NOT_BUILT);
    }
  };
}
