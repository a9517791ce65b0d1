import { beforeAll, describe, expect, it } from 'vitest';
import { ALIGNED_TYPES } from '../../seed/eval/alignedTypes.ts';
import { evaluateSeedFolder } from '../../seed/eval/evaluateFolder.ts';
import { summarize, type Summary } from '../../seed/eval/summarize.ts';
import { ROOT } from './helpers.ts';

describe('extraction quality on the hand-annotated seed reports', () => {
  let seeds: Summary;
  beforeAll(async () => {
    seeds = summarize((await evaluateSeedFolder(`${ROOT}tests/fixtures`, ROOT)).reports, ALIGNED_TYPES);
  });

  it.each(['Organization', 'Person', 'Country', 'City', 'Event'] as const)('reaches F1 ≥ 0.9 for %s', (type) => {
    expect(seeds.entities[type].f1).toBeGreaterThanOrEqual(0.9);
  });

  it('reaches F1 ≥ 0.9 on who took part, spoke, worked where, where things are and what is part of what', () => {
    expect(seeds.relationsMicro.f1).toBeGreaterThanOrEqual(0.9);
  });
});
