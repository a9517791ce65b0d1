import type { Extraction } from '../schema/extraction.ts';
import type { KnownEntity, SearchKey } from './nameQueries.ts';

/**
 * Maps an extraction's entities onto known ones (ids rewritten, names kept as
 * aliases) and adds the uncertain pairs to `mergeCandidates`. Identity
 * resolution is seed's; the loader is handed it as this function.
 */
export type Resolver = (extraction: Extraction, known: readonly KnownEntity[]) => Extraction;

/** The names to look up in the name index before resolving an extraction. */
export type SearchKeys = (extraction: Extraction) => SearchKey[];

/** No cross-report resolution: only exact ids and curator merges join entities. The loader's default. */
export const noResolution: Resolver = (extraction) => extraction;

/** No name lookups: what `noResolution` needs. */
export const noSearchKeys: SearchKeys = () => [];
