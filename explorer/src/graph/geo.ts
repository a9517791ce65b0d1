/**
 * The geographic layout: cities and countries sit at their coordinates in a
 * frame fitted to them (graph/geoFrame.ts, which also draws the map beneath);
 * every other entity is fanned out around the place it is tied to
 * (graph/geoAnchors.ts decides which, graph/fanOut.ts where), never stacked
 * on the place or on another. Entities reaching no place line up beneath.
 * No map tiles: it works offline.
 */
import type { GEdge, GNode } from '../model.ts';
import type { Point } from '../state/ViewState.ts';
import { fanOut } from './fanOut.ts';
import { anchorEntities } from './geoAnchors.ts';
import { frameDefaults, geoFrame, project, type GeoFrame } from './geoFrame.ts';

export { coordinatesOf } from './geoAnchors.ts';
export { makeProjection, type LatLon } from './geoFrame.ts';

export const geoDefaults = {
  ...frameDefaults,
  ringRadius: 70, // px: first ring of satellites around a place
  spacing: 56, // px: between satellites on a ring, and between rings
  unplacedGap: 90, // px: spacing of the row of unplaced entities
  minDistance: 56, // px: satellites of neighbouring places are pushed apart to at least this
  relaxIterations: 40, // rounds of pushing apart (skipped above relaxMaxNodes)
  relaxMaxNodes: 1500,
};
export type GeoOptions = typeof geoDefaults;

export interface GeoLayout {
  positions: Map<string, Point>;
  /** the projection the places were put in; null when no entity has a place */
  frame: GeoFrame | null;
}

/** The frame `geoLayout` would use for these entities, without placing them. */
export function geoFrameOf(nodes: readonly GNode[], edges: readonly GEdge[], options: Partial<GeoOptions> = {}): GeoFrame | null {
  const opts = { ...geoDefaults, ...options };
  return geoFrame([...anchorEntities(nodes, edges).places.values()], opts);
}

/** Positions for every node: places by coordinates, the rest fanned out around their place. */
export function geoPositions(nodes: readonly GNode[], edges: readonly GEdge[], options: Partial<GeoOptions> = {}): Map<string, Point> {
  return geoLayout(nodes, edges, options).positions;
}

export function geoLayout(nodes: readonly GNode[], edges: readonly GEdge[], options: Partial<GeoOptions> = {}): GeoLayout {
  const opts = { ...geoDefaults, ...options };
  const { places, anchorOf } = anchorEntities(nodes, edges);
  const frame = geoFrame([...places.values()], opts);
  const pos = new Map<string, Point>();
  if (frame) {
    // several places at one point (a city and its country's capital): side by side
    const taken = new Map<string, number>();
    for (const [id, c] of [...places].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const p = project(frame, c);
      const key = `${Math.round(p.x / 20)}:${Math.round(p.y / 20)}`;
      const k = taken.get(key) ?? 0;
      taken.set(key, k + 1);
      pos.set(id, k === 0 ? p : { x: p.x + opts.ringRadius * 1.6 * k, y: p.y });
    }
  }
  const satellites = new Map<string, string[]>();
  for (const [id, anchor] of [...anchorOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    (satellites.get(anchor) ?? satellites.set(anchor, []).get(anchor)!).push(id);
  }
  for (const [anchor, ids] of satellites) {
    fanOut(pos.get(anchor)!, ids.length, opts).forEach((p, i) => pos.set(ids[i]!, p));
  }
  // a country's capital stood in for a country not drawn: nothing is drawn there
  for (const id of places.keys()) if (id.startsWith('@')) pos.delete(id);
  if (nodes.length <= opts.relaxMaxNodes) relax(pos, new Set(places.keys()), opts);
  placeUnplaced(nodes, pos, opts);
  unstack(pos, opts.minDistance);
  return { positions: pos, frame };
}

/** Entities reaching no place: rows beneath the map. */
function placeUnplaced(nodes: readonly GNode[], pos: Map<string, Point>, opts: GeoOptions): void {
  const rest = nodes.filter((n) => !pos.has(n.id)).map((n) => n.id).sort();
  if (!rest.length) return;
  const ys = [...pos.values()].map((p) => p.y);
  const xs = [...pos.values()].map((p) => p.x);
  const bottom = ys.length ? Math.max(...ys) + opts.ringRadius * 2.5 : 0;
  const left = xs.length ? Math.min(...xs) : 0;
  const perRow = Math.max(8, Math.ceil(Math.sqrt(rest.length) * 2));
  rest.forEach((id, i) => pos.set(id, { x: left + (i % perRow) * opts.unplacedGap, y: bottom + Math.floor(i / perRow) * opts.unplacedGap * 0.6 }));
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

/**
 * The last guarantee that nothing is stacked: relaxing is skipped on big
 * views and can stop early, so an entity still on the same pixel as one
 * before it moves out along a spiral until its spot is free.
 */
function unstack(pos: Map<string, Point>, step: number): void {
  const seen = new Set<string>();
  const key = (p: Point) => `${Math.round(p.x)}:${Math.round(p.y)}`;
  for (const id of [...pos.keys()].sort()) {
    const origin = pos.get(id)!;
    let p = origin;
    for (let i = 1; seen.has(key(p)); i++) {
      const a = i * 2.4; // the golden angle: successive tries never line up
      const r = step * 0.5 * Math.sqrt(i);
      p = { x: origin.x + r * Math.cos(a), y: origin.y + r * Math.sin(a) };
    }
    pos.set(id, p);
    seen.add(key(p));
  }
}
