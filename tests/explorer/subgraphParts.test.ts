import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSlices, subgraphParts } from '../../explorer/src/api/subgraphParts.ts';
import type { GraphSlice } from '../../explorer/src/model.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `org:${i}`);

/** Does some part bring the relationship between a and b back? */
function covered(parts: ReturnType<typeof subgraphParts>, a: string, b: string): boolean {
  return parts.some((p) => (p.ids.includes(a) && (p.ids.includes(b) || p.among.includes(b))) || (p.ids.includes(b) && p.among.includes(a)));
}

describe('subgraphParts', () => {
  it('asks once, with nothing in among, when the view fits one call', () => {
    expect(subgraphParts(ids(3))).toEqual([{ ids: ids(3), among: [] }]);
    expect(subgraphParts([])).toEqual([]);
  });

  it('names the earlier parts in among, so relationships between parts are not lost', () => {
    const parts = subgraphParts(ids(2500), { ids: 1000, among: 5000 });
    expect(parts.map((p) => [p.ids.length, p.among.length])).toEqual([
      [1000, 0],
      [1000, 1000],
      [500, 2000],
    ]);
    expect(covered(parts, 'org:0', 'org:2499')).toBe(true);
    expect(covered(parts, 'org:999', 'org:1000')).toBe(true);
  });

  it('splits a long among list over several calls for the same part', () => {
    const parts = subgraphParts(ids(7), { ids: 3, among: 2 });
    expect(parts).toEqual([
      { ids: ['org:0', 'org:1', 'org:2'], among: [] },
      { ids: ['org:3', 'org:4', 'org:5'], among: ['org:0', 'org:1'] },
      { ids: ['org:3', 'org:4', 'org:5'], among: ['org:2'] },
      { ids: ['org:6'], among: ['org:0', 'org:1'] },
      { ids: ['org:6'], among: ['org:2', 'org:3'] },
      { ids: ['org:6'], among: ['org:4', 'org:5'] },
    ]);
  });

  it('covers every pair of entities, every entity is returned, and no call exceeds the limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 12 }), (n, size, among) => {
        const all = ids(n);
        const parts = subgraphParts([...all, ...all.slice(0, 3)], { ids: size, among });
        for (const p of parts) {
          expect(p.ids.length).toBeLessThanOrEqual(size);
          expect(p.among.length).toBeLessThanOrEqual(among);
        }
        expect(new Set(parts.flatMap((p) => p.ids))).toEqual(new Set(all));
        for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) expect(covered(parts, all[a]!, all[b]!)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('mergeSlices', () => {
  it('keeps each node and edge once, in first-seen order', () => {
    const a: GraphSlice = { nodes: [{ id: 'x', type: 'Person', name: 'X', degree: 1 }], edges: [{ id: 'x|SPOKE_AT|e', source: 'x', target: 'e', type: 'SPOKE_AT' }], truncated: false };
    const b: GraphSlice = {
      nodes: [
        { id: 'e', type: 'Event', name: 'E', degree: 1 },
        { id: 'x', type: 'Person', name: 'X', degree: 1 },
      ],
      edges: [{ id: 'x|SPOKE_AT|e', source: 'x', target: 'e', type: 'SPOKE_AT' }],
      truncated: false,
    };
    const m = mergeSlices([a, b]);
    expect(m.nodes.map((n) => n.id)).toEqual(['x', 'e']);
    expect(m.edges).toHaveLength(1);
  });
});
