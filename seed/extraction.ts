/**
 * The Extraction contract (DESIGN.md): defined in graph/ beside the model's
 * vocabulary, which is defined once, there. Imported from the model's own
 * module rather than graph/index.ts: it needs no driver, and neither should
 * an extraction worker.
 */
export * from '../graph/schema/extraction.ts';
