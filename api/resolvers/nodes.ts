import type { InvolvementType, RelationshipRecord, RelationType } from '../../graph/index.ts';
import type { ApiContext } from '../context.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { collaborationValue } from './analysis.ts';
import { collaboratorsFieldKey } from './lookahead.ts';
import { nodeValue, nodeValueOrNull, resolveRef, sourcesOf, type EdgeValue, type NodeValue, type SourceValue } from './values.ts';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The node's asserted relationships of some types and direction, as EdgeValues. */
async function edges(parent: NodeValue, ctx: ApiContext, types: readonly RelationType[], direction: 'OUT' | 'IN'): Promise<EdgeValue[]> {
  const all = await ctx.loaders.relationships.load(parent.id);
  return all.filter((r) => r.direction === direction && types.includes(r.type)).map((r) => toEdge(parent, r));
}

function toEdge(parent: NodeValue, r: RelationshipRecord): EdgeValue {
  const other = nodeValue(r.other);
  return {
    type: r.type,
    subject: r.direction === 'OUT' ? parent : other,
    object: r.direction === 'OUT' ? other : parent,
    roles: r.roles,
    key: r.key,
    sourceCount: r.sourceCount,
    confidence: r.confidence,
  };
}

const INVOLVEMENT: readonly InvolvementType[] = ['ORGANIZED', 'PARTNERED', 'HOSTED', 'PARTICIPATED_IN'];
const rolesArg = (args: { roles?: InvolvementType[] | null }): readonly InvolvementType[] =>
  args.roles && args.roles.length > 0 ? args.roles : INVOLVEMENT;

async function countryOf(code: unknown, ctx: ApiContext): Promise<NodeValue | null> {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) return null;
  return nodeValueOrNull(await ctx.loaders.node.load(`country:${code.toUpperCase()}`));
}

const entityFields = {
  aliases: (p: NodeValue) => {
    const a = strings(p.aliases);
    return a.length > 0 ? a : [p.name];
  },
  mergedIds: (p: NodeValue) => strings(p.mergedIds),
  mentionedIn: async (p: NodeValue, _: unknown, ctx: ApiContext) =>
    (await ctx.loaders.mentions.load(p.id)).map((m) => ({ report: nodeValue(m.report), node: nodeValue(m.entity), nameAsWritten: m.nameAsWritten })),
};

/** Fields of an edge object that name its two ends. */
const ends = (subject: string, object: string) => ({
  [subject]: (e: EdgeValue, _: unknown, ctx: ApiContext) => resolveRef(e.subject, ctx),
  [object]: (e: EdgeValue, _: unknown, ctx: ApiContext) => resolveRef(e.object, ctx),
  sources: (e: EdgeValue, args: { first?: number | null; after?: string | null }, ctx: ApiContext) => sourcesOf(e, args, ctx),
});

export const nodeResolvers = {
  Node: { __resolveType: (v: NodeValue) => v.__type },
  Entity: { __resolveType: (v: NodeValue) => v.__type },
  Place: { __resolveType: (v: NodeValue) => v.__type },
  Relationship: {
    __resolveType: (e: EdgeValue) =>
      e.type === 'PARTICIPATED_IN' && typeof e.subject !== 'string' && e.subject.__type === 'Country' ? 'CountryParticipation' : RELATIONSHIP_OBJECT[e.type],
  },

  Organization: {
    ...entityFields,
    country: (p: NodeValue, _: unknown, ctx: ApiContext) => countryOf(p.countryCode, ctx),
    basedIn: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['BASED_IN'], 'OUT'),
    partOf: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['PART_OF'], 'OUT'),
    parts: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['PART_OF'], 'IN'),
    people: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['AFFILIATED_WITH'], 'IN'),
    events: (p: NodeValue, args: { roles?: InvolvementType[] | null }, ctx: ApiContext) => edges(p, ctx, rolesArg(args), 'OUT'),
    practices: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['PRESENTED'], 'OUT'),
    collaborators: async (p: NodeValue, args: { first?: number | null }, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const found = await ctx.loaders.collaborators.load(collaboratorsFieldKey(p.id, args, info));
      return (found?.collaborators ?? []).map((c) => collaborationValue(p, c));
    },
  },
  Person: {
    ...entityFields,
    titles: (p: NodeValue) => strings(p.titles),
    affiliations: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['AFFILIATED_WITH'], 'OUT'),
    spokeAt: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['SPOKE_AT'], 'OUT'),
  },
  Country: {
    ...entityFields,
    code: (p: NodeValue) => (typeof p.code === 'string' ? p.code : p.id.replace(/^country:/, '')),
    located: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['BASED_IN', 'IN_COUNTRY', 'HELD_IN'], 'IN'),
    participatedIn: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['PARTICIPATED_IN'], 'OUT'),
  },
  City: {
    ...entityFields,
    country: async (p: NodeValue, _: unknown, ctx: ApiContext) => {
      const byCode = await countryOf(p.countryCode, ctx);
      if (byCode) return byCode;
      const link = (await edges(p, ctx, ['IN_COUNTRY'], 'OUT'))[0];
      return link ? resolveRef(link.object, ctx) : null;
    },
    located: async (p: NodeValue, _: unknown, ctx: ApiContext) => [
      ...(await edges(p, ctx, ['IN_COUNTRY'], 'OUT')),
      ...(await edges(p, ctx, ['BASED_IN', 'HELD_IN'], 'IN')),
    ],
  },
  Event: {
    ...entityFields,
    organizations: (p: NodeValue, args: { roles?: InvolvementType[] | null }, ctx: ApiContext) =>
      edges(p, ctx, rolesArg(args), 'IN').then((es) => es.filter((e) => typeof e.subject === 'string' || e.subject.__type === 'Organization')),
    countries: (p: NodeValue, _: unknown, ctx: ApiContext) =>
      edges(p, ctx, ['PARTICIPATED_IN'], 'IN').then((es) => es.filter((e) => typeof e.subject !== 'string' && e.subject.__type === 'Country')),
    speakers: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['SPOKE_AT'], 'IN'),
    practices: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['PRESENTED_AT'], 'IN'),
    topics: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['COVERED'], 'OUT'),
    heldIn: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['HELD_IN'], 'OUT'),
    countryCodes: async (p: NodeValue, _: unknown, ctx: ApiContext) => {
      if (Array.isArray(p.countryCodes)) return strings(p.countryCodes);
      // an event value built without the node projection (a mutation's answer): read the node
      return (await ctx.loaders.node.load(p.id))?.countryCodes ?? [];
    },
    reports: async (p: NodeValue, _: unknown, ctx: ApiContext) => (await ctx.loaders.eventReports.load(p.id)).map(nodeValue),
  },
  Practice: {
    ...entityFields,
    presentedBy: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['PRESENTED'], 'IN'),
    events: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['PRESENTED_AT'], 'OUT'),
    topics: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['ADDRESSES'], 'OUT'),
  },
  Topic: {
    ...entityFields,
    labelEn: (p: NodeValue) => (typeof p.labelEn === 'string' ? p.labelEn : p.name),
    events: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['COVERED'], 'IN'),
    practices: (p: NodeValue, _: unknown, ctx: ApiContext) => edges(p, ctx, ['ADDRESSES'], 'IN'),
  },
  Report: {
    title: (p: NodeValue) => (typeof p.title === 'string' ? p.title : p.name),
    text: (p: NodeValue, _: unknown, ctx: ApiContext) => ctx.loaders.reportText.load(p.id),
    events: async (p: NodeValue, _: unknown, ctx: ApiContext) => (await ctx.loaders.reportEvents.load(p.id)).map(nodeValue),
    mentions: async (p: NodeValue, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.mentions.load(p.id)).map((m) => ({ report: nodeValue(m.report), node: nodeValue(m.entity), nameAsWritten: m.nameAsWritten })),
  },

  Source: {
    report: async (s: SourceValue, _: unknown, ctx: ApiContext) => {
      const report = nodeValueOrNull(await ctx.loaders.node.load(s.reportId));
      // A source whose report was removed in the meantime still names it.
      return report ?? { __type: 'Report', id: s.reportId, name: s.reportId, title: s.reportId };
    },
    evidence: (s: SourceValue) => s.sentences[0] ?? null,
    sentences: (s: SourceValue) => s.sentences,
  },
  Involvement: { ...ends('organization', 'event'), role: (e: EdgeValue) => e.type },
  Affiliation: ends('person', 'organization'),
  Talk: ends('person', 'event'),
  Presentation: ends('organization', 'practice'),
  Showcase: ends('practice', 'event'),
  Coverage: ends('event', 'topic'),
  PracticeTopic: ends('practice', 'topic'),
  CountryParticipation: ends('country', 'event'),
  OrganizationLink: ends('part', 'parent'),
  Location: ends('subject', 'place'),
};

/** Which GraphQL object type carries each relationship type. */
const RELATIONSHIP_OBJECT: Record<RelationType, string> = {
  BASED_IN: 'Location',
  IN_COUNTRY: 'Location',
  HELD_IN: 'Location',
  PART_OF: 'OrganizationLink',
  AFFILIATED_WITH: 'Affiliation',
  ORGANIZED: 'Involvement',
  PARTNERED: 'Involvement',
  HOSTED: 'Involvement',
  PARTICIPATED_IN: 'Involvement',
  SPOKE_AT: 'Talk',
  COVERED: 'Coverage',
  PRESENTED: 'Presentation',
  PRESENTED_AT: 'Showcase',
  ADDRESSES: 'PracticeTopic',
};
