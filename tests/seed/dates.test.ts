import { describe, expect, it } from 'vitest';
import { findDates, inferYear } from '../../seed/extract/dates.ts';
import { dateOptions, datelineDate, referenceDate } from '../../seed/extract/referenceDate.ts';

/** [start, end, precision] of every date found, in order. */
function read(text: string, referenceDate?: string): Array<[string, string, string]> {
  return findDates(text, 0, { referenceDate: referenceDate ?? null }).map((d) => [d.start, d.end, d.precision]);
}

describe('findDates reads English date phrases', () => {
  it.each([
    ['The clinic met on 9–11 April 2023 in Riverton.', ['2023-04-09', '2023-04-11']],
    ['The clinic met on 9-11 April 2023.', ['2023-04-09', '2023-04-11']],
    ['The clinic met April 9–11, 2023.', ['2023-04-09', '2023-04-11']],
    ['The course ran from 6 to 8 May 2022.', ['2022-05-06', '2022-05-08']],
    ['The course ran 6 May to 8 May 2022.', ['2022-05-06', '2022-05-08']],
    ['The course ran between 6 and 8 May 2022.', ['2022-05-06', '2022-05-08']],
    ['The course ran from the 6th to the 8th of May 2022.', ['2022-05-06', '2022-05-08']],
    ['The course ran from Friday, 6 May to Sunday, 8 May 2022.', ['2022-05-06', '2022-05-08']],
    ['Teachers came on 6, 7 and 8 May 2022.', ['2022-05-06', '2022-05-08']],
    ['The camp lasted 29 April – 3 May 2021.', ['2021-04-29', '2021-05-03']],
    ['The camp lasted April 29 – May 3, 2021.', ['2021-04-29', '2021-05-03']],
    ['The camp lasted 29 December 2021 – 3 January 2022.', ['2021-12-29', '2022-01-03']],
    ['The camp lasted 29 December – 3 January 2022.', ['2021-12-29', '2022-01-03']],
    ['The fair opened on 5 October 2020.', ['2020-10-05', '2020-10-05']],
    ['The fair opened on the 5th of October 2020.', ['2020-10-05', '2020-10-05']],
    ['The fair opened on October 5th, 2020.', ['2020-10-05', '2020-10-05']],
    ['The fair opened on Oct. 5, 2020.', ['2020-10-05', '2020-10-05']],
  ])('reads "%s" as a day-precise range', (text, [start, end]) => {
    expect(read(text)).toEqual([[start, end, 'day']]);
  });

  it('reads a month and a year as a month, not a day', () => {
    expect(read('The pilot began in February 2019.')).toEqual([['2019-02-01', '2019-02-28', 'month']]);
  });

  it('reads a span of months within a year as months', () => {
    expect(read('The pilot ran in February–April 2019.')).toEqual([['2019-02-01', '2019-04-30', 'month']]);
  });

  it('does not read the verb "may" as the month of May', () => {
    expect(read('Grade 5 may join later; 7 may not.', '2022-06-01')).toEqual([]);
  });

  it('does not read year spans or hyphenated years as dates', () => {
    expect(read('The 2021–2025 plan follows TIMSS-2019 and a 2018-2020 pilot.')).toEqual([]);
  });

  it('reads "Between 6 and 8 May" at the start of a sentence as a range', () => {
    expect(read('Between 6 and 8 May 2022 the tutors met.')).toEqual([['2022-05-06', '2022-05-08', 'day']]);
  });

  it('never reads a backwards day span as a range running into the next year', () => {
    expect(read('Sessions ran 14–12 May 2022.').every(([start, end]) => start.slice(0, 4) === end.slice(0, 4))).toBe(true);
  });

  it('reads "6 and 8 May" as two separate days, not a range', () => {
    expect(read('Visits took place on 6 and 8 May.', '2022-06-01')).toEqual([['2022-05-08', '2022-05-08', 'day']]);
  });
});

describe('findDates reads Russian date phrases', () => {
  it.each([
    ['Семинар прошёл с 9 по 11 апреля 2023 года.', ['2023-04-09', '2023-04-11']],
    ['9–11 апреля 2023 г. прошёл семинар.', ['2023-04-09', '2023-04-11']],
    ['Семинар прошёл 9 апреля 2023 г.', ['2023-04-09', '2023-04-09']],
    ['Лагерь работал с 29 апреля по 3 мая 2021 года.', ['2021-04-29', '2021-05-03']],
    ['Лагерь работал 29 апреля – 3 мая 2021 года.', ['2021-04-29', '2021-05-03']],
    ['В период с 6 по 8 мая 2022 года шли занятия.', ['2022-05-06', '2022-05-08']],
    ['Занятия шли 7 и 8 мая 2022 года.', ['2022-05-07', '2022-05-08']],
    ['Занятия шли 6, 7 и 8 мая 2022 года.', ['2022-05-06', '2022-05-08']],
    ['Занятия шли с 6 по 8.05.2022.', ['2022-05-06', '2022-05-08']],
  ])('reads «%s» as a day-precise range', (text, [start, end]) => {
    expect(read(text)).toEqual([[start, end, 'day']]);
  });

  it('reads «в марте 2020 года» as a month', () => {
    expect(read('Проект стартовал в марте 2020 года.')).toEqual([['2020-03-01', '2020-03-31', 'month']]);
  });
});

describe('findDates reads numeric dates', () => {
  it.each([
    ['Registration closed on 07.03.2023.', ['2023-03-07', '2023-03-07']],
    ['The school ran 7-9.03.2023.', ['2023-03-07', '2023-03-09']],
    ['The forum was held on 9.–10.5.2024 in Helsinki.', ['2024-05-09', '2024-05-10']],
    ['The school ran 28.02–02.03.2023.', ['2023-02-28', '2023-03-02']],
    ['The school ran 28.02.2023 – 02.03.2023.', ['2023-02-28', '2023-03-02']],
    ['The school ran on 2023-03-07.', ['2023-03-07', '2023-03-07']],
    ['The school ran 2023-03-07 to 2023-03-09.', ['2023-03-07', '2023-03-09']],
  ])('reads "%s"', (text, [start, end]) => {
    expect(read(text)).toEqual([[start, end, 'day']]);
  });

  it('rejects a day that does not exist', () => {
    expect(read('Filed on 31.02.2023 and on 30 February 2023.')).toEqual([]);
  });
});

describe('findDates gives a yearless date the year of the reference date', () => {
  it('returns nothing for a yearless date when no reference date is known', () => {
    expect(read('The jury met on 14 March.')).toEqual([]);
  });

  it.each([
    ['The jury met on 14 March.', '2023-03-20', ['2023-03-14', '2023-03-14']],
    ['The jury met on March 14.', '2023-03-20', ['2023-03-14', '2023-03-14']],
    ['The jury met on 14–16 March.', '2023-03-20', ['2023-03-14', '2023-03-16']],
    ['The jury met from 14 to 16 March.', '2023-03-20', ['2023-03-14', '2023-03-16']],
    ['Жюри работало 14–16 марта.', '2023-03-20', ['2023-03-14', '2023-03-16']],
    ['Жюри работало с 30 марта по 2 апреля.', '2023-04-10', ['2023-03-30', '2023-04-02']],
    ['Жюри работало 14 и 15 марта.', '2023-03-20', ['2023-03-14', '2023-03-15']],
  ])('reads "%s" published %s', (text, ref, [start, end]) => {
    expect(read(text, ref)).toEqual([[start, end, 'day']]);
  });

  it('marks the year as inferred', () => {
    expect(findDates('The jury met on 14 March.', 0, { referenceDate: '2023-03-20' })[0]?.yearInferred).toBe(true);
    expect(findDates('The jury met on 14 March 2023.', 0, { referenceDate: '2023-03-20' })[0]?.yearInferred).toBe(false);
  });

  it('puts a December day told in a January report in the previous year', () => {
    expect(read('The jury met on 28 December.', '2023-01-10')).toEqual([['2022-12-28', '2022-12-28', 'day']]);
  });

  it('puts a range across New Year told in a January report across the right years', () => {
    expect(read('The camp ran 29 December – 3 January.', '2023-01-10')).toEqual([['2022-12-29', '2023-01-03', 'day']]);
  });

  it('puts a day already past in a sentence about the future in the next year', () => {
    expect(read('The next round will be held on 12 February.', '2023-11-01')).toEqual([['2024-02-12', '2024-02-12', 'day']]);
    expect(read('Следующий тур пройдёт 12 февраля.', '2023-11-01')).toEqual([['2024-02-12', '2024-02-12', 'day']]);
  });

  it('follows the six-month rule in inferYear', () => {
    expect(inferYear(5, 1, '2023-11-15')).toBe(2023);
    expect(inferYear(6, 1, '2023-01-15')).toBe(2023);
    expect(inferYear(9, 1, '2023-01-15')).toBe(2022);
    expect(inferYear(1, 10, '2023-11-15', 'future')).toBe(2024);
  });
});

describe('findDates leaves vague time phrases alone', () => {
  it.each([
    'The mentors met last week.',
    'A second round is planned for this autumn.',
    'The survey closes in September this year.',
    'The jury met in March.',
    'Наставники встретились в прошлом месяце.',
    'Второй тур пройдёт осенью.',
  ])('finds no date in "%s"', (text) => {
    expect(read(text, '2023-06-01')).toEqual([]);
  });
});

describe('findDates stretches a start day by a stated length', () => {
  it('reads "a three-day course starting 6 May" as three days', () => {
    expect(read('A three-day course starting 6 May 2022 drew 40 tutors.')).toEqual([['2022-05-06', '2022-05-08', 'day']]);
  });

  it('keeps the day as written when it is not marked as the start', () => {
    expect(read('The three-day course on 6 May 2022 drew 40 tutors.')).toEqual([['2022-05-06', '2022-05-06', 'day']]);
  });
});

describe('findDates marks where something began or ended', () => {
  function boundaries(text: string): Array<[string, string | null]> {
    return findDates(text, 0, { referenceDate: '2023-06-01' }).map((d) => [d.start, d.boundary]);
  }

  it('reads "opened on" and "closed on" as a start and an end', () => {
    expect(boundaries('The fair opened on 3 May and closed on 5 May.')).toEqual([
      ['2023-05-03', 'start'],
      ['2023-05-05', 'end'],
    ]);
  });

  it('reads «открылась» and «завершилась» after the date as a start and an end', () => {
    expect(boundaries('3 мая открылась ярмарка, а 5 мая она завершилась.')).toEqual([
      ['2023-05-03', 'start'],
      ['2023-05-05', 'end'],
    ]);
  });

  it('reads "until" before a day as an end', () => {
    expect(boundaries('Entries are accepted until 5 May.')).toEqual([['2023-05-05', 'end']]);
  });

  it('marks nothing when the clause has no such verb', () => {
    expect(boundaries('On 4 May tutors visited two schools.')).toEqual([['2023-05-04', null]]);
  });
});

describe('findDates offsets', () => {
  it('reports offsets in the text it was given plus the offset', () => {
    const [d] = findDates('Met on 14 March 2023.', 100);
    expect([d?.from, d?.to, d?.text]).toEqual([107, 120, '14 March 2023']);
  });
});

describe('findDates with an excluded span', () => {
  it('leaves out the dateline and keeps the event date of the same sentence', () => {
    const text = 'RIVERTON, 2 May 2023 — Tutors met on 28–29 April 2023.';
    const found = findDates(text, 10, { exclude: { from: 20, to: 30 } });
    expect(found.map((d) => [d.start, d.end])).toEqual([['2023-04-28', '2023-04-29']]);
  });
});

describe('referenceDate', () => {
  const report = (text: string, publishedAt: string | null = null) => ({ meta: { publishedAt }, text });

  it('prefers the publication date from the front matter', () => {
    expect(referenceDate(report('Headline\n\nRIVERTON, 2 May 2023 — Tutors met on 30 April.', '2023-05-04'))).toMatchObject({ date: '2023-05-04', source: 'published' });
  });

  it.each([
    ['Headline\n\nRIVERTON, 2 May 2023 — Tutors met on 30 April.', '2023-05-02'],
    ['Headline\n\nRiverton, Northland, 2 May 2023 – Tutors met.', '2023-05-02'],
    ['Headline\n\nRiverton (Northland), May 2, 2023 — Tutors met.', '2023-05-02'],
    ['Заголовок\n\nРиверсайд, 2 мая 2023 г. — Наставники встретились.', '2023-05-02'],
    ['Заголовок\n02.05.2023\nНаставники встретились 30 апреля.', '2023-05-02'],
    ['Headline\n2 May 2023 14:30\nTutors met on 30 April.', '2023-05-02'],
    ['Headline\nPublished: 2 May 2023\nTutors met on 30 April.', '2023-05-02'],
    ['Headline\n\n2 May 2023, Riverton — Tutors met on 30 April.', '2023-05-02'],
    ['Заголовок\n\nРиверсайд. 2 мая 2023 г. — Наставники встретились 30 апреля.', '2023-05-02'],
    ['Заголовок\nОпубликовано: 02.05.2023\nНаставники встретились.', '2023-05-02'],
  ])('reads the dateline of %j', (text, date) => {
    expect(referenceDate(report(text))).toMatchObject({ date, source: 'dateline' });
  });

  it('gives the offsets of the dateline so its date is not taken for the event', () => {
    const text = 'Headline\n\nRIVERTON, 2 May 2023 — Tutors met on 30 April.';
    const span = referenceDate(report(text))?.dateline;
    expect(span ? text.slice(span.from, span.to) : null).toBe('2 May 2023');
  });

  it('does not take a date inside the first sentence for a dateline', () => {
    expect(datelineDate('Headline\n\nTutors met in Riverton on 2 May 2023 for a course.')).toBeNull();
    expect(datelineDate('Headline\n\n2 May 2023 saw tutors meet in Riverton.')).toBeNull();
  });

  it('falls back to the first full date of the text', () => {
    expect(referenceDate(report('Headline\n\nTutors met in Riverton on 2–4 May 2023. On 3 May they visited schools.'))).toEqual({
      date: '2023-05-02',
      source: 'text',
      dateline: null,
      stated: ['2023-05-02', '2023-05-04'],
    });
  });

  it('gives findDates options that date yearless days and skip the dateline', () => {
    const text = 'Headline\n\nRIVERTON, 2 May 2023 — Tutors met on 28–29 April.';
    const found = findDates(text, 0, dateOptions(referenceDate(report(text))));
    expect(found.map((d) => [d.start, d.end, d.yearInferred])).toEqual([['2023-04-28', '2023-04-29', true]]);
  });

  it('gives null when the report states no full date', () => {
    expect(referenceDate(report('Headline\n\nTutors met last week.'))).toBeNull();
  });
});
