import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../seed/text/boundedMemo.ts';

describe('a bounded memo of a pure function', () => {
  it('computes each argument once while it holds it', () => {
    const calls: string[] = [];
    const upper = boundedMemo((s: string) => (calls.push(s), s.toUpperCase()), 10);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
  });

  it('forgets everything at once when full, and computes again what it forgot', () => {
    const calls: string[] = [];
    const upper = boundedMemo((s: string) => (calls.push(s), s.toUpperCase()), 2);
    upper('a');
    upper('b');
    upper('c'); // full: emptied, then holds c
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
