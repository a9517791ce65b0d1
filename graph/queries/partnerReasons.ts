import { INVOLVEMENT_TYPES, type InvolvementType } from './nodeRecord.ts';
import { PARTNER_WEIGHTS } from './partnerWeights.ts';
import { quoted, ROLE_NOUN, ROLE_VERB } from './partnerWording.ts';
import type { PartnerSignals } from './partnerSuggestions.ts';

/** A topic that counted for a candidate, and how it works on it. */
export interface PartnerTopicReasonRecord {
  topicId: string;
  topic: string;
  /** PRACTICE: presents a practice addressing it; EVENT: took part in an event covering it */
  via: 'PRACTICE' | 'EVENT';
  /** what it adds to the score */
  points: number;
}

/** A practice the candidate presents on the topics that counted. */
export interface PartnerPracticeReasonRecord {
  practiceId: string;
  practice: string;
  topicIds: string[];
  topics: string[];
  /** what it adds to the score: the practice points of the topics it is the first practice on */
  weight: number;
  line: string;
}

/** An event behind one or more signals, once, with every role in it. */
export interface PartnerEventReasonRecord {
  eventId: string;
  event: string;
  /** how the candidate took part */
  roles: InvolvementType[];
  /** how you took part; empty when you were not there */
  yourRoles: InvolvementType[];
  /** topics it covered that the candidate is counted on through events */
  topicIds: string[];
  topics: string[];
  /** your partners who took part in it too */
  partners: Array<{ id: string; name: string }>;
  /** for ordering the reasons: topic points it brings, 1 when you were there, 1 per partner (the score's caps are not applied) */
  weight: number;
  line: string;
}

/** A candidate's reasons grouped to read at a glance. */
export interface PartnerReasonGroups {
  /** one line per group, strongest first: the topics, then practices and events by weight */
  summary: string[];
  topics: PartnerTopicReasonRecord[];
  practices: PartnerPracticeReasonRecord[];
  events: PartnerEventReasonRecord[];
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Topics named in the summary's first line; the rest are counted ("and 12 more topics") and all are in `topics`. */
export const TOPICS_NAMED = 5;
/** A practice or event line names the topics it brings when they are this few and not all of them. */
const TOPICS_PER_ITEM = 3;

const byName = (a: string, b: string): number => a.localeCompare(b);
const roleOrder = (roles: Iterable<InvolvementType>): InvolvementType[] => INVOLVEMENT_TYPES.filter((r) => [...roles].includes(r));

/**
 * The reasons of one candidate grouped (issue 21, item 7): the topics it
 * shares in one line (the strongest TOPICS_NAMED named, the rest counted),
 * each practice once with its topics, each event once
 * with every role the candidate had in it, whether you were there and
 * which of your partners were — instead of one near-identical sentence per
 * topic and per partner. Groups come strongest first: the topics line
 * carries all the topic points, so it leads; practices and events follow
 * by the points they bring, then by name. Works from the same signals as
 * scorePartner and counts topics the same way (a topic with a practice is a
 * practice topic, else an event topic).
 */
export function groupPartnerReasons(signals: PartnerSignals, opts: { topicAsked: boolean }): PartnerReasonGroups {
  const W = PARTNER_WEIGHTS;
  const topicNames = new Map<string, string>();
  const practiceTopicIds = new Set<string>();
  const practices = new Map<string, { practice: string; topicIds: Set<string> }>();
  for (const p of signals.practiceTopics) {
    topicNames.set(p.topicId, p.topic);
    practiceTopicIds.add(p.topicId);
    const key = p.practiceId ?? p.practice;
    const entry = practices.get(key) ?? { practice: p.practice, topicIds: new Set<string>() };
    entry.topicIds.add(p.topicId);
    practices.set(key, entry);
  }
  const eventTopicIds = new Set<string>();
  for (const e of signals.eventTopics) {
    topicNames.set(e.topicId, e.topic);
    if (!practiceTopicIds.has(e.topicId)) eventTopicIds.add(e.topicId);
  }

  const topics: PartnerTopicReasonRecord[] = [
    ...[...practiceTopicIds].map((topicId) => ({ topicId, topic: topicNames.get(topicId)!, via: 'PRACTICE' as const, points: W.topicPractice })),
    ...[...eventTopicIds].map((topicId) => ({ topicId, topic: topicNames.get(topicId)!, via: 'EVENT' as const, points: W.topicEvent })),
  ].sort((a, b) => b.points - a.points || byName(a.topic, b.topic));
  const topicRank = new Map(topics.map((t, i) => [t.topicId, i]));
  const byRank = (a: string, b: string) => (topicRank.get(a) ?? 0) - (topicRank.get(b) ?? 0);
  // What a practice or event line says of its topics: nothing when it brings them all (the first line named them), else the few it brings.
  const onTopics = (names: readonly string[]): string => {
    if (names.length === 0 || names.length === topics.length) return '';
    return names.length <= TOPICS_PER_ITEM ? ` on ${listOf(names)}` : ` on ${names.length} of the ${topics.length} topics`;
  };

  // Each practice brings the points of the topics it is the first practice on (alphabetically), so the weights add up to the score.
  const credited = new Set<string>();
  const practiceReasons: PartnerPracticeReasonRecord[] = [...practices.entries()]
    .sort((a, b) => byName(a[1].practice, b[1].practice))
    .map(([practiceId, p]) => {
      const topicIds = [...p.topicIds].sort(byRank);
      const fresh = topicIds.filter((t) => !credited.has(t));
      fresh.forEach((t) => credited.add(t));
      const names = topicIds.map((t) => topicNames.get(t)!);
      return {
        practiceId,
        practice: p.practice,
        topicIds,
        topics: names,
        weight: fresh.length * W.topicPractice,
        line: `presents ${quoted(p.practice)}${onTopics(names)}`,
      };
    });

  const events = new Map<string, { event: string; roles: Set<InvolvementType>; yours: Set<InvolvementType>; topicIds: Set<string>; partners: Map<string, string> }>();
  const eventOf = (eventId: string, event: string) => {
    const e = events.get(eventId) ?? { event, roles: new Set(), yours: new Set(), topicIds: new Set(), partners: new Map() };
    events.set(eventId, e);
    return e;
  };
  for (const e of signals.eventTopics) {
    const entry = eventOf(e.eventId, e.event);
    entry.roles.add(e.role);
    if (eventTopicIds.has(e.topicId)) entry.topicIds.add(e.topicId);
  }
  for (const m of signals.met) {
    const entry = eventOf(m.eventId, m.event);
    entry.roles.add(m.theirRole);
    entry.yours.add(m.yourRole);
  }
  for (const v of signals.viaPartners) eventOf(v.eventId, v.event).partners.set(v.partnerId, v.partner);

  const eventReasons: PartnerEventReasonRecord[] = [...events.entries()].map(([eventId, e]) => {
    const roles = roleOrder(e.roles);
    const yourRoles = roleOrder(e.yours);
    const topicIds = [...e.topicIds].sort(byRank);
    const names = topicIds.map((t) => topicNames.get(t)!);
    const partners = [...e.partners].map(([id, name]) => ({ id, name })).sort((a, b) => byName(a.name, b.name));
    const parts = [`${roles.length ? listOf(roles.map((r) => ROLE_VERB[r])) : 'took part in'} ${quoted(e.event)}`];
    parts[0] += onTopics(names);
    if (yourRoles.length) parts.push(`where you were ${listOf(yourRoles.map((r) => ROLE_NOUN[r]))}`);
    if (partners.length) parts.push(`with your partner${partners.length > 1 ? 's' : ''} ${listOf(partners.map((p) => p.name))}`);
    return {
      eventId,
      event: e.event,
      roles,
      yourRoles,
      topicIds,
      topics: names,
      partners,
      weight: topicIds.length * W.topicEvent + (yourRoles.length ? W.metYou : 0) + partners.length * W.viaPartner,
      line: parts.join(', '),
    };
  });
  eventReasons.sort((a, b) => b.weight - a.weight || byName(a.event, b.event));

  const summary: string[] = [];
  if (topics.length) {
    const named = topics.slice(0, TOPICS_NAMED).map((t) => t.topic);
    const rest = topics.length - named.length;
    const list = rest > 0 ? `${named.join(', ')} and ${rest} more topic${rest > 1 ? 's' : ''}` : listOf(named);
    summary.push(`works on ${list}${opts.topicAsked ? '' : ', like you'}`);
  }
  const items = [...practiceReasons.map((p) => ({ weight: p.weight, line: p.line, kind: 0 })), ...eventReasons.map((e) => ({ weight: e.weight, line: e.line, kind: 1 }))];
  // stable sort: practices before events at equal weight, each list already in its own order
  items.sort((a, b) => b.weight - a.weight || a.kind - b.kind);
  summary.push(...items.map((i) => i.line));
  return { summary, topics, practices: practiceReasons, events: eventReasons };
}
