import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { find, has, ofType } from './helpers.ts';

/**
 * Each pattern of the extractor alone, on a short report written for the
 * test (headline, blank line, body). The dev set measures them together; these
 * say what each one is for.
 */
function extract(body: string, language: 'en' | 'ru' = 'en'): Extraction {
  return extractReport(parseReport(`---\nlanguage: ${language}\n---\nNews from the region\n\n${body}\n`));
}

function names(ex: Extraction, type: Parameters<typeof ofType>[1]): string[] {
  return ofType(ex, type).map((e) => e.name);
}

function id(ex: Extraction, type: Parameters<typeof ofType>[1], name: string): string | undefined {
  return find(ex, type, name)?.id;
}

describe('organization names', () => {
  it('keeps an office’s place in its name: "the UNICEF Country Office in Georgia"', () => {
    const ex = extract('The meeting was supported by the UNICEF Country Office in Georgia.');
    expect(names(ex, 'Organization')).toContain('UNICEF Country Office in Georgia');
  });

  it('reads "UNICEF Georgia" as that body’s office in Georgia', () => {
    const ex = extract('Staff of UNICEF Georgia opened the event in Tbilisi.');
    const office = ofType(ex, 'Organization').find((o) => o.mentions.some((m) => m.text === 'UNICEF Georgia'));
    expect(office?.name).toMatch(/Office in Georgia/);
  });

  it('numbers a school: "Lyceum No. 12", «школа № 7 города Актобе»', () => {
    expect(names(extract('Pupils of Lyceum No. 12 showed their robots.'), 'Organization')).toContain('Lyceum No. 12');
    const ru = extract('Учителя из школы № 7 города Актобе показали свои уроки.', 'ru');
    expect(ofType(ru, 'Organization').some((o) => /школ\p{L}* № 7 города Актобе/iu.test(o.mentions[0]?.text ?? ''))).toBe(true);
  });

  it('reads a comma list inside a ministry’s name: "Ministry of Education, Youth and Sports"', () => {
    const ex = extract('The Ministry of Education, Youth and Sports opened the session.');
    expect(names(ex, 'Organization')).toContain('Ministry of Education, Youth and Sports');
  });

  it('does not take a person into a body’s name: "Anna Berg of the Open Minds Foundation"', () => {
    const ex = extract('Anna Berg of the Open Minds Foundation said that teachers need time.');
    expect(names(ex, 'Organization')).toContain('Open Minds Foundation');
    expect(names(ex, 'Person')).toContain('Anna Berg');
  });

  it('names a unit with its parent and links them: "Faculty of History of Riverside State University"', () => {
    const ex = extract('Lecturers from the Faculty of History of Riverside State University attended.');
    const unit = find(ex, 'Organization', 'Faculty of History of Riverside State University');
    expect(unit).toBeDefined();
    expect(has(ex, 'PART_OF', unit?.id, id(ex, 'Organization', 'Riverside State University'))).toBe(true);
  });

  it('puts a Russian name met in the prepositional case in the nominative', () => {
    const ex = extract('Семинар прошёл в Тверском государственном университете.', 'ru');
    expect(names(ex, 'Organization')).toContain('Тверской государственный университет');
  });

  it('links a Russian unit to the acronym of its parent: «кафедра истории ТвГУ»', () => {
    const ex = extract('Организатором выступила Кафедра истории ТвГУ.', 'ru');
    const unit = ofType(ex, 'Organization').find((o) => o.name.startsWith('Кафедра истории'));
    expect(unit?.name).toMatch(/ТвГУ$/);
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === unit?.id)).toBe(true);
  });

  it('reads a legal form before a quoted name as a body: АО «Учебный центр „Знание“»', () => {
    const ex = extract('Курсы провело АО «Учебный центр „Знание“» для учителей района.', 'ru');
    expect(ofType(ex, 'Organization').some((o) => o.mentions.some((m) => m.text.startsWith('АО «Учебный центр')))).toBe(true);
  });
});

describe('event names', () => {
  it('names an event by the Title Case words before its kind: "the Fourth Baltic Teachers Forum"', () => {
    const ex = extract('The Fourth Baltic Teachers Forum took place in Riga on 3 May 2024.');
    expect(names(ex, 'Event')).toContain('Fourth Baltic Teachers Forum');
  });

  it('keeps two editions of one forum apart', () => {
    const ex = extract('The Second Baltic Teachers Forum took place in Riga on 3 May 2024. The Third Baltic Teachers Forum will be held in Tallinn.');
    expect(names(ex, 'Event')).toEqual(expect.arrayContaining(['Second Baltic Teachers Forum', 'Third Baltic Teachers Forum']));
  });

  it('names a Russian event by the adjectives before its kind and its complement: «Летняя педагогическая школа …»', () => {
    const ex = extract('Летняя педагогическая школа Тверского университета прошла 1–10 июля 2024 года.', 'ru');
    expect(names(ex, 'Event').some((n) => n.startsWith('Летняя педагогическая школа Тверского университета'))).toBe(true);
  });

  it('puts a panel held within a forum into it (PART_OF)', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3–4 May 2024. Within the forum, the panel "Schools After the Pandemic" was held on 4 May.');
    const forum = id(ex, 'Event', 'Baltic Teachers Forum');
    const panel = id(ex, 'Event', 'Schools After the Pandemic');
    expect(has(ex, 'PART_OF', panel, forum)).toBe(true);
  });

  it('dates a yearless day from the report’s dateline', () => {
    const ex = extractReport(parseReport('---\nlanguage: en\n---\nForum closes\n\nRIGA, 5 May 2024 — The Baltic Teachers Forum was held on 3–4 May in Riga.\n'));
    const e = find(ex, 'Event', 'Baltic Teachers Forum');
    expect(e?.type === 'Event' && [e.startDate, e.endDate]).toEqual(['2024-05-03', '2024-05-04']);
  });
});

describe('who took part, spoke and works where', () => {
  it('carries the event of one sentence into the next: "It was organized by …"', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3 May 2024. It was organized by the Open Minds Foundation jointly with Riverside State University.');
    const forum = id(ex, 'Event', 'Baltic Teachers Forum');
    expect(has(ex, 'ORGANIZED', id(ex, 'Organization', 'Open Minds Foundation'), forum)).toBe(true);
    expect(has(ex, 'ORGANIZED', id(ex, 'Organization', 'Riverside State University'), forum)).toBe(true);
  });

  it('reads "with financial support from" as a partner', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3 May 2024 with financial support from the Open Minds Foundation.');
    expect(has(ex, 'PARTNERED', id(ex, 'Organization', 'Open Minds Foundation'), id(ex, 'Event', 'Baltic Teachers Forum'))).toBe(true);
  });

  it('counts countries that sent delegations, not the country the event is in', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga, Latvia, on 3 May 2024. Delegations from Estonia and Lithuania attended.');
    const forum = id(ex, 'Event', 'Baltic Teachers Forum');
    expect(has(ex, 'PARTICIPATED_IN', 'country:EE', forum)).toBe(true);
    expect(has(ex, 'PARTICIPATED_IN', 'country:LT', forum)).toBe(true);
    expect(has(ex, 'PARTICIPATED_IN', 'country:LV', forum)).toBe(false);
  });

  it('does not let a cue reach across a clause to a body named for something else', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3 May 2024. It was organized by the Open Minds Foundation to discuss a reading programme that the Northern Light Trust financed five years ago.');
    const forum = id(ex, 'Event', 'Baltic Teachers Forum');
    expect(has(ex, 'ORGANIZED', id(ex, 'Organization', 'Northern Light Trust'), forum)).toBe(false);
  });

  it('reads who spoke and where they work from "said X, senior lecturer at Y"', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3 May 2024. "Schools need time," said Marta Ozola, senior lecturer at Riverside State University.');
    const person = id(ex, 'Person', 'Marta Ozola');
    expect(has(ex, 'SPOKE_AT', person, id(ex, 'Event', 'Baltic Teachers Forum'))).toBe(true);
    expect(has(ex, 'AFFILIATED_WITH', person, id(ex, 'Organization', 'Riverside State University'))).toBe(true);
  });

  it('reads a Russian post, body and name in a row as an affiliation: «ректор Тверского университета Иван Соколов»', () => {
    const ex = extract('С докладом выступил ректор Тверского государственного университета Иван Соколов.', 'ru');
    const person = ofType(ex, 'Person').find((p) => p.name.includes('Соколов'));
    expect(ex.relations.some((r) => r.type === 'AFFILIATED_WITH' && r.from === person?.id)).toBe(true);
  });

  it('puts a Russian name in an oblique case in the nominative: «по приглашению Ивана Соколова»', () => {
    const ex = extract('Педагоги приехали по приглашению Ивана Соколова.', 'ru');
    expect(names(ex, 'Person')).toContain('Иван Соколов');
  });

  it('does not read ordinary English words as a person: "Young Teachers", "Modern Pedagogy"', () => {
    const ex = extract('The session Young Teachers was moderated by the team. Modern Pedagogy said nothing.');
    expect(names(ex, 'Person')).toEqual([]);
  });
});

describe('places', () => {
  it('counts a country named by an adjective: "Finnish models", «германское общество»', () => {
    expect(ofType(extract('Teachers studied Finnish models of support.'), 'Country').map((c) => c.id)).toContain('country:FI');
    expect(ofType(extract('Проект поддержало германское общество.', 'ru'), 'Country').map((c) => c.id)).toContain('country:DE');
  });

  it('finds a town the gazetteer spells differently, in a country the report names ("Mykolaiv", Ukraine)', () => {
    const ex = extract('Teachers from Ukraine met in Mykolaiv and Lviv.');
    const cities = ofType(ex, 'City');
    expect(cities.map((c) => (c.type === 'City' ? c.countryCode : null))).toEqual(['UA', 'UA']);
  });

  it('finds a Russian town by its Latin spelling with the case ending off: «в Томске»', () => {
    const ex = extract('Семинар прошёл в Томске, Россия.', 'ru');
    expect(ofType(ex, 'City').map((c) => c.name)).toContain('Tomsk');
  });
});

describe('reading', () => {
  it('takes a plain "source:/language:" header block as metadata, not as the headline', () => {
    const r = parseReport('source: https://example.org/news/1\nlanguage: en\n\nTeachers meet in Riga\n\nThe Baltic Teachers Forum took place.\n');
    expect(r.meta.title).toBe('Teachers meet in Riga');
    expect(r.meta.url).toBe('https://example.org/news/1');
    expect(r.text.startsWith('Teachers meet in Riga')).toBe(true);
  });
});
