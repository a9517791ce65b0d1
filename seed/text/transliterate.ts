// Transliteration is graph/'s (the name index's search text is built from it); seed reads names with the same rules.
// Imported from its module rather than graph/index.ts: it needs no driver, and neither should an extraction worker.
export { toLatin, hasCyrillic } from '../../graph/schema/transliterate.ts';
