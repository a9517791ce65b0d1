import type { NodeLabel, NodeRecord, Provenance, RelationType } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';

/**
 * What resolvers pass around for a node: its properties flat (so default
 * resolvers read `kind`, `startDate`…), plus its type for __resolveType.
 */
export interface NodeValue {
  __type: NodeLabel;
  id: string;
  name: string;
  [prop: string]: unknown;
}

export function nodeValue(n: NodeRecord): NodeValue {
  return { ...n.props, ...(n.countryCodes ? { countryCodes: n.countryCodes } : {}), id: n.id, name: n.name, __type: n.type };
}

export const nodeValueOrNull = (n: NodeRecord | null | undefined): NodeValue | null => (n ? nodeValue(n) : null);

/** A node, or only its id when the query did not return the node itself. */
export type NodeRef = NodeValue | string;

/** Resolves a NodeRef through the per-request loader. */
export async function resolveRef(ref: NodeRef, ctx: ApiContext): Promise<NodeValue | null> {
  if (typeof ref !== 'string') return ref;
  return nodeValueOrNull(await ctx.loaders.node.load(ref));
}

/** A relationship as the typed relationship objects (Involvement, Affiliation…) see it. */
export interface EdgeValue extends Provenance {
  type: RelationType;
  subject: NodeRef;
  object: NodeRef;
  roles: string[];
}

/** The Source objects of a relationship: one per report, with that report's sentences. */
export interface SourceValue {
  reportId: string;
  sentences: string[];
}

export function sourcesOf(p: Pick<Provenance, 'sources' | 'evidence' | 'evidenceSources'>): SourceValue[] {
  const byReport = new Map<string, string[]>();
  for (const id of p.sources) byReport.set(id, []);
  p.evidence.forEach((sentence, i) => {
    const id = p.evidenceSources[i];
    if (!id) return;
    const list = byReport.get(id) ?? [];
    if (!list.includes(sentence)) list.push(sentence);
    byReport.set(id, list);
  });
  return [...byReport].map(([reportId, sentences]) => ({ reportId, sentences }));
}

/** Sources of several relationships together (a collaboration's), sentences merged per report. */
export function mergeSources(all: SourceValue[][]): SourceValue[] {
  const byReport = new Map<string, string[]>();
  for (const s of all.flat()) {
    const list = byReport.get(s.reportId) ?? [];
    for (const sentence of s.sentences) if (!list.includes(sentence)) list.push(sentence);
    byReport.set(s.reportId, list);
  }
  return [...byReport].map(([reportId, sentences]) => ({ reportId, sentences }));
}
