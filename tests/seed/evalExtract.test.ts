import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../seed/eval/evaluateGold.ts';
import { ROOT } from './helpers.ts';

describe('extraction quality on the hand-annotated seed reports', () => {
  it.each(['Organization', 'Person', 'Country', 'City', 'Event'] as const)('reaches F1 ≥ 0.9 for %s', async (type) => {
    const { total } = await evaluateGold(`${ROOT}tests/fixtures`, ROOT);
    expect(total[type].f1).toBeGreaterThanOrEqual(0.9);
  });
});
