/** Counts and the precision, recall and F1 they give. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Nothing predicted (or nothing to find) scores 0, as in the reference scorer, so an empty extractor never looks perfect. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Micro-average: counts summed, then one precision, recall and F1. */
export function sumCounts(all: readonly Counts[]): Prf {
  return prf(
    all.reduce((s, c) => s + c.tp, 0),
    all.reduce((s, c) => s + c.fp, 0),
    all.reduce((s, c) => s + c.fn, 0),
  );
}
