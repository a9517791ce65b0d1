/**
 * A hub's neighbour counts remembered per drawn set
 * (explorer/src/grouping/hubCounts.ts): what the server is asked to leave
 * out, and when the explorer need not ask again.
 */
import { describe, expect, it } from 'vitest';
import { HubCounts } from '../../../explorer/src/grouping/hubCounts.ts';
import type { HubNeighbors } from '../../../explorer/src/grouping/hubGroups.ts';

const counts = (hub: string, total: number): HubNeighbors => ({ hub, hubName: hub, total, groups: [{ type: 'Organization', countryCode: 'KZ', count: total }] });

describe('HubCounts', () => {
  it('leaves out every entity drawn or hidden but the hub itself, as one sorted list whatever the order they arrived in', () => {
    expect(HubCounts.exclusions({ shown: ['org:c', 'org:hub', 'org:a'], hidden: ['org:b', 'org:a'] }, 'org:hub')).toEqual(['org:a', 'org:b', 'org:c']);
    expect(HubCounts.exclusions({ shown: ['org:a', 'org:c'], hidden: ['org:b'] }, 'org:hub')).toEqual(HubCounts.exclusions({ shown: ['org:c', 'org:hub'], hidden: ['org:b', 'org:a'] }, 'org:hub'));
  });

  it('answers the counts made for the same hub and drawn set, and nothing for another set or hub', () => {
    const cache = new HubCounts();
    cache.put(counts('org:hub', 300), ['org:a']);
    expect(cache.get('org:hub', ['org:a'])?.total).toBe(300);
    expect(cache.get('org:hub', ['org:a', 'org:b'])).toBeNull();
    expect(cache.get('org:other', ['org:a'])).toBeNull();
  });

  it('forgets the least recently used drawn set beyond what it keeps, and everything when the graph changed', () => {
    const cache = new HubCounts(2);
    cache.put(counts('org:hub', 1), ['org:a']);
    cache.put(counts('org:hub', 2), ['org:b']);
    cache.get('org:hub', ['org:a']); // used again: now the most recent
    cache.put(counts('org:hub', 3), ['org:c']);
    expect(cache.get('org:hub', ['org:b'])).toBeNull();
    expect(cache.get('org:hub', ['org:a'])?.total).toBe(1);
    expect(cache.get('org:hub', ['org:c'])?.total).toBe(3);
    cache.clear();
    expect(cache.get('org:hub', ['org:c'])).toBeNull();
  });
});
