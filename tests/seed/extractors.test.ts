import { describe, expect, it } from 'vitest';
import { curatedData, extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { findDates } from '../../seed/extract/dates.ts';
import { eventExtractor } from '../../seed/extract/eventExtractor.ts';
import type { ExtractionContext, OrganizationCandidate } from '../../seed/extract/Extractor.ts';
import { organizationExtractor } from '../../seed/extract/organizationExtractor.ts';
import { placeExtractor } from '../../seed/extract/placeExtractor.ts';
import { gazetteersFor } from '../../seed/gazetteer/index.ts';
import { findQuotedSpans } from '../../seed/text/quotes.ts';
import { splitSentences } from '../../seed/text/sentences.ts';
import { EN_FIXTURE, RU_FIXTURE, SEED_000, SEED_001, extractFile, find, has, ofType } from './helpers.ts';

function context(text: string): ExtractionContext {
  const r = parseReport(text);
  const curated = curatedData();
  return { text: r.text, language: r.meta.language, sentences: splitSentences(r.text), quotes: findQuotedSpans(r.text), curated, gazetteers: gazetteersFor(curated), referenceDate: null, found: [] };
}

function orgNames(text: string): string[] {
  return (organizationExtractor.extract(context(text)) as OrganizationCandidate[]).filter((c) => !c.reference && !c.parentOf).map((c) => c.text);
}

const x = (text: string): Extraction => extractReport(text);

describe('organization extractor', () => {
  it('grows a head noun into the whole name, "named after" included, and stops before a parent body', () => {
    expect(orgNames('It was organized by the National Academy of Education named after Y. Altynsarin of the Ministry of Education and Science of the Republic of Kazakhstan.')).toEqual([
      'National Academy of Education named after Y. Altynsarin',
      'Ministry of Education and Science of the Republic of Kazakhstan',
    ]);
  });

  it('reads a quoted name with its head before or after it', () => {
    expect(orgNames("The 'Investment in the Future' Charitable Foundation and the Russian charity foundation “Contribution to the Future” met.")).toEqual([
      "'Investment in the Future' Charitable Foundation",
      'Russian charity foundation “Contribution to the Future”',
    ]);
  });

  it('separates "Institute of Pedagogy at St. Petersburg State University" into two bodies', () => {
    expect(orgNames('She heads the Institute of Pedagogy at St. Petersburg State University.')).toEqual(['Institute of Pedagogy', 'St. Petersburg State University']);
  });

  it('finds organizations of unseen publishers by their head words', () => {
    expect(orgNames('The Almaty Teachers Association and the Tashkent Regional Centre for Teacher Training signed an agreement with the Council of Europe.')).toEqual([
      'Almaty Teachers Association',
      'Tashkent Regional Centre for Teacher Training',
      'Council of Europe',
    ]);
  });

  it('reads Russian names with adjectives, genitive complements, «quotes» and «имени»', () => {
    expect(orgNames('Партнёрами выступили Благотворительный фонд «Вклад в будущее» и Кыргызский национальный университет имени Ж. Баласагына.')).toEqual([
      'Благотворительный фонд «Вклад в будущее»',
      'Кыргызский национальный университет имени Ж. Баласагына',
    ]);
  });

  it('gives an organization the country its name states', () => {
    const ex = x('The Institute of Early Childhood Development of the Kazakhstan Republic was a partner of the forum "Early Years" held in Astana.');
    const o = find(ex, 'Organization', 'Institute of Early Childhood Development of the Kazakhstan Republic');
    expect(o?.type === 'Organization' && o.countryCode).toBe('KZ');
    expect(o?.id).toBe('org:institute-of-early-childhood-development-kz');
  });
});

describe('person extractor and affiliations', () => {
  it('reads titles after a name: "Elena Kazakova, Director of the Institute…, Corresponding Member of the Academy…"', async () => {
    const ex = await extractFile(SEED_000);
    const p = find(ex, 'Person', 'Elena Kazakova');
    const ip = find(ex, 'Organization', 'Institute of Pedagogy');
    const rae = find(ex, 'Organization', 'Russian Academy of Education');
    expect(ex.relations.find((r) => r.type === 'AFFILIATED_WITH' && r.from === p?.id && r.to === ip?.id)?.roles).toEqual(['Director']);
    expect(ex.relations.find((r) => r.type === 'AFFILIATED_WITH' && r.from === p?.id && r.to === rae?.id)?.roles).toEqual(['Corresponding Member']);
  });

  it('reads titles before a name: "the Foundation\'s Executive Director Peter Polozhevets"', async () => {
    const ex = await extractFile(SEED_001);
    const r = ex.relations.find((x) => x.type === 'AFFILIATED_WITH' && x.from === 'person:peter-polozhevets');
    expect(r).toMatchObject({ to: 'org:investment-in-the-future', roles: ['Executive Director'] });
    expect(r?.evidence).toContain('Peter Polozhevets');
  });

  it('finds people of an unseen report by title and given name and keeps eponyms out', async () => {
    const ex = await extractFile(EN_FIXTURE);
    expect(ofType(ex, 'Person').map((p) => p.name).sort()).toEqual(['Aigerim Sadykova', 'Bakyt Omurbekov']);
    const rector = ex.relations.find((r) => r.type === 'AFFILIATED_WITH' && r.from === 'person:bakyt-omurbekov');
    expect(rector).toMatchObject({ to: 'org:osh-state-university-toktomamatov', roles: ['Rector'] });
  });
});

describe('place extractor', () => {
  it('reads a list of countries with their ISO codes', () => {
    const ex = x('Representatives of four countries: Kazakhstan, Kyrgyzstan, Russia, and Belarus, participated in the seminar "Open School".');
    expect(ofType(ex, 'Country').map((c) => c.id).sort()).toEqual(['country:BY', 'country:KG', 'country:KZ', 'country:RU']);
  });

  it('finds Russian country names in any case ending', () => {
    const ex = x('В семинаре «Открытая школа» участвовали представители Казахстана, России, Кыргызстана и Беларуси.');
    expect(ofType(ex, 'Country').map((c) => c.id).sort()).toEqual(['country:BY', 'country:KG', 'country:KZ', 'country:RU']);
  });

  it('knows Astana by its former name and gives cities coordinates', () => {
    const ctx = context('The seminar was held in Nur-Sultan, Kazakhstan.');
    const cities = placeExtractor.extract(ctx).filter((c) => c.type === 'City');
    expect(cities.map((c) => (c.type === 'City' ? c.city.name : ''))).toEqual(['Astana']);
    const ex = x('The seminar "Open School" was held in Nur-Sultan, Kazakhstan.');
    const astana = find(ex, 'City', 'Astana');
    expect(astana?.id).toBe('city:kz-astana');
    expect(astana?.type === 'City' && astana.lat).toBeCloseTo(51.18, 1);
  });

  it('does not read "Mobile exhibitions" as the city of Mobile', () => {
    const ex = x('Mobile exhibitions of educational solutions were deployed in Kazakhstan.');
    expect(ofType(ex, 'City')).toEqual([]);
  });
});

describe('event extractor and dates', () => {
  it.each([
    ['In October 2023, the forum', ['2023-10-01', '2023-10-31', 'month']],
    ['On 16 through 20 November 2023, the round table', ['2023-11-16', '2023-11-20', 'day']],
    ['16–20 ноября 2023 года прошёл круглый стол', ['2023-11-16', '2023-11-20', 'day']],
    ['с 16 по 20 ноября 2023 г.', ['2023-11-16', '2023-11-20', 'day']],
    ['November 16–20, 2023', ['2023-11-16', '2023-11-20', 'day']],
    ['30 November – 2 December 2023', ['2023-11-30', '2023-12-02', 'day']],
  ])('reads the date phrase "%s"', (text, expected) => {
    const d = findDates(text)[0];
    expect([d?.start, d?.end, d?.precision]).toEqual(expected);
  });

  it.each([
    ['The International Conference "Schools of the Future" was held in Almaty.', 'conference'],
    ['A summer school "Teachers for Tomorrow" took place in Bishkek.', 'summer school'],
    ['The webinar “Inclusion Now” gathered 200 teachers.', 'webinar'],
    ['В Минске прошёл форум «Образование без границ».', 'forum'],
    ['Состоялся семинар «Новые технологии обучения».', 'seminar'],
  ])('recognises the event kind in "%s"', (text, kind) => {
    const events = eventExtractor.extract(context(text)).filter((e) => !e.reference);
    expect(events.map((e) => e.type === 'Event' && e.kind)).toEqual([kind]);
  });

  it('reads "held in X, Y and Z" and "In Kostanay, the event was organized by…" as places and organizers', async () => {
    const ex = await extractFile(SEED_001);
    const rt = ofType(ex, 'Event')[0]?.id;
    for (const c of ['city:kz-kostanay', 'city:kz-astana', 'city:kz-pavlodar', 'country:KZ']) expect(has(ex, 'HELD_IN', rt, c)).toBe(true);
    expect(has(ex, 'ORGANIZED', 'org:kostanay-regional-university-baitursynuly', rt)).toBe(true);
    expect(has(ex, 'BASED_IN', 'org:kostanay-regional-university-baitursynuly', 'city:kz-kostanay')).toBe(true);
    expect(has(ex, 'PART_OF', 'org:national-academy-of-education-altynsarin', 'org:ministry-of-education-and-science-kz')).toBe(true);
  });

  it('gives every relation a verbatim evidence sentence and a confidence', async () => {
    const ex = await extractFile(SEED_000);
    expect(ex.relations.length).toBeGreaterThan(20);
    for (const r of ex.relations) {
      expect(ex.text).toContain(r.evidence);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('practices and topics', () => {
  it('finds the practices the foundation demonstrated, for whom, and links them to the event and topics', async () => {
    const ex = await extractFile(SEED_000);
    const p = find(ex, 'Practice', 'supporting the emotional stability of teachers');
    expect(p?.type === 'Practice' && p.audience).toBe('teachers');
    expect(has(ex, 'PRESENTED', 'org:investment-in-the-future', p?.id)).toBe(true);
    expect(has(ex, 'ADDRESSES', p?.id, 'topic:educator-emotional-resilience')).toBe(true);
    expect(find(ex, 'Practice', 'engaging parents in dialogue with the school')).toBeDefined();
    expect(find(ex, 'Practice', 'forming professional learning communities in teaching staff')).toBeDefined();
  });

  it('reads the mobile exhibitions for children of 5 to 18 as a practice the foundation offered', async () => {
    const ex = await extractFile(SEED_001);
    const p = find(ex, 'Practice', 'Mobile exhibitions of educational solutions');
    expect(p?.type === 'Practice' && p.audience).toMatch(/children aged 5–18/);
    expect(has(ex, 'PRESENTED', 'org:investment-in-the-future', p?.id)).toBe(true);
  });

  it('maps the seeds onto the curated topics of personality development, well-being, safe environment and emotional resilience', async () => {
    const ex = await extractFile(SEED_001);
    const ids = ofType(ex, 'Topic').map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['topic:personality-development', 'topic:psychological-well-being', 'topic:safe-supportive-environment', 'topic:educator-emotional-resilience']));
    const t = find(ex, 'Topic', 'Personality development');
    expect(t?.type === 'Topic' && t.labels).toEqual({ en: 'Personality development', ru: 'Развитие личности' });
  });
});

describe('reports the extractor has not seen', () => {
  it('yields the same kinds of entities from a Russian report', async () => {
    const ex = await extractFile(RU_FIXTURE);
    expect(ex.report.language).toBe('ru');
    for (const type of ['Organization', 'Person', 'Country', 'City', 'Event', 'Practice', 'Topic'] as const) expect(ofType(ex, type).length).toBeGreaterThan(0);
    const e = ofType(ex, 'Event')[0];
    expect(e?.type === 'Event' && [e.kind, e.startDate, e.endDate]).toEqual(['round table', '2023-11-16', '2023-11-20']);
    expect(find(ex, 'Organization', 'Институт педагогики СПбГУ')).toBeDefined();
    expect(has(ex, 'PART_OF', find(ex, 'Organization', 'Институт педагогики СПбГУ')?.id, 'org:st-petersburg-state-university')).toBe(true);
    expect(has(ex, 'AFFILIATED_WITH', 'person:elena-kazakova', 'org:russian-academy-of-education')).toBe(true);
    expect(has(ex, 'PARTNERED', 'org:investment-in-the-future', e?.id)).toBe(true);
  });

  it('reads an English HTML report from another publisher: forum, organizer, partners, cities, people', async () => {
    const ex = await extractFile(EN_FIXTURE);
    const e = ofType(ex, 'Event')[0];
    expect(e?.type === 'Event' && [e.name, e.kind, e.startDate, e.endDate]).toEqual(['Regional Forum on Inclusive Education', 'forum', '2024-03-12', '2024-03-14']);
    expect(has(ex, 'ORGANIZED', 'org:ministry-of-education-and-science-kg', e?.id)).toBe(true);
    expect(has(ex, 'PARTNERED', 'org:unicef', e?.id)).toBe(true);
    expect(has(ex, 'HELD_IN', e?.id, 'city:kg-bishkek')).toBe(true);
    expect(has(ex, 'HELD_IN', e?.id, 'city:kg-osh')).toBe(true);
    expect(ex.text).not.toMatch(/All rights reserved|Related:|Home/);
    expect(ofType(ex, 'Topic').map((t) => t.id)).toContain('topic:inclusive-education');
  });
});
