export { exportNeighborhood, exportSubgraph, MAX_EXPORT_EDGE_IDS, type GraphExportValue, type NeighborhoodExportInput, type SubgraphExportInput } from './exportGraph.ts';
export { neighborhoodExportRoute } from './exportRoute.ts';
export { EXPORT_FORMATS, FORMAT_SPECS, parseExportFormat, type ExportFormat } from './formats.ts';
export { toExportDocument, type ExportDocument } from './exportDocument.ts';
export { toGraphml } from './graphml.ts';
export { toGexf } from './gexf.ts';
export { toCytoscapeJson } from './cytoscapeJson.ts';
