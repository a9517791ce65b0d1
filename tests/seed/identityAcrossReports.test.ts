import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, resolveAgainstKnown, type Entity, type Extraction, type KnownEntity } from '../../seed/index.ts';
import { curatedData } from '../../seed/data/curated.ts';
import { gazetteersFor } from '../../seed/gazetteer/index.ts';
import { orgSimilarity, parseOrgName } from '../../seed/resolve/index.ts';

const g = gazetteersFor(curatedData());

function across(a: string, b: string): number {
  return orgSimilarity(parseOrgName(a, g), parseOrgName(b, g), 'graph').score;
}

let n = 0;
function report(body: string, language: 'en' | 'ru' = 'en'): Extraction {
  n += 1;
  return extractReport(parseReport(`source: https://example.org/${n}\nlanguage: ${language}\n\n${body}`, { fileName: `report-${n}.txt` }));
}

function orgs(ex: Extraction): Entity[] {
  return ex.entities.filter((e) => e.type === 'Organization');
}

function org(ex: Extraction, pattern: RegExp): Entity | undefined {
  return orgs(ex).find((e) => pattern.test(e.name));
}

function asKnown(ex: Extraction): KnownEntity[] {
  return orgs(ex).map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, countryCode: 'countryCode' in e ? (e.countryCode ?? null) : null, kind: 'kind' in e ? (e.kind ?? null) : null }));
}

/** The id the second report's organization takes once the first report is in the graph. */
function idAfterLoading(first: Extraction, second: Extraction, pattern: RegExp): string | undefined {
  const { extraction } = resolveAgainstKnown(second, asKnown(first));
  return org(extraction, pattern)?.id;
}

describe('identity across reports: offices and branches are bodies of their own', () => {
  it("keeps a body's country office in Ghana apart from the body", () => {
    expect(across('UNICEF Country Office in Ghana', 'UNICEF')).toBe(0);
    expect(across('UNICEF Country Office in Ghana', 'UNICEF Country Office in Kenya')).toBe(0);
    expect(across('UNICEF Country Office in Ghana', 'Представительство ЮНИСЕФ в Гане')).toBeGreaterThanOrEqual(0.85);
  });

  it('reads the bare body name in a report about its office in Ghana as that office', () => {
    const ex = report(
      'Teachers trained in Accra\n\nThe UNICEF Country Office in Ghana held a workshop in Accra on 3 May 2024. UNICEF Ghana trained 40 teachers, and Kofi Mensah, UNICEF Representative in Ghana, opened it.',
    );
    expect(orgs(ex).map((e) => e.id)).not.toContain('org:unicef');
    expect(org(ex, /Country Office in Ghana/)?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps the body itself when the report speaks of it in its own right ('UNICEF's guidance')", () => {
    const ex = report('Play in Accra\n\nThe UNICEF Country Office in Ghana held a workshop in Accra on 3 May 2024, drawing on UNICEF\'s global guidance on play.');
    expect(orgs(ex).map((e) => e.id)).toEqual(expect.arrayContaining(['org:unicef', org(ex, /Country Office in Ghana/)?.id]));
    expect(org(ex, /Country Office in Ghana/)?.id).not.toBe('org:unicef');
  });

  it('keeps the body when it is named before its office in Laos is', () => {
    const ex = report('UNICEF backs teachers in Laos\n\nUNICEF and the school board met in Vientiane on 3 May 2024. The UNICEF Country Office in Laos hosted the meeting.');
    expect(orgs(ex).map((e) => e.id)).toContain('org:unicef');
  });

  it('keeps a branch apart from its parent university and gives the bracketed acronym to the parent', () => {
    const ex = report(
      'Lesson study in Tamale\n\nThe workshop was hosted by the Tamale Branch of Volta State Pedagogical University (VSPU) on 3 May 2024. VSPU lecturers demonstrated lesson study.',
    );
    const branch = org(ex, /^Tamale Branch/);
    const parent = org(ex, /^Volta State Pedagogical University$/);
    expect(branch).toBeDefined();
    expect(parent?.aliases).toContain('VSPU');
    expect(branch?.aliases ?? []).not.toContain('VSPU');
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === branch?.id && r.to === parent?.id)).toBe(true);
    expect(across('Tamale Branch of Volta State Pedagogical University', 'Volta State Pedagogical University')).toBe(0);
    expect(across('Tamale Branch of Volta State Pedagogical University', 'Tamale Branch of Volta State Medical University')).toBeLessThan(0.85);
  });
});

describe('identity across reports: different bodies that look alike', () => {
  it('never joins two institutes of technology whose place words differ', () => {
    expect(across('Quito Institute of Technology', 'Cuenca Institute of Technology')).toBe(0);
  });

  it('does not take a generic remainder for a short form when two bodies in the report end in it', () => {
    const ex = report(
      'Engineers meet in Quito\n\nThe Quito Institute of Technology and the Cuenca Institute of Technology met on 3 May 2024 in Quito. Students of the Institute of Technology presented robots.',
    );
    const quito = org(ex, /^Quito Institute/);
    const cuenca = org(ex, /^Cuenca Institute/);
    expect(quito?.id).not.toBe(cuenca?.id);
    expect([...(quito?.aliases ?? []), ...(cuenca?.aliases ?? [])]).not.toContain('Institute of Technology');
  });

  it('keeps apart two federations that one report introduces each with its own acronym', () => {
    const ex = report(
      'Федерации встретились\n\nПеру представляла Федерация профсоюзов работников просвещения (ФПРП), Кению — Федерация профсоюзов работников просвещения Кении (ФПРПК). Встреча прошла в Лиме 3 мая 2024 года.',
      'ru',
    );
    const federations = orgs(ex).filter((e) => /Федерация/.test(e.name));
    expect(new Set(federations.map((e) => e.id)).size).toBe(2);
  });

  it('does not join one school of a network to the network, nor a school with two more name words', () => {
    expect(across('Andes Talent School of Chemistry and Biology in Lima', 'Andes Talent Schools')).toBeLessThan(0.85);
    expect(across('Andes Talent School of Chemistry and Biology', 'Andes Talent School')).toBeLessThan(0.85);
    expect(across('Andes Talent School of Lima', 'Andes Talent School')).toBeGreaterThanOrEqual(0.85);
  });

  it("lets 'the Federation' refer back to a federation only, not to a union named before it", () => {
    const ex = report(
      'Unions meet in Lima\n\nThe Free Teachers Union of Peru hosted the meeting in Lima on 3 May 2024. The Federation did not send a delegate.',
    );
    const union = org(ex, /Union of Peru|Teachers Union/);
    expect(union?.mentions.every((m) => m.text !== 'Federation')).toBe(true);
  });

  it('does not read a continent as a country', () => {
    const parsed = parseOrgName('International Institute for Teacher Policy in Africa', g);
    expect(parsed.countryCode).toBeNull();
    expect(parsed.proper.some((k) => k.startsWith('cc:'))).toBe(false);
  });
});

describe('identity across reports: one body in English and in Russian', () => {
  it("links 'Ministry of Education of the Republic of Chile' to «Министерство образования Республики Чили»", () => {
    const en = report('Teachers meet in Santiago\n\nThe Ministry of Education of the Republic of Chile and the Valparaiso Pedagogical University held a seminar in Santiago on 3 May 2024.');
    const ru = report('Семинар в Сантьяго\n\nМинистерство образования Республики Чили и Вальпараисский педагогический университет провели семинар в Сантьяго 3 мая 2024 года.', 'ru');
    expect(idAfterLoading(en, ru, /^Министерство образования/)).toBe(org(en, /^Ministry of Education/)?.id);
    expect(idAfterLoading(en, ru, /университет$/)).toBe(org(en, /University$/)?.id);
  });

  it("reads the head of 'Ministry of Preschool and Secondary Education of Ecuador' before 'of' and links it to its Russian name", () => {
    expect(parseOrgName('Ministry of Preschool and Secondary Education of the Republic of Ecuador', g).kind).toBe('ministry');
    expect(across('Ministry of Preschool and Secondary Education of the Republic of Ecuador', 'Министерство дошкольного и среднего образования Республики Эквадор')).toBeGreaterThanOrEqual(0.85);
    expect(across('Ecuadorian Ministry of Preschool and Secondary Education', 'Министерство дошкольного и среднего образования Республики Эквадор')).toBeGreaterThanOrEqual(0.85);
    expect(across('Ministry of Preschool and Secondary Education of the Republic of Ecuador', 'Министерство дошкольного и среднего образования Республики Перу')).toBe(0);
  });

  it("links 'Institute for the Development of Vocational Education of Kenya' to «Институт развития профессионального образования Кении»", () => {
    expect(across('Institute for the Development of Vocational Education of Kenya', 'Институт развития профессионального образования Кении')).toBeGreaterThanOrEqual(0.85);
    expect(across('Institute for the Development of Vocational Education of Kenya', 'Институт развития образования Кении')).toBeLessThan(0.85);
  });

  it("takes a name given as 'formerly …' for the same body, so that either name finds it later", () => {
    const ex = report('Teachers graduate in Lima\n\nLima National University of Education (formerly Lima State University of Education) hosted the ceremony on 3 May 2024.');
    const uni = org(ex, /Lima National University/);
    expect(uni?.aliases).toContain('Lima State University of Education');
    expect(orgs(ex)).toHaveLength(1);
    const ru = report('Выпуск в Лиме\n\nЛимский государственный университет образования провёл церемонию 3 мая 2024 года.', 'ru');
    expect(idAfterLoading(ex, ru, /университет образования/)).toBe(uni?.id);
  });

  it('ends a Russian eponym before the given name of the next person, and reads «университет Вальехо» as «университет имени Вальехо»', () => {
    const parsed = parseOrgName('Педагогический университет Перу имени Сесара Вальехо Марина', g);
    expect(parsed.display).toBe('Педагогический университет Перу имени Сесара Вальехо');
    expect(across('Педагогический университет Перу имени Сесара Вальехо Марина', 'Педагогический университет Перу имени Сесара Вальехо')).toBeGreaterThanOrEqual(0.85);
    expect(across('Педагогический университет Вальехо', 'Педагогический университет имени Вальехо')).toBeGreaterThanOrEqual(0.85);
  });
});
