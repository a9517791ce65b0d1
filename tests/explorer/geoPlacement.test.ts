/**
 * The geographic layout in Node: where entities without coordinates go
 * (around the place they are tied to, fanned out, never stacked), and the
 * map beneath drawn in the very projection the nodes are placed in.
 */
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { GraphView } from '../../explorer/src/graph/GraphView.ts';
import { fanOut, fanDefaults } from '../../explorer/src/graph/fanOut.ts';
import { geoDefaults, geoLayout, geoPositions } from '../../explorer/src/graph/geo.ts';
import { bestFrame, geoFrame, project, type GeoFrame, type LatLon } from '../../explorer/src/graph/geoFrame.ts';
import { frameProjection, loadCountries, outlinePaths } from '../../explorer/src/graph/worldOutlines.ts';
import type { GEdge, GNode } from '../../explorer/src/model.ts';
import { GraphStore } from '../../explorer/src/state/GraphStore.ts';
import { addEntities, emptyView, setLayout } from '../../explorer/src/state/ViewState.ts';
import type { Point } from '../../explorer/src/state/ViewState.ts';

const almaty: GNode = { id: 'city:kz-almaty', type: 'City', name: 'Almaty', degree: 6, countryCode: 'KZ', lat: 43.24, lon: 76.89 };
const astana: GNode = { id: 'city:kz-astana', type: 'City', name: 'Astana', degree: 1, countryCode: 'KZ', lat: 51.18, lon: 71.45 };
const kazakhstan: GNode = { id: 'country:KZ', type: 'Country', name: 'Kazakhstan', degree: 3, countryCode: 'KZ' };

const org = (i: number, extra: Partial<GNode> = {}): GNode => ({ id: `org:${i}`, type: 'Organization', name: `Org ${i}`, degree: 1, ...extra });
const edge = (source: string, target: string, type = 'LOCATED_IN'): GEdge => ({ id: `${source}>${target}`, source, target, type });
const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function minPairDistance(points: readonly Point[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) min = Math.min(min, dist(points[i]!, points[j]!));
  return min;
}

describe('fanning entities out around their place', () => {
  it('fans five organizations of one city out around it, none on another', () => {
    const orgs = [1, 2, 3, 4, 5].map((i) => org(i));
    const pos = geoPositions([almaty, astana, ...orgs], orgs.map((o) => edge(o.id, almaty.id)));
    const city = pos.get(almaty.id)!;
    for (const o of orgs) {
      const p = pos.get(o.id)!;
      expect(dist(p, city), o.id).toBeGreaterThanOrEqual(geoDefaults.ringRadius - 1);
      expect(dist(p, city), o.id).toBeLessThan(dist(p, pos.get(astana.id)!)); // around Almaty, not Astana
    }
    expect(minPairDistance(orgs.map((o) => pos.get(o.id)!))).toBeGreaterThanOrEqual(fanDefaults.spacing - 1);
  });

  it('keeps every spot of a fan at least the spacing from the others and off the centre, however many', () => {
    for (const count of [1, 2, 7, 8, 30, 120]) {
      const spots = fanOut({ x: 10, y: -5 }, count);
      expect(spots).toHaveLength(count);
      expect(minPairDistance(spots)).toBeGreaterThanOrEqual(fanDefaults.spacing - 1e-6);
      for (const s of spots) expect(dist(s, { x: 10, y: -5 })).toBeGreaterThanOrEqual(fanDefaults.ringRadius - 1e-6);
    }
  });

  it('puts an event held in a city around the city, not around the country it is also tied to', () => {
    const event: GNode = { id: 'event:forum', type: 'Event', name: 'Forum', degree: 2, countryCode: 'KZ' };
    const pos = geoPositions([almaty, astana, kazakhstan, event], [edge(event.id, kazakhstan.id, 'HELD_IN'), edge(event.id, almaty.id, 'HELD_IN')]);
    expect(dist(pos.get(event.id)!, pos.get(almaty.id)!)).toBeLessThan(2 * geoDefaults.ringRadius);
  });

  it('places an organization known only by its country around that country, drawn or not', () => {
    const lone = org(1, { countryCode: 'KZ' });
    const withCountry = geoPositions([almaty, kazakhstan, lone], []);
    expect(dist(withCountry.get(lone.id)!, withCountry.get(kazakhstan.id)!)).toBeLessThan(2 * geoDefaults.ringRadius);
    // the country is not drawn: around its capital, which is where Astana is
    const withoutCountry = geoLayout([almaty, astana, lone], []);
    const capital = project(withoutCountry.frame!, { lat: 51.17, lon: 71.45 });
    const p = withoutCountry.positions.get(lone.id)!;
    expect(dist(p, capital)).toBeLessThan(3 * geoDefaults.ringRadius);
    expect(dist(p, capital)).toBeGreaterThan(10);
  });

  it('takes a person to the place of their organization, not of an event they spoke at elsewhere', () => {
    const person: GNode = { id: 'person:a', type: 'Person', name: 'A', degree: 2 };
    const event: GNode = { id: 'event:almaty-forum', type: 'Event', name: 'Forum', degree: 2 };
    const pos = geoPositions(
      [almaty, astana, org(1), event, person],
      [edge('org:1', astana.id), edge(event.id, almaty.id, 'HELD_IN'), edge(person.id, 'org:1', 'AFFILIATED_WITH'), edge(person.id, event.id, 'SPOKE_AT')],
    );
    expect(dist(pos.get(person.id)!, pos.get(astana.id)!)).toBeLessThan(dist(pos.get(person.id)!, pos.get(almaty.id)!));
  });

  it('never stacks two entities on one point, even where pushing apart is skipped for size', () => {
    const orgs = Array.from({ length: 1600 }, (_, i) => org(i, { countryCode: i % 3 ? 'KZ' : undefined }));
    const nodes = [almaty, astana, kazakhstan, ...orgs];
    const edges = orgs.filter((_, i) => i % 3 === 0).map((o, i) => edge(o.id, i % 2 ? almaty.id : astana.id));
    const pos = geoPositions(nodes, edges);
    expect(nodes.length).toBeGreaterThan(geoDefaults.relaxMaxNodes);
    expect(pos.size).toBe(nodes.length);
    const spots = new Set([...pos.values()].map((p) => `${Math.round(p.x)}:${Math.round(p.y)}`));
    expect(spots.size).toBe(nodes.length);
  });
});

describe('the map beneath the geographic layout', () => {
  const frames: GeoFrame[] = [
    geoFrame([almaty, astana].map((c) => ({ lat: c.lat!, lon: c.lon! })))!,
    geoFrame([
      { lat: -18.14, lon: 178.44 }, // Suva and Apia: a view across the antimeridian
      { lat: -13.83, lon: -171.76 },
    ])!,
  ];

  it('projects a coordinate onto the same pixel for the nodes and for the map', () => {
    const probes: LatLon[] = [
      { lat: 43.24, lon: 76.89 },
      { lat: 55.75, lon: 37.62 },
      { lat: -33.9, lon: 151.2 },
      { lat: -13.83, lon: -171.76 },
      { lat: 64.1, lon: -21.9 },
    ];
    for (const frame of frames) {
      const map = frameProjection(frame);
      for (const c of probes) {
        const node = project(frame, c);
        const [x, y] = map([c.lon, c.lat])!;
        expect(x).toBeCloseTo(node.x, 6);
        expect(y).toBeCloseTo(node.y, 6);
      }
    }
  });

  it('draws Natural Earth’s countries, a city inside its own country’s outline', async () => {
    const countries = await loadCountries();
    expect(countries.features.length).toBeGreaterThan(150);
    const paths = outlinePaths(countries, frames[0]!);
    expect(paths.countries).toMatch(/^M/);
    expect(paths.sphere).toMatch(/^M/);
    const kz = countries.features.find((f) => f.properties?.name === 'Kazakhstan') as Feature;
    expect(geoContains(kz, [almaty.lon!, almaty.lat!])).toBe(true);
    // the outline's projected box holds the city's node
    const [[west, south], [east, north]] = geoBounds(kz);
    const corner1 = project(frames[0]!, { lat: north, lon: west });
    const corner2 = project(frames[0]!, { lat: south, lon: east });
    const city = project(frames[0]!, { lat: almaty.lat!, lon: almaty.lon! });
    expect(city.x).toBeGreaterThan(corner1.x);
    expect(city.x).toBeLessThan(corner2.x);
    expect(city.y).toBeGreaterThan(corner1.y);
    expect(city.y).toBeLessThan(corner2.y);
  });

  it('draws the map in the frame the places on canvas were laid out in, after an undo to an earlier layout', () => {
    const [now, earlier] = frames as [GeoFrame, GeoFrame];
    const at = { lat: almaty.lat!, lon: almaty.lon! };
    expect(bestFrame([now, earlier], [{ at, position: project(earlier, at) }])).toBe(earlier);
    expect(bestFrame([now, earlier], [])).toBe(now);
  });

  it('tells the page to show the map for the geographic layout only', async () => {
    const store = new GraphStore();
    const orgs = [1, 2].map((i) => org(i));
    store.merge({ nodes: [almaty, astana, ...orgs], edges: orgs.map((o) => edge(o.id, almaty.id)) });
    const view = new GraphView();
    const told: Array<GeoFrame | null> = [];
    view.on({ map: (frame) => told.push(frame) });
    let state = setLayout(addEntities(emptyView(), [almaty.id, astana.id, 'org:1', 'org:2']), 'geo');
    await view.render(state, store, new Set(state.shown));
    await view.runLayout(state, store);
    view.syncMap(state, store);
    expect(told.at(-1)).not.toBeNull();
    const city = view.cy.getElementById(almaty.id).position();
    const onMap = project(told.at(-1)!, { lat: almaty.lat!, lon: almaty.lon! });
    expect(dist(city, onMap)).toBeLessThan(1);
    state = setLayout(state, 'fcose');
    view.syncMap(state, store);
    expect(told.at(-1)).toBeNull();
  });
});
