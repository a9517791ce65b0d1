import { resolveAgainstKnown, searchKeysFor, type Extraction } from '../../seed/index.ts';
import type { KnownEntity, SearchKey } from './fetchKnownEntities.ts';

/**
 * Maps an extraction's entities onto known ones (ids rewritten, names kept as
 * aliases) and adds the uncertain pairs to `mergeCandidates`.
 */
export type Resolver = (extraction: Extraction, known: readonly KnownEntity[]) => Extraction;

/** The names to look up in the name index before resolving an extraction. */
export type SearchKeys = (extraction: Extraction) => SearchKey[];

/**
 * seed's resolution, as the loader uses it. Its suggestions name the new
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

/** No cross-report resolution: only exact ids and curator merges join entities (for tests and curated imports). */
export const noResolution: Resolver = (extraction) => extraction;
