import { describe, expect, it } from 'vitest';
import { countOf, countryName, groupLabel, membersPhrase, pluralName } from '../../../explorer/src/grouping/groupNames.ts';
import { backTo, openGroup, setGrouping, TOP } from '../../../explorer/src/grouping/groupPath.ts';

describe('group names', () => {
  it('say how many of what, as a screen reader reads them', () => {
    expect(countOf('Organization', 312)).toBe('312 organizations');
    expect(countOf('Person', 1)).toBe('1 person');
    expect(countOf('City', 1200)).toBe('1,200 cities');
    expect(pluralName('Person')).toBe('People');
    expect(membersPhrase(new Map([['Organization', 312]]))).toBe('312 organizations');
    expect(
      membersPhrase(
        new Map([
          ['Person', 8],
          ['Organization', 30],
          ['Event', 2],
          ['Topic', 1],
        ]),
      ),
    ).toBe('41 entities: 30 organizations, 8 people, 2 events, …');
  });

  it('name countries from their codes, and entities without one', () => {
    expect(countryName('KZ')).toBe('Kazakhstan');
    expect(countryName('kz')).toBe('Kazakhstan');
    expect(countryName('')).toBe('No country');
    expect(groupLabel('Kazakhstan', 1312)).toBe('Kazakhstan (1,312)');
  });
});

describe('the grouping path (breadcrumb)', () => {
  it('opens groups one inside another and steps back to any level', () => {
    const a = openGroup(TOP, 0, { id: 'group:0:country:KZ', name: 'Kazakhstan' });
    const b = openGroup(a, 1, { id: 'group:1:type:Organization', name: 'Organizations' });
    expect(b.opened.map((g) => g.name)).toEqual(['Kazakhstan', 'Organizations']);
    expect(backTo(b, 1).opened.map((g) => g.name)).toEqual(['Kazakhstan']);
    expect(backTo(b, 0).opened).toEqual([]);
    expect(backTo(b, 5)).toBe(b);
    // opening a sibling at the outer level closes what was open inside the first
    expect(openGroup(b, 0, { id: 'group:0:country:UZ', name: 'Uzbekistan' }).opened.map((g) => g.name)).toEqual(['Uzbekistan']);
  });

  it('starts again from the top when the grouping changes', () => {
    const a = openGroup(TOP, 0, { id: 'group:0:country:KZ', name: 'Kazakhstan' });
    expect(setGrouping(a, 'community')).toEqual({ grouping: 'community', opened: [] });
    expect(setGrouping(a, 'country')).toBe(a);
  });
});
