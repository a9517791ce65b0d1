/**
 * Where entities that arrive on a drawn canvas go, without moving anything
 * already there (the person's mental map): an expansion's neighbours on
 * rings around the expanded entity, any other newcomer around a drawn
 * neighbour, and one tied to nothing drawn beside the drawing. Spots within
 * `clearance` of an entity (drawn or just placed) are skipped, and a ring's
 * newcomers fan out on the side facing away from the rest of the drawing.
 */
import type { Point } from '../state/ViewState.ts';
import { fanDefaults, ringCapacity } from './fanOut.ts';

export const placementDefaults = {
  ...fanDefaults,
  clearance: 48, // px: no newcomer closer than this to another entity (nodes are up to ~40 px wide)
  maxRings: 400, // rings tried around one entity before settling for the outermost spots
};
export type PlacementOptions = typeof placementDefaults;

export interface PlacementInput {
  /** entities already drawn: they keep these positions */
  placed: ReadonlyMap<string, Point>;
  /** entities to place, in the order they arrived */
  newcomers: readonly string[];
  neighbours(id: string): Iterable<string>;
  /** the entity just expanded: its neighbours go around it */
  parent?: string | null;
}

/** Positions for the newcomers only; every entity in `placed` stays where it is. */
export function placeNewcomers(input: PlacementInput, opts: PlacementOptions = placementDefaults): Map<string, Point> {
  const out = new Map<string, Point>();
  const todo = input.newcomers.filter((id) => !input.placed.has(id));
  if (todo.length === 0) return out;
  const grid = new SpotGrid(opts.clearance);
  for (const p of input.placed.values()) grid.add(p);
  const centre = centroid([...input.placed.values()]);
  const where = (id: string): Point | undefined => input.placed.get(id) ?? out.get(id);
  const put = (ids: readonly string[], around: Point, allowCentre: boolean): void => {
    const spots = freeSpots(around, ids.length, grid, awayFrom(centre, around), allowCentre, opts);
    ids.forEach((id, i) => {
      out.set(id, spots[i]!);
      grid.add(spots[i]!);
    });
  };

  let remaining = todo;
  const parent = input.parent ?? null;
  if (parent && remaining.includes(parent)) {
    // an expanded entity that was not drawn yet first gets a spot of its own
    remaining = remaining.filter((id) => id !== parent);
    const anchor = [...input.neighbours(parent)].find((n) => input.placed.has(n));
    if (anchor) put([parent], input.placed.get(anchor)!, false);
    else put([parent], besideDrawing(input.placed, opts), true);
  }
  while (remaining.length) {
    // waves: each newcomer goes around a neighbour drawn or placed in an earlier wave
    const groups = new Map<string, string[]>();
    const next: string[] = [];
    const parentAt = parent ? where(parent) : undefined;
    const parentNeighbours = parent && parentAt ? new Set(input.neighbours(parent)) : new Set<string>();
    for (const id of remaining) {
      const anchor = parentNeighbours.has(id) ? parent : [...input.neighbours(id)].find((n) => where(n) !== undefined);
      if (!anchor) next.push(id);
      else groups.set(anchor, [...(groups.get(anchor) ?? []), id]);
    }
    for (const [anchor, ids] of groups) put(ids, where(anchor)!, false);
    if (groups.size === 0) {
      // tied to nothing drawn: the first one goes beside the drawing, its neighbours around it next wave
      const [first, ...rest] = next;
      put([first!], besideDrawing(new Map([...input.placed, ...out]), opts), true);
      remaining = rest;
    } else remaining = next;
  }
  return out;
}

/**
 * `count` free spots on rings around `around`, innermost ring first; on each
 * ring the spots closest to the direction `away` (radians) are taken first.
 */
function freeSpots(around: Point, count: number, grid: SpotGrid, away: number, allowCentre: boolean, opts: PlacementOptions): Point[] {
  const out: Point[] = [];
  const taken = new SpotGrid(opts.clearance);
  const free = (p: Point): boolean => !grid.near(p) && !taken.near(p);
  if (allowCentre && free(around)) {
    out.push(around);
    taken.add(around);
  }
  let last: Point[] = [];
  for (let ring = 0; out.length < count && ring < opts.maxRings; ring++) {
    const r = opts.ringRadius + ring * opts.spacing;
    const n = ringCapacity(r, opts.spacing);
    last = [];
    for (const j of fromTheMiddle(n)) {
      const a = away + (2 * Math.PI * j) / n;
      const p = { x: around.x + r * Math.cos(a), y: around.y + r * Math.sin(a) };
      last.push(p);
      if (out.length < count && free(p)) {
        out.push(p);
        taken.add(p);
      }
    }
  }
  // only reached when every ring is crowded: reuse the outermost ring rather than fail
  for (let i = 0; out.length < count; i++) out.push(last[i % last.length]!);
  return out;
}

/** 0, 1, -1, 2, -2, …: ring slots by their distance from the preferred direction. */
function fromTheMiddle(n: number): number[] {
  const out = [0];
  for (let k = 1; out.length < n; k++) {
    out.push(k);
    if (out.length < n) out.push(-k);
  }
  return out;
}

/** The direction from the drawing's middle to a point; straight up when they coincide. */
function awayFrom(centre: Point | null, p: Point): number {
  if (!centre) return -Math.PI / 2;
  const dx = p.x - centre.x;
  const dy = p.y - centre.y;
  return Math.hypot(dx, dy) < 1 ? -Math.PI / 2 : Math.atan2(dy, dx);
}

function centroid(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

/** Just right of the drawing, level with its middle: where something unrelated to it goes. */
function besideDrawing(placed: ReadonlyMap<string, Point>, opts: PlacementOptions): Point {
  if (placed.size === 0) return { x: 0, y: 0 };
  let minY = Infinity;
  let maxY = -Infinity;
  let maxX = -Infinity;
  for (const p of placed.values()) {
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    maxX = Math.max(maxX, p.x);
  }
  return { x: maxX + opts.ringRadius + opts.spacing, y: (minY + maxY) / 2 };
}

/** Points in square cells of the clearance's size, so "is anything near" looks at 9 cells, not every point. */
class SpotGrid {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly clearance: number) {}

  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }

  add(p: Point): void {
    const k = this.key(Math.floor(p.x / this.clearance), Math.floor(p.y / this.clearance));
    const cell = this.cells.get(k);
    if (cell) cell.push(p);
    else this.cells.set(k, [p]);
  }

  near(p: Point): boolean {
    const cx = Math.floor(p.x / this.clearance);
    const cy = Math.floor(p.y / this.clearance);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) if (Math.hypot(q.x - p.x, q.y - p.y) < this.clearance) return true;
      }
    }
    return false;
  }
}
