import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { affiliated, extractBody as extract, find, namesOf as names, ofType } from './helpers.ts';

/**
 * Conference pages and online-forum news in English and Russian: people
 * listed under a plural post, people paired with their bodies, lists of
 * bodies, and the words such pages use for who took part. Invented people
 * and bodies beside real countries.
 */
/** The relation types from a body or country to the report's one event. */
function rolesOf(ex: Extraction, type: 'Organization' | 'Country', name: string): string[] {
  const from = find(ex, type, name)?.id;
  const event = ofType(ex, 'Event')[0]?.id;
  return ex.relations.filter((r) => r.from === from && r.to === event).map((r) => r.type);
}

const FORUM_EN = 'The Tarn Global Symposium on Multilingual Education took place online on 21 February 2026.';
const FORUM_RU = 'Международный форум «Русский язык в Приморье» прошёл онлайн 12 мая 2026 года.';

describe('people under a plural post', () => {
  it('reads "Teachers A and B of ⟦O⟧" at the head of a sentence: both are people, and both the body\'s', () => {
    const ex = extract('Teachers Kaja Berntsen and Tomas Lind of Nordvik Science Lyceum shared their classroom experience.');
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['Kaja Berntsen', 'Tomas Lind']));
    expect(affiliated(ex, 'Kaja Berntsen', 'Nordvik Science Lyceum')).toBe(true);
    expect(affiliated(ex, 'Tomas Lind', 'Nordvik Science Lyceum')).toBe(true);
  });

  it('does not take a plural post for a given name: "Trainers Tomas Lind and Kaja Berntsen ran the sessions"', () => {
    const ex = extract('Trainers Tomas Lind and Kaja Berntsen ran the sessions.');
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['Tomas Lind', 'Kaja Berntsen']));
    expect(names(ex, 'Person')).not.toContain('Trainers Tomas Lind');
  });

  it('reads «педагоги лицея № 9 А и Б»: a teacher\'s post in the plural before the names is each one\'s', () => {
    const ex = extract('Опытом поделились педагоги лицея № 9 Анна Сидорова и Павел Орлов.', 'ru');
    expect(affiliated(ex, 'Анна Сидорова', 'лицей № 9')).toBe(true);
    expect(affiliated(ex, 'Павел Орлов', 'лицей № 9')).toBe(true);
  });
});

describe('people paired with their bodies', () => {
  it('reads "⟦O⟧\'s ⟦P⟧" when the possessive is part of the body\'s mention', () => {
    const ex = extract('Nordvik University\'s Tomas Lind spoke about inquiry-based learning.');
    expect(affiliated(ex, 'Tomas Lind', 'Nordvik University')).toBe(true);
  });

  it('reads "A, ⟦O1⟧, and B, ⟦O2⟧": each body is the person\'s before it, not the other\'s', () => {
    const ex = extract('Keynote speakers included Ingrid Solberg, University of Tarn, and Tomas Lind, Nordvik University.');
    expect(affiliated(ex, 'Ingrid Solberg', 'University of Tarn')).toBe(true);
    expect(affiliated(ex, 'Tomas Lind', 'Nordvik University')).toBe(true);
    expect(affiliated(ex, 'Ingrid Solberg', 'Nordvik University')).toBe(false);
    const ru = extract('Пленарные доклады сделали Анна Сидорова, Приморский педагогический университет, и Павел Орлов, Северный федеральный институт.', 'ru');
    expect(affiliated(ru, 'Анна Сидорова', 'Приморский педагогический университет')).toBe(true);
    expect(affiliated(ru, 'Павел Орлов', 'Северный федеральный институт')).toBe(true);
  });
});

describe('posts of international bodies', () => {
  it('reads "⟦O⟧ Deputy Representative Ms. ⟦P⟧": the honorific between post and name belongs to neither', () => {
    const ex = extract('UNICEF Deputy Representative Ms. Kaja Berntsen delivered remarks at the Tarn workshop.');
    expect(affiliated(ex, 'Kaja Berntsen', 'UNICEF')).toBe(true);
  });

  it('reads a body\'s own post of five words after the name: "⟦P⟧, ⟦O⟧ Director General for Basic Education,"', () => {
    const ex = extract('The Nordvik Ministry of Education (NME) held the workshop. Mr. Tomas Lind, NME Director General for Basic Education, opened it.');
    expect(affiliated(ex, 'Tomas Lind', 'Nordvik Ministry of Education')).toBe(true);
  });
});

describe('a list of bodies after "of"', () => {
  it('keeps "University of Tarn" whole before a comma and another university', () => {
    const ex = extract('The University of Tarn, Nordvik University and Coastal Academy sent delegations.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['University of Tarn', 'Nordvik University', 'Coastal Academy']));
    expect(names(ex, 'Organization')).not.toContain('University');
  });

  it('still reads a comma list of fields inside one name: "Ministry of Education, Science and Youth"', () => {
    const ex = extract('The Ministry of Education, Science and Youth and Nordvik University signed the agreement.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Ministry of Education, Science and Youth', 'Nordvik University']));
  });
});

describe('words for who took part', () => {
  it('reads "Organizations represented at the symposium included …" as taking part', () => {
    const ex = extract(`${FORUM_EN} Organizations represented at the symposium included the Nordvik Foundation and the University of Tarn.`);
    expect(rolesOf(ex, 'Organization', 'Nordvik Foundation')).toContain('PARTICIPATED_IN');
    expect(rolesOf(ex, 'Organization', 'University of Tarn')).toContain('PARTICIPATED_IN');
  });

  it('reads "The symposium is an initiative of ⟦O1⟧ and ⟦O2⟧" as organizing', () => {
    const ex = extract(`${FORUM_EN} The symposium is an initiative of the Nordvik Foundation and the University of Tarn.`);
    expect(rolesOf(ex, 'Organization', 'Nordvik Foundation')).toContain('ORGANIZED');
    expect(rolesOf(ex, 'Organization', 'University of Tarn')).toContain('ORGANIZED');
  });

  it('reads «Участие в форуме приняли ⟦O⟧» as taking part, not hosting', () => {
    const ex = extract(`${FORUM_RU} Участие в форуме приняли Приморский педагогический университет и Северный федеральный институт.`, 'ru');
    expect(rolesOf(ex, 'Organization', 'Приморский педагогический университет')).toEqual(['PARTICIPATED_IN']);
    expect(rolesOf(ex, 'Organization', 'Северный федеральный институт')).toEqual(['PARTICIPATED_IN']);
  });

  it('reads «К форуму присоединились коллеги из ⟦O⟧» as taking part', () => {
    const ex = extract(`${FORUM_RU} К форуму присоединились коллеги из Приморского педагогического университета.`, 'ru');
    expect(rolesOf(ex, 'Organization', 'Приморский педагогический университет')).toContain('PARTICIPATED_IN');
  });

  it('reads countries whose teachers the forum united or had as listeners as taking part', () => {
    const united = extract(`${FORUM_RU} Мероприятие объединило преподавателей из Вьетнама, Египта и Сербии.`, 'ru');
    for (const c of ['Vietnam', 'Egypt', 'Serbia']) expect(rolesOf(united, 'Country', c)).toContain('PARTICIPATED_IN');
    const listeners = extract(`${FORUM_RU} Слушателями форума стали учителя из Вьетнама, Египта, Сербии и Монголии.`, 'ru');
    for (const c of ['Vietnam', 'Egypt', 'Serbia', 'Mongolia']) expect(rolesOf(listeners, 'Country', c)).toContain('PARTICIPATED_IN');
  });
});

describe('units named by their parent in Russian', () => {
  it('reads a lower-case department that organizes as a body, part of the university named after it', () => {
    const ex = extract('Семинар организован кафедрой педагогики и психологии Приморского государственного университета совместно с ЮНЕСКО.', 'ru');
    const unit = find(ex, 'Organization', 'кафедра педагогики и психологии Приморского государственного университета');
    const parent = find(ex, 'Organization', 'Приморский государственный университет');
    expect(unit && parent && ex.relations.some((r) => r.type === 'PART_OF' && r.from === unit.id && r.to === parent.id)).toBe(true);
  });

  it('nests a department of an institute of a university: each is part of the next', () => {
    const ex = extract('Организатором выступила кафедра методики преподавания русского языка Института филологии Приморского федерального университета.', 'ru');
    const dept = find(ex, 'Organization', 'кафедра методики преподавания русского языка Института филологии Приморского федерального университета');
    const inst = find(ex, 'Organization', 'Институт филологии Приморского федерального университета');
    const uni = find(ex, 'Organization', 'Приморский федеральный университет');
    expect(dept && inst && uni).toBeTruthy();
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === dept?.id && r.to === inst?.id)).toBe(true);
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === inst?.id && r.to === uni?.id)).toBe(true);
  });

  it('does not take a department after a post for a body: it is part of the person\'s title', () => {
    const ex = extract('В 2025 году Приморский государственный университет (ПримГУ) провёл семинар. Выступила доцент кафедры педагогики ПримГУ Лола Хамидова.', 'ru');
    expect(names(ex, 'Organization').some((n) => /кафедр/iu.test(n))).toBe(false);
    expect(affiliated(ex, 'Лола Хамидова', 'Приморский государственный университет')).toBe(true);
  });

  it('keeps a two-word eponym whole before the parent\'s name: «имени Льва Толстого Приморского университета»', () => {
    const ex = extract('В форуме участвовали сотрудники Высшей школы русского языка имени Льва Толстого Приморского федерального университета.', 'ru');
    expect(names(ex, 'Organization')).toContain('Высшая школа русского языка имени Льва Толстого Приморского федерального университета');
  });
});

describe('a town and a year a body or an event name carries', () => {
  it('places a body whose name opens with a large town, in a report that names no country', () => {
    const ex = extract('The Blagoveshchensk State Pedagogical University held a summer school for teachers.');
    const body = find(ex, 'Organization', 'Blagoveshchensk State Pedagogical University')?.id;
    const town = find(ex, 'City', 'Blagoveshchensk')?.id;
    expect(town).toBeDefined();
    expect(ex.relations.some((r) => r.type === 'BASED_IN' && r.from === body && r.to === town)).toBe(true);
  });

  it('dates a yearless day in the year the event\'s name gives, not the year before the report', () => {
    const ex = extractReport(parseReport('source: https://example.org/2026/03/01/news\nlanguage: en\n\nNews\n\nThe Tarn Education Days 2026 took place on 3–4 October at Nordvik University.\n'));
    const event = ofType(ex, 'Event')[0];
    expect([event?.type === 'Event' && event.startDate, event?.type === 'Event' && event.endDate]).toEqual(['2026-10-03', '2026-10-04']);
  });

  it('reads "a three-day seminar … concluded on 14 May" as ending that day', () => {
    for (const [text, language] of [
      ['A three-day seminar on formative assessment concluded on 14 May 2026 in Tarn.', 'en'],
      ['14 мая 2026 года в Приморске завершился трёхдневный семинар по формирующему оцениванию.', 'ru'],
    ] as const) {
      const event = ofType(extract(text, language), 'Event')[0];
      expect(event?.type === 'Event' ? [event.startDate, event.endDate] : null).toEqual(['2026-05-12', '2026-05-14']);
    }
  });
});

describe('more countries and kinds of event', () => {
  it('reads "the UK" and "the US" as countries, but not "US" in a line of capitals', () => {
    const ex = extract('Experts from the US and the UK took part in the Tarn forum.');
    expect(ofType(ex, 'Country').map((c) => c.name)).toEqual(expect.arrayContaining(['United States', 'United Kingdom']));
    expect(ofType(extract('LET US BUILD SCHOOLS TOGETHER, said the teachers of Tarn.'), 'Country')).toEqual([]);
  });

  it('reads a dictation written by many as an event: «Международный диктант по русскому языку»', () => {
    const ex = extract('12 апреля 2026 года прошёл Международный диктант по русскому языку.', 'ru');
    expect(ofType(ex, 'Event').map((e) => e.name)).toContain('Международный диктант по русскому языку');
  });
});

describe('a university visit', () => {
  const visit = extract(
    'On 16 April 2026, Nordvik State Pedagogical University (NSPU) hosted a round table "Teachers for Tomorrow". It welcomed a delegation from India led by Prof. Ravi Menon, Vice-Chancellor of the Central University of Tarn. The guests met NSPU Rector Tomas Lind. Dr. Asha Pillai presented the national teacher education framework, and Elena Volkova, Director of the NSPU International Office, spoke about scholarships at the NSPU Pedagogical Technopark.',
  );

  it('gives a rector the university, not the university\'s international office', () => {
    expect(affiliated(visit, 'Tomas Lind', 'Nordvik State Pedagogical University')).toBe(true);
    expect(affiliated(visit, 'Tomas Lind', 'NSPU International Office')).toBe(false);
    expect(affiliated(visit, 'Elena Volkova', 'NSPU International Office')).toBe(true);
  });

  it('does not take the body of a delegation\'s leader for an organizer', () => {
    expect(rolesOf(visit, 'Organization', 'Central University of Tarn')).not.toContain('ORGANIZED');
  });

  it('ends a presented practice before the next person named', () => {
    expect(ofType(visit, 'Practice').map((p) => p.name)).toContain('national teacher education framework');
    expect(ofType(visit, 'Practice').some((p) => p.name.includes('Volkova'))).toBe(false);
  });

  it('does not read "Pedagogical Technopark" as a person', () => {
    expect(names(visit, 'Person')).not.toContain('Pedagogical Technopark');
  });
});

describe('a town of two words in a body\'s name', () => {
  it('keeps «города Набережные Челны» whole, and the methodologist named after it is the centre\'s', () => {
    const ex = extract('Опытом поделилась методист Центра развития образования города Набережные Челны Алсу Гарипова.', 'ru');
    expect(names(ex, 'Organization')).toContain('Центр развития образования города Набережные Челны');
    expect(affiliated(ex, 'Алсу Гарипова', 'Центр развития образования города Набережные Челны')).toBe(true);
  });
});

describe('humanitarian bodies', () => {
  it('reads a national Red Crescent or Red Cross society as a body', () => {
    const ex = extract('Representatives of the Turkish Red Crescent and the Russian Red Cross attended the Tarn workshop.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Turkish Red Crescent', 'Russian Red Cross']));
    expect(names(extract('A red cross marks the Tarn school on the map.'), 'Organization')).toEqual([]);
  });

  it('knows ECHO, the European Union\'s humanitarian aid, by its acronym', () => {
    const ex = extract('The Tarn workshop was funded by the European Union\'s humanitarian aid (ECHO).');
    expect(names(ex, 'Organization')).toContain('European Civil Protection and Humanitarian Aid Operations');
  });

  it('ends a presented practice before "and teachers from … shared"', () => {
    const ex = extract('Dr. Asha Pillai of Nordvik University presented an evaluation of the programme, and teachers from Tarn shared their experience.');
    expect(ofType(ex, 'Practice').map((p) => p.name)).toEqual(['evaluation of the programme']);
  });
});

describe('a ministry\'s directorate named after it', () => {
  it('reads "the ⟦Ministry⟧ (⟦acronym⟧) ⟦General Directorate of …⟧" as the directorate being part of the ministry', () => {
    const ex = extract('The workshop was organized by the Nordvik Ministry of Education (NME) General Directorate of Lifelong Learning and UNICEF.');
    const unit = find(ex, 'Organization', 'General Directorate of Lifelong Learning');
    const ministry = find(ex, 'Organization', 'Nordvik Ministry of Education');
    expect(unit && ministry && ex.relations.some((r) => r.type === 'PART_OF' && r.from === unit.id && r.to === ministry.id)).toBe(true);
  });
});

describe('a given name that is also a town', () => {
  it('reads «доцент Белградского университета Милан Петрович» as a person of that university, not the town of Milan', () => {
    const ex = extract('С докладами выступили профессор Ханойского университета Нгуен Ван Минь и доцент Белградского университета Милан Петрович.', 'ru');
    expect(names(ex, 'Person')).toContain('Милан Петрович');
    expect(ofType(ex, 'City').map((c) => c.name)).not.toContain('Milan');
    expect(affiliated(ex, 'Милан Петрович', 'Белградский университет')).toBe(true);
    expect(affiliated(ex, 'Нгуен Ван Минь', 'Белградский университет')).toBe(false);
  });
});

describe('a science education days page', () => {
  const days = extract(
    'The Tarn Science Days 2026 were held on 1–2 October 2026 at the University of Helsinki\'s Kumpula campus. Workshops were run by teacher educators from the universities of Turku, Oulu and Jyväskylä. The Tarn Science Days are organised every two years; the next event will take place in Oulu in 2028.',
  );

  it('ends a university\'s name at its possessive before a thing it has ("… Helsinki\'s Kumpula campus")', () => {
    expect(names(days, 'Organization')).toContain('University of Helsinki');
    expect(names(days, 'Organization').some((n) => n.includes('Kumpula'))).toBe(false);
  });

  it('reads "the universities of Turku, Oulu and Jyväskylä" as three universities that took part', () => {
    for (const u of ['University of Turku', 'University of Oulu', 'University of Jyväskylä']) {
      expect(names(days, 'Organization')).toContain(u);
      expect(rolesOf(days, 'Organization', u)).toContain('PARTICIPATED_IN');
    }
  });

  it('does not place this edition where the next one will be', () => {
    const event = ofType(days, 'Event')[0]?.id;
    const oulu = find(days, 'City', 'Oulu')?.id;
    expect(days.relations.some((r) => r.type === 'HELD_IN' && r.from === event && r.to === oulu)).toBe(false);
    expect(days.relations.some((r) => r.type === 'HELD_IN' && r.from === event && r.to === find(days, 'City', 'Helsinki')?.id)).toBe(true);
  });
});

describe('compound posts and a body in brackets after two people', () => {
  const conf = extract(
    '14 апреля 2026 года в Приморском университете прошла конференция «Инклюзия в школе». С докладом выступила Ольга Шевченко — учитель-дефектолог школы № 209 города Приморска. Педагоги-психологи Лариса Кузьмина и Марина Осипова (обе — гимназия № 1) провели мастер-класс.',
    'ru',
  );

  it('reads «учитель-дефектолог школы № 209» after a dash as a post of that school', () => {
    expect(affiliated(conf, 'Ольга Шевченко', 'школа № 209 города Приморска')).toBe(true);
  });

  it('gives «(обе — гимназия № 1)» to both people, and the school organizes nothing', () => {
    expect(affiliated(conf, 'Лариса Кузьмина', 'гимназия № 1')).toBe(true);
    expect(affiliated(conf, 'Марина Осипова', 'гимназия № 1')).toBe(true);
    expect(rolesOf(conf, 'Organization', 'гимназия № 1')).not.toContain('ORGANIZED');
  });
});
