/**
 * Spots for `count` entities around one point, none on the point or on
 * another: rings outward from it, each holding as many as fit with
 * `spacing` between neighbours, the outermost one spread evenly. Rings are
 * `spacing` apart too, so no two spots are closer than that.
 */
import type { Point } from '../state/ViewState.ts';

export const fanDefaults = {
  ringRadius: 70, // px: the first ring leaves room for the place's own label
  spacing: 56, // px: between neighbours on a ring, and between rings
};
export type FanOptions = typeof fanDefaults;

export function fanOut(center: Point, count: number, opts: FanOptions = fanDefaults): Point[] {
  const out: Point[] = [];
  for (let ring = 0; out.length < count; ring++) {
    const r = opts.ringRadius + ring * opts.spacing;
    const n = Math.min(ringCapacity(r, opts.spacing), count - out.length);
    // each ring starts a little further round, so spokes do not line up
    const start = -Math.PI / 2 + ring * 0.35;
    for (let j = 0; j < n; j++) {
      const a = start + (2 * Math.PI * j) / n;
      out.push({ x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) });
    }
  }
  return out;
}

/** How many spots a ring of radius r holds with chords of at least `spacing`. */
export function ringCapacity(r: number, spacing: number): number {
  if (spacing >= 2 * r) return 1;
  return Math.max(1, Math.floor(Math.PI / Math.asin(spacing / (2 * r))));
}
