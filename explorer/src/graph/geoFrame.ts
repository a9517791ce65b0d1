/**
 * The geographic layout's projection as plain numbers: equirectangular,
 * centred on the places in view, longitudes scaled by the cosine of their
 * mean latitude so shapes look right there. Being plain data, the same frame
 * places the nodes and draws the map beneath them (graph/worldOutlines.ts).
 */
import type { Point } from '../state/ViewState.ts';

export interface LatLon {
  lat: number;
  lon: number;
}

export interface GeoFrame {
  /** longitude at x = 0; others are wrapped to within 180° of it */
  ref: number;
  /** cosine of the mean latitude: how much a degree of longitude shrinks */
  k: number;
  /** px per degree of latitude */
  scale: number;
  /** latitude at y = 0 */
  cy: number;
}

export const frameDefaults = {
  width: 2400, // px: the extent the places are scaled into
  minSpan: 4, // degrees: a view of one city still spreads its neighbours
};

/** The frame that fits these coordinates into `width`; null without any. */
export function geoFrame(coords: readonly LatLon[], opts: typeof frameDefaults = frameDefaults): GeoFrame | null {
  if (coords.length === 0) return null;
  const lats = coords.map((c) => c.lat);
  const lons = unwrapLongitudes(coords.map((c) => c.lon));
  const meanLat = lats.reduce((a, b) => a + b, 0) / lats.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const span = Math.max((maxLon - minLon) * k, maxLat - minLat, opts.minSpan);
  return { ref: (minLon + maxLon) / 2, k, scale: opts.width / span, cy: (minLat + maxLat) / 2 };
}

/** Where a coordinate lands in the frame (y grows downwards, as on screen). */
export function project(frame: GeoFrame, c: LatLon): Point {
  let lon = c.lon;
  while (lon - frame.ref > 180) lon -= 360;
  while (lon - frame.ref < -180) lon += 360;
  return { x: (lon - frame.ref) * frame.k * frame.scale, y: -(c.lat - frame.cy) * frame.scale };
}

/** `project` bound to the frame of `coords` (the origin for everything when there are none). */
export function makeProjection(coords: readonly LatLon[], opts: typeof frameDefaults = frameDefaults): (c: LatLon) => Point {
  const frame = geoFrame(coords, opts);
  return frame ? (c) => project(frame, c) : () => ({ x: 0, y: 0 });
}

/** Shifts longitudes by 360° where that makes the set tighter (a view across the antimeridian). */
function unwrapLongitudes(lons: number[]): number[] {
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
  const shifted = lons.map((l) => (l < 0 ? l + 360 : l));
  return spread(shifted) < spread(lons) ? shifted : lons;
}

/**
 * Of several frames, the one the drawn places agree with: the most places
 * sitting (within a pixel) where it projects them. After undo, a hide or a
 * reopened link the positions on canvas come from some earlier layout, and
 * the map must be drawn in that layout's frame, not in a fresh one.
 */
export function bestFrame(candidates: readonly GeoFrame[], places: ReadonlyArray<{ at: LatLon; position: Point }>): GeoFrame | null {
  let best: GeoFrame | null = null;
  let bestScore = -1;
  for (const frame of candidates) {
    let score = 0;
    for (const { at, position } of places) {
      const p = project(frame, at);
      if (Math.abs(p.x - position.x) < 1 && Math.abs(p.y - position.y) < 1) score++;
    }
    if (score > bestScore) {
      best = frame;
      bestScore = score;
    }
  }
  return best;
}
