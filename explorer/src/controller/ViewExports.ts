import type { EntityRef, ExportFile, ExportFileFormat } from '../api/ExplorerApi.ts';
import { edgesCsv, nodesCsv, toJson, viewExportInput } from '../graph/exportView.ts';
import type { GraphView } from '../graph/GraphView.ts';
import type { ExportScope } from '../grouping/exportScope.ts';
import type { GEdge, GNode } from '../model.ts';
import type { GraphStore } from '../state/GraphStore.ts';
import { fileStamp } from './fileStamp.ts';
import type { ExplorerClient, SaveFile, UrlPort } from './ports.ts';
import type { Requests } from './Requests.ts';

export interface ViewExportsContext {
  api: ExplorerClient;
  view: GraphView;
  store: GraphStore;
  url: UrlPort;
  save: SaveFile;
  requests: Requests;
  /** tells the person what was saved, or why nothing was */
  note(text: string): void;
  /** entities a neighbourhood export asks for at most */
  neighborhoodLimit: number;
  /** a grouped picture's every entity, members of groups included; null when nothing is grouped */
  grouped?: () => ExportScope | null;
}

/** The Export menu and the details' "Export neighbourhood": what is drawn, as files. */
export class ViewExports {
  constructor(private readonly ctx: ViewExportsContext) {}

  async png(): Promise<void> {
    this.ctx.save(await this.ctx.view.png(), `${fileStamp()}.png`);
  }

  /** What the files hold: what is drawn, or a grouped picture's every entity with its group. */
  private elements(): { nodes: GNode[]; edges: GEdge[]; groupOf?: ReadonlyMap<string, string> } {
    return this.ctx.grouped?.() ?? this.ctx.view.visibleElements(this.ctx.store);
  }

  json(): void {
    this.ctx.save(new Blob([toJson(this.elements(), { url: this.ctx.url.href() })], { type: 'application/json' }), `${fileStamp()}.json`);
  }

  csv(which: 'nodes' | 'edges'): void {
    const drawn = this.elements();
    const text = which === 'nodes' ? nodesCsv(drawn.nodes, drawn.groupOf) : edgesCsv(drawn.edges);
    this.ctx.save(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${fileStamp()}-${which}.csv`);
  }

  /**
   * The view as GraphML, GEXF or Cytoscape JSON: the API writes exactly what
   * is drawn, with every property and the evidence counts. A grouped picture
   * writes every entity in it: each group's members too, with a `group`
   * property, and the relationships among them all.
   */
  async file(format: ExportFileFormat): Promise<void> {
    const drawn = this.elements();
    const groups = drawn.groupOf ? [...drawn.groupOf].map(([id, group]) => ({ id, group })).sort((a, b) => (a.id < b.id ? -1 : 1)) : null;
    const input = { ...viewExportInput(drawn, this.ctx.view.positions()), ...(groups ? { groups } : {}) };
    if (input.ids.length === 0) {
      this.ctx.note('Nothing to export: the view is empty.');
      return;
    }
    const got = await this.ctx.requests.attempt('Could not export the view', () => this.ctx.api.exportView(input, format), () => void this.file(format));
    if (got) this.saveFile(got.value);
  }

  async neighborhood(ref: EntityRef, format: ExportFileFormat): Promise<void> {
    const got = await this.ctx.requests.attempt(
      `Could not export the neighbourhood of ${ref.name}`,
      () => this.ctx.api.exportNeighborhood(ref.id, format, { limit: this.ctx.neighborhoodLimit }),
      () => void this.neighborhood(ref, format),
    );
    if (got) this.saveFile(got.value);
  }

  private saveFile(file: ExportFile): void {
    this.ctx.save(new Blob([file.content], { type: file.mediaType }), file.fileName);
    this.ctx.note(`Saved ${file.fileName}: ${file.nodeCount} entities, ${file.edgeCount} relationships.`);
  }
}
