import type { RequestHandler } from 'express';
import { schemaSdl } from './schema.ts';

const NOT_PUBLISHED =
  'This server does not publish its schema: introspection is off (NODE_ENV=production). ' +
  'Set EDUGRAPH_INTROSPECTION=true to publish /schema.graphql, or read api/schema.graphql in the repository.\n';

/**
 * GET /schema.graphql: the SDL for code generators and editors, a plain GET
 * with no CSRF header (it reads nothing but the schema). text/plain so a
 * browser shows it rather than downloading it; tools that load a URL ending
 * in `.graphql` read it as SDL whatever the type. Published exactly when
 * introspection is, since it tells the same.
 */
export function schemaFile(published: boolean): RequestHandler {
  const sdl = published ? schemaSdl() : null;
  return (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    if (sdl === null) {
      res.status(404).type('text/plain; charset=utf-8').send(NOT_PUBLISHED);
      return;
    }
    res.status(200).type('text/plain; charset=utf-8').send(sdl);
  };
}
