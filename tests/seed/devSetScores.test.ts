import { beforeAll, describe, expect, it } from 'vitest';
import { DEV_SET_FLOORS } from '../../seed/eval/devSetFloors.ts';
import { evaluateDevFolder } from '../../seed/eval/evaluateFolder.ts';
import { figuresOf } from '../../seed/eval/figures.ts';
import { summarize } from '../../seed/eval/summarize.ts';
import { ROOT } from './helpers.ts';

/** The dev set's figures may not fall under the floors of seed/eval/devSetFloors.ts (raise those as extraction improves). */
describe.each(['development', 'held-out'] as const)("extraction on the dev set's %s part", (part) => {
  let figures: Record<string, number>;
  beforeAll(async () => {
    const { reports } = await evaluateDevFolder(`${ROOT}tests/fixtures/dev-reports`);
    figures = figuresOf(summarize(reports.filter((r) => r.part === part)));
  }, 120_000);

  it.each(Object.entries(DEV_SET_FLOORS[part]))('keeps %s at or above %s', (figure, floor) => {
    expect(figures[figure], `${figure} is not computed any more`).toBeDefined();
    expect(figures[figure]).toBeGreaterThanOrEqual(floor);
  });
});
