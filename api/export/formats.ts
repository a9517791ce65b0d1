import { toCytoscapeJson } from './cytoscapeJson.ts';
import type { ExportDocument } from './exportDocument.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';

/** The formats of the ExportFormat enum, as the schema spells them. */
export const EXPORT_FORMATS = ['GRAPHML', 'GEXF', 'CYTOSCAPE_JSON'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatSpec {
  /** file name extension, without the dot */
  extension: string;
  mediaType: string;
  write(doc: ExportDocument): string;
}

export const FORMAT_SPECS: Record<ExportFormat, ExportFormatSpec> = {
  GRAPHML: { extension: 'graphml', mediaType: 'application/graphml+xml', write: toGraphml },
  GEXF: { extension: 'gexf', mediaType: 'application/gexf+xml', write: toGexf },
  CYTOSCAPE_JSON: { extension: 'cyjs', mediaType: 'application/json', write: toCytoscapeJson },
};

/** `graphml`, `gexf`, `cyjs`/`cytoscape`/`cytoscape_json` (any case) → the format; null for anything else. */
export function parseExportFormat(raw: string): ExportFormat | null {
  const s = raw.trim().toUpperCase().replace(/[-\s]/g, '_');
  if (s === 'CYJS' || s === 'CYTOSCAPE' || s === 'JSON') return 'CYTOSCAPE_JSON';
  return (EXPORT_FORMATS as readonly string[]).includes(s) ? (s as ExportFormat) : null;
}
