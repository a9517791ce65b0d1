import { describe, expect, it } from 'vitest';
import { nearestTo, nextInDirection, type NavPoint } from '../../explorer/src/graph/keyboardNav.ts';

//      up
// left c  right       (y grows downwards, as on screen)
//      down
const c: NavPoint = { id: 'c', x: 0, y: 0 };
const points: NavPoint[] = [
  c,
  { id: 'right', x: 100, y: 10 },
  { id: 'farRight', x: 300, y: 0 },
  { id: 'left', x: -80, y: -20 },
  { id: 'up', x: 5, y: -90 },
  { id: 'down', x: -10, y: 120 },
  { id: 'diagonal', x: 60, y: 200 },
];

describe('keyboard navigation on the canvas', () => {
  it('moves to the nearest entity in the direction of the arrow', () => {
    expect(nextInDirection(points, c, 'right')).toBe('right');
    expect(nextInDirection(points, c, 'left')).toBe('left');
    expect(nextInDirection(points, c, 'up')).toBe('up');
    expect(nextInDirection(points, c, 'down')).toBe('down');
  });

  it('prefers an entity straight ahead over a nearer one far off to the side', () => {
    const pts: NavPoint[] = [c, { id: 'aside', x: 20, y: 60 }, { id: 'ahead', x: 150, y: 5 }];
    expect(nextInDirection(pts, c, 'right')).toBe('ahead');
  });

  it('still reaches an entity that lies only off to the side', () => {
    const pts: NavPoint[] = [c, { id: 'aside', x: 20, y: 60 }];
    expect(nextInDirection(pts, c, 'right')).toBe('aside');
    expect(nextInDirection(pts, c, 'left')).toBeNull();
  });

  it('steps through entities stacked on one spot in id order', () => {
    const pts: NavPoint[] = [
      { id: 'b', x: 0, y: 0 },
      { id: 'a', x: 0, y: 0 },
      { id: 'c', x: 0, y: 0 },
    ];
    expect(nextInDirection(pts, pts[0]!, 'right')).toBe('c');
    expect(nextInDirection(pts, pts[0]!, 'left')).toBe('a');
  });

  it('reaches every entity from any other by arrow keys', () => {
    const reach = new Set(['c']);
    const queue = ['c'];
    while (queue.length) {
      const id = queue.shift();
      const from = points.find((p) => p.id === id)!;
      for (const dir of ['left', 'right', 'up', 'down'] as const) {
        const next = nextInDirection(points, from, dir);
        if (next && !reach.has(next)) {
          reach.add(next);
          queue.push(next);
        }
      }
    }
    expect(reach.size).toBe(points.length);
  });

  it('starts from the entity nearest the middle of the screen', () => {
    expect(nearestTo(points, { x: 90, y: 0 })).toBe('right');
    expect(nearestTo([], { x: 0, y: 0 })).toBeNull();
  });
});
