import type { EntityRef, ExportFile, ExportFileFormat } from '../api/ExplorerApi.ts';
import { edgesCsv, nodesCsv, toJson, viewExportInput } from '../graph/exportView.ts';
import type { GraphView } from '../graph/GraphView.ts';
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
}

/** The Export menu and the details' "Export neighbourhood": what is drawn, as files. */
export class ViewExports {
  constructor(private readonly ctx: ViewExportsContext) {}

  async png(): Promise<void> {
    this.ctx.save(await this.ctx.view.png(), `${fileStamp()}.png`);
  }

  json(): void {
    const drawn = this.ctx.view.visibleElements(this.ctx.store);
    this.ctx.save(new Blob([toJson(drawn, { url: this.ctx.url.href() })], { type: 'application/json' }), `${fileStamp()}.json`);
  }

  csv(which: 'nodes' | 'edges'): void {
    const drawn = this.ctx.view.visibleElements(this.ctx.store);
    const text = which === 'nodes' ? nodesCsv(drawn.nodes) : edgesCsv(drawn.edges);
    this.ctx.save(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${fileStamp()}-${which}.csv`);
  }

  /** The view as GraphML, GEXF or Cytoscape JSON: the API writes exactly what is drawn, with every property and the evidence counts. */
  async file(format: ExportFileFormat): Promise<void> {
    const input = viewExportInput(this.ctx.view.visibleElements(this.ctx.store), this.ctx.view.positions());
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
