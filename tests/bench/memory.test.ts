import { describe, expect, it } from 'vitest';
import { MarkCompactReader } from '../../bench/support/memory.ts';

// Lines as node --trace-gc prints them (Node 20): [pid:isolate] time: kind before (committed) -> after (committed) MB, …
const line = (isolate: string, kind: string, before: number, after: number): string =>
  `[4242:${isolate}]     1234 ms: ${kind} ${before.toFixed(1)} (80.0) -> ${after.toFixed(1)} (60.0) MB, 12.50 / 0.00 ms  (average mu = 0.990, current mu = 0.980) allocation failure;\n`;

describe('reading the server heap a full collection left (--trace-gc)', () => {
  it('takes the newest Mark-Compact of the main isolate, ignoring scavenges and the worker isolate', () => {
    let out = line('0xaaa', 'Scavenge', 20, 10);
    const reader = new MarkCompactReader(() => out);
    out += line('0xaaa', 'Mark-Compact', 90, 52.4) + line('0xbbb', 'Mark-Compact', 300, 200) + line('0xaaa', 'Scavenge', 70, 60);
    out += line('0xaaa', 'Mark-Compact (reduce)', 80, 62.9);
    expect(reader.latest()).toBe(60); // 62.9 MB (10^6 bytes) is 60 MiB
  });

  it('answers null when no full collection ran since the last reading, and reads only new lines', () => {
    let out = line('0xaaa', 'Mark-Compact', 90, 52.4);
    const reader = new MarkCompactReader(() => out);
    expect(reader.latest()).toBe(50);
    out += line('0xaaa', 'Scavenge', 70, 60);
    expect(reader.latest()).toBeNull();
  });

  it('leaves a line that is still being written for the next reading', () => {
    const full = line('0xaaa', 'Mark-Compact', 90, 52.4);
    let out = full.slice(0, 40);
    const reader = new MarkCompactReader(() => out);
    expect(reader.latest()).toBeNull();
    out = full;
    expect(reader.latest()).toBe(50);
  });
});
