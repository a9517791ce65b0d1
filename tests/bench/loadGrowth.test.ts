import { describe, expect, it } from 'vitest';
import { extrapolate, fitGrowth, type LoadWindow } from '../../bench/load.ts';

const window = (reports: number, msPerReport: number): LoadWindow => ({ reports, msPerReport, phases: {} });

describe('whole-scale extrapolation', () => {
  // 10 ms per report plus 1 ms per thousand reports already loaded, measured in windows of 1,000.
  const windows = [window(1000, 40), ...[2000, 3000, 4000, 5000].map((n) => window(n, 10 + (n - 500) / 1000))];

  it('fits per-report time as a line in the reports already loaded, leaving the cold first window out', () => {
    const g = fitGrowth(windows)!;
    expect(g.a).toBeCloseTo(10, 6);
    expect(g.b).toBeCloseTo(0.001, 9);
  });

  it('integrates the fitted line over the reports still to load, so a growing cost is not extrapolated as flat', () => {
    const seconds = 60;
    // rest: 10 ms × 95,000 + 0.001/2 × (100,000² − 5,000²) ms = 950 s + 4,987.5 s
    expect(extrapolate(seconds, 5000, 100_000, fitGrowth(windows))).toBeCloseTo(60 + 950 + 4987.5, 6);
    expect(extrapolate(seconds, 5000, 100_000, null)).toBe(1200);
    expect(extrapolate(seconds, 100_000, 100_000, fitGrowth(windows))).toBe(60);
  });

  it('gives no fit from fewer than two windows', () => {
    expect(fitGrowth([window(1000, 5)])).toBeNull();
  });
});
