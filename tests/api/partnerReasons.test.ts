/**
 * Partner suggestions read at a glance (issue 21, item 7): the reasons
 * grouped — shared topics in one line, each practice and event once with
 * every role, strongest first — as a plain function, and through the API
 * on the seed reports, beside the sentences current clients read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupPartnerReasons, scorePartner, type Graph, type PartnerSignals } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

const none: PartnerSignals = { practiceTopics: [], eventTopics: [], met: [], viaPartners: [] };

describe('grouping a suggestion’s reasons', () => {
  it('names a dozen shared topics in one line and their one event once, instead of a sentence per topic', () => {
    const topics = Array.from({ length: 12 }, (_, i) => ({ topicId: `topic:t${String(i).padStart(2, '0')}`, topic: `Topic ${String(i).padStart(2, '0')}` }));
    const signals: PartnerSignals = {
      ...none,
      eventTopics: topics.map((t) => ({ ...t, event: 'Forum', eventId: 'event:forum', role: 'ORGANIZED' as const })),
    };
    expect(scorePartner(signals, { topicAsked: false }).reasons).toHaveLength(12); // what `reasons` still says
    const g = groupPartnerReasons(signals, { topicAsked: false });
    // the strongest five named, the rest counted (all twelve are in `topics`); the event brings them all, so its line does not repeat them
    expect(g.summary).toEqual(['works on Topic 00, Topic 01, Topic 02, Topic 03, Topic 04 and 7 more topics, like you', 'organized “Forum”']);
    expect(g.topics).toHaveLength(12);
    expect(g.events).toHaveLength(1);
    expect(g.events[0]).toMatchObject({ eventId: 'event:forum', roles: ['ORGANIZED'], yourRoles: [], partners: [], weight: 24 });
    expect(g.topics.every((t) => t.via === 'EVENT' && t.points === 2)).toBe(true);
  });

  it('puts each event once with every role — theirs, yours and your partners’ — and the strongest first', () => {
    const g = groupPartnerReasons(
      {
        practiceTopics: [{ topicId: 'topic:p', topic: 'Parental engagement', practice: 'Parents in dialogue', practiceId: 'practice:pid' }],
        eventTopics: [
          { topicId: 'topic:r', topic: 'Emotional resilience', event: 'Round table', eventId: 'event:rt', role: 'ORGANIZED' },
          { topicId: 'topic:r', topic: 'Emotional resilience', event: 'Round table', eventId: 'event:rt', role: 'PARTICIPATED_IN' },
          { topicId: 'topic:r', topic: 'Emotional resilience', event: 'Webinar', eventId: 'event:w', role: 'HOSTED' },
          // a topic already counted through a practice is not credited to an event again
          { topicId: 'topic:p', topic: 'Parental engagement', event: 'Webinar', eventId: 'event:w', role: 'HOSTED' },
        ],
        met: [
          { event: 'Round table', eventId: 'event:rt', theirRole: 'ORGANIZED', yourRole: 'PARTNERED' },
          { event: 'Round table', eventId: 'event:rt', theirRole: 'ORGANIZED', yourRole: 'PARTICIPATED_IN' },
        ],
        viaPartners: [
          { partner: 'Beta', partnerId: 'org:b', event: 'Round table', eventId: 'event:rt' },
          { partner: 'Alpha', partnerId: 'org:a', event: 'Round table', eventId: 'event:rt' },
          { partner: 'Gamma', partnerId: 'org:g', event: 'Expo', eventId: 'event:expo' },
        ],
      },
      { topicAsked: false },
    );
    expect(g.summary).toEqual([
      'works on Parental engagement and Emotional resilience, like you',
      'organized and took part in “Round table” on Emotional resilience, where you were a partner and a participant, with your partners Alpha and Beta',
      'presents “Parents in dialogue” on Parental engagement',
      'hosted “Webinar” on Emotional resilience',
      'took part in “Expo”, with your partner Gamma',
    ]);
    expect(g.topics).toEqual([
      { topicId: 'topic:p', topic: 'Parental engagement', via: 'PRACTICE', points: 3 },
      { topicId: 'topic:r', topic: 'Emotional resilience', via: 'EVENT', points: 2 },
    ]);
    expect(g.practices).toEqual([
      { practiceId: 'practice:pid', practice: 'Parents in dialogue', topicIds: ['topic:p'], topics: ['Parental engagement'], weight: 3, line: 'presents “Parents in dialogue” on Parental engagement' },
    ]);
    const rt = g.events.find((e) => e.eventId === 'event:rt')!;
    expect(rt).toMatchObject({ roles: ['ORGANIZED', 'PARTICIPATED_IN'], yourRoles: ['PARTNERED', 'PARTICIPATED_IN'], topicIds: ['topic:r'], weight: 2 + 1 + 2 });
    expect(rt.partners).toEqual([
      { id: 'org:a', name: 'Alpha' },
      { id: 'org:b', name: 'Beta' },
    ]);
    expect(g.events.map((e) => e.eventId)).toEqual(['event:rt', 'event:w', 'event:expo']);
  });

  it('says of an event bringing a few of many topics which ones, and of one bringing more how many', () => {
    const topics = ['A', 'B', 'C', 'D', 'E', 'F'].map((t) => ({ topicId: `topic:${t}`, topic: `Topic ${t}` }));
    const g = groupPartnerReasons(
      {
        ...none,
        eventTopics: [
          ...topics.slice(0, 2).map((t) => ({ ...t, event: 'Small', eventId: 'event:s', role: 'HOSTED' as const })),
          ...topics.slice(0, 5).map((t) => ({ ...t, event: 'Big', eventId: 'event:b', role: 'ORGANIZED' as const })),
          ...topics.map((t) => ({ ...t, event: 'All', eventId: 'event:a', role: 'PARTICIPATED_IN' as const })),
        ],
      },
      { topicAsked: false },
    );
    expect(g.summary).toEqual([
      'works on Topic A, Topic B, Topic C, Topic D, Topic E and 1 more topic, like you',
      'took part in “All”',
      'organized “Big” on 5 of the 6 topics',
      'hosted “Small” on Topic A and Topic B',
    ]);
  });

  it('leaves out “like you” and repeats no topic on each event when one topic was asked for', () => {
    const g = groupPartnerReasons(
      { ...none, eventTopics: [{ topicId: 'topic:r', topic: 'Resilience', event: '«Форум»', eventId: 'event:f', role: 'PARTNERED' }] },
      { topicAsked: true },
    );
    // a name with its own quotes is not quoted again
    expect(g.summary).toEqual(['works on Resilience', 'was a partner of «Форум»']);
  });

  it('has nothing to say for a candidate with no signal', () => {
    expect(groupPartnerReasons(none, { topicAsked: false })).toEqual({ summary: [], topics: [], practices: [], events: [] });
  });
});

describe('partner suggestions over the API (seed reports)', () => {
  let graph: Graph;
  let api: TestApi;
  const FOUNDATION = 'org:investment-in-the-future';
  const ROUND_TABLE = 'event:2023-kz-round-table-impact';

  beforeAll(async () => {
    graph = await connectSeededGraph();
    api = await startTestApi(graph);
  });

  afterAll(async () => {
    await api?.close();
    await graph?.close();
  });

  interface Suggestion {
    organization: { id: string };
    reasons: string[];
    why: {
      summary: string[];
      topics: Array<{ topic: { id: string; name: string }; via: string; points: number }>;
      practices: Array<{ practice: { id: string }; topics: Array<{ id: string }>; line: string }>;
      events: Array<{ event: { id: string; name: string }; roles: string[]; yourRoles: string[]; topics: Array<{ id: string }>; partners: Array<{ id: string }>; weight: number; line: string }>;
    };
  }
  const WHY = `why {
    summary
    topics { topic { id name } via points }
    practices { practice { id } topics { id } line }
    events { event { id name } roles yourRoles topics { id } partners { id } weight line }
  }`;

  it('gives the grouped reasons beside the sentences: the topic once, the round table once with every role', async () => {
    const res = await api.gql<{ partnerSuggestions: Suggestion[] }>(
      `query ($for: ID!) { partnerSuggestions(for: $for, topic: "topic:educator-emotional-resilience", country: "KZ") { organization { id } reasons ${WHY} } }`,
      { for: FOUNDATION },
    );
    expect(res.errors).toBeUndefined();
    const kostanay = res.data!.partnerSuggestions.find((s) => s.organization.id === 'org:kostanay-regional-university-baitursynuly')!;
    const event = 'International Round Table “From Impact to Assistance: Modern Trends in Personally-Centered Transformative Education”';
    // the sentences current clients read are unchanged: one per signal
    expect(kostanay.reasons).toHaveLength(4);
    expect(kostanay.why.summary).toEqual([
      "works on Educators' emotional resilience",
      `organized ${event}, where you were a partner and a participant, with your partners Institute of Early Childhood Development of the Kazakhstan Republic and Kyrgyz National University named after J. Balasagyn`,
    ]);
    expect(kostanay.why.topics).toEqual([{ topic: { id: 'topic:educator-emotional-resilience', name: expect.any(String) }, via: 'EVENT', points: 2 }]);
    expect(kostanay.why.events).toHaveLength(1);
    expect(kostanay.why.events[0]).toMatchObject({
      event: { id: ROUND_TABLE },
      roles: ['ORGANIZED'],
      yourRoles: ['PARTNERED', 'PARTICIPATED_IN'],
      topics: [{ id: 'topic:educator-emotional-resilience' }],
      partners: [{ id: 'org:institute-of-early-childhood-development-kz' }, { id: 'org:kyrgyz-national-university-balasagyn' }],
      weight: 5,
    });
  });

  it('with no topic asked, names every shared topic in one line, “like you”, and each event once', async () => {
    const res = await api.gql<{ partnerSuggestions: Suggestion[] }>(`query ($for: ID!) { partnerSuggestions(for: $for) { organization { id } reasons ${WHY} } }`, { for: FOUNDATION });
    expect(res.errors).toBeUndefined();
    const list = res.data!.partnerSuggestions;
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      const topicLines = s.why.summary.filter((l) => l.startsWith('works on '));
      expect(topicLines.length, s.organization.id).toBeLessThanOrEqual(1);
      if (s.why.topics.length) expect(s.why.summary[0]).toMatch(/^works on .*, like you$/);
      const eventIds = s.why.events.map((e) => e.event.id);
      expect(new Set(eventIds).size, s.organization.id).toBe(eventIds.length);
      // never more lines than sentences: grouping only ever merges
      expect(s.why.summary.length).toBeLessThanOrEqual(s.reasons.length);
      // strongest first among the events
      const weights = s.why.events.map((e) => e.weight);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
    }
  });
});
