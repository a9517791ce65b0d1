import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../explorer/src/state/urlState.ts';
import { emptyView, LAYOUT_NAMES, type ViewState } from '../../explorer/src/state/ViewState.ts';
import { ENTITY_TYPES } from '../../explorer/src/model.ts';

/** The link groups ids by prefix, so the order after a round trip is grouped (first appearance of each prefix). */
function grouped(v: ViewState): ViewState {
  const prefixes = [...new Set(v.shown.map((id) => id.slice(0, id.indexOf(':'))))];
  return { ...v, shown: prefixes.flatMap((p) => v.shown.filter((id) => id.slice(0, id.indexOf(':')) === p)) };
}

const sample: ViewState = {
  ...emptyView(),
  layout: 'geo',
  shown: ['org:kyrgyz-national-university', 'person:petr-polozhevets', 'org:fund', 'event:round-table-2023'],
  positions: { 'org:kyrgyz-national-university': { x: 10, y: -20 }, 'person:petr-polozhevets': { x: 0, y: 5 }, 'org:fund': { x: -300, y: 44 } },
  pinned: ['org:fund'],
  hidden: ['city:kz-astana'],
  selected: 'person:petr-polozhevets',
  filters: { types: ['Organization', 'Person'], countries: ['KZ', 'RU'], topic: 'topic:well-being', from: '2023-01-01', to: '2023-12-31' },
  path: { from: 'org:kyrgyz-national-university', to: 'org:fund' },
};

describe('urlState', () => {
  it('should round-trip a full view', () => {
    const frag = encodeView(sample);
    expect(decodeView(frag)).toEqual(grouped(sample));
    expect(decodeView(`#${frag}`)).toEqual(grouped(sample));
    expect(encodeView(decodeView(frag))).toBe(frag);
  });

  it('should group ids by prefix so links stay short', () => {
    const frag = encodeView(sample);
    expect(frag).toContain('n=org:kyrgyz-national-university@10,-20;fund@-300,44,p|person:petr-polozhevets@0,5|event:round-table-2023');
    expect(frag.length).toBeLessThan(400);
  });

  it('should give an empty view for nonsense and drop malformed parts', () => {
    expect(decodeView('')).toEqual(emptyView());
    expect(decodeView('#%%%&l=moon&n=org:%E0%A4%A@1,2;ok@x,y&d=yesterday..&c=kz,RU')).toEqual({
      ...emptyView(),
      shown: ['org:ok'],
      filters: { ...emptyView().filters, countries: ['RU'] },
    });
  });

  it('should keep a grouped picture in the link: the grouping, the groups opened in order and the hub whose neighbours are grouped', () => {
    const view: ViewState = {
      ...sample,
      groups: {
        grouping: 'type',
        opened: [
          { id: 'group:0:type:Organization', name: '' },
          { id: 'group:1:country:KZ', name: '' },
        ],
      },
      hub: 'org:fund',
    };
    const frag = encodeView(view);
    expect(frag).toContain('&g=type&o=group%3A0%3Atype%3AOrganization,group%3A1%3Acountry%3AKZ&hb=org%3Afund');
    expect(decodeView(frag)).toEqual(grouped(view));
    // the default grouping with nothing opened adds nothing to the link
    expect(encodeView(sample)).not.toMatch(/&(g|o|hb)=/);
  });

  it('should drop an unknown grouping, opened ids that are no groups, groups opened with grouping off, and a hub not on the canvas', () => {
    expect(decodeView('n=org:a&g=moon&o=group%3A0%3Acountry%3AKZ').groups).toEqual({ grouping: 'country', opened: [] });
    expect(decodeView('n=org:a&o=org%3Aa,group%3A0%3Acountry%3AKZ').groups.opened).toEqual([{ id: 'group:0:country:KZ', name: '' }]);
    expect(decodeView('n=org:a&g=off&o=group%3A0%3Acountry%3AKZ').groups).toEqual({ grouping: 'off', opened: [] });
    expect(decodeView('n=org:a&hb=org%3Ab').hub).toBeNull();
    expect(decodeView('n=org:a&hb=org%3Aa').hub).toBe('org:a');
  });

  it('should only keep a selection that is on the canvas', () => {
    expect(decodeView('n=org:a&s=org%3Ab').selected).toBeNull();
  });

  it('should round-trip any ids, including separators and non-Latin letters', () => {
    const id = fc.tuple(fc.constantFrom('org', 'person', 'city', 'x'), fc.string({ minLength: 1, maxLength: 12 })).map(([p, s]) => `${p}:${s}`);
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 8 }),
        fc.constantFrom(...LAYOUT_NAMES),
        fc.subarray([...ENTITY_TYPES]),
        (ids, layout, types) => {
          const positions = Object.fromEntries(ids.map((i, k) => [i, { x: k * 7 - 3, y: 0 - k }]));
          const view: ViewState = {
            ...emptyView(),
            shown: ids,
            positions,
            pinned: ids.slice(0, 1),
            layout,
            selected: ids[0] ?? null,
            filters: { ...emptyView().filters, types },
          };
          expect(decodeView(encodeView(view))).toEqual(grouped(view));
        },
      ),
    );
  });
});
