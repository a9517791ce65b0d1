import { describe, expect, it } from 'vitest';
import { Corpus } from '../../bench/corpus/index.ts';
import { resolveAgainstKnown, type Entity, type Extraction, type KnownEntity } from '../../seed/index.ts';

// resolveAgainstKnown keeps what it derives from names (parsed names, pair
// scores, each candidate's prepared names) between calls and between the
// entities of one report. What it decides must not depend on that: on a run
// of bench-corpus reports, each resolved against every entity the earlier
// ones left (as a batch's loading does), the decisions are the same whether
// the candidates are shared objects met again or fresh copies.

function asKnown(e: Entity): KnownEntity {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: [...e.aliases],
    countryCode: 'countryCode' in e ? (e.countryCode ?? null) : e.type === 'Country' ? e.code : null,
    kind: 'kind' in e ? (e.kind ?? null) : null,
    startDate: e.type === 'Event' ? e.startDate : null,
    endDate: e.type === 'Event' ? e.endDate : null,
  };
}

/** Resolves each report against what the earlier ones left; `fresh` hands every call copies of the candidates. */
function resolveRun(reports: readonly Extraction[], fresh: boolean): unknown[] {
  const known = new Map<string, KnownEntity>();
  const out: unknown[] = [];
  for (const x of reports) {
    const candidates = [...known.values()];
    const result = resolveAgainstKnown(x, fresh ? structuredClone(candidates) : candidates);
    out.push(result);
    for (const e of result.extraction.entities) known.set(e.id, Object.freeze(asKnown(e)));
  }
  return out;
}

describe('resolveAgainstKnown with its memos', () => {
  const reports = [...new Corpus({ scale: 'small', seed: 11, limit: 120 }).extractions()];

  it('decides the same for shared candidates met again as for fresh copies', () => {
    const shared = resolveRun(reports, false);
    expect(resolveRun(reports, true)).toEqual(shared);
    expect(resolveRun(reports, false)).toEqual(shared);
  });

  it('merges and suggests on the corpus run, so the comparison above compares decisions', () => {
    const results = resolveRun(reports, false) as Array<ReturnType<typeof resolveAgainstKnown>>;
    expect(results.flatMap((r) => r.merged).length).toBeGreaterThanOrEqual(40);
    expect(results.flatMap((r) => r.suggestions).length).toBeGreaterThanOrEqual(10);
  });

  it('leaves the candidates and the extraction as they were', () => {
    const x = reports[100]!;
    const before = structuredClone(x);
    const candidates = reports.slice(0, 100).flatMap((r) => r.entities.map((e) => Object.freeze({ ...asKnown(e), aliases: Object.freeze([...e.aliases]) as string[] })));
    expect(() => resolveAgainstKnown(x, candidates)).not.toThrow();
    expect(x).toEqual(before);
  });
});
