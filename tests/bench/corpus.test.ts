import { describe, expect, it } from 'vitest';
import { Corpus, corpusTruth, Random, typo, ZipfSampler } from '../../bench/corpus/index.ts';

const texts = (seed: number, limit: number): string[] => [...new Corpus({ scale: 'small', seed, limit }).reports()].map((r) => r.content);

describe('synthetic corpus', () => {
  it('should give the same reports, byte for byte, for the same seed', () => {
    expect(texts(7, 60)).toEqual(texts(7, 60));
  });

  it('should give different reports for a different seed', () => {
    expect(texts(7, 20)).not.toEqual(texts(8, 20));
  });

  it('should give the same generated Extractions for the same seed', () => {
    const a = [...new Corpus({ scale: 'small', seed: 3, limit: 30 }).extractions()];
    const b = [...new Corpus({ scale: 'small', seed: 3, limit: 30 }).extractions()];
    expect(a).toEqual(b);
  });

  it('should build event i the same way whether or not earlier events were built', () => {
    const fresh = new Corpus({ scale: 'small', seed: 5 }).world;
    const used = new Corpus({ scale: 'small', seed: 5 }).world;
    for (let i = 0; i < 50; i++) used.event(i);
    expect(fresh.event(49)).toEqual(used.event(49));
  });

  it('should stop at the limit and number reports in order', () => {
    const reports = [...new Corpus({ scale: 'small', seed: 1, limit: 25 }).reports()];
    expect(reports.map((r) => r.index)).toEqual([...Array(25).keys()]);
  });

  it('should write English and Russian reports with multi-country events and skewed organizations', () => {
    const truth = corpusTruth(new Corpus({ scale: 'small', seed: 11, limit: 300 }));
    expect(truth.languages.en).toBeGreaterThan(0);
    expect(truth.languages.ru).toBeGreaterThan(0);
    expect(truth.relationshipsByType.PARTICIPATED_IN).toBeGreaterThan(truth.events);
    expect(truth.top1PercentOrgShare).toBeGreaterThan(0.05);
    expect(truth.orgsWithSeveralNames).toBeGreaterThan(0);
  });

  it('should state every fact between entities the report names', () => {
    for (const r of new Corpus({ scale: 'small', seed: 2, limit: 80 }).reports()) {
      for (const f of r.rendered.facts) {
        expect(r.rendered.names.has(f.from), `${f.from} in ${r.fileName}`).toBe(true);
        expect(r.rendered.names.has(f.to), `${f.to} in ${r.fileName}`).toBe(true);
        expect(r.rendered.text).toContain(f.evidence);
      }
    }
  });
});

describe('random sources', () => {
  it('should repeat a sequence for a seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('should draw Zipf ranks with the first far more often than the last', () => {
    const z = new ZipfSampler(100, 1.05);
    const rng = new Random(1);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) counts[z.draw(rng)]! += 1;
    expect(counts[0]!).toBeGreaterThan(counts[99]! * 20);
  });

  it('should make a typo by dropping or swapping one inner letter of a long word', () => {
    const out = typo('Pavlodar Pedagogical University', new Random(9));
    expect(out).not.toBe('Pavlodar Pedagogical University');
    expect(Math.abs(out.length - 'Pavlodar Pedagogical University'.length)).toBeLessThanOrEqual(1);
  });
});
