import type { Resolver, SearchKeys } from '../../graph/index.ts';
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
