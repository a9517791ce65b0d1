/**
 * The geographic layout: countries and cities sit at their coordinates
 * (equirectangular projection scaled by the cosine of the mean latitude, so
 * shapes look right at the latitudes in view); every other entity is arranged
 * in a ring around the place it belongs to — an organization around its city
 * or country, an event around where it was held, a person around their
 * organization's place. Entities with no place at all line up beneath.
 * No map tiles: it works offline.
 */
import type { GEdge, GNode } from '../model.ts';
import { COUNTRY_POSITIONS } from './countryPositions.ts';
import type { Point } from '../state/ViewState.ts';

export const geoDefaults = {
  width: 2400, // px: the extent the placed points are scaled into
  minSpan: 4, // degrees: a view of one city still spreads its neighbours
  ringRadius: 70, // px: first ring of satellites around a place
  ringStep: 48, // px: further rings
  perRing: 10, // satellites on the first ring (grows with each ring)
  unplacedGap: 90, // px: spacing of the row of unplaced entities
  minDistance: 56, // px: satellites are pushed apart to at least this
  relaxIterations: 40, // rounds of pushing apart (skipped above relaxMaxNodes)
  relaxMaxNodes: 1500,
};
export type GeoOptions = typeof geoDefaults;

export interface LatLon {
  lat: number;
  lon: number;
}

/** Where a node is on Earth: its own coordinates, or for a country its capital. */
export function coordinatesOf(node: GNode): LatLon | null {
  if (typeof node.lat === 'number' && typeof node.lon === 'number' && Number.isFinite(node.lat) && Number.isFinite(node.lon)) {
    return { lat: node.lat, lon: node.lon };
  }
  if (node.type === 'Country') {
    const code = node.countryCode ?? node.id.replace(/^country:/, '').toUpperCase();
    const p = COUNTRY_POSITIONS[code];
    if (p) return { lat: p[0], lon: p[1] };
  }
  return null;
}

/**
 * Projects coordinates to screen-like points (y grows downwards) fitting
 * `width`; returns the projector so other points can use the same frame.
 */
export function makeProjection(coords: readonly LatLon[], opts: Pick<GeoOptions, 'width' | 'minSpan'> = geoDefaults): (c: LatLon) => Point {
  if (coords.length === 0) return () => ({ x: 0, y: 0 });
  const lats = coords.map((c) => c.lat);
  const lons = unwrapLongitudes(coords.map((c) => c.lon));
  const meanLat = lats.reduce((a, b) => a + b, 0) / lats.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const span = Math.max((maxLon - minLon) * k, maxLat - minLat, opts.minSpan);
  const scale = opts.width / span;
  const cx = ((minLon + maxLon) / 2) * k;
  const cy = (minLat + maxLat) / 2;
  const ref = (minLon + maxLon) / 2;
  return (c) => {
    let lon = c.lon;
    while (lon - ref > 180) lon -= 360;
    while (lon - ref < -180) lon += 360;
    return { x: (lon * k - cx) * scale, y: -(c.lat - cy) * scale };
  };
}

/** Shifts longitudes by 360° where that makes the set tighter (a view across the antimeridian). */
function unwrapLongitudes(lons: number[]): number[] {
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  const shifted = lons.map((l) => (l < 0 ? l + 360 : l));
  return spread(shifted) < spread(lons) ? shifted : lons;
}

/** Positions for every node: places by coordinates, the rest around their place. */
export function geoPositions(nodes: readonly GNode[], edges: readonly GEdge[], options: Partial<GeoOptions> = {}): Map<string, Point> {
  const opts = { ...geoDefaults, ...options };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const coords = new Map<string, LatLon>();
  for (const n of nodes) {
    const c = coordinatesOf(n);
    if (c) coords.set(n.id, c);
  }
  // a country's entities: place them near the country when the country itself is not on canvas
  const countriesShown = new Set(nodes.filter((n) => n.type === 'Country').map((n) => n.countryCode ?? n.id.replace(/^country:/, '').toUpperCase()));
  const nextToPlace = placeNeighbours(edges, byId);
  for (const n of nodes) {
    if (coords.has(n.id) || n.type === 'Country' || !n.countryCode) continue;
    if (countriesShown.has(n.countryCode) || nextToPlace.has(n.id)) continue;
    const p = COUNTRY_POSITIONS[n.countryCode];
    if (p) coords.set(n.id, { lat: p[0], lon: p[1] });
  }
  const project = makeProjection([...coords.values()], opts);
  const pos = new Map<string, Point>();
  // several places at the same point (a city and its country's capital): nudge apart
  const taken = new Map<string, number>();
  for (const [id, c] of [...coords].sort(([a], [b]) => a.localeCompare(b))) {
    const p = project(c);
    const key = `${Math.round(p.x / 20)}:${Math.round(p.y / 20)}`;
    const k = taken.get(key) ?? 0;
    taken.set(key, k + 1);
    pos.set(id, k === 0 ? p : { x: p.x + opts.ringRadius * 1.6 * k, y: p.y });
  }
  // everyone else: breadth-first from the placed ones, each joining the ring of its nearest place
  const adj = new Map<string, string[]>();
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    (adj.get(e.source) ?? adj.set(e.source, []).get(e.source)!).push(e.target);
    (adj.get(e.target) ?? adj.set(e.target, []).get(e.target)!).push(e.source);
  }
  const anchorOf = new Map<string, string>();
  let frontier = [...pos.keys()].sort();
  const seen = new Set(frontier);
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const m of (adj.get(id) ?? []).slice().sort()) {
        if (seen.has(m)) continue;
        seen.add(m);
        anchorOf.set(m, anchorOf.get(id) ?? id);
        next.push(m);
      }
    }
    frontier = next;
  }
  const satellites = new Map<string, string[]>();
  for (const [id, anchor] of [...anchorOf].sort(([a], [b]) => a.localeCompare(b))) {
    if (!satellites.has(anchor)) satellites.set(anchor, []);
    satellites.get(anchor)!.push(id);
  }
  for (const [anchor, ids] of satellites) {
    const center = pos.get(anchor)!;
    let ring = 0;
    let i = 0;
    while (i < ids.length) {
      const capacity = opts.perRing + ring * 6;
      const count = Math.min(capacity, ids.length - i);
      const r = opts.ringRadius + ring * opts.ringStep;
      for (let j = 0; j < count; j++, i++) {
        const a = (2 * Math.PI * j) / count + ring * 0.35 - Math.PI / 2;
        pos.set(ids[i]!, { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) });
      }
      ring++;
    }
  }
  if (nodes.length <= opts.relaxMaxNodes) relax(pos, new Set(coords.keys()), opts);
  // no place reachable: a row beneath the map
  const rest = nodes.filter((n) => !pos.has(n.id)).map((n) => n.id).sort();
  if (rest.length) {
    const ys = [...pos.values()].map((p) => p.y);
    const xs = [...pos.values()].map((p) => p.x);
    const bottom = ys.length ? Math.max(...ys) + opts.ringRadius * 2.5 : 0;
    const left = xs.length ? Math.min(...xs) : 0;
    const perRow = Math.max(8, Math.ceil(Math.sqrt(rest.length) * 2));
    rest.forEach((id, i) => pos.set(id, { x: left + (i % perRow) * opts.unplacedGap, y: bottom + Math.floor(i / perRow) * opts.unplacedGap * 0.6 }));
  }
  return pos;
}

/** Ids with a city or country next to them on canvas. */
function placeNeighbours(edges: readonly GEdge[], byId: Map<string, GNode>): Set<string> {
  const out = new Set<string>();
  const isPlace = (id: string) => {
    const t = byId.get(id)?.type;
    return t === 'City' || t === 'Country';
  };
  for (const e of edges) {
    if (isPlace(e.target)) out.add(e.source);
    if (isPlace(e.source)) out.add(e.target);
  }
  return out;
}

/**
 * Pushes overlapping satellites apart (places stay at their coordinates):
 * rings of neighbouring places overlap when the places are close.
 */
function relax(pos: Map<string, Point>, fixed: ReadonlySet<string>, opts: GeoOptions): void {
  const ids = [...pos.keys()].sort();
  const d = opts.minDistance;
  for (let it = 0; it < opts.relaxIterations; it++) {
    let moved = false;
    // spatial hash: only neighbours in adjacent cells are compared
    const grid = new Map<string, string[]>();
    const cell = (p: Point) => `${Math.floor(p.x / d)}:${Math.floor(p.y / d)}`;
    for (const id of ids) {
      const k = cell(pos.get(id)!);
      (grid.get(k) ?? grid.set(k, []).get(k)!).push(id);
    }
    for (const id of ids) {
      const p = pos.get(id)!;
      const cx = Math.floor(p.x / d);
      const cy = Math.floor(p.y / d);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const other of grid.get(`${gx}:${gy}`) ?? []) {
            if (other <= id) continue;
            const q = pos.get(other)!;
            let dx = q.x - p.x;
            let dy = q.y - p.y;
            let dist = Math.hypot(dx, dy);
            if (dist >= d) continue;
            if (dist < 1e-6) {
              dx = 1;
              dy = 0;
              dist = 1;
            }
            const push = (d - dist) / 2;
            const ux = dx / dist;
            const uy = dy / dist;
            const fixP = fixed.has(id);
            const fixQ = fixed.has(other);
            if (fixP && fixQ) continue;
            const kp = fixP ? 0 : fixQ ? 2 : 1;
            const kq = fixQ ? 0 : fixP ? 2 : 1;
            p.x -= ux * push * kp;
            p.y -= uy * push * kp;
            q.x += ux * push * kq;
            q.y += uy * push * kq;
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
}
