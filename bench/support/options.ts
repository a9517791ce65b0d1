import { DEFAULT_SEED, isScaleName, type ScaleName } from '../corpus/index.ts';

/** What every benchmark takes from the command line. */
export interface BenchOptions {
  scale: ScaleName;
  seed: number;
  /** seconds per load-test cell (API) */
  duration: number;
  /** write results under bench/results (false: print only) */
  write: boolean;
  /** the whole-scale load stops (and extrapolates) after this long */
  maxLoadMinutes: number;
  /** bench:load keeps its store and figures here and continues from them (support/keptLoad.ts) */
  keep: string | null;
  /** bench:explorer's overview saves a PNG of the overview here (and of the country's grouped picture beside it) */
  screenshot: string | null;
}

export const USAGE = `usage: npm run bench[:extract|:load|:api|:explorer|:memory] -- [--scale small|medium|large] [--seed N] [--duration SECONDS] [--max-load-minutes N] [--keep DIR] [--screenshot FILE.png] [--no-write]`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const opts: BenchOptions = { scale: 'small', seed: DEFAULT_SEED, duration: 5, write: true, maxLoadMinutes: 20, keep: null, screenshot: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--scale') {
      const v = value();
      if (!isScaleName(v)) throw new Error(`--scale must be small, medium or large (got '${v}')\n${USAGE}`);
      opts.scale = v;
    } else if (a === '--seed') opts.seed = positiveInt(a, value());
    else if (a === '--duration') opts.duration = positiveInt(a, value());
    else if (a === '--max-load-minutes') opts.maxLoadMinutes = positiveInt(a, value());
    else if (a === '--keep') opts.keep = value();
    else if (a === '--screenshot') {
      const v = value();
      if (!v.endsWith('.png')) throw new Error(`--screenshot must name a .png file (got '${v}')\n${USAGE}`);
      opts.screenshot = v;
    }
    else if (a === '--no-write') opts.write = false;
    else throw new Error(`unknown option '${a}'\n${USAGE}`);
  }
  return opts;
}

function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer (got '${v}')`);
  return n;
}
