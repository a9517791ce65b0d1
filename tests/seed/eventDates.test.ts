import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { findDates, nearestDate } from '../../seed/extract/dates.ts';
import { referenceDate } from '../../seed/extract/referenceDate.ts';
import { splitSentences } from '../../seed/text/sentences.ts';

/*
 * Which event a stated date belongs to, on short reports written for the
 * test: invented events and bodies in Chile, Ghana, Laos, Ecuador, Peru and Kenya.
 */
function extract(body: string, language: 'en' | 'ru' = 'en'): Extraction {
  return extractReport(parseReport(`---\nlanguage: ${language}\n---\nNews from the region\n\n${body}\n`));
}

/** "name start..end" of every event. */
function eventDates(ex: Extraction): string[] {
  return ex.entities.flatMap((e) => (e.type === 'Event' ? [`${e.name} ${e.startDate ?? '-'}..${e.endDate ?? '-'}`] : []));
}

function datesOf(ex: Extraction, name: string): [string | null, string | null] | undefined {
  const e = ex.entities.find((x) => x.type === 'Event' && x.name === name);
  return e?.type === 'Event' ? [e.startDate, e.endDate] : undefined;
}

describe('sentences end after a year', () => {
  it('ends a sentence at "… 2024. Teachers from …"', () => {
    expect(splitSentences('The forum met in Lima on 3 June 2024. Teachers from Peru and Chile attended it.').map((s) => s.text)).toEqual([
      'The forum met in Lima on 3 June 2024.',
      'Teachers from Peru and Chile attended it.',
    ]);
  });

  it('ends a sentence at «… 2024 г. Учителя …» but keeps «г. Лима» inside one', () => {
    expect(splitSentences('Семинар прошёл 12 марта 2024 г. Учителя из Ганы приняли участие.').length).toBe(2);
    expect(splitSentences('Семинар прошёл в г. Лима. Учителя приняли участие.').map((s) => s.text)).toEqual(['Семинар прошёл в г. Лима.', 'Учителя приняли участие.']);
  });

  it('does not end a sentence at a number that is not a year', () => {
    expect(splitSentences('The visit to School No. 11. Teachers came.').length).toBeLessThanOrEqual(2);
    expect(splitSentences('Some 300 teachers came in 2024 and 2025 to Quito.').length).toBe(1);
  });
});

describe('an event takes its own date, not a neighbour’s', () => {
  it('never gives an event a deadline, even when the deadline is the only date beside it', () => {
    const text = 'Applications for the Quito summer school close on 30 May 2024.';
    expect(nearestDate(findDates(text), text.indexOf('summer school'))).toBeNull();
  });

  it('leaves the days of a named whole to the whole: "the round table "A", part of the Forum "B", held on 3–5 June"', () => {
    const ex = extract('The round table "Rural Teachers Tomorrow" was part of the Andean Teachers Forum, held in Lima on 3–5 June 2024.');
    expect(datesOf(ex, 'Andean Teachers Forum')).toEqual(['2024-06-03', '2024-06-05']);
    expect(datesOf(ex, 'Rural Teachers Tomorrow')).not.toEqual(['2024-06-03', '2024-06-05']);
  });

  it('gives a day inside the whole to the part it introduces: "On 4 June the forum hosted the round table "A""', () => {
    const ex = extract('The Andean Teachers Forum was held in Lima on 3–5 June 2024. On 4 June the forum hosted the round table "Rural Teachers Tomorrow".');
    expect(datesOf(ex, 'Rural Teachers Tomorrow')).toEqual(['2024-06-04', '2024-06-04']);
    expect(datesOf(ex, 'Andean Teachers Forum')).toEqual(['2024-06-03', '2024-06-05']);
  });

  it('takes the main event’s days from the lead sentence that states them without naming it', () => {
    const ex = extract(
      'Twenty school inspectors from Kenya spent 3–5 June 2024 in Accra, observing how Ghanaian inspectors work with head teachers. The study visit "Inspection for Learning" was organized by the Ghana Education Service.',
    );
    expect(datesOf(ex, 'Inspection for Learning')).toEqual(['2024-06-03', '2024-06-05']);
  });

  it('dates a series from the first day of its parts to the last', () => {
    const ex = extract(
      'NAIROBI, 30 October 2024 – The Kenya Institute of Curriculum Development ran its "Reading for All" roadshow this month as a series of one-day workshops in three towns. The first workshop was hosted by Moi University in Eldoret on 5 October; the second took place in Kisumu on 12 October; and the third was held in Mombasa on 19 October.',
    );
    const roadshow = ex.entities.find((e) => e.type === 'Event' && /roadshow|Reading for All/.test(e.name) && !/workshop/i.test(e.name));
    expect(roadshow?.type === 'Event' ? [roadshow.startDate, roadshow.endDate] : null).toEqual(['2024-10-05', '2024-10-19']);
  });
});

describe('the start and the end told apart', () => {
  it('joins "opened on 16 June and closed on 18 June" into one range', () => {
    const ex = extract('The Regional Forum on Rural Schools opened in Vientiane on 16 June 2024 and closed on 18 June.');
    expect(datesOf(ex, 'Regional Forum on Rural Schools')).toEqual(['2024-06-16', '2024-06-18']);
  });

  it('joins «открылся 3 июня … продлится до 5 июня» across sentences', () => {
    const ex = extract('В Лиме 3 июня 2024 г. открылся Форум учителей Анд. Форум продлится до 5 июня.', 'ru');
    expect(eventDates(ex)).toContain('Форум учителей Анд 2024-06-03..2024-06-05');
  });

  it('runs "a five-day training" that opened on 7 October for five days, and prefers that day to "in October"', () => {
    const ex = extract('A five-day training of trainers on inclusive education was held in Nairobi in October 2024. The training opened on 7 October with a session by the Kenya Institute of Curriculum Development.');
    expect(datesOf(ex, 'five-day training of trainers on inclusive education')).toEqual(['2024-10-07', '2024-10-11']);
  });

  it('dates a part held "on the second day" of its whole', () => {
    const ex = extract('The Andean Teachers Forum took place in Lima on 4–5 June 2024. On the second day of the forum, the round table "Rural Schools Tomorrow" gathered 40 principals.');
    expect(datesOf(ex, 'Rural Schools Tomorrow')).toEqual(['2024-06-05', '2024-06-05']);
  });

  it('takes the day named last before the part when a sentence names two: «в первый день … во второй день — круглый стол»', () => {
    const ex = extract('Конференция «Школа Анд» прошла в Лиме 20–21 октября 2024 года. В первый день работали секции, во второй день — круглый стол «Сельские школы».', 'ru');
    expect(datesOf(ex, 'Сельские школы')).toEqual(['2024-10-21', '2024-10-21']);
  });

  it('dates a part held «в завершающий день» on its whole\'s last day', () => {
    const ex = extract('Конференция «Школа Анд» прошла в Лиме 20–22 октября 2024 года. В завершающий день прошла панельная дискуссия «Цифровые ресурсы».', 'ru');
    expect(datesOf(ex, 'Цифровые ресурсы')).toEqual(['2024-10-22', '2024-10-22']);
  });

  it('dates parts held «в день открытия» and «в день закрытия» on the first and last days', () => {
    const ex = extract('Конференция «Школа Анд» прошла в Лиме 20–22 октября 2024 года. В день открытия прошла панельная дискуссия «Цифровые ресурсы». В день закрытия состоялся круглый стол «Итоги года».', 'ru');
    expect(datesOf(ex, 'Цифровые ресурсы')).toEqual(['2024-10-20', '2024-10-20']);
    expect(datesOf(ex, 'Итоги года')).toEqual(['2024-10-22', '2024-10-22']);
  });
});

describe('the year and the day from the report’s own date', () => {
  it('reads «вчера» from the dateline', () => {
    const ex = extract('Лима, 6 июня 2024 г. — Вчера в Лиме прошёл семинар «Школа Анд».', 'ru');
    expect(eventDates(ex)).toContain('Школа Анд 2024-06-05..2024-06-05');
  });

  it('takes the year from a name when the report states no full date', () => {
    const ex = extract('Форум «Учитель Перу — 2024» прошёл в Лиме 18–19 ноября.', 'ru');
    expect(eventDates(ex)).toContain('Форум «Учитель Перу — 2024» 2024-11-18..2024-11-19');
  });

  it('takes the year of "in October 2024" for a yearless day of a future event, whatever the tense', () => {
    const ref = referenceDate({ meta: {}, text: 'Title\n\nThe Kenya reading week runs in October 2024. Its final seminar will be held on 3 March.' });
    expect(ref?.source).toBe('year');
    expect(findDates('Its final seminar will be held on 3 March.', 0, { referenceDate: ref?.date ?? null, yearOnly: true })[0]?.start).toBe('2024-03-03');
  });

  it('knows a dateline set off by "|" and a publication line with a byline', () => {
    expect(referenceDate({ meta: {}, text: 'Title\n\nLima | 12 November 2024\n\nThe forum met on 10 November.' })?.source).toBe('dateline');
    expect(referenceDate({ meta: {}, text: 'Title\n\nPublished on 12 November 2024 by the Ministry\n\nThe forum met on 10 November.' })?.source).toBe('dateline');
  });

  it('reads a date written with slashes, day first unless the second number cannot be a month', () => {
    expect(findDates('Lima, 12/11/2024 — The forum').map((d) => d.start)).toEqual(['2024-11-12']);
    expect(findDates('on 10/21/2024').map((d) => d.start)).toEqual(['2024-10-21']);
    expect(findDates('on 31/02/2024')).toEqual([]);
  });

  it('leaves an event "last week" or "this autumn" without a date', () => {
    const ex = extract('Last week the Ecuador Reading Forum took place in Quito. The next forum will be held this autumn.');
    expect(eventDates(ex).every((e) => e.endsWith('-..-'))).toBe(true);
  });
});
