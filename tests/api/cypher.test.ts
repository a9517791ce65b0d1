/**
 * The Cypher of the key queries, as text and parameters (no database): user
 * values only ever appear as parameters, and a change to a query shows up
 * here for review.
 */
import { describe, expect, it } from 'vitest';
import {
  buildListQuery,
  collaborationPathQuery,
  collaboratorsQuery,
  curationLogQuery,
  neighborhoodQuery,
  overviewQuery,
  partnerSuggestionsQuery,
  REPORT_REMOVAL,
  reportRemovalQuery,
  scorePartner,
  searchQuery,
  statsQuery,
} from '../../graph/index.ts';

describe('Cypher of key queries', () => {
  it('search: the full-text index with the built Lucene query as a parameter', () => {
    const q = searchQuery({ text: 'Polozhevetz") OR *:*', types: ['Person'], first: 5 })!;
    expect(q.cypher).toMatchInlineSnapshot(`
      "
      CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
      WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
      WITH node, score
      ORDER BY score DESC, node.name, node.id
      LIMIT $first
      RETURN node {.*, text: null, searchText: null, claimTally: null, labels: labels(node), heldInCountries: CASE WHEN node:Event THEN [(node)-[:HELD_IN]->(nodePlace) | coalesce(nodePlace.code, nodePlace.countryCode, head([(nodePlace)-[:IN_COUNTRY]->(nodeCountry) | nodeCountry.code]))] END} AS node, score
      ORDER BY score DESC, node.name, node.id"
    `);
    expect(q.params).toMatchInlineSnapshot(`
      {
        "candidates": 200,
        "first": 5,
        "index": "entity_names",
        "query": "(polozhevetz^3 polozhevetz*^2 polozhevetz~2) (or^3) "polozhevetz or"^4",
        "types": [
          "Person",
        ],
      }
    `);
  });

  it('organizations in a country working on a topic, sorted by mentions, second page', () => {
    const q = buildListQuery({
      type: 'Organization',
      filter: { country: 'KZ', topic: 'topic:educator-emotional-resilience', text: "Kostanay' OR 1=1" },
      order: { field: 'MENTIONS', direction: 'DESC' },
      offset: 20,
      limit: 20,
    });
    expect(q.cypher).toMatchInlineSnapshot(`
      "CALL () {
        CALL db.index.fulltext.queryNodes($index, $textQuery, {limit: $textCandidates}) YIELD node AS n
        WHERE n:Organization
          AND n.countryCode = $country
          AND (EXISTS { (n)-[:PRESENTED]->(:Practice)-[:ADDRESSES]->(:Topic {id: $topic}) } OR EXISTS { (n)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(:Event)-[:COVERED]->(:Topic {id: $topic}) })
        RETURN count(n) AS total
      }
      CALL () {
        CALL db.index.fulltext.queryNodes($index, $textQuery, {limit: $textCandidates}) YIELD node AS n
        WHERE n:Organization
          AND n.countryCode = $country
          AND (EXISTS { (n)-[:PRESENTED]->(:Practice)-[:ADDRESSES]->(:Topic {id: $topic}) } OR EXISTS { (n)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(:Event)-[:COVERED]->(:Topic {id: $topic}) })
        WITH n ORDER BY COUNT { (n)<-[:MENTIONS]-(:Report) } DESC, toLower(n.name), n.id
        SKIP $offset LIMIT $limit
        RETURN collect(n {.*, text: null, searchText: null, claimTally: null, labels: labels(n), heldInCountries: CASE WHEN n:Event THEN [(n)-[:HELD_IN]->(nPlace) | coalesce(nPlace.code, nPlace.countryCode, head([(nPlace)-[:IN_COUNTRY]->(nCountry) | nCountry.code]))] END}) AS page
      }
      RETURN total, page"
    `);
    expect(q.params).toMatchInlineSnapshot(`
      {
        "country": "KZ",
        "index": "entity_names",
        "limit": 20,
        "offset": 20,
        "textCandidates": 1000,
        "textQuery": "+(kostanay kostanay* kostanay~1) +(or or*) +(1 1*)",
        "topic": "topic:educator-emotional-resilience",
      }
    `);
  });

  it('events in a date range', () => {
    const q = buildListQuery({ type: 'Event', filter: { from: '2023-11-01', to: '2023-11-30' }, offset: 0, limit: 10 });
    expect(q.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (n:Event)
        WHERE CASE size(coalesce(n.endDate, n.startDate)) WHEN 4 THEN coalesce(n.endDate, n.startDate) + '-12-31' WHEN 7 THEN coalesce(n.endDate, n.startDate) + '-31' ELSE coalesce(n.endDate, n.startDate) END >= $from
          AND n.startDate <= $to
        RETURN count(n) AS total
      }
      CALL () {
        MATCH (n:Event)
        WHERE CASE size(coalesce(n.endDate, n.startDate)) WHEN 4 THEN coalesce(n.endDate, n.startDate) + '-12-31' WHEN 7 THEN coalesce(n.endDate, n.startDate) + '-31' ELSE coalesce(n.endDate, n.startDate) END >= $from
          AND n.startDate <= $to
        WITH n ORDER BY toLower(n.name) ASC, n.id ASC
        SKIP $offset LIMIT $limit
        RETURN collect(n {.*, text: null, searchText: null, claimTally: null, labels: labels(n), heldInCountries: CASE WHEN n:Event THEN [(n)-[:HELD_IN]->(nPlace) | coalesce(nPlace.code, nPlace.countryCode, head([(nPlace)-[:IN_COUNTRY]->(nCountry) | nCountry.code]))] END}) AS page
      }
      RETURN total, page"
    `);
  });

  it('collaborators', () => {
    const q = collaboratorsQuery(['org:kyrgyz-national-university-balasagyn'], 20);
    expect(q.cypher).toMatchInlineSnapshot(`
      "
      UNWIND $ids AS id
      MATCH (o:Organization {id: id})
      OPTIONAL CALL (o) {
        MATCH (o)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e:Event)
        WITH DISTINCT o, e
        MATCH (e)<-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]-(other:Organization)
        WHERE other <> o
        WITH other, collect(DISTINCT e) AS events
        WITH other, events, size(events) AS weight
        ORDER BY weight DESC, toLower(other.name), other.id
        LIMIT $first
        RETURN other, weight, events
      }
      CALL (o, other, events) {
        UNWIND events AS e
        WITH o, other, e ORDER BY e.startDate, e.id
        RETURN collect({
          eventId: e.id,
          involvements: CASE WHEN $evidence THEN COLLECT { MATCH (o)-[r:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e) RETURN {organizationId: o.id, type: type(r), props: r {.sourceCount, .confidence}} AS i ORDER BY i.type } + COLLECT { MATCH (other)-[r:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e) RETURN {organizationId: other.id, type: type(r), props: r {.sourceCount, .confidence}} AS i ORDER BY i.type } ELSE [] END
        }) AS shared
      }
      WITH id, o, other, weight, shared, events
      ORDER BY id, weight DESC, toLower(other.name), other.id
      WITH id, o,
           collect(CASE WHEN other IS NOT NULL THEN {organization: other {.*, text: null, searchText: null, claimTally: null, labels: labels(other), heldInCountries: CASE WHEN other:Event THEN [(other)-[:HELD_IN]->(otherPlace) | coalesce(otherPlace.code, otherPlace.countryCode, head([(otherPlace)-[:IN_COUNTRY]->(otherCountry) | otherCountry.code]))] END}, weight: weight, shared: shared} END) AS collaborators,
           collect(events) AS eventLists
      CALL (eventLists) {
        UNWIND eventLists AS events
        UNWIND events AS e
        WITH DISTINCT e
        RETURN collect(e {.*, text: null, searchText: null, claimTally: null, labels: labels(e), heldInCountries: CASE WHEN e:Event THEN [(e)-[:HELD_IN]->(ePlace) | coalesce(ePlace.code, ePlace.countryCode, head([(ePlace)-[:IN_COUNTRY]->(eCountry) | eCountry.code]))] END}) AS events
      }
      RETURN id, o {.*, text: null, searchText: null, claimTally: null, labels: labels(o), heldInCountries: CASE WHEN o:Event THEN [(o)-[:HELD_IN]->(oPlace) | coalesce(oPlace.code, oPlace.countryCode, head([(oPlace)-[:IN_COUNTRY]->(oCountry) | oCountry.code]))] END} AS organization, collaborators, events"
    `);
    expect(q.params).toMatchInlineSnapshot(`
      {
        "evidence": true,
        "first": 20,
        "ids": [
          "org:kyrgyz-national-university-balasagyn",
        ],
      }
    `);
  });

  it('collaborationPath: bounded shortest path with inline predicates; hops and types checked before they enter the text', () => {
    const q = collaborationPathQuery('org:a', 'org:b', 4);
    expect(q.cypher).toMatchInlineSnapshot(`
      "MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = SHORTEST 1 (a)(()-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN|AFFILIATED_WITH|SPOKE_AT|PART_OF|PRESENTED|PRESENTED_AT]-(x) WHERE x = b OR NOT (x:Country OR x:City)){1,4}(b)
      RETURN [n IN nodes(p) | n {.*, text: null, searchText: null, claimTally: null, labels: labels(n), heldInCountries: CASE WHEN n:Event THEN [(n)-[:HELD_IN]->(nPlace) | coalesce(nPlace.code, nPlace.countryCode, head([(nPlace)-[:IN_COUNTRY]->(nCountry) | nCountry.code]))] END}] AS nodes,
             [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges"
    `);
    expect(q.params).toEqual({ from: 'org:a', to: 'org:b' });
    expect(() => collaborationPathQuery('org:a', 'org:b', 7)).toThrow(RangeError);
    expect(() => collaborationPathQuery('org:a', 'org:b', 2, ['KNOWS]-() DETACH DELETE (x' as never])).toThrow(RangeError);
  });

  it('partnerSuggestions', () => {
    const q = partnerSuggestionsQuery({ id: 'org:investment-in-the-future', topic: 'topic:educator-emotional-resilience', country: 'KZ', first: 10 });
    expect(q.cypher).toMatchInlineSnapshot(`
      "
      MATCH (o:Organization {id: $id})
      WITH o,
        COLLECT { MATCH (o)-[:PARTNERED]->(:Event)<-[:PARTNERED]-(p:Organization) WHERE p <> o RETURN DISTINCT p } AS partners,
        COLLECT { MATCH (o)-[:PART_OF]-(x:Organization) RETURN DISTINCT x } AS related,
        CASE WHEN $topic IS NULL
          THEN COLLECT {
            MATCH (o)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(:Event)-[:COVERED]->(t:Topic) RETURN t
            UNION
            MATCH (o)-[:PRESENTED]->(:Practice)-[:ADDRESSES]->(t:Topic) RETURN t
          }
          ELSE COLLECT { MATCH (t:Topic {id: $topic}) RETURN t }
        END AS topics
      WITH o, partners, related, topics,
        COLLECT { MATCH (o)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e LIMIT $events } AS myEvents,
        COLLECT { UNWIND topics AS t MATCH (t)<-[:COVERED]-(e:Event) RETURN DISTINCT e LIMIT $events } AS topicEvents,
        COLLECT { UNWIND partners AS p MATCH (p)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e LIMIT $events } AS partnerEvents
      CALL (topics, myEvents, topicEvents, partnerEvents) {
        UNWIND topicEvents AS e
        MATCH (e)<-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]-(c:Organization)
        RETURN c LIMIT $candidates
        UNION
        UNWIND topics AS t
        MATCH (t)<-[:ADDRESSES]-(:Practice)<-[:PRESENTED]-(c:Organization)
        RETURN c LIMIT $candidates
        UNION
        UNWIND myEvents AS e
        MATCH (e)<-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]-(c:Organization)
        RETURN c LIMIT $candidates
        UNION
        UNWIND partnerEvents AS e
        MATCH (e)<-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]-(c:Organization)
        RETURN c LIMIT $candidates
      }
      WITH o, partners, related, topics, myEvents, topicEvents, partnerEvents, c
      WHERE c <> o AND NOT c IN partners AND NOT c IN related
        AND ($country IS NULL OR c.countryCode = $country
             OR EXISTS { (c)-[:BASED_IN]->(x:City) WHERE x.countryCode = $country }
             OR EXISTS { (c)-[:BASED_IN]->(:Country {code: $country}) })
        AND (NOT $excludeCollaborators OR none(e IN myEvents WHERE EXISTS { (c)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e) }))
      WITH o, partners, topics, myEvents, topicEvents, partnerEvents, c LIMIT $candidates
      RETURN c {.*, text: null, searchText: null, claimTally: null, labels: labels(c), heldInCountries: CASE WHEN c:Event THEN [(c)-[:HELD_IN]->(cPlace) | coalesce(cPlace.code, cPlace.countryCode, head([(cPlace)-[:IN_COUNTRY]->(cCountry) | cCountry.code]))] END} AS organization,
        COLLECT {
          MATCH (c)-[:PRESENTED]->(pr:Practice)-[:ADDRESSES]->(t:Topic) WHERE t IN topics
          RETURN DISTINCT {topicId: t.id, topic: coalesce(t.labelEn, t.name), practice: pr.name, practiceId: pr.id}
        } AS practiceTopics,
        COLLECT {
          MATCH (c)-[r:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e:Event) WHERE e IN topicEvents
          MATCH (e)-[:COVERED]->(t:Topic) WHERE t IN topics
          RETURN DISTINCT {topicId: t.id, topic: coalesce(t.labelEn, t.name), event: e.name, eventId: e.id, role: type(r)}
        } AS eventTopics,
        COLLECT {
          MATCH (c)-[rc:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e:Event) WHERE e IN myEvents
          MATCH (o)-[ro:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e)
          RETURN DISTINCT {event: e.name, eventId: e.id, theirRole: type(rc), yourRole: type(ro)}
        } AS met,
        COLLECT {
          MATCH (c)-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]->(e:Event) WHERE e IN partnerEvents
          MATCH (e)<-[:ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN]-(p:Organization) WHERE p IN partners
          RETURN DISTINCT {partner: p.name, partnerId: p.id, event: e.name, eventId: e.id}
        } AS viaPartners"
    `);
    expect(q.params).toMatchInlineSnapshot(`
      {
        "candidates": 300,
        "country": "KZ",
        "events": 1000,
        "excludeCollaborators": false,
        "id": "org:investment-in-the-future",
        "topic": "topic:educator-emotional-resilience",
      }
    `);
  });

  it('neighborhood: one fixed text per depth', () => {
    const q = neighborhoodQuery({ ids: ['org:a'], depth: 2, limit: 50, types: ['Organization', 'Event'] });
    expect(q.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (s:Entity) WHERE s.id IN $ids RETURN s
        UNION
        MATCH (s:Report) WHERE s.id IN $ids RETURN s
      }
      WITH collect(s) AS seeds
      WITH seeds AS reached, seeds AS frontier
      CALL (reached, frontier) {
        UNWIND frontier AS x
        MATCH (x)-[r]-(m)
        WHERE type(r) IN $relTypes AND (m:Entity OR m:Report)
          AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
          AND NOT m IN reached
        WITH DISTINCT m ORDER BY m.id LIMIT $cap
        RETURN collect(m) AS ring1
      }
      WITH reached + ring1 AS reached, ring1 AS frontier
      CALL (reached, frontier) {
        UNWIND frontier AS x
        MATCH (x)-[r]-(m)
        WHERE type(r) IN $relTypes AND (m:Entity OR m:Report)
          AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
          AND NOT m IN reached
        WITH DISTINCT m ORDER BY m.id LIMIT $cap
        RETURN collect(m) AS ring2
      }
      WITH reached + ring2 AS reached, ring2 AS frontier
      WITH reached[0..$limit] AS chosen, size(reached) > $limit AS truncated
      CALL (chosen) {
        UNWIND chosen AS a
        MATCH (a)-[r]->(b)
        WHERE type(r) IN $relTypes AND b IN chosen
        RETURN collect({source: a.id, target: b.id, type: type(r)}) AS edges
      }
      CALL (chosen) {
        UNWIND chosen AS n
        RETURN collect({node: n {.*, text: null, searchText: null, claimTally: null, labels: labels(n), heldInCountries: CASE WHEN n:Event THEN [(n)-[:HELD_IN]->(nPlace) | coalesce(nPlace.code, nPlace.countryCode, head([(nPlace)-[:IN_COUNTRY]->(nCountry) | nCountry.code]))] END}, degree: COUNT { (n)-[r]-() WHERE type(r) IN $relTypes }}) AS nodes
      }
      RETURN nodes, edges, truncated"
    `);
    expect(q.params).toMatchInlineSnapshot(`
      {
        "cap": 51,
        "ids": [
          "org:a",
        ],
        "limit": 50,
        "relTypes": [
          "BASED_IN",
          "IN_COUNTRY",
          "PART_OF",
          "AFFILIATED_WITH",
          "ORGANIZED",
          "PARTNERED",
          "HOSTED",
          "PARTICIPATED_IN",
          "HELD_IN",
          "SPOKE_AT",
          "COVERED",
          "PRESENTED",
          "PRESENTED_AT",
          "ADDRESSES",
        ],
        "types": [
          "Organization",
          "Event",
        ],
      }
    `);
    expect(() => neighborhoodQuery({ ids: ['org:a'], depth: 4, limit: 50 })).toThrow(RangeError);
  });

  it('overview: sizes are parameters and checked before the query is built', () => {
    const q = overviewQuery({ seeds: 25, candidates: 600, first: 150, types: ['Organization', 'Event'] });
    expect(q.cypher).toMatchInlineSnapshot(`
      "CALL () {
        MATCH (n:Event)
        WITH n ORDER BY COUNT { (n)<-[:MENTIONS]-() } DESC, toLower(n.name), n.id
        LIMIT $seeds
        RETURN collect(n) AS events
      }
      CALL () {
        MATCH (n:Organization)
        WITH n ORDER BY COUNT { (n)<-[:MENTIONS]-() } DESC, toLower(n.name), n.id
        LIMIT $seeds
        RETURN collect(n) AS organizations
      }
      WITH events + organizations AS seeds
      CALL (seeds) {
        UNWIND seeds AS x
        MATCH (x)-[:BASED_IN|IN_COUNTRY|PART_OF|AFFILIATED_WITH|ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN|HELD_IN|SPOKE_AT|COVERED|PRESENTED|PRESENTED_AT|ADDRESSES]-(m)
        WHERE (m:Entity OR m:Report)
          AND ($types IS NULL OR any(l IN labels(m) WHERE l IN $types))
          AND NOT m IN seeds
        WITH DISTINCT m ORDER BY m.id LIMIT $cap
        RETURN collect(m) AS ring
      }
      WITH (seeds + ring)[0..$candidates] AS candidates, size(seeds + ring) > $first AS truncated
      CALL (candidates) {
        UNWIND candidates AS n
        WITH n, COUNT { (n)-[:BASED_IN|IN_COUNTRY|PART_OF|AFFILIATED_WITH|ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN|HELD_IN|SPOKE_AT|COVERED|PRESENTED|PRESENTED_AT|ADDRESSES]-() } AS degree
        ORDER BY degree DESC, n.id
        LIMIT $first
        RETURN collect({node: n {.*, text: null, searchText: null, claimTally: null, labels: labels(n), heldInCountries: CASE WHEN n:Event THEN [(n)-[:HELD_IN]->(nPlace) | coalesce(nPlace.code, nPlace.countryCode, head([(nPlace)-[:IN_COUNTRY]->(nCountry) | nCountry.code]))] END}, degree: degree}) AS nodes, collect(n) AS chosen
      }
      CALL (chosen) {
        UNWIND chosen AS a
        MATCH (a)-[r:BASED_IN|IN_COUNTRY|PART_OF|AFFILIATED_WITH|ORGANIZED|PARTNERED|HOSTED|PARTICIPATED_IN|HELD_IN|SPOKE_AT|COVERED|PRESENTED|PRESENTED_AT|ADDRESSES]->(b)
        WHERE b IN chosen
        RETURN collect({source: a.id, target: b.id, type: type(r)}) AS edges
      }
      RETURN nodes, edges, truncated"
    `);
    expect(q.params).toMatchObject({ seeds: 25, candidates: 600, cap: 601, first: 150, types: ['Organization', 'Event'] });
    expect(q.cypher).not.toContain('REPORTS_ON');
    expect(overviewQuery({ seeds: 25, candidates: 600, first: 150 }).cypher).toContain('|REPORTS_ON]');
    expect(() => overviewQuery({ seeds: 26, candidates: 600, first: 150 })).toThrow(RangeError);
    expect(() => overviewQuery({ seeds: 25, candidates: 600, first: 1001 })).toThrow(RangeError);
  });

  it('stats: the counts per type alone come from the count store, reading no event, organization or report', () => {
    const q = statsQuery({ byCountry: false, byYear: false });
    expect(q.cypher).toMatchInlineSnapshot(`
      "
      CALL () {
        MATCH (n:Organization) WITH count(n) AS count RETURN 'Organization' AS type, count
        UNION ALL
        MATCH (n:Person) WITH count(n) AS count RETURN 'Person' AS type, count
        UNION ALL
        MATCH (n:Country) WITH count(n) AS count RETURN 'Country' AS type, count
        UNION ALL
        MATCH (n:City) WITH count(n) AS count RETURN 'City' AS type, count
        UNION ALL
        MATCH (n:Event) WITH count(n) AS count RETURN 'Event' AS type, count
        UNION ALL
        MATCH (n:Practice) WITH count(n) AS count RETURN 'Practice' AS type, count
        UNION ALL
        MATCH (n:Topic) WITH count(n) AS count RETURN 'Topic' AS type, count
        UNION ALL
        MATCH (n:Report) WITH count(n) AS count RETURN 'Report' AS type, count
      }
      WITH collect({type: type, count: count}) AS byType
      RETURN byType, [] AS byCountry, [] AS byYear"
    `);
    expect(q.params).toEqual({});
    const every = statsQuery().cypher;
    expect(every).toContain('HELD_IN');
    expect(every).toContain('publishedAt');
    expect(every.endsWith('RETURN byType, byCountry, byYear')).toBe(true);
  });
});

describe('partner scoring', () => {
  const base = { practiceTopics: [], eventTopics: [], met: [], viaPartners: [] };

  it('counts topic fit most, then having met you and your partners (capped), with a sentence per reason', () => {
    const r = scorePartner(
      {
        practiceTopics: [{ topicId: 'topic:p', topic: 'Parental engagement', practice: 'Parents in dialogue' }],
        eventTopics: [{ topicId: 'topic:r', topic: 'Emotional resilience', event: 'Round table', eventId: 'event:rt', role: 'ORGANIZED' }],
        met: [{ event: 'Round table', eventId: 'event:rt', theirRole: 'ORGANIZED', yourRole: 'PARTNERED' }],
        viaPartners: ['A', 'B', 'C', 'D'].map((p) => ({ partner: p, partnerId: `org:${p}`, event: 'Round table', eventId: 'event:rt' })),
      },
      { topicAsked: false },
    );
    expect(r.score).toBe(3 + 2 + 1 + 3);
    expect(r.reasons).toEqual([
      'works on Emotional resilience, like you: organized “Round table”',
      'works on Parental engagement, like you: presents “Parents in dialogue”',
      'met you at “Round table”: they organized it, you were a partner',
      'took part with your partner A in “Round table”',
      'took part with your partner B in “Round table”',
      'took part with your partner C in “Round table”',
      'took part with your partner D in “Round table”',
    ]);
  });

  it('scores 0 without topic fit when a topic is asked for', () => {
    const r = scorePartner({ ...base, met: [{ event: 'E', eventId: 'event:e', theirRole: 'PARTICIPATED_IN', yourRole: 'ORGANIZED' }] }, { topicAsked: true });
    expect(r).toEqual({ score: 0, reasons: [], topicIds: [] });
  });

  it('curationLog: a backwards range of the sequence index, filters and cursor as parameters', () => {
    const q = curationLogQuery({ first: 20, before: 41, entity: "org:x' OR 1=1 //", curator: 'cur") DETACH DELETE e //' });
    expect(q.cypher).toMatchInlineSnapshot(`
      "
      MATCH (e:CurationEntry) WHERE e.seq < $before AND ($curator IS NULL OR e.by = $curator) AND ($entity IS NULL OR $entity IN e.ids)
      WITH e ORDER BY e.seq DESC LIMIT $limit
      WITH collect(e {.seq, .at, .by, .action, .reason, .before, .after, .detail}) AS entries
      RETURN entries, COUNT { MATCH (e:CurationEntry) WHERE ($curator IS NULL OR e.by = $curator) AND ($entity IS NULL OR $entity IN e.ids) } AS totalCount"
    `);
    expect(q.params).toEqual({ before: 41, limit: 21, entity: "org:x' OR 1=1 //", curator: 'cur") DETACH DELETE e //' });
    expect(curationLogQuery({ first: 5 }).params).toEqual({ before: Number.MAX_SAFE_INTEGER, limit: 6, entity: null, curator: null });
  });
});

describe('Cypher of a report removal preview', () => {
  it('the report id is a parameter, never part of the text; the lists are capped by a parameter too', () => {
    const id = 'report:x"}) DETACH DELETE r //';
    const q = reportRemovalQuery(id);
    expect(q.cypher).toBe(REPORT_REMOVAL);
    expect(q.cypher).not.toContain('DETACH');
    expect(q.params).toEqual({ id, max: 50 });
  });
});
