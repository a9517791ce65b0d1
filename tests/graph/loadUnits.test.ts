import { describe, expect, it } from 'vitest';
import { dateSpanDays, deriveEntityProperties } from '../../graph/load/claims.ts';
import { escapeLucene, luceneQueryFor } from '../../graph/load/fetchKnownEntities.ts';
import { prepareExtraction } from '../../graph/load/prepareExtraction.ts';
import { combineProvenance, withoutSource, withSource } from '../../graph/load/provenance.ts';
import { latinToCyrillic, searchTextFor } from '../../graph/load/searchText.ts';
import { InvalidExtractionError } from '../../graph/index.ts';
import { claim, extraction, org, rel } from '../support/extractions.ts';

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

describe('relationship provenance', () => {
  const a = { source: 'report:a', confidence: 0.8, evidence: ['A says so.'], roles: ['Director'] };
  const b = { source: 'report:b', confidence: 0.9, evidence: ['B says so.', 'B again.'], roles: [] };

  it('keeps one entry per report and takes exactly one out', () => {
    const both = withSource(withSource(null, a), b);
    expect(both).toMatchObject({
      sources: ['report:a', 'report:b'],
      sourceConfidences: [0.8, 0.9],
      confidence: 0.9,
      evidence: ['A says so.', 'B says so.', 'B again.'],
      evidenceSources: ['report:a', 'report:b', 'report:b'],
      roles: ['Director'],
    });
    expect(withoutSource(both, new Set(['report:b']))).toEqual(withSource(null, a));
    expect(withoutSource(both, new Set(['report:a', 'report:b']))).toBeNull();
  });

  it('adds a new source to a hub relationship exactly as rebuilding every entry would', () => {
    const c = { source: 'report:c', confidence: 0.7, evidence: ['C says so.'], roles: ['Rector', 'Director'] };
    const hub = [a, b, ...Array.from({ length: 200 }, (_, i) => ({ source: `report:${i}`, confidence: (i % 10) / 10, evidence: [`Sentence ${i}.`], roles: [] }))];
    const stored = hub.reduce<ReturnType<typeof withSource> | null>((props, e) => withSource(props, e), null)!;
    const appended = withSource({ ...stored, weight: 3 }, c);
    const rebuilt = combineProvenance({ weight: 3, ...stored }, withSource(null, c));
    expect(appended).toEqual(rebuilt);
    expect(appended.roles).toEqual(['Director', 'Rector']);
    expect(withoutSource(appended, new Set())).toBe(appended);
  });

  it('folds two relationships of a merge into one', () => {
    expect(combineProvenance(withSource(null, a), withSource(null, b)).sources).toEqual(['report:a', 'report:b']);
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
    expect(luceneQueryFor('The "Investment in the Future" (Foundation)')).toBe('The Investment in the Future Foundation');
    expect(escapeLucene('org:a-b')).toBe('org\\:a\\-b');
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
