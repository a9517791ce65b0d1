import { describe, expect, it } from 'vitest';
import { claimsOfTally, foldClaims, tallyOf } from '../../graph/load/claimTally.ts';
import { deriveEntityProperties } from '../../graph/load/claims.ts';
import { claim } from '../support/extractions.ts';

describe('claim tally', () => {
  it('folds claims with the same facts into the oldest, whatever their offsets or key order', () => {
    const folded = foldClaims([
      claim('report:b', '2024-01-02', { name: 'Astana', countryCode: 'KZ', starts: [5], ends: [11] }),
      claim('report:a', '2024-01-03', { countryCode: 'KZ', name: 'Astana', starts: [40], ends: [46] }, '2023-05-01'),
      claim('report:c', '2024-01-04', { name: 'Астана', countryCode: 'KZ' }),
      { ...claim('report:d', '2024-01-05', { name: 'Astana', countryCode: 'KZ' }), weight: 3 },
    ]);
    expect(folded).toEqual([
      { reportId: 'report:a', publishedAt: '2023-05-01', ingestedAt: '2024-01-03', claim: { countryCode: 'KZ', name: 'Astana' }, weight: 5 },
      { reportId: 'report:c', publishedAt: null, ingestedAt: '2024-01-04', claim: { countryCode: 'KZ', name: 'Астана' }, weight: 1 },
    ]);
  });

  it('keeps the order of names inside a claim: it decides the order of the entity\'s aliases', () => {
    const folded = foldClaims([
      claim('report:a', '2024-01-01', { name: 'KNU', aliases: ['Kyrgyz National University', 'J. Balasagyn University'] }),
      claim('report:b', '2024-01-02', { name: 'KNU', aliases: ['J. Balasagyn University', 'Kyrgyz National University'] }),
    ]);
    expect(folded).toHaveLength(2);
  });

  it('derives from the stored tally exactly what every claim gives', () => {
    const claims = [
      claim('report:1', '2024-01-01', { name: 'Bishkek', aliases: ['Frunze'], countryCode: 'KG', lat: 42.87, lon: 74.59, starts: [0], ends: [7] }),
      claim('report:2', '2024-01-02', { name: 'Бишкек', aliases: ['Bishkek'], countryCode: 'KG' }, '2023-01-01'),
      claim('report:3', '2024-01-03', { name: 'Бишкек', aliases: ['Bishkek'], countryCode: 'KG', starts: [3], ends: [9] }),
      claim('report:4', '2024-01-04', { name: 'Bishkek', aliases: ['Frunze'], countryCode: 'KG', lat: 42.87, lon: 74.59 }),
      claim('report:5', '2024-01-05', { name: 'Бишкек', aliases: ['Bishkek'], countryCode: 'KG' }),
    ];
    const curated = { curatedAliases: ['Pishpek'], mergedIds: [] };
    const fromTally = claimsOfTally(tallyOf(claims));
    expect(fromTally).toHaveLength(2);
    expect(deriveEntityProperties('City', 'city:kg-bishkek', fromTally!, curated, 'x')).toEqual(
      deriveEntityProperties('City', 'city:kg-bishkek', claims, curated, 'x'),
    );
    // Folding a tally again with a new claim is folding every claim with it.
    const next = claim('report:6', '2024-01-06', { name: 'Bishkek', aliases: ['Frunze'], countryCode: 'KG', lat: 42.87, lon: 74.59 });
    expect(tallyOf([...fromTally!, next])).toBe(tallyOf([...claims, next]));
  });

  it('reads a missing or unreadable tally as none, so the loader walks the claims instead', () => {
    expect(claimsOfTally(undefined)).toBeNull();
    expect(claimsOfTally('{not json')).toBeNull();
    expect(claimsOfTally('{"a":1}')).toBeNull();
  });
});
