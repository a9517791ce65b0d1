import type { Extraction } from '../../seed/extraction.ts';
import type { KnownEntity } from './fetchKnownEntities.ts';

/** Maps an extraction's entities onto known ones (ids rewritten), adding uncertain pairs to `mergeCandidates`. */
export type Resolver = (extraction: Extraction, known: readonly KnownEntity[]) => Extraction;

/** The strings to look up in the name index for an extraction. */
export type SearchKeys = (extraction: Extraction) => string[];

/** Every name and alias of every entity: the fallback when no search-key function is given. */
export function namesOf(extraction: Extraction): string[] {
  return [...new Set(extraction.entities.flatMap((e) => [e.name, ...e.aliases]))];
}
