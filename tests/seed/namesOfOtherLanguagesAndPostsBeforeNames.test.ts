import { describe, expect, it } from 'vitest';
import { isGivenNameInSomeLanguage, isSurnameInSomeLanguage } from '../../seed/text/givenNames.ts';
import { extractBody as extract, affiliated, find, has, namesOf as names, partOf } from './helpers.ts';

/*
 * People named in languages compromise's English lexicon does not know,
 * posts and bodies written before the name, and the units a ministry's
 * "Directorate General" names. Invented people and bodies.
 */
describe('given names and surnames of other languages', () => {
  it("knows common given names and surnames of other languages from faker's tables, diacritics aside", () => {
    expect(isGivenNameInSomeLanguage('Orhan')).toBe(true);
    expect(isGivenNameInSomeLanguage('Gulsen')).toBe(true);
    expect(isGivenNameInSomeLanguage('Gülşen')).toBe(true);
    expect(isSurnameInSomeLanguage('Korkmaz')).toBe(true);
    expect(isSurnameInSomeLanguage('Ozturk')).toBe(true);
    expect(isGivenNameInSomeLanguage('Teachers')).toBe(false);
    expect(isSurnameInSomeLanguage('Sea')).toBe(false);
  });

  it('finds "Orhan Korkmaz has been working at …" with no title: a given name and a surname of some language vouch together', () => {
    const ex = extract('Orhan Korkmaz has been working at the Bright Minds Foundation for ten years.');
    expect(names(ex, 'Person')).toEqual(['Orhan Korkmaz']);
    expect(affiliated(ex, 'Orhan Korkmaz', 'Bright Minds Foundation')).toBe(true);
  });

  it('reads "who leads the inclusive education team at" as where the person works', () => {
    const ex = extract('Gulsen Ozturk, who leads the inclusive education team at the Bright Minds Foundation, opened the session.');
    expect(affiliated(ex, 'Gulsen Ozturk', 'Bright Minds Foundation')).toBe(true);
  });

  it('gives both people of "A and B, both from X" to X', () => {
    const ex = extract('Gulsen Ozturk and Orhan Korkmaz, both from the Bright Minds Foundation, presented the project.');
    expect(affiliated(ex, 'Gulsen Ozturk', 'Bright Minds Foundation')).toBe(true);
    expect(affiliated(ex, 'Orhan Korkmaz', 'Bright Minds Foundation')).toBe(true);
  });

  it('takes an honorific as vouching for a surname that is also an English word ("Ms. Ayla Tuna")', () => {
    const ex = extract('Ms. Ayla Tuna (UNICEF) spoke at the workshop.');
    expect(names(ex, 'Person')).toEqual(['Ayla Tuna']);
    expect(affiliated(ex, 'Ayla Tuna', 'UNICEF')).toBe(true);
  });

  it('does not take a given name of some language before a place word for a person ("the Aral Sea")', () => {
    const ex = extract('The Aral Sea crisis affects schools in the region.');
    expect(names(ex, 'Person')).toEqual([]);
  });

  it('keeps a town whose first word is a given name a town ("George Town")', () => {
    const ex = extract('Malaysia hosted the meeting. Delegates travelled to George Town to visit a school.');
    expect(names(ex, 'City')).toContain('George Town');
    expect(names(ex, 'Person')).toEqual([]);
  });
});

describe('a post and its body before the name', () => {
  it('reads "The Rector of X University, Name Surname, …" as the rector of X, names no table knows', () => {
    const ex = extract('The Rector of Karadeniz Pedagogical University, Emin Sarp, closed the workshop.');
    expect(names(ex, 'Person')).toEqual(['Emin Sarp']);
    expect(affiliated(ex, 'Emin Sarp', 'Karadeniz Pedagogical University')).toBe(true);
  });

  it('skips an honorific between the post and the name ("The Rector of X, Prof. Y")', () => {
    const ex = extract('The Rector of Karadeniz Pedagogical University, Prof. Emin Sarp, closed the workshop.');
    expect(affiliated(ex, 'Emin Sarp', 'Karadeniz Pedagogical University')).toBe(true);
  });

  it('gives the head of a unit "at the Ministry" both the unit and the ministry', () => {
    const ex = extract('The Head of the Department of Special Education at the Ministry of National Education, Emin Sarp, closed the workshop.');
    expect(affiliated(ex, 'Emin Sarp', 'Department of Special Education')).toBe(true);
    expect(affiliated(ex, 'Emin Sarp', 'Ministry of National Education')).toBe(true);
  });

  it('does not take a list of bodies after "of" for a post and its holder', () => {
    const ex = extract('Partners of Karadeniz Pedagogical University, Bright Minds Foundation and others joined.');
    expect(names(ex, 'Person')).toEqual([]);
  });
});

describe('a ministry\'s "Directorate General"', () => {
  it('reads "Directorate General for Teacher Training" and "Directorate-General for …" as bodies, not events', () => {
    const ex = extract('The Directorate General for Teacher Training organised the seminar with the Directorate-General for Education, Youth and Culture.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Directorate General for Teacher Training', 'Directorate-General for Education, Youth and Culture']));
    expect(names(ex, 'Event').some((n) => /General/u.test(n))).toBe(false);
  });

  it("gives a person the directorate named in apposition after the post", () => {
    const ex = extract('Emin Sarp, Head of Unit, Directorate General for Teacher Training, presented the plan.');
    expect(affiliated(ex, 'Emin Sarp', 'Directorate General for Teacher Training')).toBe(true);
  });
});

describe('a roundtable written as one word', () => {
  it('reads "the Data for Learning Roundtable" as an event of its own', () => {
    const ex = extract('The Global Symposium on School Meals closed with the Data for Learning Roundtable.');
    expect(names(ex, 'Event')).toEqual(expect.arrayContaining(['Global Symposium on School Meals', 'Data for Learning Roundtable']));
  });
});

describe("a state's exam or standard before its abbreviation", () => {
  it('does not read «ЕГЭ РФ» as a body', () => {
    const ex = extract('Эксперты ЕГЭ РФ обсудили новые задания.', 'ru');
    expect(names(ex, 'Organization')).toEqual([]);
  });
});

describe('a country after "and" in a body\'s name', () => {
  it('ends "the Ministry of Education" before "and Uzbekistan\'s teachers" or "and Kazakhstan"', () => {
    expect(names(extract("The Ministry of Education and Uzbekistan's teachers took part."), 'Organization')).toEqual(['Ministry of Education']);
    expect(names(extract('The Ministry of Education and Kazakhstan took part.'), 'Organization')).toEqual(['Ministry of Education']);
  });

  it('keeps a field joined by "and" and a country whose name holds "and"', () => {
    expect(names(extract('The Ministry of Education and Science of Kazakhstan took part.'), 'Organization')).toEqual(['Ministry of Education and Science of Kazakhstan']);
    expect(names(extract('The University of Bosnia and Herzegovina hosted it.'), 'Organization')).toEqual(['University of Bosnia and Herzegovina']);
  });
});

describe('a university in brackets after one of its units', () => {
  it('reads "the Faculty of Education (Nordvik University)" as two bodies, the faculty part of the university', () => {
    const ex = extract('The Faculty of Education (Nordvik University) hosted the seminar.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Faculty of Education', 'Nordvik University']));
    expect(partOf(ex, 'Faculty of Education', 'Nordvik University')).toBe(true);
  });

  it('does the same in Russian, the university named in full', () => {
    const ex = extract('Конференцию провёл Институт педагогики и психологии (Северский государственный университет).', 'ru');
    expect(partOf(ex, 'Институт педагогики и психологии', 'Северский государственный университет')).toBe(true);
  });

  it('keeps a university named by its letters apart from its unit («Институт … (НГПУ)»)', () => {
    const ex = extract('Конференцию провёл Институт педагогики и психологии (НГПУ).', 'ru');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Институт педагогики и психологии', 'НГПУ']));
  });

  it('still reads a name in brackets after a body that is not one of its units as its translation', () => {
    const ex = extract('The NGO "Vida" (Life School) hosted the seminar.');
    expect(names(ex, 'Organization')).toEqual(['NGO "Vida"']);
  });
});

describe('coalitions, movements and the Teacher Task Force', () => {
  it('reads a coalition and a movement as bodies', () => {
    expect(names(extract('The Coalition for Education Equity joined the forum.'), 'Organization')).toEqual(['Coalition for Education Equity']);
    expect(names(extract('The Scout Movement of Nordvik joined the forum.'), 'Organization')).toEqual(['Scout Movement of Nordvik']);
    expect(names(extract('The movement of teachers grew.'), 'Organization')).toEqual([]);
  });

  it('knows the Teacher Task Force from the table of well-known bodies', () => {
    const ex = extract('The symposium was co-hosted by the Teacher Task Force and UNESCO.');
    expect(names(ex, 'Organization')).toContain('International Task Force on Teachers for Education 2030');
  });
});

describe('a body visited in the town a group travelled to', () => {
  const basedIn = (ex: ReturnType<typeof extract>, body: string, town: string): boolean =>
    has(ex, 'BASED_IN', find(ex, 'Organization', body)?.id, find(ex, 'City', town)?.id);

  it('places "the Aegean Teachers College" in the town of "travelled to Izmir to visit …"', () => {
    expect(basedIn(extract('The delegation travelled to Izmir to visit the Aegean Teachers College.'), 'Aegean Teachers College', 'İzmir')).toBe(true);
    expect(basedIn(extract('On the last day the group travelled to Izmir, where they visited the Aegean Teachers College.'), 'Aegean Teachers College', 'İzmir')).toBe(true);
  });

  it('does the same in Russian («приехала в Казань, чтобы посетить …»)', () => {
    const ex = extract('Делегация приехала в Казань, чтобы посетить Приволжский педагогический колледж.', 'ru');
    expect(basedIn(ex, 'Приволжский педагогический колледж', 'Kazan')).toBe(true);
  });
});
