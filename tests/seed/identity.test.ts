import { describe, expect, it } from 'vitest';
import {
  emptyCuratedData,
  extractReport,
  normalizeName,
  parseReport,
  readReportFile,
  resolveAgainstKnown,
  searchKeysFor,
  type Extraction,
  type KnownEntity,
} from '../../seed/index.ts';
import { nameQueriesFor } from '../../graph/load/nameQueries.ts';
import { curatedData } from '../../seed/data/curated.ts';
import { gazetteersFor } from '../../seed/gazetteer/index.ts';
import { orgSimilarity, parseOrgName } from '../../seed/resolve/index.ts';
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
    expect(ea?.name).toMatch(/From Impact to Assistance/);
    expect(eb?.name).toMatch(/From Impact to Facilitation/);
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

/** Two organization names as resolution across reports compares them. */
function across(a: string, b: string, curated = curatedData()): { score: number; reason: string } {
  const g = gazetteersFor(curated);
  return orgSimilarity(parseOrgName(a, g), parseOrgName(b, g), 'graph');
}

/** A report that names only these organizations, as the loader would hand it to resolution. */
function reportNaming(id: string, orgs: Array<{ id: string; name: string; aliases?: string[]; countryCode?: string | null }>): Extraction {
  return {
    report: { id, title: id, language: 'en', url: null, publishedAt: null },
    entities: orgs.map((o) => ({ type: 'Organization', kind: 'other', acronym: null, aliases: [], countryCode: null, mentions: [], ...o })),
    relations: [],
  } as unknown as Extraction;
}

describe('identity across reports: never on institutional words alone', () => {
  it('keeps two state universities apart when only "State University" is shared', () => {
    expect(across('Varna Pedagogical State University', 'Ruse Pedagogical State University').score).toBe(0);
    expect(across('Tver State University', 'Moldova State University').score).toBe(0);
  });

  it('keeps two federal universities apart when their place names differ', () => {
    expect(across('Siberian Federal University', 'Ural Federal University').score).toBe(0);
  });

  it('keeps the Korean and the Japanese international cooperation agencies apart', () => {
    const none = emptyCuratedData();
    expect(across('Korea International Cooperation Agency', 'Japan International Cooperation Agency', none).score).toBe(0);
  });

  it('never merges two bodies named only in institutional words, and gives each its own report-scoped id', () => {
    const known: KnownEntity[] = [{ id: 'org:ministry-of-education-and-science', type: 'Organization', name: 'Ministry of Education and Science', aliases: [] }];
    const ex = reportNaming('report:0123456789abcdef', [{ id: 'org:ministry-of-education-and-science', name: 'Ministry of Education and Science' }]);
    const { extraction, merged } = resolveAgainstKnown(ex, known);
    expect(merged).toEqual([]);
    expect(extraction.entities[0]?.id).toBe('org:ministry-of-education-and-science-r01234567');
  });

  it('still joins a ministry named with its country in both reports', () => {
    expect(across('Ministry of Education of the Republic of Serbia', 'Ministry of Education of Serbia').score).toBeGreaterThanOrEqual(0.85);
    expect(across('Ministry of Education of the Republic of Serbia', 'Ministry of Education of Croatia').score).toBe(0);
  });

  it('suggests, never merges, a name that has more institutional words and no shared eponym', () => {
    const s = across('Tver State University', 'Tver State Technical University');
    expect(s.score).toBeLessThan(0.85);
  });

  it('joins a short form that keeps the eponym and the kind word', () => {
    expect(across('Ivan Franko National University of Lviv', 'Franko University').score).toBeGreaterThanOrEqual(0.85);
    expect(across('Lviv Polytechnic National University', 'Lviv University').score).toBeLessThan(0.85);
  });
});

describe('identity across reports: offices keep their place', () => {
  it('keeps an office apart from its parent and from the same body\'s office elsewhere', () => {
    expect(across('UNESCO Office in Bangkok', 'UNESCO').score).toBe(0);
    expect(across('UNESCO Office in Bangkok', 'UNESCO Office in Nairobi').score).toBe(0);
    expect(across('UNESCO Bangkok Office', 'UNESCO Office in Bangkok').score).toBeGreaterThanOrEqual(0.85);
  });

  it('reads "Country Office in X", a branch and "X in Y" as offices of their parent', () => {
    expect(across('UNICEF Country Office in Georgia', 'UNICEF Country Office in Ukraine').score).toBe(0);
    expect(across('UNICEF Country Office in Georgia', 'Представительство ЮНИСЕФ в Грузии').score).toBeGreaterThanOrEqual(0.85);
    expect(across('Goethe-Institut in Kazakhstan', 'Goethe-Institut').score).toBe(0);
    expect(across('Narva Branch of Tartu State University', 'Tartu State University').score).toBe(0);
  });

  it('does not take a country office for the curated parent body', async () => {
    const ex = extractReport(
      parseReport('UNICEF Country Office in Georgia supports schools\n\nThe UNICEF Country Office in Georgia hosted a seminar in Tbilisi on 3 May 2024 for teachers.', { fileName: 'office.txt' }),
    );
    const office = ex.entities.find((e) => e.type === 'Organization' && /Country Office/.test(e.name));
    expect(office?.id).not.toBe('org:unicef');
  });
});

describe('identity across reports: acronyms and languages', () => {
  it('links an acronym to the name whose content words it abbreviates, in either script', () => {
    expect(across('TNU', 'Tver National University').score).toBeGreaterThanOrEqual(0.85);
    expect(across('ТНУ', 'Tver National University').score).toBeGreaterThanOrEqual(0.85);
    expect(across('KazGU', 'Kazan Grand University').score).toBeGreaterThanOrEqual(0.85);
    expect(across('TNU', 'Tver State University').score).toBe(0);
  });

  it('does not let a shared acronym join two bodies whose full names disagree', () => {
    const known: KnownEntity[] = [{ id: 'org:tver-national-university', type: 'Organization', name: 'Tver National University', aliases: ['TNU'] }];
    const ex = reportNaming('report:fedcba9876543210', [{ id: 'org:tula-national-university', name: 'Tula National University', aliases: ['TNU'] }]);
    expect(resolveAgainstKnown(ex, known).merged).toEqual([]);
  });

  it('joins the English and the Russian name of one university: translated head words, transliterated place', () => {
    expect(across('Tver State University', 'Тверской государственный университет').score).toBeGreaterThanOrEqual(0.85);
    expect(across('Ministry of Education and Science of the Republic of Serbia', 'Министерство образования и науки Республики Сербия').score).toBeGreaterThanOrEqual(0.85);
    expect(across('Voronezh Pedagogical University named after I. Petrov', 'Воронежский педагогический университет имени И. Петрова').score).toBeGreaterThanOrEqual(0.85);
    expect(across('Tver State University', 'Тульский государственный университет').score).toBe(0);
  });

  it('keeps every name of a report that names many organizations in its lookups', () => {
    const orgs = Array.from({ length: 45 }, (_, i) => ({ id: `org:body-${i}`, name: `Body Number${String.fromCharCode(97 + (i % 26))}${i} University` }));
    const queries = nameQueriesFor(searchKeysFor(reportNaming('report:00000000000000dd', orgs))).filter((q) => q.type === 'Organization');
    const words = new Set(queries.flatMap((q) => q.words));
    for (const o of orgs) expect(words.has(o.name.split(' ')[1] ?? '')).toBe(true);
    for (const q of queries) expect(q.query.split(' OR ').length).toBeLessThanOrEqual(30);
  });

  it('looks an organization up under its name in the other language too', () => {
    const ex = reportNaming('report:00000000000000aa', [{ id: 'org:x', name: 'Тверской государственный университет' }]);
    const keys = searchKeysFor(ex).map((k) => k.text);
    expect(keys.some((k) => /state/.test(k) && /university/.test(k))).toBe(true);
    const en = searchKeysFor(reportNaming('report:00000000000000bb', [{ id: 'org:y', name: 'Tver State University' }])).map((k) => k.text);
    expect(en.some((k) => k.includes('университет'))).toBe(true);
  });
});

describe('curated well-known bodies', () => {
  it('knows the UN system, development banks, cooperation agencies and companies by their English and Russian names and acronyms', () => {
    const byName = new Map(curatedData().organizations.flatMap((o) => [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : [])].map((n) => [normalizeName(n), o.id])));
    const pairs: Array<[string, string]> = [['UNDP', 'ПРООН'], ['Asian Development Bank', 'АБР'], ['OSCE', 'ОБСЕ'], ['JICA', 'Japan International Cooperation Agency'], ['Huawei', 'Хуавэй'], ['European Union', 'Евросоюз']];
    for (const [a, b] of pairs) {
      expect(byName.get(normalizeName(a))).toBeDefined();
      expect(byName.get(normalizeName(a))).toBe(byName.get(normalizeName(b)));
    }
  });

  it('gives every curated body a unique id, unique names and a parent that exists', () => {
    const orgs = curatedData().organizations;
    const ids = new Set(orgs.map((o) => o.id));
    expect(ids.size).toBe(orgs.length);
    for (const o of orgs) if (o.partOf) expect(ids.has(o.partOf)).toBe(true);
    const owner = new Map<string, string>();
    for (const o of orgs) for (const n of [o.name, ...o.aliases]) {
      const k = normalizeName(n);
      expect(owner.get(k) ?? o.id, `"${n}" names both ${owner.get(k)} and ${o.id}`).toBe(o.id);
      owner.set(k, o.id);
    }
  });

  it('never joins two different curated bodies, however alike their names', () => {
    const known: KnownEntity[] = [{ id: 'org:united-nations', type: 'Organization', name: 'United Nations', aliases: ['UN', 'ООН'] }];
    const ex = reportNaming('report:00000000000000cc', [{ id: 'org:undp', name: 'United Nations Development Programme', aliases: ['UNDP'] }]);
    expect(resolveAgainstKnown(ex, known).merged).toEqual([]);
  });
});
