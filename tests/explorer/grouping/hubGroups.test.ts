import { describe, expect, it } from 'vitest';
import { hubGroups, isHubGroupId } from '../../../explorer/src/grouping/hubGroups.ts';

describe('a hub’s neighbours in groups', () => {
  it('makes one group per type and country, largest first, each tied to the hub by its count', () => {
    const { groups, metaEdges } = hubGroups(
      {
        hub: 'country:KZ',
        hubName: 'Kazakhstan',
        total: 470,
        groups: [
          { type: 'Person', countryCode: null, count: 58 },
          { type: 'Organization', countryCode: 'KZ', count: 312 },
          { type: 'Event', countryCode: 'KZ', count: 100 },
        ],
      },
      'country:KZ',
    );
    expect(groups.map((g) => g.ariaName)).toEqual(['Kazakhstan: 312 organizations', 'Kazakhstan: 100 events', 'No country: 58 people']);
    expect(groups[0]!.label).toBe('Kazakhstan · organizations (312)');
    expect(groups[0]!.filter).toEqual({ type: 'Organization', countryCode: 'KZ' });
    expect(groups.every((g) => isHubGroupId(g.id))).toBe(true);
    expect(metaEdges.map((m) => [m.source, m.count])).toEqual([
      ['country:KZ', 312],
      ['country:KZ', 100],
      ['country:KZ', 58],
    ]);
  });

  it('joins the smallest groups beyond the limit into "Other", which only "show all" fetches', () => {
    const counts = Array.from({ length: 10 }, (_, i) => ({ type: 'Organization' as const, countryCode: `A${String.fromCharCode(65 + i)}`, count: 100 - i }));
    const { groups } = hubGroups({ hub: 'org:hub', hubName: 'Hub', total: 955, groups: counts }, 'group:0:country:KZ', 4);
    expect(groups).toHaveLength(4);
    expect(groups[3]).toMatchObject({ name: 'Other (7 groups)', count: 97 + 96 + 95 + 94 + 93 + 92 + 91, filter: null });
  });
});
