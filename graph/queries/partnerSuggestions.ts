import type { Graph } from '../connection.ts';
import type { Plain } from '../values.ts';
import { INVOLVEMENT_TYPES, nodeMap, requireNodeRecord, type InvolvementType, type NodeRecord } from './nodeRecord.ts';
import { groupPartnerReasons, type PartnerReasonGroups } from './partnerReasons.ts';
import { PARTNER_WEIGHTS } from './partnerWeights.ts';
import { quoted, ROLE_NOUN, ROLE_VERB } from './partnerWording.ts';
import { readQuery, type CypherQuery, type ReadOptions } from './run.ts';

export { PARTNER_WEIGHTS };

/** Most organizations scored per request; candidates beyond it are not considered. */
export const MAX_PARTNER_CANDIDATES = 300;

/** Most events of each kind (yours, on the topics, your partners') the signals look at. */
export const MAX_PARTNER_EVENTS = 1000;

const INVOLVED = INVOLVEMENT_TYPES.join('|');

/**
 * Candidates and their signals, in one query. `o` is the organization asking;
 * its partners are the organizations that were named partners (PARTNERED)
 * of the same event, and its PART_OF relatives count as itself. The topics
 * are the one asked for, or else o's own (covered by its events, addressed
 * by its practices). The events that matter (o's, the topics', o's
 * partners') are collected once, each list LIMITed; candidates come from
 * them and from practices on the topics, each source LIMITed, then filtered
 * by country. Each candidate's signals expand from the candidate itself and
 * test membership in those lists, so no signal walks a hub event's whole
 * audience per candidate. Going through your partners goes from the shared
 * event to the organizations in it and tests membership in `partners`:
 * trying every partner against every such event instead cost an
 * organization with ~100 partners half a million db hits (PROFILE, small
 * corpus), eight times the rest of the query. Scoring happens in
 * scorePartner, where it can be read and tested.
 */
export const PARTNER_SUGGESTIONS = `
MATCH (o:Organization {id: $id})
WITH o,
  COLLECT { MATCH (o)-[:PARTNERED]->(:Event)<-[:PARTNERED]-(p:Organization) WHERE p <> o RETURN DISTINCT p } AS partners,
  COLLECT { MATCH (o)-[:PART_OF]-(x:Organization) RETURN DISTINCT x } AS related,
  CASE WHEN $topic IS NULL
    THEN COLLECT {
      MATCH (o)-[:${INVOLVED}]->(:Event)-[:COVERED]->(t:Topic) RETURN t
      UNION
      MATCH (o)-[:PRESENTED]->(:Practice)-[:ADDRESSES]->(t:Topic) RETURN t
    }
    ELSE COLLECT { MATCH (t:Topic {id: $topic}) RETURN t }
  END AS topics
WITH o, partners, related, topics,
  COLLECT { MATCH (o)-[:${INVOLVED}]->(e:Event) RETURN DISTINCT e LIMIT $events } AS myEvents,
  COLLECT { UNWIND topics AS t MATCH (t)<-[:COVERED]-(e:Event) RETURN DISTINCT e LIMIT $events } AS topicEvents,
  COLLECT { UNWIND partners AS p MATCH (p)-[:${INVOLVED}]->(e:Event) RETURN DISTINCT e LIMIT $events } AS partnerEvents
CALL (topics, myEvents, topicEvents, partnerEvents) {
  UNWIND topicEvents AS e
  MATCH (e)<-[:${INVOLVED}]-(c:Organization)
  RETURN c LIMIT $candidates
  UNION
  UNWIND topics AS t
  MATCH (t)<-[:ADDRESSES]-(:Practice)<-[:PRESENTED]-(c:Organization)
  RETURN c LIMIT $candidates
  UNION
  UNWIND myEvents AS e
  MATCH (e)<-[:${INVOLVED}]-(c:Organization)
  RETURN c LIMIT $candidates
  UNION
  UNWIND partnerEvents AS e
  MATCH (e)<-[:${INVOLVED}]-(c:Organization)
  RETURN c LIMIT $candidates
}
WITH o, partners, related, topics, myEvents, topicEvents, partnerEvents, c
WHERE c <> o AND NOT c IN partners AND NOT c IN related
  AND ($country IS NULL OR c.countryCode = $country
       OR EXISTS { (c)-[:BASED_IN]->(x:City) WHERE x.countryCode = $country }
       OR EXISTS { (c)-[:BASED_IN]->(:Country {code: $country}) })
  AND (NOT $excludeCollaborators OR none(e IN myEvents WHERE EXISTS { (c)-[:${INVOLVED}]->(e) }))
WITH o, partners, topics, myEvents, topicEvents, partnerEvents, c LIMIT $candidates
RETURN ${nodeMap('c')} AS organization,
  COLLECT {
    MATCH (c)-[:PRESENTED]->(pr:Practice)-[:ADDRESSES]->(t:Topic) WHERE t IN topics
    RETURN DISTINCT {topicId: t.id, topic: coalesce(t.labelEn, t.name), practice: pr.name, practiceId: pr.id}
  } AS practiceTopics,
  COLLECT {
    MATCH (c)-[r:${INVOLVED}]->(e:Event) WHERE e IN topicEvents
    MATCH (e)-[:COVERED]->(t:Topic) WHERE t IN topics
    RETURN DISTINCT {topicId: t.id, topic: coalesce(t.labelEn, t.name), event: e.name, eventId: e.id, role: type(r)}
  } AS eventTopics,
  COLLECT {
    MATCH (c)-[rc:${INVOLVED}]->(e:Event) WHERE e IN myEvents
    MATCH (o)-[ro:${INVOLVED}]->(e)
    RETURN DISTINCT {event: e.name, eventId: e.id, theirRole: type(rc), yourRole: type(ro)}
  } AS met,
  COLLECT {
    MATCH (c)-[:${INVOLVED}]->(e:Event) WHERE e IN partnerEvents
    MATCH (e)<-[:${INVOLVED}]-(p:Organization) WHERE p IN partners
    RETURN DISTINCT {partner: p.name, partnerId: p.id, event: e.name, eventId: e.id}
  } AS viaPartners`;

export interface PartnerSuggestionInput {
  /** the organization looking for partners */
  id: string;
  /** Topic id the partnership is about; when given, candidates must work on it */
  topic?: string | null;
  /** ISO alpha-2 code the candidates must be based in */
  country?: string | null;
  /** also leave out organizations that shared any event with you */
  excludeCollaborators?: boolean;
  first: number;
}

export function partnerSuggestionsQuery(input: PartnerSuggestionInput): CypherQuery {
  return {
    cypher: PARTNER_SUGGESTIONS,
    params: {
      id: input.id,
      topic: input.topic ?? null,
      country: input.country ?? null,
      excludeCollaborators: input.excludeCollaborators ?? false,
      candidates: MAX_PARTNER_CANDIDATES,
      events: MAX_PARTNER_EVENTS,
    },
  };
}

/** What the query found about one candidate. */
export interface PartnerSignals {
  practiceTopics: Array<{ topicId: string; topic: string; practice: string; practiceId?: string }>;
  eventTopics: Array<{ topicId: string; topic: string; event: string; eventId: string; role: InvolvementType }>;
  met: Array<{ event: string; eventId: string; theirRole: InvolvementType; yourRole: InvolvementType }>;
  viaPartners: Array<{ partner: string; partnerId: string; event: string; eventId: string }>;
}

export interface PartnerSuggestionRecord {
  organization: NodeRecord;
  score: number;
  /** one sentence per signal (the API's `reasons`) */
  reasons: string[];
  /** the same reasons grouped to read at a glance (the API's `why`) */
  why: PartnerReasonGroups;
  /** ids of the topics the candidate works on that counted */
  topicIds: string[];
}

const ROLE_AT: Record<InvolvementType, string> = {
  ORGANIZED: 'organized it',
  PARTNERED: 'were a partner',
  HOSTED: 'hosted it',
  PARTICIPATED_IN: 'took part',
};
/**
 * Score and reasons of one candidate (api/README.md, "Partner suggestions").
 * Topic fit counts most; having met you or your partners counts less and is
 * capped, so a well-connected organization off the topic does not outrank one
 * that works on it. With a topic asked for, a candidate with no topic fit
 * scores 0 (and is dropped by the caller).
 */
export function scorePartner(signals: PartnerSignals, opts: { topicAsked: boolean }): { score: number; reasons: string[]; topicIds: string[] } {
  const W = PARTNER_WEIGHTS;
  const reasons: string[] = [];
  const topicIds: string[] = [];
  let topicScore = 0;
  const byTopic = new Map<string, { topic: string; practices: string[]; events: PartnerSignals['eventTopics'] }>();
  for (const p of signals.practiceTopics) {
    const t = byTopic.get(p.topicId) ?? { topic: p.topic, practices: [], events: [] };
    if (!t.practices.includes(p.practice)) t.practices.push(p.practice);
    byTopic.set(p.topicId, t);
  }
  for (const e of signals.eventTopics) {
    const t = byTopic.get(e.topicId) ?? { topic: e.topic, practices: [], events: [] };
    if (!t.events.some((x) => x.eventId === e.eventId && x.role === e.role)) t.events.push(e);
    byTopic.set(e.topicId, t);
  }
  for (const [topicId, t] of [...byTopic].sort((a, b) => a[1].topic.localeCompare(b[1].topic))) {
    topicIds.push(topicId);
    const like = opts.topicAsked ? '' : ', like you';
    if (t.practices.length > 0) {
      topicScore += W.topicPractice;
      reasons.push(`works on ${t.topic}${like}: presents ${t.practices.map(quoted).join(', ')}`);
    } else {
      topicScore += W.topicEvent;
      const roles = new Map<string, { event: string; roles: Set<InvolvementType> }>();
      for (const e of t.events) {
        const entry = roles.get(e.eventId) ?? { event: e.event, roles: new Set<InvolvementType>() };
        entry.roles.add(e.role);
        roles.set(e.eventId, entry);
      }
      const done = [...roles.values()].map((e) => `${[...e.roles].sort().map((r) => ROLE_VERB[r]).join(' and ')} ${quoted(e.event)}`);
      reasons.push(`works on ${t.topic}${like}: ${done.join('; ')}`);
    }
  }
  if (opts.topicAsked && topicScore === 0) return { score: 0, reasons: [], topicIds: [] };

  const metEvents = new Map<string, { event: string; theirs: Set<InvolvementType>; yours: Set<InvolvementType> }>();
  for (const m of signals.met) {
    const e = metEvents.get(m.eventId) ?? { event: m.event, theirs: new Set(), yours: new Set() };
    e.theirs.add(m.theirRole);
    e.yours.add(m.yourRole);
    metEvents.set(m.eventId, e);
  }
  const metScore = Math.min(metEvents.size, W.cap) * W.metYou;
  for (const e of [...metEvents.values()].sort((a, b) => a.event.localeCompare(b.event))) {
    const theirs = [...e.theirs].sort().map((r) => ROLE_AT[r]).join(' and ');
    const yours = [...e.yours].sort().map((r) => ROLE_NOUN[r]).join(' and ');
    reasons.push(`met you at ${quoted(e.event)}: they ${theirs}, you were ${yours}`);
  }

  const partners = new Map<string, { partner: string; events: Set<string> }>();
  for (const v of signals.viaPartners) {
    const p = partners.get(v.partnerId) ?? { partner: v.partner, events: new Set<string>() };
    p.events.add(v.event);
    partners.set(v.partnerId, p);
  }
  const partnerScore = Math.min(partners.size, W.cap) * W.viaPartner;
  for (const p of [...partners.values()].sort((a, b) => a.partner.localeCompare(b.partner))) {
    reasons.push(`took part with your partner ${p.partner} in ${[...p.events].sort().map(quoted).join(', ')}`);
  }
  return { score: topicScore + metScore + partnerScore, reasons, topicIds };
}

/** Ranked suggestions: highest score first, then by name. */
export async function partnerSuggestions(graph: Graph, input: PartnerSuggestionInput, opts: ReadOptions = {}): Promise<PartnerSuggestionRecord[]> {
  const rows = await readQuery<{ organization: Plain } & PartnerSignals>(graph, partnerSuggestionsQuery(input), opts);
  const topicAsked = Boolean(input.topic);
  return rows
    .map((row) => ({ organization: requireNodeRecord(row.organization), ...scorePartner(row, { topicAsked }), why: groupPartnerReasons(row, { topicAsked }) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.organization.name.localeCompare(b.organization.name) || a.organization.id.localeCompare(b.organization.id))
    .slice(0, input.first);
}
