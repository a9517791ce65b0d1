import {
  collaborationPath,
  collaborators,
  conflicts,
  DEFAULT_PATH_TYPES,
  ENTITY_LABELS,
  MAX_NEIGHBOR_IDS,
  MAX_EXCLUDED_NEIGHBORS,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_LIMIT,
  MAX_OVERVIEW_SEEDS,
  MAX_PATH_HOPS,
  MAX_SEARCH_LENGTH,
  MAX_SUBGRAPH_AMONG,
  MAX_SUBGRAPH_IDS,
  neighborGroups,
  neighborhood,
  neighborIds,
  overview,
  partnerSuggestions,
  search,
  stats,
  subgraph,
  type CollaborationRecord,
  type EntityLabel,
  type GraphSliceRecord,
  type NodeLabel,
  type PartnerEventReasonRecord,
  type PartnerPracticeReasonRecord,
  type PartnerTopicReasonRecord,
  type RelationType,
} from '../../graph/index.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { anyIdArg, countryArg, firstArg, idArg, idsArg, intArg } from './args.ts';
import { COLLABORATION_EVIDENCE, prefetchCollaborators, selects } from './lookahead.ts';
import { collaboratorsProjection, projectionOf } from './projection.ts';
import { mergeSources, nodeValue, nodeValueOrNull, sourcesOf, type EdgeValue, type NodeValue } from './values.ts';

/** A GraphSlice object: what the explorer draws. */
function sliceValue(slice: GraphSliceRecord) {
  return {
    truncated: slice.truncated,
    edges: slice.edges,
    nodes: slice.nodes.map(({ node, degree }) => {
      const p = node.props;
      return {
        id: node.id,
        type: node.type,
        name: node.name,
        degree,
        countryCode: p.countryCode ?? p.code ?? node.countryCodes?.[0] ?? null,
        countryCodes: countryCodesOfSliceNode(p, node.countryCodes),
        lat: p.lat ?? null,
        lon: p.lon ?? null,
        startDate: p.startDate ?? null,
        endDate: p.endDate ?? null,
      };
    }),
  };
}

/** Every country a slice node is in: its own code, or each country an event is held in. */
function countryCodesOfSliceNode(props: Record<string, unknown>, eventCountries: string[] | undefined): string[] {
  if (eventCountries) return eventCountries;
  const own = props.countryCode ?? props.code;
  return typeof own === 'string' && own ? [own] : [];
}

/** A Collaboration object: `self` is the organization asked about. */
export function collaborationValue(self: NodeValue | string, c: CollaborationRecord) {
  const other = nodeValue(c.organization);
  const involvements: EdgeValue[] = c.sharedEvents.flatMap((s) =>
    s.involvements.map((i) => ({
      type: i.type,
      subject: i.organizationId === other.id ? other : typeof self === 'string' ? i.organizationId : self.id === i.organizationId ? self : i.organizationId,
      object: nodeValue(s.event),
      roles: [],
      key: i.key,
      sourceCount: i.sourceCount,
      confidence: i.confidence,
    })),
  );
  return {
    organization: other,
    weight: c.weight,
    sharedEvents: c.sharedEvents.map((s) => nodeValue(s.event)),
    involvements,
    // The first page of each involvement's sources, merged by report.
    sources: async (args: { first?: number | null }, ctx: ApiContext) =>
      mergeSources(await Promise.all(involvements.map((i) => sourcesOf(i, { first: args.first }, ctx)))),
  };
}

/**
 * The node an id names now: itself, or the entity it was merged into.
 * NOT_FOUND when there is none, so a typo gets a clear answer, not an empty list.
 */
async function existing(ctx: ApiContext, id: string, what: string): Promise<NodeValue> {
  const node = nodeValueOrNull(await ctx.loaders.node.load(id));
  if (!node) throw notFound(`No ${what} has the id ${JSON.stringify(id)}; find ids with search().`);
  return node;
}

/**
 * An entity a partner reason names, read through the per-request loader; if
 * it went away between the two reads (a report removed meanwhile), what the
 * reason knew of it: its id and name.
 */
async function named(ctx: ApiContext, type: NodeLabel, id: string, name: string): Promise<NodeValue> {
  return nodeValueOrNull(await ctx.loaders.node.load(id)) ?? { __type: type, id, name };
}

function typesArg(types: readonly NodeLabel[] | null | undefined): NodeLabel[] | null {
  return types && types.length > 0 ? [...new Set(types)] : null;
}

/** Entity types only: a report is nobody's neighbour here. */
function entityTypesArg(types: readonly NodeLabel[] | null | undefined): EntityLabel[] | null {
  const list = typesArg(types);
  if (!list) return null;
  const bad = list.find((t) => !(ENTITY_LABELS as readonly string[]).includes(t));
  if (bad) throw badInput(`'types' takes entity types only (${ENTITY_LABELS.join(', ')}), got ${bad}.`, 'types');
  return list as EntityLabel[];
}

/** Neighbours to leave out of `neighborGroups` and `neighborIds`: what the caller already draws. */
function excludeArg(ids: readonly string[] | null | undefined): string[] {
  const list = [...new Set(ids ?? [])];
  if (list.length > MAX_EXCLUDED_NEIGHBORS) throw badInput(`'exclude' takes at most ${MAX_EXCLUDED_NEIGHBORS} ids (got ${list.length}).`, 'exclude');
  return list;
}

export const analysisResolvers = {
  Query: {
    node: async (_: unknown, args: { id: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const id = anyIdArg(args.id, 'id');
      // The collaborators query reads the organization too: one round trip, not two.
      const prefetched = await prefetchCollaborators(id, ctx, info);
      if (prefetched) return nodeValue(prefetched);
      return nodeValueOrNull(await ctx.loaders.node.load(id));
    },

    nodes: async (_: unknown, args: { ids: string[] }, ctx: ApiContext) => {
      const ids = idsArg(args.ids, 100, 'ids');
      return (await ctx.loaders.node.loadMany(ids)).map((n) => (n instanceof Error ? null : nodeValueOrNull(n)));
    },

    search: async (_: unknown, args: { text: string; types?: NodeLabel[] | null; first?: number | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const text = args.text.trim();
      if (!text) throw badInput("'text' is empty: give a name or part of one.", 'text');
      if (text.length > MAX_SEARCH_LENGTH) throw badInput(`'text' is longer than ${MAX_SEARCH_LENGTH} characters.`, 'text');
      const first = firstArg(args.first, 10, 50);
      const hits = await search(ctx.graph, { text, types: typesArg(args.types), first, projection: projectionOf(info, 'node') }, ctx.read());
      return hits.map((h) => ({ node: nodeValue(h.node), score: h.score }));
    },

    collaborators: async (_: unknown, args: { id: string; first?: number | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      let id = idArg(args.id, 'Organization', 'id');
      const first = firstArg(args.first, 20, 100);
      const evidence = selects(info, COLLABORATION_EVIDENCE);
      const projection = collaboratorsProjection(info.fieldNodes, info.fragments);
      let found = await collaborators(ctx.graph, id, first, { ...ctx.read(), evidence, projection });
      if (found === null) {
        // No organization has this id: is it unknown, or merged into another?
        const node = await existing(ctx, id, 'organization');
        id = node.id;
        found = (await collaborators(ctx.graph, id, first, { ...ctx.read(), evidence, projection })) ?? [];
      }
      return found.map((c) => collaborationValue(id, c));
    },

    collaborationPath: async (
      _: unknown,
      args: { from: string; to: string; maxHops?: number | null; via?: RelationType[] | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const from = anyIdArg(args.from, 'from');
      const to = anyIdArg(args.to, 'to');
      const maxHops = intArg(args.maxHops, 4, 1, MAX_PATH_HOPS, 'maxHops');
      const via = args.via && args.via.length > 0 ? [...new Set(args.via)] : DEFAULT_PATH_TYPES;
      if (via.includes('REPORTS_ON' as RelationType)) throw badInput("'via' cannot include REPORTS_ON: paths connect entities, not reports.", 'via');
      if (from === to) {
        const node = await existing(ctx, from, 'entity');
        return { nodes: [node], edges: [], length: 0 };
      }
      const projection = projectionOf(info, 'nodes');
      let path = await collaborationPath(ctx.graph, { from, to, maxHops, types: via, projection }, ctx.read());
      if (!path) {
        const [a, b] = await Promise.all([existing(ctx, from, 'entity'), existing(ctx, to, 'entity')]);
        if (a.id === from && b.id === to) return null;
        // An id was merged into another entity: answer for the entities they name now.
        if (a.id === b.id) return { nodes: [a], edges: [], length: 0 };
        path = await collaborationPath(ctx.graph, { from: a.id, to: b.id, maxHops, types: via, projection }, ctx.read());
        if (!path) return null;
      }
      return {
        nodes: path.nodes.map(nodeValue),
        edges: path.edges.map((e) => ({
          type: e.type,
          source: e.source,
          target: e.target,
          sourceCount: e.sourceCount,
          confidence: e.confidence,
          sources: (args: { first?: number | null; after?: string | null }, c: ApiContext) => sourcesOf(e, args, c),
          evidence: async (args: { first?: number | null }, c: ApiContext) => (await sourcesOf(e, args, c)).flatMap((s) => s.sentences),
        })),
        length: path.edges.length,
      };
    },

    partnerSuggestions: async (
      _: unknown,
      args: { for: string; topic?: string | null; country?: string | null; excludeCollaborators?: boolean | null; first?: number | null },
      ctx: ApiContext,
    ) => {
      let id = idArg(args.for, 'Organization', 'for');
      const topic = args.topic ? idArg(args.topic, 'Topic', 'topic') : null;
      const country = countryArg(args.country);
      const first = firstArg(args.first, 10, 50);
      const input = { topic, country, excludeCollaborators: args.excludeCollaborators ?? false, first };
      let found = await partnerSuggestions(ctx.graph, { id, ...input }, ctx.read());
      if (found.length === 0) {
        const node = await existing(ctx, id, 'organization');
        if (topic) await existing(ctx, topic, 'topic');
        if (node.id !== id) {
          id = node.id;
          found = await partnerSuggestions(ctx.graph, { id, ...input }, ctx.read());
        }
      }
      return found.map((s) => ({ organization: nodeValue(s.organization), score: s.score, reasons: s.reasons, why: s.why, topicIds: s.topicIds }));
    },

    neighborhood: async (
      _: unknown,
      args: { ids: string[]; depth?: number | null; limit?: number | null; types?: NodeLabel[] | null },
      ctx: ApiContext,
    ) => {
      const ids = idsArg(args.ids, 50, 'ids');
      const depth = intArg(args.depth, 1, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth');
      const limit = intArg(args.limit, 200, 1, MAX_NEIGHBORHOOD_LIMIT, 'limit');
      return sliceValue(await neighborhood(ctx.graph, { ids, depth, limit, types: typesArg(args.types) }, ctx.read()));
    },

    overview: async (
      _: unknown,
      args: { seeds?: number | null; candidates?: number | null; first?: number | null; types?: NodeLabel[] | null },
      ctx: ApiContext,
    ) => {
      const seeds = intArg(args.seeds, 25, 1, MAX_OVERVIEW_SEEDS, 'seeds');
      const candidates = intArg(args.candidates, 600, 1, MAX_NEIGHBORHOOD_LIMIT, 'candidates');
      const first = intArg(args.first, 150, 1, MAX_NEIGHBORHOOD_LIMIT, 'first');
      return sliceValue(await overview(ctx.graph, { seeds, candidates, first, types: typesArg(args.types) }, ctx.read()));
    },

    neighborGroups: async (_: unknown, args: { id: string; types?: NodeLabel[] | null; exclude?: string[] | null }, ctx: ApiContext) => {
      const types = entityTypesArg(args.types);
      const exclude = excludeArg(args.exclude);
      let id = anyIdArg(args.id, 'id');
      let found = await neighborGroups(ctx.graph, { id, types, exclude }, ctx.read());
      if (found.total === 0) {
        // none: an unknown id, one merged into another (the node loader follows merges), or every neighbour excluded
        const node = await existing(ctx, id, 'entity');
        if (node.id !== id) {
          id = node.id;
          found = await neighborGroups(ctx.graph, { id, types, exclude }, ctx.read());
        }
      }
      return found;
    },

    neighborIds: async (
      _: unknown,
      args: { id: string; type?: NodeLabel | null; countryCode?: string | null; first?: number | null; exclude?: string[] | null },
      ctx: ApiContext,
    ) => {
      const id = anyIdArg(args.id, 'id');
      const [type] = entityTypesArg(args.type ? [args.type] : null) ?? [null];
      const countryCode = args.countryCode === '' ? '' : countryArg(args.countryCode, 'countryCode');
      const first = intArg(args.first, 1000, 1, MAX_NEIGHBOR_IDS, 'first');
      return neighborIds(ctx.graph, { id, type, countryCode, first, exclude: excludeArg(args.exclude) }, ctx.read());
    },

    subgraph: async (_: unknown, args: { ids: string[]; among?: string[] | null }, ctx: ApiContext) => {
      const ids = idsArg(args.ids, MAX_SUBGRAPH_IDS, 'ids');
      const among = (args.among ?? []).map((id) => anyIdArg(id, 'among'));
      if (among.length > MAX_SUBGRAPH_AMONG) throw badInput(`'among' takes at most ${MAX_SUBGRAPH_AMONG} ids (got ${among.length}).`, 'among');
      return sliceValue(await subgraph(ctx.graph, { ids, among }, ctx.read()));
    },

    conflicts: async (_: unknown, args: { id?: string | null }, ctx: ApiContext) =>
      (await conflicts(ctx.graph, { ...ctx.read(), ...(args.id ? { entityId: anyIdArg(args.id, 'id') } : {}) })).map((c) => ({
        node: nodeValue(c.node),
        property: c.property,
        shown: c.shown,
        claims: c.claims.map((claim) => ({ value: claim.value, report: nodeValue(claim.report) })),
      })),

    stats: async (_: unknown, __: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => {
      // the counts per country and per year read the whole graph: only when asked for (the explorer asks for the counts per type alone)
      const s = await stats(ctx.graph, ctx.read(), { byCountry: selects(info, ['byCountry']), byYear: selects(info, ['byYear']) });
      return { ...s, byCountry: s.byCountry.map((c) => ({ ...c, country: nodeValueOrNull(c.country) })) };
    },
  },

  PartnerSuggestion: {
    topics: async (s: { topicIds: string[] }, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.node.loadMany(s.topicIds)).flatMap((n) => (n && !(n instanceof Error) ? [nodeValue(n)] : [])),
  },
  PartnerTopicReason: {
    topic: (r: PartnerTopicReasonRecord, _: unknown, ctx: ApiContext) => named(ctx, 'Topic', r.topicId, r.topic),
  },
  PartnerPracticeReason: {
    practice: (r: PartnerPracticeReasonRecord, _: unknown, ctx: ApiContext) => named(ctx, 'Practice', r.practiceId, r.practice),
    topics: (r: PartnerPracticeReasonRecord, _: unknown, ctx: ApiContext) => Promise.all(r.topicIds.map((id, i) => named(ctx, 'Topic', id, r.topics[i]!))),
  },
  PartnerEventReason: {
    event: (r: PartnerEventReasonRecord, _: unknown, ctx: ApiContext) => named(ctx, 'Event', r.eventId, r.event),
    topics: (r: PartnerEventReasonRecord, _: unknown, ctx: ApiContext) => Promise.all(r.topicIds.map((id, i) => named(ctx, 'Topic', id, r.topics[i]!))),
    partners: (r: PartnerEventReasonRecord, _: unknown, ctx: ApiContext) => Promise.all(r.partners.map((p) => named(ctx, 'Organization', p.id, p.name))),
  },
};
