import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { extractBody as extract, find, namesOf as names } from './helpers.ts';

/*
 * Russian events named by the adjectives before their kind, in any case; the
 * year of a yearless day told in the past or stated near a full date; a
 * ministry's unit after its possessive. Invented events and bodies in real towns.
 */

function published(body: string, date: string, language: 'en' | 'ru' = 'en'): Extraction {
  return extractReport(parseReport(`---\nlanguage: ${language}\npublishedAt: ${date}\n---\nNews from the region\n\n${body}\n`));
}

function datesOf(ex: Extraction, name: string): [string | null, string | null] | undefined {
  const e = find(ex, 'Event', name);
  return e?.type === 'Event' ? [e.startDate, e.endDate] : undefined;
}

describe('a Russian event named by capitalised adjectives before its kind', () => {
  it('keeps «Российско-китайский инженерный форум» whole, not a bare «Форум»', () => {
    const ex = extract('В Шэньчжэне прошёл Российско-китайский инженерный форум.', 'ru');
    expect(names(ex, 'Event')).toEqual(['Российско-китайский инженерный форум']);
  });

  it('reads the name in an oblique case and gives it in the nominative', () => {
    const ex = extract('На Российско-монгольском педагогическом форуме выступил ректор.', 'ru');
    expect(names(ex, 'Event')).toEqual(['Российско-монгольский педагогический форум']);
  });

  it('puts a name ending in a quoted title in the nominative too', () => {
    const ex = extract('Победители Республиканского конкурса «Учитель года на Волге» провели открытые уроки.', 'ru');
    expect(names(ex, 'Event')).toContain('Республиканский конкурс «Учитель года на Волге»');
  });

  it('takes one plain capitalised adjective as a short reference to the report\'s event, not a new event', () => {
    const ex = extract('В Казани прошёл Международный форум «Языки степи». В работе Казанского форума приняли участие 500 человек.', 'ru');
    expect(names(ex, 'Event')).toEqual(['Международный форум «Языки степи»']);
  });

  it('reads nothing into a capital that only opens the sentence', () => {
    const ex = extract('Итоговое совещание прошло в Перми.', 'ru');
    expect(names(ex, 'Event')).not.toContain('Итоговое совещание');
  });

  it('does not put a contest of its own level inside the report\'s forum', () => {
    const ex = extract('В Казани прошёл Международный форум «Языки степи». Победители Республиканского конкурса «Учитель года на Волге» провели открытые уроки.', 'ru');
    const forum = find(ex, 'Event', 'Международный форум «Языки степи»')?.id;
    const contest = find(ex, 'Event', 'Республиканский конкурс «Учитель года на Волге»')?.id;
    expect(forum && contest).toBeTruthy();
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === contest && r.to === forum)).toBe(false);
  });
});

describe('the year of a yearless day told in the past', () => {
  it('puts "was held on 3–4 June" in a report published in March in the year before', () => {
    const ex = published('The Ridgeway Teacher Forum was held on 3–4 June at the University of Ghana.', '2026-03-01');
    expect(datesOf(ex, 'Ridgeway Teacher Forum')).toEqual(['2025-06-03', '2025-06-04']);
  });

  it('reads «прошла 3 и 4 июня» the same way', () => {
    const ex = published('В Новосибирске 3 и 4 июня прошла Межрегиональная конференция «Школа для всех».', '2026-03-01', 'ru');
    expect(datesOf(ex, 'Межрегиональная конференция «Школа для всех»')).toEqual(['2025-06-03', '2025-06-04']);
  });

  it('keeps a day still to come in the same year when the sentence speaks of the future', () => {
    const ex = published('The Ridgeway Teacher Forum will be held on 3–4 June at the University of Ghana.', '2026-03-01');
    expect(datesOf(ex, 'Ridgeway Teacher Forum')).toEqual(['2026-06-03', '2026-06-04']);
  });

  it('leaves the year alone when the reference is a date read from the text, which may be the event\'s own', () => {
    const ex = extract('The Ridgeway Teacher Forum opened on 2 June 2025. Its closing session was held on 4 June.');
    expect(datesOf(ex, 'Ridgeway Teacher Forum')?.[0]).toBe('2025-06-02');
  });
});

describe("a ministry's unit named after the ministry's possessive", () => {
  it('reads "the Ministry of Rural Education\'s General Directorate of Basic Education" as two bodies, the directorate part of the ministry', () => {
    const ex = extract("Representatives of the Ministry of Rural Education's General Directorate of Basic Education attended the workshop in Accra.");
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Ministry of Rural Education', 'General Directorate of Basic Education']));
    const unit = find(ex, 'Organization', 'General Directorate of Basic Education')?.id;
    const ministry = find(ex, 'Organization', 'Ministry of Rural Education')?.id;
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === unit && r.to === ministry)).toBe(true);
  });

  it('keeps a possessive inside a name whole: "the United Nations Children\'s Fund"', () => {
    const ex = extract("The United Nations Children's Fund supported the seminar in Accra.");
    expect(names(ex, 'Organization')).toEqual(['UNICEF']);
  });
});

describe('the year of a yearless day next to a day the report states in full', () => {
  it('gives a side event on "21 February" the year of the forum stated as "20–22 February 2025", whatever the page\'s address says', () => {
    const ex = extractReport(
      parseReport(
        'source: https://news.example.org/2026/03/01/languages\nlanguage: ru\n\nНовости\n\n20–22 февраля 2025 года в Казани прошёл Международный форум «Языки степи». В рамках форума 21 февраля состоялся круглый стол «Языки в цифровой среде».\n',
      ),
    );
    expect(datesOf(ex, 'Международный форум «Языки степи»')).toEqual(['2025-02-20', '2025-02-22']);
    const table = ex.entities.find((e) => e.type === 'Event' && /цифровой среде/u.test(e.name));
    expect(table?.type === 'Event' ? [table.startDate, table.endDate] : null).toEqual(['2025-02-21', '2025-02-21']);
  });

  it('takes no year, and no event date, from the day a body was founded', () => {
    const ex = published('The university, founded on 12 May 1998, hosted the Ridgeway Forum on Rural Schools on 3 June.', '2026-07-01');
    expect(datesOf(ex, 'Ridgeway Forum on Rural Schools')).toEqual(['2026-06-03', '2026-06-03']);
  });
});

describe('an English event named after lower-case modifiers', () => {
  it('is also known without them: "its annual Online Symposium on Mother Tongues"', () => {
    const ex = extract('On 21 February 2025, the Volta Education Trust held its annual Online Symposium on Mother Tongues in Accra.');
    const event = ex.entities.find((e) => e.type === 'Event');
    expect([event?.name, ...(event?.aliases ?? [])]).toContain('Online Symposium on Mother Tongues');
  });
});

describe('an English event name and the town after it', () => {
  it('ends the name before "in" and a town: "the Symposium on Literacy in Accra" was held in Accra', () => {
    const ex = extract('The Volta Trust held the Symposium on Literacy in Accra.');
    expect(names(ex, 'Event')).toEqual(['Symposium on Literacy']);
  });

  it('keeps "in" and a field, or a country, inside the name', () => {
    expect(names(extract('The Volta Trust held the Forum on Innovation in Higher Education.'), 'Event')).toEqual(['Forum on Innovation in Higher Education']);
    expect(names(extract('The Volta Trust held the Conference on Education in Emergencies in Ghana.'), 'Event')).toEqual(['Conference on Education in Emergencies in Ghana']);
  });
});

describe('an event that opened "today" or on a weekday, with its length said elsewhere', () => {
  it('runs "opened today … The three-day workshop" three days from the publication date', () => {
    const ex = published('The National Workshop on School Libraries opened today in Bursa. The three-day workshop brought together 60 librarians.', '2025-03-12');
    expect(datesOf(ex, 'National Workshop on School Libraries')).toEqual(['2025-03-12', '2025-03-14']);
  });

  it('runs "a two-day workshop … opened on Wednesday" two days from that Wednesday', () => {
    const ex = published('A two-day National Workshop on School Libraries was held in Bursa this week. The workshop opened on Wednesday with remarks by the mayor.', '2025-03-14');
    expect(datesOf(ex, 'National Workshop on School Libraries')).toEqual(['2025-03-12', '2025-03-13']);
  });

  it('dates "completed … yesterday" the day before the publication date', () => {
    const ex = published('Sixty librarians completed the National Workshop on School Libraries in Bursa yesterday.', '2025-03-12');
    expect(datesOf(ex, 'National Workshop on School Libraries')).toEqual(['2025-03-11', '2025-03-11']);
  });

  it('keeps a single day when nothing says how long the event lasted', () => {
    const ex = published('The National Workshop on School Libraries opened today in Bursa.', '2025-03-12');
    expect(datesOf(ex, 'National Workshop on School Libraries')).toEqual(['2025-03-12', '2025-03-12']);
  });
});

describe('Russian event names after an ordinal number', () => {
  it('puts «III Международного форума …» and «II Форуме …» in the nominative, keeping the number', () => {
    expect(names(extract('Открытие III Международного форума северных языков состоялось в Казани.', 'ru'), 'Event')).toEqual(['III Международный форум северных языков']);
    expect(names(extract('На II Форуме молодых библиотекарей выступили эксперты.', 'ru'), 'Event')).toEqual(['II Форум молодых библиотекарей']);
  });
});
