import { loadExtraction, loadExtractions, type Resolver, type SearchKeys } from '../../graph/index.ts';
import { resolveAgainstKnown } from './resolveAgainstKnown.ts';
import { searchKeysFor } from './searchKeysFor.ts';

/**
 * seed's resolution, as the loader takes it. Its suggestions name the new
 * entity first; they are turned round so that accepting one keeps the entity
 * already in the graph (a suggestion's `a`).
 */
export const resolveWithSeed: Resolver = (extraction, known) => {
  const { extraction: resolved, suggestions } = resolveAgainstKnown(extraction, [...known]);
  return {
    ...resolved,
    mergeCandidates: [...(resolved.mergeCandidates ?? []), ...suggestions.map((s) => ({ ...s, a: s.b, b: s.a }))],
  };
};

export const searchKeysWithSeed: SearchKeys = (extraction) => searchKeysFor(extraction);

/** The load options that resolve identities across reports the way `npm run ingest` does. */
export const SEED_RESOLUTION = { resolve: resolveWithSeed, searchKeys: searchKeysWithSeed } as const;

/** graph/'s loaders with seed's resolution, unless the options say otherwise: how reports from text are loaded. */
export const loadWithSeed: typeof loadExtraction = (graph, x, opts = {}) => loadExtraction(graph, x, { ...SEED_RESOLUTION, ...opts });
export const loadManyWithSeed: typeof loadExtractions = (graph, xs, opts = {}) => loadExtractions(graph, xs, { ...SEED_RESOLUTION, ...opts });
