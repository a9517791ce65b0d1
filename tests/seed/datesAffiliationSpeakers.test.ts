import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { findDates, nearestDate } from '../../seed/extract/dates.ts';
import { referenceDate } from '../../seed/extract/referenceDate.ts';

/*
 * Event dates, employers and speakers on short reports written for the test:
 * invented people and bodies in Chile, Ghana, Laos, Ecuador, Peru and Kenya.
 */
function extract(body: string, language: 'en' | 'ru' = 'en'): Extraction {
  return extractReport(parseReport(`---\nlanguage: ${language}\n---\nNews from the region\n\n${body}\n`));
}

const nameOf = (ex: Extraction, id: string): string => ex.entities.find((e) => e.id === id)?.name ?? id;

/** "Person → Organization" for every AFFILIATED_WITH, by name. */
function affiliations(ex: Extraction): string[] {
  return ex.relations.filter((r) => r.type === 'AFFILIATED_WITH').map((r) => `${nameOf(ex, r.from)} → ${nameOf(ex, r.to)}`);
}

function speakers(ex: Extraction): string[] {
  return ex.relations.filter((r) => r.type === 'SPOKE_AT').map((r) => nameOf(ex, r.from));
}

describe('event dates', () => {
  it('takes the year from the dateline for «с 3 по 5 июня»', () => {
    const ref = referenceDate({ meta: {}, text: 'Заголовок\n\nЛима, 20 июня 2024 г. — С 3 по 5 июня в Лиме прошёл семинар.' });
    const d = findDates('С 3 по 5 июня в Лиме прошёл семинар.', 0, { referenceDate: ref?.date ?? null });
    expect(d.map((x) => [x.start, x.end])).toEqual([['2024-06-03', '2024-06-05']]);
  });

  it('takes the year from the publication date for "14–15 November"', () => {
    const ref = referenceDate({ meta: { publishedAt: '2025-01-10' }, text: 'Title\n\nTeachers met in Accra on 14–15 November.' });
    const d = findDates('Teachers met in Accra on 14–15 November.', 0, { referenceDate: ref?.date ?? null });
    // A January report looks back: November is last year's.
    expect(d.map((x) => [x.start, x.end])).toEqual([['2024-11-14', '2024-11-15']]);
  });

  it('reads a numeric range with «с … по …» as one range', () => {
    const d = findDates('Курсы прошли с 12.03 по 14.03.2024 во Вьентьяне.');
    expect(d.map((x) => [x.start, x.end, x.text])).toEqual([['2024-03-12', '2024-03-14', 'с 12.03 по 14.03.2024']]);
  });

  it('reads every form of a range reports use', () => {
    const ref = { referenceDate: '2024-12-01' };
    const ranges = ['on 12–14 March 2024', 'from 3 to 5 June', 'March 12-14', '12 March – 2 April 2024', 'с 14 по 16 ноября 2024 года', '12–14 марта', '21–22.10.2024'];
    expect(ranges.map((t) => findDates(t, 0, ref).map((x) => `${x.start}/${x.end}`))).toEqual([
      ['2024-03-12/2024-03-14'],
      ['2024-06-03/2024-06-05'],
      ['2024-03-12/2024-03-14'],
      ['2024-03-12/2024-04-02'],
      ['2024-11-14/2024-11-16'],
      ['2024-03-12/2024-03-14'],
      ['2024-10-21/2024-10-22'],
    ]);
  });

  it('leaves "last week" and "this autumn" undated', () => {
    expect(findDates('The seminar in Quito last week and the next one this autumn.', 0, { referenceDate: '2024-05-01' })).toEqual([]);
  });

  it('knows a dateline whose date is followed by a full stop or set between dashes', () => {
    expect(referenceDate({ meta: {}, text: 'Title\n\nQuito, 18 November 2024. The ministry met on 14 November.' })?.source).toBe('dateline');
    expect(referenceDate({ meta: {}, text: 'Title\n\nQUITO — 18 November 2024 — The ministry met on 14 November.' })?.source).toBe('dateline');
    expect(referenceDate({ meta: {}, text: 'Заголовок\n\nЛима. 18 ноября 2024 года. В Лиме прошёл семинар.' })?.source).toBe('dateline');
  });

  it('does not give an event the application deadline in its sentence', () => {
    const text = 'Applications for the summer school in Lima, to be held on 8–19 July 2024, close on 30 May 2024.';
    const dates = findDates(text);
    expect(dates.find((d) => d.start === '2024-05-30')?.aside).toBe('deadline');
    expect(nearestDate(dates, text.indexOf('summer school'))?.start).toBe('2024-07-08');
  });

  it('does not give an event the deadline of «приём заявок до …»', () => {
    const text = 'Приём заявок на летнюю школу продлится до 30 мая 2024 года, сама школа пройдёт 8–19 июля 2024 года в Лиме.';
    const dates = findDates(text);
    expect(nearestDate(dates, text.indexOf('летнюю'))?.start).toBe('2024-07-08');
  });
});

describe('affiliation', () => {
  it('finds the employer a post names in words no mention covered: "programme director at EduAndes"', () => {
    const ex = extract('The Public Foundation "EduAndes" organised the Andean Teachers Forum in Lima on 3–4 May 2024. The closing session, moderated by Lucia Mamani, programme director at EduAndes, adopted a joint statement.');
    expect(affiliations(ex)).toContain('Lucia Mamani → Public Foundation "EduAndes"');
  });

  it('offers the university of a dean of a faculty, as well as the faculty', () => {
    const ex = extract('The Andean Teachers Forum took place in Lima on 3–4 May 2024. Professor Rosa Condori, Dean of the Faculty of Education of the National University of San Marcos, presented a mentoring model.');
    expect(affiliations(ex)).toEqual(expect.arrayContaining(['Rosa Condori → Faculty of Education of the National University of San Marcos', 'Rosa Condori → National University of San Marcos']));
    const parent = ex.relations.find((r) => r.type === 'AFFILIATED_WITH' && nameOf(ex, r.to) === 'National University of San Marcos');
    expect(parent?.confidence).toBeLessThan(0.85);
    expect(parent?.evidence).toContain('Rosa Condori');
  });

  it('reads "⟦Org⟧\'s ⟦Person⟧" and "⟦Person⟧, who heads ⟦Org⟧"', () => {
    const ex = extract("UNICEF's Ana Castillo moderated the panel of the Andean Teachers Forum in Lima. Dr. Carlos Quispe, who heads the National University of San Marcos, opened it.");
    expect(affiliations(ex)).toEqual(expect.arrayContaining(['Ana Castillo → UNICEF', 'Carlos Quispe → National University of San Marcos']));
  });

  it('reads titles chained before a Russian name: «президент ⟦O1⟧, доцент ⟦O2⟧ ⟦P⟧»', () => {
    const ex = extract(
      'В Лиме прошёл семинар «Учитель будущего». Модератором выступила президент Перуанской ассоциации учителей математики, доцент Перуанского педагогического университета Роза Кондори.',
      'ru',
    );
    expect(affiliations(ex)).toEqual(expect.arrayContaining(['Роза Кондори → Перуанская ассоциация учителей математики', 'Роза Кондори → Перуанский педагогический университет']));
  });
});

describe('spoke at', () => {
  it('counts "led the sessions" as speaking', () => {
    const ex = extract('The Kenya Teachers Workshop took place in Nairobi on 5 May 2024. Grace Wanjiru, trainer at Strathmore University, led the sessions on classroom assessment.');
    expect(speakers(ex)).toContain('Grace Wanjiru');
  });

  it('does not count the chair of a jury as a speaker', () => {
    const ex = extract('The Kenya Coding Olympiad took place in Nairobi on 5 May 2024. The jury was chaired by Peter Otieno, Director of the Kenya Institute of Curriculum Development.');
    expect(speakers(ex)).not.toContain('Peter Otieno');
    expect(affiliations(ex)).toContain('Peter Otieno → Kenya Institute of Curriculum Development');
  });

  it('counts «под руководством ⟦P⟧ прошёл круглый стол» as leading the session', () => {
    const ex = extract('В Аккре прошёл круглый стол «Учитель и цифровая нагрузка». Круглый стол прошёл под руководством директора Ганского института образования Кофи Асанте.', 'ru');
    expect(speakers(ex)).toContain('Кофи Асанте');
  });
});
