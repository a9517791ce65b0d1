/** graph/'s loaders with seed's identity resolution, as `npm run ingest` loads (the loader alone resolves nothing). */
export { loadWithSeed as loadExtraction, loadManyWithSeed as loadExtractions } from '../../seed/index.ts';
