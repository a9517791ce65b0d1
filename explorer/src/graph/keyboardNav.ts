/**
 * Moving between entities on the canvas with the arrow keys: from the
 * focused entity to the nearest one in the pressed direction, as the eye
 * would. Pure (points in, id out), so it is tested headless.
 */
import type { Point } from '../state/ViewState.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export interface NavPoint extends Point {
  id: string;
}

/** How far off-axis counts against a candidate, relative to distance along the axis. */
const OFF_AXIS_WEIGHT = 2;

/**
 * The entity to go to from `from` in a direction (y grows downwards), or null
 * when none lies that way. Entities within 45° of the direction come first,
 * nearest along the axis with off-axis distance weighing double; when there
 * are none, anything on that side will do, so every entity stays reachable.
 */
export function nextInDirection(points: readonly NavPoint[], from: NavPoint, dir: Direction): string | null {
  // entities stacked on the same spot are stepped through in id order: forward with right/down
  const forward = dir === 'right' || dir === 'down';
  const closerId = (a: string, b: string) => (forward ? a < b : a > b);
  let best: { id: string; cone: boolean; score: number } | null = null;
  for (const p of points) {
    if (p.id === from.id) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    const stacked = dx === 0 && dy === 0;
    if (stacked ? !closerId(from.id, p.id) : along <= 0) continue;
    const cone = across <= along;
    const score = along + OFF_AXIS_WEIGHT * across;
    if (!best || (cone && !best.cone) || (cone === best.cone && (score < best.score || (score === best.score && closerId(p.id, best.id))))) {
      best = { id: p.id, cone, score };
    }
  }
  return best?.id ?? null;
}

/** Where keyboard focus starts: the entity nearest the middle of the screen. */
export function nearestTo(points: readonly NavPoint[], at: Point): string | null {
  let best: { id: string; d: number } | null = null;
  for (const p of points) {
    const d = (p.x - at.x) ** 2 + (p.y - at.y) ** 2;
    if (!best || d < best.d || (d === best.d && p.id < best.id)) best = { id: p.id, d };
  }
  return best?.id ?? null;
}
