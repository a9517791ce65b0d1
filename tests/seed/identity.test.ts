import { describe, expect, it } from 'vitest';
import {
  emptyCuratedData,
  extractReport,
  normalizeName,
  readReportFile,
  resolveAgainstKnown,
  searchKeysFor,
  type Extraction,
  type KnownEntity,
} from '../../seed/index.ts';
import { EN_FIXTURE, RU_FIXTURE, SEED_000, SEED_001, extractFile, find, ofType } from './helpers.ts';

/** What the loader would have in the graph after loading an extraction. */
function asKnown(ex: Extraction): KnownEntity[] {
  return ex.entities.map((e) => {
    const held = ex.relations.find((r) => r.type === 'HELD_IN' && r.from === e.id && r.to.startsWith('country:'));
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      countryCode: e.type === 'Event' ? (held?.to.slice(8) ?? null) : 'countryCode' in e ? (e.countryCode ?? null) : null,
      kind: 'kind' in e ? (e.kind ?? null) : null,
      startDate: e.type === 'Event' ? e.startDate : null,
      endDate: e.type === 'Event' ? e.endDate : null,
      participants: e.type === 'Event' ? ex.relations.filter((r) => r.to === e.id && ['PARTNERED', 'ORGANIZED', 'PARTICIPATED_IN', 'HOSTED'].includes(r.type) && r.from.startsWith('org:')).map((r) => r.from) : [],
    };
  });
}

describe('identity within one report', () => {
  it("merges the foundation's names in one report and keeps each as an alias", async () => {
    const ex = await extractFile(SEED_000);
    const foundations = ofType(ex, 'Organization').filter((o) => o.type === 'Organization' && o.kind === 'foundation');
    expect(foundations).toHaveLength(1);
    expect(foundations[0]?.aliases).toEqual(expect.arrayContaining(['Contribution to the Future Charitable Foundation', 'Contribution to the Future charity foundation']));
  });

  it('resolves "the Foundation" to the foundation named before it', async () => {
    const ex = await extractFile(SEED_000);
    const f = find(ex, 'Organization', 'Contribution to the Future Charitable Foundation');
    const refIndex = ex.text?.indexOf('Executive Director of the Foundation') ?? -1;
    expect(f?.mentions.some((m) => m.start > refIndex && m.start < refIndex + 40 && m.text === 'Foundation')).toBe(true);
  });

  it('corrects the typo in "Pavlodar Pedagogical Unversity" and keeps the written form as an alias', async () => {
    const ex = await extractFile(SEED_001);
    const u = find(ex, 'Organization', 'Alkey Margulan Pavlodar Pedagogical University');
    expect(u?.id).toBe('org:pavlodar-pedagogical-university-margulan');
    expect(u?.aliases).toContain('Alkey Margulan Pavlodar Pedagogical Unversity');
  });

  it('gives every entity a mention with offsets into the body text', async () => {
    const ex = await extractFile(SEED_001);
    for (const e of ex.entities) {
      expect(e.mentions.length).toBeGreaterThan(0);
      for (const m of e.mentions) expect(ex.text?.slice(m.start, m.end)).toBe(m.text);
    }
    for (const r of ex.relations) expect(ex.text?.slice(r.evidenceStart, r.evidenceEnd)).toBe(r.evidence);
  });
});

describe('identity across the two seed reports', () => {
  it("resolves 'Contribution to the Future' and 'Investment in the Future' to one foundation", async () => {
    const [a, b] = [await extractFile(SEED_000), await extractFile(SEED_001)];
    const fa = find(a, 'Organization', 'Contribution to the Future Charitable Foundation');
    const fb = find(b, 'Organization', "'Investment in the Future' Charitable Foundation");
    expect(fa?.id).toBeDefined();
    expect(fa?.id).toBe(fb?.id);
  });

  it("merges 'Petr' and 'Peter' Polozhevets into one person", async () => {
    const [a, b] = [await extractFile(SEED_000), await extractFile(SEED_001)];
    expect(find(a, 'Person', 'Petr Polozhevets')?.id).toBe('person:peter-polozhevets');
    expect(find(b, 'Person', 'Peter Polozhevets')?.id).toBe('person:peter-polozhevets');
  });

  it('makes the round table one event under both titles and both dates', async () => {
    const [a, b] = [await extractFile(SEED_000), await extractFile(SEED_001)];
    const ea = ofType(a, 'Event')[0];
    const eb = ofType(b, 'Event')[0];
    expect(ea?.name).toMatch(/^From Impact to Assistance/);
    expect(eb?.name).toMatch(/^From Impact to Facilitation/);
    expect(ea?.id).toBe(eb?.id);
    const { extraction, merged } = resolveAgainstKnown(b, asKnown(a));
    expect(ofType(extraction, 'Event').map((e) => e.id)).toEqual([ea?.id]);
    expect(merged.filter((m) => m.from.startsWith('event:'))).toEqual([]);
  });

  it('matches the round table by evidence when the ids differ: kind, country, dates within the window, title, partners', async () => {
    const [a, b] = [await extractFile(SEED_000), await extractFile(SEED_001)];
    const known = asKnown(a).map((k) => (k.type === 'Event' ? { ...k, id: 'event:from-impact-to-assistance' } : k));
    const { extraction, merged } = resolveAgainstKnown(b, known);
    const m = merged.find((x) => x.into === 'event:from-impact-to-assistance');
    expect(m?.score).toBeGreaterThanOrEqual(0.85);
    expect(m?.reason).toMatch(/same kind.*same country.*dates within/);
    expect(extraction.relations.some((r) => r.type === 'PARTNERED' && r.to === 'event:from-impact-to-assistance')).toBe(true);
  });

  it('keeps both claimed dates of the round table with their own reports (October vs 16–20 November 2023)', async () => {
    const [a, b] = [await extractFile(SEED_000), await extractFile(SEED_001)];
    const ea = ofType(a, 'Event')[0];
    const { extraction } = resolveAgainstKnown(b, asKnown(a));
    const eb = ofType(extraction, 'Event')[0];
    expect(ea?.id).toBe(eb?.id);
    expect(ea && 'startDate' in ea ? [ea.startDate, ea.endDate, ea.datePrecision] : null).toEqual(['2023-10-01', '2023-10-31', 'month']);
    expect(eb && 'startDate' in eb ? [eb.startDate, eb.endDate, eb.datePrecision] : null).toEqual(['2023-11-16', '2023-11-20', 'day']);
    expect(extraction.report.id).not.toBe(a.report.id);
  });

  it('resolves the National Academy of Education named after Y. Altynsarin with or without "Kazakhstan" to one organization', async () => {
    const [a, b] = [await extractFile(SEED_000), await extractFile(SEED_001)];
    const na = find(a, 'Organization', 'National Academy of Education of Kazakhstan named after Y. Altynsarin');
    const nb1 = find(b, 'Organization', 'National Academy of Education named after Y. Altynsarin');
    const nb2 = find(b, 'Organization', 'Kazakhstan National Academy of Education named after Y. Altynsarin');
    expect(na?.id).toBe('org:national-academy-of-education-altynsarin');
    expect(nb1?.id).toBe(na?.id);
    expect(nb2?.id).toBe(na?.id);
  });

  it('reads "J. Balasagyn Kyrgyz National University" and "Kyrgyz National University named after J. Balasagyn" as one university', async () => {
    const [a, b] = [await extractFile(SEED_000), await extractFile(SEED_001)];
    expect(find(a, 'Organization', 'Kyrgyz National University named after J. Balasagyn')?.id).toBe(find(b, 'Organization', 'J. Balasagyn Kyrgyz National University')?.id);
  });

  it('keeps the Kyrgyz National University apart from the Kazakhstan National Academy', async () => {
    const b = await extractFile(SEED_001);
    const knu = find(b, 'Organization', 'J. Balasagyn Kyrgyz National University');
    const nae = find(b, 'Organization', 'Kazakhstan National Academy of Education named after Y. Altynsarin');
    expect(knu?.id).not.toBe(nae?.id);
    const { merged, suggestions } = resolveAgainstKnown(b, [{ id: 'org:x', type: 'Organization', name: 'Kazakhstan National Academy of Education named after Y. Altynsarin', aliases: [] }]);
    expect(merged.find((m) => m.from === knu?.id)).toBeUndefined();
    expect(suggestions.find((s) => s.a === knu?.id)).toBeUndefined();
  });
});

describe('identity rules without curated data', () => {
  const none = emptyCuratedData();

  it('still joins the Altynsarin academy, the Balasagyn university and the Pavlodar university across the seeds by rule alone', async () => {
    const a = extractReport(await readReportFile(SEED_000), { curated: none });
    const b = extractReport(await readReportFile(SEED_001), { curated: none });
    expect(find(a, 'Organization', 'National Academy of Education of Kazakhstan named after Y. Altynsarin')?.id).toBe(
      find(b, 'Organization', 'Kazakhstan National Academy of Education named after Y. Altynsarin')?.id,
    );
    expect(find(a, 'Organization', 'Kyrgyz National University named after J. Balasagyn')?.id).toBe(find(b, 'Organization', 'J. Balasagyn Kyrgyz National University')?.id);
    const { merged } = resolveAgainstKnown(b, [{ id: 'org:ppu', type: 'Organization', name: 'Pavlodar Pedagogical University named after Alkey Margulan', aliases: [] }], { curated: none });
    expect(merged.find((m) => m.into === 'org:ppu')?.from).toBe('org:pavlodar-pedagogical-university-margulan');
  });

  it('does not merge the two translations of the foundation name without the curated alias', async () => {
    const a = extractReport(await readReportFile(SEED_000), { curated: none });
    const b = extractReport(await readReportFile(SEED_001), { curated: none });
    const fa = find(a, 'Organization', 'Contribution to the Future Charitable Foundation');
    const fb = find(b, 'Organization', "'Investment in the Future' Charitable Foundation");
    expect(fa?.id).not.toBe(fb?.id);
  });
});

describe('Russian names', () => {
  it("reads the foundation's Russian name «Вклад в будущее» as the 'Investment in the Future' foundation", async () => {
    const ru = await extractFile(RU_FIXTURE);
    const en = await extractFile(SEED_001);
    expect(find(ru, 'Organization', 'Благотворительный фонд «Вклад в будущее»')?.id).toBe(find(en, 'Organization', "'Investment in the Future' Charitable Foundation")?.id);
  });

  it('matches Kazakova/Казакова and Пётр/Peter Положевец/Polozhevets', async () => {
    const ru = await extractFile(RU_FIXTURE);
    expect(find(ru, 'Person', 'Елена Казакова')?.id).toBe('person:elena-kazakova');
    expect(find(ru, 'Person', 'Пётр Положевец')?.id).toBe('person:peter-polozhevets');
  });

  it('resolves a Russian report onto the English one: same universities by eponym, same round table by evidence', async () => {
    const en = await extractFile(SEED_001);
    const ru = await extractFile(RU_FIXTURE);
    const { extraction, merged } = resolveAgainstKnown(ru, asKnown(en));
    const ids = new Set(extraction.entities.map((e) => e.id));
    expect(ids.has('org:kostanay-regional-university-baitursynuly')).toBe(true);
    expect(ids.has('org:pavlodar-pedagogical-university-margulan')).toBe(true);
    const event = ofType(en, 'Event')[0]?.id;
    expect(merged.find((m) => m.into === event)?.reason).toMatch(/same kind/);
    expect(ofType(extraction, 'Event').map((e) => e.id)).toEqual([event]);
  });
});

describe('uncertain matches', () => {
  it('records an uncertain match as a suggestion and does not merge it', async () => {
    const ex = await extractFile(EN_FIXTURE);
    const known: KnownEntity[] = [{ id: 'org:osh-university', type: 'Organization', name: 'Osh State Pedagogical University', aliases: [] }];
    const { extraction, merged, suggestions } = resolveAgainstKnown(ex, known);
    expect(merged).toEqual([]);
    expect(suggestions.find((s) => s.b === 'org:osh-university')?.a).toBe('org:osh-state-university-toktomamatov');
    expect(extraction.entities.some((e) => e.id === 'org:osh-university')).toBe(false);
  });

  it('suggests rather than merges a person with the same surname and another given name', async () => {
    const ex = await extractFile(SEED_001);
    const { merged, suggestions } = resolveAgainstKnown(ex, [{ id: 'person:pavel-polozhevets', type: 'Person', name: 'Pavel Polozhevets', aliases: [] }], { suggestThreshold: 0.5 });
    expect(merged).toEqual([]);
    expect(suggestions[0]).toMatchObject({ a: 'person:peter-polozhevets', b: 'person:pavel-polozhevets' });
  });

  it('does not modify the extraction it is given', async () => {
    const ex = await extractFile(SEED_001);
    const before = JSON.stringify(ex);
    resolveAgainstKnown(ex, asKnown(await extractFile(SEED_000)));
    expect(JSON.stringify(ex)).toBe(before);
  });
});

describe('search keys and names', () => {
  it('names every organization, person, city, event and practice for the loader to look up, not countries or topics', async () => {
    const ex = await extractFile(SEED_001);
    const keys = searchKeysFor(ex);
    expect(keys).toContainEqual({ type: 'Organization', text: 'National Academy of Education named after Y. Altynsarin' });
    expect(keys).toContainEqual({ type: 'Person', text: 'Peter Polozhevets' });
    expect(keys).toContainEqual({ type: 'Event', text: 'From Impact to' });
    expect(keys.some((k) => k.type === 'Country' || k.type === 'Topic')).toBe(false);
  });

  it('normalises case, quotes and articles', () => {
    expect(normalizeName("The 'Investment in the Future' Charitable Foundation")).toBe(normalizeName('«Investment in the Future» charitable foundation'));
    expect(normalizeName('“Contribution to the Future”')).toBe('contribution to the future');
    expect(normalizeName('Пётр')).toBe('петр');
  });
});
