import type { NodeLabel, NodeRecord, Provenance, RelationType } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { claimsKey } from '../loaders.ts';
import { firstArg } from './args.ts';

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

// One value per record: an event shared by several collaborators, or a node
// on several edges, is one record in the query's answer, so it is spread once.
// Kept on the record itself (records live as long as the request that read
// them): a WeakMap lookup per node cost more than the spread it saved.
// Resolvers never change a NodeValue.
const VALUE = Symbol('nodeValue');

export function nodeValue(n: NodeRecord): NodeValue {
  const held = n as NodeRecord & { [VALUE]?: NodeValue };
  let value = held[VALUE];
  if (!value) {
    value = { ...n.props, id: n.id, name: n.name, __type: n.type };
    if (n.countryCodes) value.countryCodes = n.countryCodes;
    held[VALUE] = value;
  }
  return value;
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
  cursor: string;
}

/** Sources per page unless the query asks for another number, and at most. */
export const DEFAULT_SOURCES = 20;
export const MAX_SOURCES = 100;

/** A page of a relationship's sources, oldest report first, read through the per-request claims loader. */
export async function sourcesOf(
  p: Pick<Provenance, 'key'>,
  args: { first?: number | null; after?: string | null },
  ctx: ApiContext,
): Promise<SourceValue[]> {
  const first = firstArg(args.first, DEFAULT_SOURCES, MAX_SOURCES);
  const claims = await ctx.loaders.claims.load(claimsKey(first, args.after ?? null, p.key));
  return claims.map((c) => ({ reportId: c.reportId, sentences: c.evidence, cursor: c.cursor }));
}

/** Sources of several relationships together (a collaboration's), sentences merged per report. */
export function mergeSources(all: SourceValue[][]): SourceValue[] {
  const byReport = new Map<string, SourceValue>();
  for (const s of all.flat()) {
    const seen = byReport.get(s.reportId);
    if (!seen) byReport.set(s.reportId, { ...s, sentences: [...s.sentences] });
    else for (const sentence of s.sentences) if (!seen.sentences.includes(sentence)) seen.sentences.push(sentence);
  }
  return [...byReport.values()];
}
