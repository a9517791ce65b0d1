import type { Graph } from '../connection.ts';
import { recordCuration, type Actor } from '../curationLog/index.ts';
import { CurationError, NotFoundError } from '../errors.ts';
import { withIngestLock } from '../load/ingestLock.ts';
import { recomputeEntities } from '../load/recomputeEntities.ts';
import { recordsToPlain } from '../values.ts';

const MAX_ALIAS_LENGTH = 300;

const addCuratedAlias = `
MATCH (n:Entity {id: $id})
SET n.curatedAliases = [a IN coalesce(n.curatedAliases, []) WHERE toLower(a) <> toLower($alias)] + $alias
RETURN n.id AS id`;

const readNames = `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases`;

/**
 * Adds a curator's alias to an entity. Curated aliases are kept apart from
 * the names reports use (`curatedAliases`), so removing reports never takes
 * them away; the name index sees them at once. With an `actor`, the
 * alias is in the curation log.
 */
export function addAlias(graph: Graph, id: string, alias: string, actor?: Actor): Promise<{ id: string; name: string; aliases: string[] }> {
  const clean = alias.replace(/\s+/g, ' ').trim();
  if (!clean) return Promise.reject(new CurationError('An alias cannot be empty; give the name the entity is also known by.'));
  if (clean.length > MAX_ALIAS_LENGTH) {
    return Promise.reject(new CurationError(`An alias is at most ${MAX_ALIAS_LENGTH} characters (got ${clean.length}).`));
  }
  return withIngestLock(() =>
    graph.write(async (tx) => {
      const found = (await tx.run(addCuratedAlias, { id, alias: clean })).records.length > 0;
      if (!found) throw new NotFoundError(`No entity with id '${id}'.`);
      await recomputeEntities(tx, [id]);
      if (actor) await recordCuration(tx, actor, [{ action: 'ADD_ALIAS', before: [id], after: [id], detail: clean }]);
      return recordsToPlain<{ id: string; name: string; aliases: string[] }>((await tx.run(readNames, { id })).records)[0]!;
    }),
  );
}
