import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { affiliated, extractBody as extract, find, namesOf as names, ofType } from './helpers.ts';

/**
 * Press releases of international bodies, Nordic forum news and Russian
 * university pages: a body in apposition, people listed after their body,
 * forums named by their days and their next edition. Invented people and
 * bodies beside real well-known ones.
 */
function related(ex: Extraction, type: string, from: string | undefined, to: string | undefined): boolean {
  return ex.relations.some((r) => r.type === type && r.from === from && r.to === to);
}

describe('a body in apposition to a person', () => {
  it('reads "⟦P⟧, Chief of Education, ⟦O⟧, said": a post, then its body', () => {
    const ex = extract('Marta Ruiz, Chief of Education, UNICEF Office in Bolivia, said the workshop was timely.');
    expect(affiliated(ex, 'Marta Ruiz', 'UNICEF Office in Bolivia')).toBe(true);
  });

  it('reads a body set off by commas before the person\'s verb, in English and Russian', () => {
    const en = extract('Tomas Lind, Nordvik Institute for Lifelong Learning, presented the framework.');
    expect(affiliated(en, 'Tomas Lind', 'Nordvik Institute for Lifelong Learning')).toBe(true);
    const ru = extract('Марина Зуева, Приморский педагогический университет, представила доклад о наставничестве.', 'ru');
    expect(affiliated(ru, 'Марина Зуева', 'Приморский педагогический университет')).toBe(true);
  });

  it('does not take a body listed after another person as this person\'s', () => {
    const ex = extract('The panel brought together Ana Torres, Nordvik Institute for Lifelong Learning, and Tomas Lind, who chaired it.');
    expect(affiliated(ex, 'Tomas Lind', 'Nordvik Institute for Lifelong Learning')).toBe(false);
  });

  it('reads "Representing the ⟦O⟧, ⟦P⟧ noted …" at the head of a sentence only', () => {
    const ex = extract('Representing the Nordvik Teachers Association, Ingrid Solberg noted the progress made.');
    expect(affiliated(ex, 'Ingrid Solberg', 'Nordvik Teachers Association')).toBe(true);
    const list = extract('The speakers were Ana Torres, representing the Nordvik Teachers Association, and Ingrid Solberg.');
    expect(affiliated(list, 'Ingrid Solberg', 'Nordvik Teachers Association')).toBe(false);
  });

  it('does not take a country\'s delegation to a body for the body\'s own office', () => {
    const ex = extract('The symposium was co-organized with the Permanent Delegation of Peru to UNESCO. Opening it, Marta Ruiz, UNESCO Assistant Director-General for Education, welcomed the guests.');
    expect(affiliated(ex, 'Marta Ruiz', 'UNESCO')).toBe(true);
    expect(affiliated(ex, 'Marta Ruiz', 'Permanent Delegation of Peru to UNESCO')).toBe(false);
  });
});

describe('people listed after their body', () => {
  it('reads "Representatives of ⟦O⟧, among them A and B": both are people of the body, names unknown to any list', () => {
    const ex = extract('Representatives of the Nordvik Education Board, among them Kaarel Sepp and Tiiu Mets, shared their experience.');
    expect(names(ex, 'Person').sort()).toEqual(['Kaarel Sepp', 'Tiiu Mets']);
    expect(affiliated(ex, 'Kaarel Sepp', 'Nordvik Education Board')).toBe(true);
    expect(affiliated(ex, 'Tiiu Mets', 'Nordvik Education Board')).toBe(true);
  });

  it('reads «представители ⟦O⟧: профессор А и доцент Б» and "Experts from the ⟦O⟧ – A and B –"', () => {
    const ru = extract('В работе секции приняли участие представители Приморского педагогического университета: профессор Марина Зуева и доцент Олег Миронов.', 'ru');
    expect(affiliated(ru, 'Марина Зуева', 'Приморский педагогический университет')).toBe(true);
    expect(affiliated(ru, 'Олег Миронов', 'Приморский педагогический университет')).toBe(true);
    const en = extract('Experts from the World Bank – Anna Lopez and John Carver – presented the report.');
    expect(affiliated(en, 'Anna Lopez', 'World Bank')).toBe(true);
    expect(affiliated(en, 'John Carver', 'World Bank')).toBe(true);
  });

  it('reads a post that may be genitive singular as plural before names in the nominative: «учителя школы № 5 А и Б»', () => {
    const ex = extract('Опытом поделились учителя школы № 5 города Приморска Елена Соколова и Ирина Павлова.', 'ru');
    const school = ofType(ex, 'Organization')[0]?.name ?? '';
    expect(affiliated(ex, 'Елена Соколова', school)).toBe(true);
    expect(affiliated(ex, 'Ирина Павлова', school)).toBe(true);
  });
});

describe('bodies and lists the extractor does not know', () => {
  it('keeps "General" in "General Directorate of …"', () => {
    const ex = extract('Mehmet Aksoy, Head of Department, General Directorate of Lifelong Learning, spoke about catch-up classes.');
    expect(names(ex, 'Organization')).toContain('General Directorate of Lifelong Learning');
    expect(affiliated(ex, 'Mehmet Aksoy', 'General Directorate of Lifelong Learning')).toBe(true);
  });

  it('ends a body\'s name before "and the City of …"', () => {
    const ex = extract('The forum was organised by the Nordvik STEM Centre with the Finnish National Agency for Education and the City of Nordvik.');
    expect(names(ex, 'Organization')).toContain('Finnish National Agency for Education');
  });

  it('still gives every body of a list its part when one item of the list is a name it does not know', () => {
    const ex = extract('The Online Symposium on Home Languages took place on 3 May 2026. Panellists included representatives of SIL International, the Pacific Multilingual Education Working Group, Save the Children and the University of Nordvik.');
    const event = find(ex, 'Event', 'Online Symposium on Home Languages')?.id;
    for (const body of ['SIL International', 'Save the Children', 'University of Nordvik']) {
      expect(related(ex, 'PARTICIPATED_IN', find(ex, 'Organization', body)?.id, event)).toBe(true);
    }
  });
});

describe('events named by their days, and their next edition', () => {
  it('reads "the Nordvik Education Days 2026" as one event, and "two days" as none', () => {
    const ex = extract('The Nordvik Education Days 2026 took place on 12–13 May 2026 at the University of Nordvik. Over two days, teachers met researchers.');
    expect(names(ex, 'Event')).toEqual(['Nordvik Education Days 2026']);
  });

  it('makes "the next … will be held in Tampere" an edition of its own, not a second venue of this one', () => {
    const ex = extract('The Nordvik Education Days 2026 took place on 12–13 May 2026 in Turku. The next Nordvik Education Days will be held in Tampere in May 2027.');
    const own = find(ex, 'Event', 'Nordvik Education Days 2026');
    const next = find(ex, 'Event', 'next Nordvik Education Days');
    const tampere = find(ex, 'City', 'Tampere');
    expect(next).toBeDefined();
    expect(related(ex, 'HELD_IN', own?.id, tampere?.id)).toBe(false);
    expect(related(ex, 'HELD_IN', next?.id, tampere?.id)).toBe(true);
  });

  it('keeps "of the" inside a Title Case name: "Science Teacher of the Year award ceremony"', () => {
    const ex = extract('The programme of the Nordvik Education Days 2026 on 12 May 2026 included the Science Teacher of the Year award ceremony.');
    expect(names(ex, 'Event')).toContain('Science Teacher of the Year award ceremony');
  });

  it('keeps a plural possessive inside an event\'s name: "the Central Asian Education Ministers\' Forum"', () => {
    const ex = extract('The roadmap will be presented at the Nordvik Education Ministers\' Forum in Tashkent in September.');
    expect(names(ex, 'Event')).toEqual(["Nordvik Education Ministers' Forum"]);
  });

  it('names an untitled meeting by the words that say which kind it is, from its first mention', () => {
    const ex = extract('Officials adopted a roadmap at a two-day sub-regional meeting organized by the Nordvik Institute of Education. The meeting, held on 18–19 April 2026 in Almaty, was attended by deputy ministers.');
    expect(names(ex, 'Event')).toEqual(['sub-regional meeting']);
  });

  it('finds no "regional meeting" inside "sub-regional meeting", nor a conference in a "pre-conference workshop"', () => {
    const ex = extract('A pre-conference workshop was held on 2 May 2026 in Almaty.');
    expect(ofType(ex, 'Event').map((e) => [e.name, e.type === 'Event' ? e.kind : null])).toEqual([['pre-conference workshop', 'workshop']]);
  });
});

describe('who took part', () => {
  it('reads "Participants also included ⟦O1⟧, ⟦O2⟧ and ⟦O3⟧"', () => {
    const ex = extract('The Nordvik Teacher Forum was held on 18 April 2026 in Almaty. Participants also included the Aga Khan Foundation, the Nordvik Institute of Education and the European Training Foundation.');
    const forum = find(ex, 'Event', 'Nordvik Teacher Forum')?.id;
    for (const body of ['Aga Khan Foundation', 'Nordvik Institute of Education', 'European Training Foundation']) {
      expect(related(ex, 'PARTICIPATED_IN', find(ex, 'Organization', body)?.id, forum)).toBe(true);
    }
  });
});

describe('places and posts a report leaves implicit', () => {
  it('reads "the ⟦Institute⟧, Bhopal," as where the institute is', () => {
    const ex = extract('Experts of the Regional Institute of Pedagogy, Bhopal, visited India\'s partners in Tomsk on 10 November 2026.');
    const bhopal = find(ex, 'City', 'Bhopal');
    expect(related(ex, 'BASED_IN', find(ex, 'Organization', 'Regional Institute of Pedagogy')?.id, bhopal?.id)).toBe(true);
  });

  it('takes no state or province for a person: "from Kerala and Madhya Pradesh", "Uttar Pradesh and Tamil Nadu"', () => {
    const ex = extract('The first students from Kerala and Madhya Pradesh will arrive in Tomsk in September 2027. Teachers from Uttar Pradesh and Tamil Nadu took part.');
    expect(names(ex, 'Person')).toEqual([]);
  });

  it('reads "a delegation of ⟦O⟧" as people the body sent, not a body called "delegation of …"', () => {
    const ex = extract('A delegation of the Nordvik Pedagogical University visited Tomsk on 10 November 2026.');
    expect(names(ex, 'Organization')).toEqual(['Nordvik Pedagogical University']);
  });

  it('gives a bare "Rector ⟦P⟧" the one university the report names, and none when it names two', () => {
    const one = extract('The Nordvik Pedagogical University hosted the Teacher Forum on 10 November 2026. Rector Svetlana Kuzmina signed a memorandum with the partners.');
    expect(affiliated(one, 'Svetlana Kuzmina', 'Nordvik Pedagogical University')).toBe(true);
    const two = extract('The Nordvik Pedagogical University and the Tarn State University held the Teacher Forum on 10 November 2026. Rector Svetlana Kuzmina signed a memorandum with the partners.');
    expect(two.relations.filter((r) => r.type === 'AFFILIATED_WITH')).toEqual([]);
  });

  it('finds no town in an adjective spelled near one: «Родные языки» is no Rudny', () => {
    const ex = extract('Форум «Родные языки народов России» прошёл 20 февраля 2026 года. В нём участвовали гости из Казахстана.', 'ru');
    expect(ofType(ex, 'City')).toEqual([]);
  });

  it('takes no republic\'s name into a person\'s: «министра … Республики Приморье Ильдар Хасанов»', () => {
    const ex = extract('Выступил заместитель министра образования Республики Приморье Ильдар Хасанов.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Ильдар Хасанов']);
  });

  it('reads a headline "Kazan hosts international conference …" as where the conference was', () => {
    const ex = extractReport(parseReport('---\nlanguage: en\n---\nKazan hosts international conference on digital pedagogy\n\nOn 15–17 October 2026, the Nordvik Federal University hosted the International Conference "Digital Classrooms".\n'));
    const conference = find(ex, 'Event', 'International Conference "Digital Classrooms"');
    expect(related(ex, 'HELD_IN', conference?.id, find(ex, 'City', 'Kazan')?.id)).toBe(true);
  });
});

describe('parts of bodies and of events', () => {
  it('reads "⟦University⟧\'s Graduate School of Education" as a unit of the university', () => {
    const ex = extract('Nordvik State University\'s Graduate School of Education hosted the seminar on 5 May 2026.');
    expect(related(ex, 'PART_OF', find(ex, 'Organization', 'Graduate School of Education')?.id, find(ex, 'Organization', 'Nordvik State University')?.id)).toBe(true);
  });

  it('reads ", a branch of ⟦University⟧," as what the body before it is, not as a body named "branch of …"', () => {
    const ex = extract('The Tarn Pedagogical Institute, a branch of Nordvik State University, hosted the seminar on 5 May 2026.');
    expect(names(ex, 'Organization').sort()).toEqual(['Nordvik State University', 'Tarn Pedagogical Institute']);
    expect(related(ex, 'PART_OF', find(ex, 'Organization', 'Tarn Pedagogical Institute')?.id, find(ex, 'Organization', 'Nordvik State University')?.id)).toBe(true);
  });

  it('names "a workshop on assessment" by its one-word subject, and a part of the forum that included it', () => {
    const ex = extract('The Nordvik Forum on 5 May 2026 included a panel on rural schools and a workshop on assessment.');
    const workshop = find(ex, 'Event', 'workshop on assessment');
    expect(related(ex, 'PART_OF', workshop?.id, find(ex, 'Event', 'Nordvik Forum')?.id)).toBe(true);
    const late = extract('The Nordvik Forum on 5 May 2026 ended with a workshop on Monday.');
    expect(names(late, 'Event')).toEqual(['Nordvik Forum']);
  });
});

describe('how long an event lasted', () => {
  it('runs an event from its one day for the days the sentence says it lasted, in English and Russian', () => {
    const en = ofType(extract('The Nordvik Forum on Teacher Policy took place in Riga on 5 May 2026 and lasted three days.'), 'Event')[0];
    expect(en && en.type === 'Event' ? [en.startDate, en.endDate] : null).toEqual(['2026-05-05', '2026-05-07']);
    const ru = ofType(extract('Форум «Учитель будущего» прошёл в Риге 5 октября 2026 года и продлился три дня.', 'ru'), 'Event')[0];
    expect(ru && ru.type === 'Event' ? [ru.startDate, ru.endDate] : null).toEqual(['2026-10-05', '2026-10-07']);
  });
});

describe('units of Russian universities', () => {
  it('keeps a quoted centre\'s name with the centre and makes it a unit of the university after it', () => {
    const ex = extract('Форум организовал Научно-образовательный центр «Родные языки» Приморского федерального университета.', 'ru');
    const centre = 'Научно-образовательный центр «Родные языки» Приморского федерального университета';
    expect(names(ex, 'Organization').sort()).toEqual([centre, 'Приморский федеральный университет'].sort());
    expect(related(ex, 'PART_OF', find(ex, 'Organization', centre)?.id, find(ex, 'Organization', 'Приморский федеральный университет')?.id)).toBe(true);
  });

  it('reads «Высшая школа педагогики …» as a unit', () => {
    const ex = extract('Организатором выступила Высшая школа педагогики Приморского федерального университета.', 'ru');
    expect(names(ex, 'Organization')).toContain('Высшая школа педагогики Приморского федерального университета');
  });
});

