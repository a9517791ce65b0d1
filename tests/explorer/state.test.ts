import { describe, expect, it } from 'vitest';
import { History } from '../../explorer/src/state/History.ts';
import {
  addEntities,
  collapse,
  emptyView,
  filtersActive,
  hideEntities,
  removeEntities,
  setFilters,
  setGroups,
  setHub,
  setPinned,
  showHidden,
  withPositions,
} from '../../explorer/src/state/ViewState.ts';
import { countriesOf, eventDateSpan, passesFilters, visibleIds } from '../../explorer/src/state/filters.ts';
import { GraphStore } from '../../explorer/src/state/GraphStore.ts';
import type { GEdge, GNode } from '../../explorer/src/model.ts';
import { normalizeType, typeOfId } from '../../explorer/src/model.ts';

const edge = (source: string, target: string, type = 'PARTNERED'): GEdge => ({ id: `${source}-${type}-${target}`, source, target, type });

describe('ViewState', () => {
  it('should add entities once, in arrival order, skipping hidden ones', () => {
    let s = addEntities(emptyView(), ['a', 'b', 'a']);
    expect(s.shown).toEqual(['a', 'b']);
    s = hideEntities(s, ['b']);
    expect(s.shown).toEqual(['a']);
    expect(s.hidden).toEqual(['b']);
    s = addEntities(s, ['b', 'c']);
    expect(s.shown).toEqual(['a', 'c']);
    s = addEntities(s, ['b'], { reveal: true });
    expect(s.shown).toEqual(['a', 'c', 'b']);
    expect(s.hidden).toEqual([]);
  });

  it('should return the same object when nothing changes, so no undo step is recorded', () => {
    const s = addEntities(emptyView(), ['a']);
    expect(addEntities(s, ['a'])).toBe(s);
    expect(hideEntities(s, ['zzz'])).toBe(s);
    expect(setPinned(s, ['zzz'], true)).toBe(s);
    expect(showHidden(s)).toBe(s);
  });

  it('should bring hidden entities back with showHidden', () => {
    const s = showHidden(hideEntities(addEntities(emptyView(), ['a', 'b']), ['a']));
    expect(new Set(s.shown)).toEqual(new Set(['a', 'b']));
    expect(s.hidden).toEqual([]);
  });

  it('should collapse only the neighbours that hang on the node alone', () => {
    const edges = [edge('hub', 'leaf1'), edge('hub', 'leaf2'), edge('hub', 'shared'), edge('other', 'shared')];
    let s = addEntities(emptyView(), ['hub', 'leaf1', 'leaf2', 'shared', 'other']);
    s = setPinned(s, ['leaf2'], true);
    s = collapse(s, 'hub', edges);
    expect(s.shown).toEqual(['hub', 'leaf2', 'shared', 'other']);
  });

  it('should drop selection, pins and positions of removed entities', () => {
    let s = addEntities(emptyView(), ['a', 'b']);
    s = withPositions(setPinned({ ...s, selected: 'a' }, ['a'], true), { a: { x: 1.4, y: 2.6 }, b: { x: 0, y: 0 } });
    expect(s.positions.a).toEqual({ x: 1, y: 3 });
    s = removeEntities(s, ['a']);
    expect(s.selected).toBeNull();
    expect(s.pinned).toEqual([]);
    expect(s.positions.a).toBeUndefined();
  });

  it('should forget that a hub’s neighbours are grouped once the hub is hidden or removed, and keep it otherwise', () => {
    const s = setHub(addEntities(emptyView(), ['org:hub', 'org:a']), 'org:hub');
    expect(hideEntities(s, ['org:a']).hub).toBe('org:hub');
    expect(hideEntities(s, ['org:hub']).hub).toBeNull();
    expect(removeEntities(s, ['org:hub']).hub).toBeNull();
    expect(setHub(s, 'org:hub')).toBe(s); // no change, no undo step
  });

  it('should record the groups opened as part of the view, the same object when nothing changes', () => {
    const s = emptyView();
    const opened = { grouping: 'country' as const, opened: [{ id: 'group:0:country:KZ', name: 'Kazakhstan' }] };
    expect(setGroups(s, opened).groups).toBe(opened);
    expect(setGroups(s, s.groups)).toBe(s);
    expect(s.groups).toEqual({ grouping: 'country', opened: [] });
  });

  it('should report whether any filter narrows the view', () => {
    const s = emptyView();
    expect(filtersActive(s.filters)).toBe(false);
    expect(filtersActive(setFilters(s, { countries: ['KZ'] }).filters)).toBe(true);
  });
});

describe('History', () => {
  it('should undo and redo steps, and forget the redo side on a new step', () => {
    const h = new History(0);
    h.push(1);
    h.push(2);
    expect(h.undo()).toBe(1);
    expect(h.undo()).toBe(0);
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBe(0);
    expect(h.redo()).toBe(1);
    h.push(5);
    expect(h.canRedo).toBe(false);
    expect(h.present).toBe(5);
  });

  it('should keep at most `limit` past steps', () => {
    const h = new History(0, 3);
    for (let i = 1; i <= 10; i++) h.push(i);
    h.undo();
    h.undo();
    h.undo();
    expect(h.canUndo).toBe(false);
    expect(h.present).toBe(7);
  });

  it('should not record a step when replace is used or the state is unchanged', () => {
    const s = emptyView();
    const h = new History(s);
    h.push(s);
    h.replace({ ...s, selected: 'x' });
    expect(h.canUndo).toBe(false);
    expect(h.present.selected).toBe('x');
  });

  it('should undo an expand, a hide and a pin in reverse order', () => {
    const h = new History(emptyView());
    h.push(addEntities(h.present, ['a', 'b', 'c']));
    h.push(hideEntities(h.present, ['b']));
    h.push(setPinned(h.present, ['a'], true));
    expect(h.undo().pinned).toEqual([]);
    expect(h.undo().shown).toEqual(['a', 'b', 'c']);
    expect(h.undo().shown).toEqual([]);
    expect(h.redo().shown).toEqual(['a', 'b', 'c']);
  });
});

describe('filters', () => {
  const org: GNode = { id: 'org:a', type: 'Organization', name: 'A', degree: 3, countryCode: 'KZ' };
  const person: GNode = { id: 'person:p', type: 'Person', name: 'P', degree: 1 };
  const event: GNode = { id: 'event:e', type: 'Event', name: 'E', degree: 5, startDate: '2023-11-16', endDate: '2023-11-20' };
  const ctx = { topicIds: null };

  it('should filter by type and country, keeping entities without a country', () => {
    const f = { types: ['Organization', 'Person'] as const, countries: ['RU'], topic: null, from: null, to: null };
    expect(passesFilters(org, { ...f, types: [...f.types] }, ctx)).toBe(false);
    expect(passesFilters(person, { ...f, types: [...f.types] }, ctx)).toBe(true);
    expect(passesFilters(event, { ...f, types: [...f.types] }, ctx)).toBe(false);
  });

  it('filters an event out when it is held in another country', () => {
    const f = { types: null, countries: ['RU'], topic: null, from: null, to: null };
    expect(passesFilters({ ...event, countryCode: 'KZ', countryCodes: ['KZ'] }, f, ctx)).toBe(false);
    expect(passesFilters({ ...event, countryCode: 'KZ', countryCodes: ['KZ'] }, { ...f, countries: ['KZ'] }, ctx)).toBe(true);
  });

  it('keeps an event held in several countries when any of them is chosen', () => {
    const f = { types: null, countries: ['RU'], topic: null, from: null, to: null };
    const twoCountries: GNode = { ...event, countryCode: 'KZ', countryCodes: ['KZ', 'RU'] };
    expect(passesFilters(twoCountries, f, ctx)).toBe(true);
    expect(passesFilters(twoCountries, { ...f, countries: ['UZ', 'KZ'] }, ctx)).toBe(true);
    expect(passesFilters(twoCountries, { ...f, countries: ['UZ'] }, ctx)).toBe(false);
    expect(countriesOf(twoCountries)).toEqual(['KZ', 'RU']);
  });

  it('keeps an event whose country is unknown, as any entity without one', () => {
    const f = { types: null, countries: ['RU'], topic: null, from: null, to: null };
    expect(passesFilters({ ...event, countryCodes: [] }, f, ctx)).toBe(true);
    expect(countriesOf(org)).toEqual(['KZ']);
  });

  it('should keep events overlapping the date range and drop undated events', () => {
    const f = { types: null, countries: [], topic: null, from: '2023-11-18', to: '2023-12-31' };
    expect(passesFilters(event, f, ctx)).toBe(true);
    expect(passesFilters(event, { ...f, from: '2023-11-21' }, ctx)).toBe(false);
    expect(passesFilters({ ...event, startDate: null, endDate: null }, f, ctx)).toBe(false);
    expect(passesFilters(org, f, ctx)).toBe(true);
  });

  it('should keep only entities near the topic when a topic is chosen', () => {
    const f = { types: null, countries: [], topic: 'topic:t', from: null, to: null };
    const ids = visibleIds([org, person, event], f, { topicIds: new Set(['event:e']) });
    expect([...ids]).toEqual(['event:e']);
  });

  it('should find the span of event dates for the time slider', () => {
    expect(eventDateSpan([org, event, { ...event, id: 'event:f', startDate: '2022-01-01', endDate: null }])).toEqual({ min: '2022-01-01', max: '2023-11-20' });
    expect(eventDateSpan([org])).toBeNull();
  });
});

describe('GraphStore', () => {
  it('should merge slices, keep better-known attributes and list edges among a set once', () => {
    const store = new GraphStore();
    store.merge({ nodes: [{ id: 'a', type: 'Organization', name: 'A', degree: 1, countryCode: 'KZ' }], edges: [] });
    store.merge({
      nodes: [
        { id: 'a', type: 'Organization', name: 'A', degree: 2, countryCode: null },
        { id: 'b', type: 'Event', name: 'B', degree: 1 },
      ],
      edges: [edge('a', 'b'), edge('a', 'b')],
    });
    expect(store.nodes.get('a')).toMatchObject({ degree: 2, countryCode: 'KZ' });
    expect(store.edgesAmong(new Set(['a', 'b']))).toHaveLength(1);
    expect(store.edgesAmong(new Set(['a']))).toHaveLength(0);
    expect(store.neighbours('b')).toEqual(['a']);
  });
});

describe('model', () => {
  it('should read types spelt as enum values or type names, and from id prefixes', () => {
    expect(normalizeType('ORGANIZATION')).toBe('Organization');
    expect(normalizeType('Person')).toBe('Person');
    expect(normalizeType('Spaceship')).toBeNull();
    expect(typeOfId('city:kz-astana')).toBe('City');
    expect(typeOfId('nope')).toBeNull();
  });
});
