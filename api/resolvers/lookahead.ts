import { getArgumentValues, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { labelOfId, type NodeRecord, type OrganizationCollaborators } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import { collaboratorsKey } from '../loaders.ts';
import { firstArg } from './args.ts';
import { collaboratorsProjection } from './projection.ts';

type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields named `name` among the subfields of the field being resolved, through fragments too. */
function subfields(info: Selection, name: string | null): FieldNode[] {
  const found: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (name === null || s.name.value === name) found.push(s);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        visit(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const f of info.fieldNodes) visit(f.selectionSet);
  return found;
}

/**
 * Whether the field being resolved selects any of `names` among its own
 * subfields, directly or through fragments. Lets a resolver leave out of its
 * query what nobody asked for (a collaboration's evidence is most of its
 * bytes). A field under @skip or @include still counts: reading too much is
 * only slower, never wrong.
 */
export function selects(info: Selection, names: readonly string[]): boolean {
  return subfields(info, null).some((f) => names.includes(f.name.value));
}

/** Collaboration fields that need the involvements' provenance; without them it is not read. */
export const COLLABORATION_EVIDENCE = ['involvements', 'sources'] as const;

/**
 * The collaborators loader's key for an Organization.collaborators field
 * (first checked as its resolver does): its page, whether evidence is read,
 * and which properties of the organizations and events the selection reads.
 */
export function collaboratorsFieldKey(id: string, args: { first?: number | null }, info: Selection): string {
  return collaboratorsKey(firstArg(args.first, 20, 100), selects(info, COLLABORATION_EVIDENCE), id, collaboratorsProjection(info.fieldNodes, info.fragments));
}

/**
 * node(id) of an organization asking for its collaborators: reads them
 * before the node, with the query that also returns the organization, so
 * the answer takes one database round trip and one query instead of two.
 * The Organization.collaborators resolver then finds the same key in the
 * per-request loader. Resolves to the organization, or null when nothing
 * was prefetched or the id names no organization (unknown, or merged into
 * another: the node is then read as usual and its collaborators asked for
 * under the id it has).
 */
export async function prefetchCollaborators(id: string, ctx: ApiContext, info: GraphQLResolveInfo): Promise<NodeRecord | null> {
  if (labelOfId(id) !== 'Organization') return null;
  const fields = subfields(info, 'collaborators');
  if (fields.length === 0) return null;
  const def = (info.schema.getType('Organization') as GraphQLObjectType).getFields().collaborators!;
  const loads: Array<Promise<OrganizationCollaborators | null>> = [];
  for (const field of fields) {
    let key: string;
    try {
      key = collaboratorsFieldKey(id, getArgumentValues(def, field, info.variableValues), { fieldNodes: [field], fragments: info.fragments });
    } catch {
      continue; // a bad argument is reported by the field's own resolver
    }
    // Errors reach the field's resolver through the loader's cached promise.
    loads.push(ctx.loaders.collaborators.load(key).catch(() => null));
  }
  for (const found of await Promise.all(loads)) {
    if (!found) continue;
    // Other fields of the answer may ask for this node again.
    ctx.loaders.node.prime(id, found.organization);
    return found.organization;
  }
  return null;
}
