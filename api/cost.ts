import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  GraphQLError,
  Kind,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';

/**
 * graphql-armor's static cost (@escape.tech/graphql-armor-cost-limit, with
 * the defaults our limits were sized for): a scalar field 1, an object field
 * 2 plus 1.5 × each child's cost, the whole times an integer literal `first`
 * or `last` (a variable counts as 1), a fragment spread 1 plus 1.5 × the
 * fragment's cost, `__schema` free. Computed here rather than by armor's rule
 * because an analyst needs to see the cost of every query, and which fields
 * make it, not only a refusal; tests/api/cost.test.ts checks that both count
 * the same.
 */
export const COST_WEIGHTS = {
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
} as const;

/** A field's share of a query's cost: its own and its selection's. */
export interface FieldCost {
  /** Response path from the operation's root, aliases as the client wrote them, e.g. `organizations.edges.node.events`. */
  path: string;
  /** What the field and its selection add to the operation's cost. */
  cost: number;
}

export interface OperationCost {
  /** What the operation costs in all. */
  cost: number;
  /** Its top-level fields, costliest first. */
  fields: FieldCost[];
  /** Per top-level field path: its deepest descendant still holding at least half its cost (where a rewrite pays off). */
  hotspots: Map<string, FieldCost>;
}

/** Costs of a document's operations. */
export type DocumentCost = Map<OperationDefinitionNode, OperationCost>;

interface CostNode {
  path: string;
  /** What the field adds to the operation's cost: its own cost times the page sizes and nesting factors above it. */
  cost: number;
  children: CostNode[];
}

// Apollo keeps validated documents and hands the same DocumentNode to every
// request with that query text: the cost is computed once per document.
const costs = new WeakMap<DocumentNode, DocumentCost>();

/** The cost of each operation of a document, computed the first time it is asked for. */
export function documentCost(document: DocumentNode): DocumentCost {
  let known = costs.get(document);
  if (!known) {
    known = computeDocumentCost(document);
    costs.set(document, known);
  }
  return known;
}

function computeDocumentCost(document: DocumentNode): DocumentCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // armor remembers a fragment's cost across the whole document (one validation), so we do too.
  const visited = new Map<string, number>();
  const result: DocumentCost = new Map();
  for (const op of document.definitions) {
    if (op.kind !== Kind.OPERATION_DEFINITION) continue;
    const roots: CostNode[] = [];
    let cost = 0;
    for (const selection of op.selectionSet.selections) cost += complexity(selection, '', 1, roots, fragments, visited);
    const fields = roots.map(({ path, cost: c }) => ({ path, cost: c })).sort((a, b) => b.cost - a.cost);
    result.set(op, { cost, fields, hotspots: new Map(roots.map((r) => [r.path, hotspot(r)])) });
  }
  return result;
}

/**
 * armor's computeComplexity, recording under its parent what each field adds
 * to the total: `weight` is what this node's cost is multiplied by on its way
 * up (1.5 per level, `first` of each list above).
 */
function complexity(
  node: ASTNode,
  parentPath: string,
  weight: number,
  siblings: CostNode[],
  fragments: Map<string, FragmentDefinitionNode>,
  visited: Map<string, number>,
): number {
  const { objectCost, scalarCost, depthCostFactor } = COST_WEIGHTS;
  if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
  let record: CostNode | null = null;
  let path = parentPath;
  if (node.kind === Kind.FIELD) {
    path = parentPath ? `${parentPath}.${(node.alias ?? node.name).value}` : (node.alias ?? node.name).value;
    record = { path, cost: 0, children: [] };
    siblings.push(record);
  }
  const children = record ? record.children : siblings;
  let cost: number = scalarCost;
  if ((node.kind === Kind.FIELD || node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.FRAGMENT_DEFINITION) && node.selectionSet) {
    cost = objectCost;
    let multiplier = 1;
    if (node.kind === Kind.FIELD) {
      const page = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
      if (page?.value.kind === Kind.INT) multiplier = Math.max(parseInt(page.value.value, 10), 1);
    }
    for (const child of node.selectionSet.selections) cost += depthCostFactor * complexity(child, path, weight * multiplier * depthCostFactor, children, fragments, visited);
    cost *= multiplier;
  } else if (node.kind === Kind.FRAGMENT_SPREAD) {
    const name = node.name.value;
    const seen = visited.get(name);
    if (seen !== undefined) return cost + depthCostFactor * seen;
    visited.set(name, -1);
    const fragment = fragments.get(name);
    if (fragment) {
      const fragmentCost = complexity(fragment, path, weight * depthCostFactor, siblings, fragments, visited);
      cost += depthCostFactor * fragmentCost;
      if (visited.get(name) === -1) visited.set(name, fragmentCost);
    }
  }
  if (record) record.cost = weight * cost;
  return cost;
}

function hotspot(root: CostNode): FieldCost {
  let node = root;
  for (;;) {
    const heaviest = node.children.reduce<CostNode | null>((best, c) => (best && best.cost >= c.cost ? best : c), null);
    if (!heaviest || heaviest.cost * 2 < root.cost) return { path: node.path, cost: node.cost };
    node = heaviest;
  }
}

const show = (n: number): string => String(Math.round(n * 100) / 100);

/** Why a query was refused, in terms an analyst can rewrite it by. */
export function overLimitMessage(op: OperationDefinitionNode, cost: OperationCost, limit: number): string {
  const name = op.name ? ` (operation ${op.name.value})` : '';
  const fields = cost.fields.slice(0, 3).map((f) => {
    const spot = cost.hotspots.get(f.path);
    // Only a field that makes a tenth of the cost is worth a closer look.
    return spot && spot.path !== f.path && f.cost * 10 >= cost.cost ? `${f.path} ${show(f.cost)} (most in ${spot.path}: ${show(spot.cost)})` : `${f.path} ${show(f.cost)}`;
  });
  return (
    `Query Cost limit of ${limit} exceeded by ${show(cost.cost - limit)}${name}: found ${show(cost.cost)}. ` +
    `Costliest fields: ${fields.join('; ')}. ` +
    'Each level of nesting costs 1.5× and `first: N` multiplies its selection by N: ask for smaller pages, fewer nested lists or fewer fields, or split the query.'
  );
}

/** Validation rule: refuses an operation whose cost is over `limit`, naming by how much and where. */
export function costLimitRule(limit: number) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      for (const [op, cost] of documentCost(document)) {
        if (cost.cost <= limit) continue;
        context.reportError(
          new GraphQLError(overLimitMessage(op, cost, limit), {
            nodes: op,
            extensions: { cost: { requested: cost.cost, limit, fields: cost.fields.slice(0, 3).map((f) => ({ ...f, mostIn: cost.hotspots.get(f.path) })) } },
          }),
        );
      }
    },
  });
}

/** What `extensions.cost.requested` reports: the operation run, or the costliest when none could be chosen. */
export function requestedCost(document: DocumentNode, operationName: string | null | undefined): number {
  const all = documentCost(document);
  const op = getOperationAST(document, operationName);
  if (op && all.has(op)) return all.get(op)!.cost;
  return Math.max(0, ...[...all.values()].map((c) => c.cost));
}

/** Every response to a parsed query carries `extensions.cost: { requested, limit }`. */
export function costExtension<T extends object>(limit: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ document, request, response }) {
          if (!document || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: requestedCost(document, request.operationName), limit } };
        },
      };
    },
  };
}
