/**
 * Everything the explorer has learnt about the graph so far: nodes and edges
 * from every slice fetched, merged by id. The view decides what is shown;
 * the store only remembers, so undo can bring entities back without a fetch.
 */
import type { GEdge, GNode, GraphSlice } from '../model.ts';

export class GraphStore {
  readonly nodes = new Map<string, GNode>();
  readonly edges = new Map<string, GEdge>();
  /** edge ids per node id */
  private readonly incident = new Map<string, Set<string>>();

  /** Merges a slice; attributes already known are kept unless the slice knows better. */
  merge(slice: Pick<GraphSlice, 'nodes' | 'edges'>): void {
    for (const n of slice.nodes) this.mergeNode(n);
    for (const e of slice.edges) {
      if (this.edges.has(e.id)) continue;
      this.edges.set(e.id, e);
      for (const end of [e.source, e.target]) {
        if (!this.incident.has(end)) this.incident.set(end, new Set());
        this.incident.get(end)!.add(e.id);
      }
    }
  }

  mergeNode(n: GNode): void {
    const prev = this.nodes.get(n.id);
    if (!prev) {
      this.nodes.set(n.id, { ...n });
      return;
    }
    const merged: GNode = { ...prev };
    for (const [k, v] of Object.entries(n) as [keyof GNode, unknown][]) {
      if (v !== undefined && v !== null) (merged as unknown as Record<string, unknown>)[k] = v;
    }
    this.nodes.set(n.id, merged);
  }

  /** Edges whose both ends are in `ids`. */
  edgesAmong(ids: ReadonlySet<string>): GEdge[] {
    const out: GEdge[] = [];
    for (const id of ids) {
      for (const eid of this.incident.get(id) ?? []) {
        const e = this.edges.get(eid)!;
        // each edge once: seen from its source
        if (e.source === id && ids.has(e.target)) out.push(e);
      }
    }
    return out;
  }

  /** Neighbours of an id known to the store. */
  neighbours(id: string): string[] {
    const out = new Set<string>();
    for (const eid of this.incident.get(id) ?? []) {
      const e = this.edges.get(eid)!;
      out.add(e.source === id ? e.target : e.source);
    }
    out.delete(id);
    return [...out];
  }
}
