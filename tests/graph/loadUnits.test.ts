import { describe, expect, it } from 'vitest';
import { deriveEntityProperties } from '../../graph/load/claims.ts';
import { dateSpanDays } from '../../graph/schema/dates.ts';
import { nameQueriesFor } from '../../graph/load/nameQueries.ts';
import { prepareExtraction, type PreparedExtraction } from '../../graph/load/prepareExtraction.ts';
import { planChange, type GraphState } from '../../graph/load/planChange.ts';
import { claimOrder, type SourceEntry } from '../../graph/load/relationshipClaims.ts';
import { latinToCyrillic, searchTextFor } from '../../graph/schema/searchText.ts';
import { InvalidExtractionError } from '../../graph/index.ts';
import { claim, event, extraction, org, rel } from '../support/extractions.ts';

describe('derived entity properties', () => {
  it('takes the narrowest dates, whichever report came first', () => {
    const props = deriveEntityProperties(
      'Event',
      'event:rt',
      [
        claim('report:a', '2024-01-01', { name: 'Round table', startDate: '2023-10-01', endDate: '2023-10-31' }),
        claim('report:b', '2024-01-02', { name: 'Round table', startDate: '2023-11-16', endDate: '2023-11-20' }),
      ],
      { curatedAliases: [], mergedIds: [] },
      'x',
    );
    expect(props).toMatchObject({ startDate: '2023-11-16', endDate: '2023-11-20' });
  });

  it('breaks ties by the oldest report, published date first', () => {
    const props = deriveEntityProperties(
      'Organization',
      'org:f',
      [
        claim('report:late', '2024-01-01', { name: 'Contribution to the Future', kind: 'ngo' }, '2023-12-01'),
        claim('report:early', '2024-02-01', { name: 'Investment in the Future', kind: 'foundation' }, '2023-11-21'),
      ],
      { curatedAliases: ['Вклад в будущее'], mergedIds: ['org:old'] },
      'x',
    );
    expect(props).toMatchObject({
      name: 'Investment in the Future',
      kind: 'foundation',
      aliases: ['Investment in the Future', 'Contribution to the Future', 'Вклад в будущее'],
      curatedAliases: ['Вклад в будущее'],
      mergedIds: ['org:old'],
    });
    expect(props.searchText).toContain('Vklad v budushchee');
  });

  it('derives from the oldest of equal claims weighted by their number what all of them would give', () => {
    const label = 'City';
    const ru = { name: 'Бишкек', aliases: ['Bishkek'], countryCode: 'KG' };
    const en = { name: 'Bishkek', aliases: ['Frunze'], countryCode: 'KG', lat: 42.87, lon: 74.59 };
    const all = [
      claim('report:1', '2024-01-01', en),
      claim('report:2', '2024-01-02', ru),
      claim('report:3', '2024-01-03', ru),
      claim('report:4', '2024-01-04', en),
      claim('report:5', '2024-01-05', ru),
    ];
    const folded = [
      { ...claim('report:1', '2024-01-01', en), weight: 2 },
      { ...claim('report:2', '2024-01-02', ru), weight: 3 },
    ];
    const curated = { curatedAliases: [], mergedIds: [] };
    const expected = deriveEntityProperties(label, 'city:kg-bishkek', all, curated, 'x');
    expect(expected.name).toBe('Бишкек'); // three claims against two, though the oldest says Bishkek
    expect(deriveEntityProperties(label, 'city:kg-bishkek', folded, curated, 'x')).toEqual(expected);
  });

  it('measures how precise a date claim is in days', () => {
    expect(dateSpanDays('2023-11-16', '2023-11-20')).toBe(5);
    expect(dateSpanDays('2023-10', undefined)).toBe(31);
    expect(dateSpanDays('2024-02', undefined)).toBe(29);
    expect(dateSpanDays('2023', undefined)).toBe(365);
    expect(dateSpanDays(undefined, undefined)).toBe(Infinity);
  });
});

describe('relationship claims, planned', () => {
  const partnered = (text: string, confidence: number, evidence: string): PreparedExtraction =>
    prepareExtraction(
      extraction({
        text,
        title: 'Forum',
        entities: [org('org:fund', 'The Fund'), event('event:forum', 'Forum', null, null)],
        relations: [rel('PARTNERED', 'org:fund', 'event:forum', evidence, confidence)],
      }),
      '2026-01-01T00:00:00Z',
    );
  const stored = (claims: SourceEntry[], count = claims.length): GraphState => ({
    entities: new Map(),
    relationships: new Map([
      ['PARTNERED org:fund event:forum', {
        elementId: 'r1', type: 'PARTNERED', from: 'org:fund', to: 'event:forum', count, confidence: 0.9, roles: [],
        claims: new Map(claims.map((c) => [c.source, c])), stale: false,
      }],
    ]),
  });
  const key = 'PARTNERED org:fund event:forum';

  it('adds one claim to a relationship however many reports already assert it, without reading theirs', () => {
    const added = partnered('v1', 0.95, 'The Fund was a partner.');
    const plan = planChange(stored([], 50_000), new Set(), added);
    expect(plan.relationships.get(key)).toMatchObject({ count: 50_001, confidence: 0.95, stale: false });
    expect(plan.relationshipOutcomes.map((o) => o.outcome)).toEqual(['updated']);
  });

  it('takes exactly the removed report\'s claim out, and re-derives the aggregates only when that claim held the top confidence or a role', () => {
    const gone = { source: 'report:old', confidence: 0.9, evidence: ['It was.'], roles: [] };
    const plan = planChange(stored([gone], 3), new Set(['report:old']), null);
    expect(plan.relationships.get(key)).toMatchObject({ count: 2, stale: true });
    // A claim below the highest confidence, without roles, takes nothing else with it.
    const minor = { ...gone, confidence: 0.5 };
    expect(planChange(stored([minor], 3), new Set(['report:old']), null).relationships.get(key)).toMatchObject({ count: 2, confidence: 0.9, stale: false });
    expect(planChange(stored([gone], 1), new Set(['report:old']), null).relationships.get(key)).toBeNull();
  });

  it('a new version that asserts what the old one did leaves the relationship unchanged', () => {
    const added = partnered('v2', 0.9, 'The Fund was a partner.');
    const old = { source: 'report:old', confidence: 0.9, evidence: ['The Fund was a partner.'], roles: [] };
    expect(planChange(stored([old], 2), new Set(['report:old']), added).relationshipOutcomes.map((o) => o.outcome)).toEqual(['unchanged']);
    const reworded = partnered('v3', 0.9, 'The Fund partnered the forum.');
    expect(planChange(stored([old], 2), new Set(['report:old']), reworded).relationshipOutcomes.map((o) => o.outcome)).toEqual(['updated']);
  });

  it('orders claims oldest report first, reports without a date last', () => {
    const orders = [claimOrder(null, '2026-01-01', 'report:z'), claimOrder('2025-05-01', '2026-02-01', 'report:b'), claimOrder('2024-01-01', '2026-03-01', 'report:c')];
    expect([...orders].sort()).toEqual([orders[2], orders[1], orders[0]]);
  });
});

describe('search text and queries', () => {
  it('adds Latin forms of Cyrillic names, and Cyrillic forms of people’s Latin names', () => {
    expect(searchTextFor('Person', ['Petr Polozhevets'])).toBe('Petr Polozhevets | петр положевец');
    expect(searchTextFor('Person', ['Елена Казакова'])).toBe('Елена Казакова | Elena Kazakova');
    expect(searchTextFor('Organization', ['Pavlodar Pedagogical University'])).toBe('Pavlodar Pedagogical University');
    expect(latinToCyrillic('Kyrgyzstan')).toBe('кыргызстан');
  });

  it('turns a name into a Lucene query that cannot be injected', () => {
    const [q] = nameQueriesFor([{ type: 'Organization', text: 'The "Investment in the Future" (Foundation)' }, { type: 'Organization', text: 'org:a-b' }]);
    expect(q?.query).toBe('(The Investment in the Future Foundation) OR (org)');
  });
});

describe('preparing an extraction', () => {
  it('refuses a relation to an entity it does not list', () => {
    const bad = extraction({ text: 't', title: 't', entities: [org('org:a', 'A')], relations: [rel('PARTNERED', 'org:a', 'event:x', 'x')] });
    expect(() => prepareExtraction(bad, '2024-01-01')).toThrow(InvalidExtractionError);
  });

  it('folds two names that resolved to one id and drops the relation between them', () => {
    const e = extraction({
      text: 't',
      title: 't',
      entities: [org('org:a', 'A'), org('org:old-a', 'Old A')],
      relations: [rel('PART_OF', 'org:old-a', 'org:a', 'Old A is A.')],
    });
    const prepared = prepareExtraction(e, '2024-01-01', new Map([['org:old-a', 'org:a']]));
    expect(prepared.entities).toHaveLength(1);
    expect(prepared.entities[0]?.claim.aliases).toEqual(['Old A']);
    expect(prepared.relations).toEqual([]);
  });
});
