/** Named corpus sizes. `large` is ≈1M relationships once loaded (MENTIONS included). */
export const SCALES = {
  small: { reports: 1_000, organizations: 400, people: 700 }, // a foundation's archive
  medium: { reports: 10_000, organizations: 2_500, people: 4_000 }, // a national programme
  large: { reports: 100_000, organizations: 12_000, people: 6_000 }, // an analyst's region
} as const;

export type ScaleName = keyof typeof SCALES;

export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

export function isScaleName(s: string): s is ScaleName {
  return (SCALE_NAMES as string[]).includes(s);
}

/** The corpus seed used unless --seed says otherwise. */
export const DEFAULT_SEED = 20231116;
