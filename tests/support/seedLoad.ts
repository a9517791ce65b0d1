import { loadExtraction as load, loadExtractions as loadMany } from '../../graph/index.ts';
import { SEED_RESOLUTION } from '../../seed/index.ts';

/** graph/'s loaders with seed's identity resolution, as `npm run ingest` loads (the loader alone resolves nothing). */
export const loadExtraction: typeof load = (graph, x, opts = {}) => load(graph, x, { ...SEED_RESOLUTION, ...opts });
export const loadExtractions: typeof loadMany = (graph, xs, opts = {}) => loadMany(graph, xs, { ...SEED_RESOLUTION, ...opts });
