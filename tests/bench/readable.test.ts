import { describe, expect, it } from 'vitest';
import { busiestCountry, looksReadable, readableAt, type CanvasSample, type ReadableWant } from '../../bench/explorer/readable.ts';

const overview: ReadableWant = { note: (n) => n.startsWith('Overview:'), grouped: false };
const grouped: ReadableWant = { note: (n) => n.includes('grouped by type and country'), grouped: true };

const drawn = (t: number, over: Partial<CanvasSample> = {}): CanvasSample => ({
  t,
  busy: false,
  note: 'Overview: the 150 most connected entities. Search or expand to see more.',
  nodes: 150,
  groups: 0,
  labelled: 40,
  labelledGroups: 0,
  groupsOnScreen: 0,
  signature: 'still',
  ...over,
});

describe('when a picture is readable', () => {
  it('should not count a picture whose step has not written its note, while a request runs, or with too few names', () => {
    expect(looksReadable(drawn(0), overview)).toBe(true);
    expect(looksReadable(drawn(0, { note: null }), overview)).toBe(false);
    expect(looksReadable(drawn(0, { busy: true }), overview)).toBe(false);
    expect(looksReadable(drawn(0, { labelled: 9 }), overview)).toBe(false);
    expect(looksReadable(drawn(0, { nodes: 4, labelled: 4 }), overview)).toBe(true);
    expect(looksReadable(drawn(0, { nodes: 0, labelled: 0 }), overview)).toBe(false);
  });

  it('should want every group labelled, and some on screen, in a grouped picture', () => {
    const note = 'Kazakhstan: 2,100 neighbours not drawn yet, grouped by type and country. Open a group, or Show all.';
    expect(looksReadable(drawn(0, { note, groups: 12, labelledGroups: 12, groupsOnScreen: 3 }), grouped)).toBe(true);
    expect(looksReadable(drawn(0, { note, groups: 12, labelledGroups: 11, groupsOnScreen: 3 }), grouped)).toBe(false);
    // every group outside the canvas as drawn: nothing grouped to read
    expect(looksReadable(drawn(0, { note, groups: 12, labelledGroups: 12, groupsOnScreen: 0 }), grouped)).toBe(false);
    expect(looksReadable(drawn(0, { note, groups: 12, labelledGroups: 12, groupsOnScreen: 0 }), { ...grouped, onScreen: false })).toBe(true);
    expect(looksReadable(drawn(0, { note, groups: 0 }), grouped)).toBe(false);
    // the overview's note is still up: the expansion has not drawn yet
    expect(looksReadable(drawn(0, { groups: 12, labelledGroups: 12, groupsOnScreen: 12 }), grouped)).toBe(false);
  });

  it('should give the start of the first still stretch that lasts the settling time, not its end', () => {
    const samples = [drawn(0, { note: null }), drawn(100, { signature: 'a' }), drawn(150, { signature: 'b' }), drawn(200, { signature: 'c' }), drawn(400, { signature: 'c' }), drawn(520, { signature: 'c' })];
    expect(readableAt(samples, overview, 300)).toBe(200);
  });

  it('should start again when the picture moves or stops looking readable within the stretch', () => {
    const moving = [drawn(0, { signature: 'a' }), drawn(200, { signature: 'a' }), drawn(250, { signature: 'b' }), drawn(500, { signature: 'b' })];
    expect(readableAt(moving, overview, 300)).toBeNull();
    const busyAgain = [drawn(0), drawn(200, { busy: true }), drawn(250), drawn(560)];
    expect(readableAt(busyAgain, overview, 300)).toBe(250);
  });
});

describe('the busiest country', () => {
  it('should be the country with most relationships, ties going to the smaller id, other types ignored', () => {
    const nodes = [
      { id: 'org:huge', type: 'Organization', degree: 9000 },
      { id: 'country:uz', type: 'Country', degree: 800 },
      { id: 'country:kz', type: 'Country', degree: 1200 },
      { id: 'country:kg', type: 'Country', degree: 1200 },
    ];
    expect(busiestCountry(nodes)?.id).toBe('country:kg');
    expect(busiestCountry(nodes.slice(0, 1))).toBeNull();
  });
});
