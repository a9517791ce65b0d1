import { describe, expect, it } from 'vitest';
import { extractBody as extract, affiliated, find, has, namesOf as names, partOf } from './helpers.ts';

/*
 * A post and its holder written right after a body's name, people listed
 * after their body, posts that name no body, and bodies whose names hold
 * another body's letters. Invented people and national bodies; the
 * international ones are well-known bodies from the curated table.
 */
describe('a post and its holder after a body', () => {
  it('ends "Ministry of Education Director General Selin Avcıoğlu" at the ministry and gives it the person', () => {
    const ex = extract('Ministry of Education Director General Selin Avcıoğlu opened the meeting.');
    expect(names(ex, 'Organization')).toEqual(['Ministry of Education']);
    expect(affiliated(ex, 'Selin Avcıoğlu', 'Ministry of Education')).toBe(true);
  });

  it('ends a body\'s "of/for" chain before a post with a prefix ("State Secretary") and its holder', () => {
    const ex = extract('Coastal Institute for Education State Secretary Petra Lindvall welcomed the guests.');
    expect(names(ex, 'Organization')).toEqual(['Coastal Institute for Education']);
    expect(affiliated(ex, 'Petra Lindvall', 'Coastal Institute for Education')).toBe(true);
  });

  it('keeps a post word that is part of the name when no holder follows ("Centre for Director Training")', () => {
    const ex = extract('The Centre for Director Training in Valmora opened a new course.');
    expect(names(ex, 'Organization')[0]).toMatch(/^Centre for Director Training/u);
  });
});

describe('given names that are also English words', () => {
  it('takes "Maya Lindgart said" for a person: speech vouches for a given name of some language that is also a word', () => {
    const ex = extract('"We start with the youngest," said Maya Lindgart of the Harbour Schools Trust.');
    expect(names(ex, 'Person')).toEqual(['Maya Lindgart']);
    expect(affiliated(ex, 'Maya Lindgart', 'Harbour Schools Trust')).toBe(true);
  });
});

describe('people listed around posts', () => {
  it('does not give the second person of "Body Representative A and B, Deputy Director of Other" the first one\'s body', () => {
    const ex = extract('Speakers included UNICEF Representative Ion Ravac and Viorica Lenteanu, Deputy Director of the National Agency for Curriculum.');
    expect(affiliated(ex, 'Ion Ravac', 'UNICEF')).toBe(true);
    expect(affiliated(ex, 'Viorica Lenteanu', 'National Agency for Curriculum')).toBe(true);
    expect(affiliated(ex, 'Viorica Lenteanu', 'UNICEF')).toBe(false);
  });

  it('gives "Experts from the Body, Dr. A and B, led …" to both people', () => {
    const ex = extract('Experts from the Ministry of National Education, Dr. Ali Tekinalp and Zeynep Ormancı, led the sessions.');
    expect(affiliated(ex, 'Ali Tekinalp', 'Ministry of National Education')).toBe(true);
    expect(affiliated(ex, 'Zeynep Ormancı', 'Ministry of National Education')).toBe(true);
  });

  it('reads «заведующая кафедрой … НГПУ, доктор педагогических наук Имя» past the degree', () => {
    const ex = extract('Заведующая кафедрой специальной педагогики НГПУ, доктор педагогических наук Ольга Веретенникова рассказала о проекте.', 'ru');
    expect(affiliated(ex, 'Ольга Веретенникова', 'НГПУ')).toBe(true);
  });
});

describe('a university post with no body beside it', () => {
  it('gives "A, Vice-Rector for Academic Affairs, said" to the university the report opens with alone, among several', () => {
    const ex = extract(
      'The Valmora State Pedagogical University hosted a conference for 200 teachers. ' +
        'Delegations from Ostrava University and Kessel University attended the plenary. Opening the forum, Dr. Anahit Vardanyants, Vice-Rector for Academic Affairs, said: "Inclusion starts in the lecture hall."',
    );
    expect(affiliated(ex, 'Anahit Vardanyants', 'Valmora State Pedagogical University')).toBe(true);
    expect(affiliated(ex, 'Anahit Vardanyants', 'Ostrava University')).toBe(false);
  });
});

describe("bodies named inside other bodies' names", () => {
  it('names the OSCE as the parent of its High Commissioner and of its office when only those names spell it', () => {
    const ex = extract('Модель впервые опробована по инициативе Верховного комиссара ОБСЕ по делам национальных меньшинств. Семинар организован Программным офисом ОБСЕ в Бишкеке.', 'ru');
    const osce = find(ex, 'Organization', 'ОБСЕ');
    expect(osce).toBeDefined();
    expect(partOf(ex, 'OSCE High Commissioner on National Minorities', osce?.name ?? '')).toBe(true);
    expect(partOf(ex, 'Программный офис ОБСЕ в Бишкеке', osce?.name ?? '')).toBe(true);
  });

  it("lends a known body the report's own letters for it («Интернационалом образования (ИО)» … «Координатор ИО»)", () => {
    const ex = extract('Семинар прошёл совместно с Интернационалом образования (ИО). Координатор ИО Мартина Вестерхольм представила результаты опроса.', 'ru');
    expect(affiliated(ex, 'Мартина Вестерхольм', 'Education International')).toBe(true);
  });
});

describe('continents', () => {
  it('never takes a continent for the small town that shares its name', () => {
    const ex = extract('Participants included teachers and researchers from Africa, Asia and Latin America.');
    expect(names(ex, 'City')).toEqual([]);
  });
});

describe('who held an event, and its name before a date', () => {
  it('reads "A and B held an online symposium" as both organizing it', () => {
    const ex = extract('The Harbour Schools Trust and the Valmora Teachers Union held an online symposium on 21 February 2024.');
    const event = ex.entities.find((e) => e.type === 'Event')?.id;
    expect(has(ex, 'ORGANIZED', find(ex, 'Organization', 'Harbour Schools Trust')?.id, event)).toBe(true);
    expect(has(ex, 'ORGANIZED', find(ex, 'Organization', 'Valmora Teachers Union')?.id, event)).toBe(true);
  });

  it('reads "was held at X by Y" as X hosting and Y organizing', () => {
    const ex = extract('The webinar was held at Valmora University by the Harbour Schools Trust.');
    const event = ex.entities.find((e) => e.type === 'Event')?.id;
    expect(has(ex, 'HOSTED', find(ex, 'Organization', 'Valmora University')?.id, event)).toBe(true);
    expect(has(ex, 'ORGANIZED', find(ex, 'Organization', 'Harbour Schools Trust')?.id, event)).toBe(true);
  });

  it('ends "the International Conference on Digital Pedagogy on October 10-11" before the month', () => {
    const ex = extract('Valmora University hosted the International Conference on Digital Pedagogy on October 10-11, 2023.');
    const event = ex.entities.find((e) => e.type === 'Event');
    expect(event?.name).toBe('International Conference on Digital Pedagogy');
    expect(event?.type === 'Event' && [event.startDate, event.endDate]).toEqual(['2023-10-10', '2023-10-11']);
  });
});

describe('smaller towns in Russian', () => {
  it('finds «в Бердске» and «школы № 5 г. Бердска» though the town is under 100,000: the dictionary knows it as a place', () => {
    const held = extract('Семинар прошёл в Бердске.', 'ru');
    expect(names(held, 'City')).toEqual(['Berdsk']);
    const school = extract('Опытом поделились педагоги школы № 5 г. Бердска.', 'ru');
    expect(names(school, 'City')).toEqual(['Berdsk']);
    expect(has(school, 'BASED_IN', school.entities.find((e) => e.type === 'Organization')?.id, find(school, 'City', 'Berdsk')?.id)).toBe(true);
  });
});

describe('bodies named in their own language', () => {
  it('reads Indian institutions\' heads ("Vidyapeetham", "Vidyalaya", "Samiti") as bodies, not people', () => {
    const ex = extract('The delegation included professors from Devika Vishwa Vidyapeetham and teachers of Sarvodaya Vidyalaya No. 4 and the Gramin Shiksha Samiti.');
    expect(names(ex, 'Organization')).toEqual(['Devika Vishwa Vidyapeetham', 'Sarvodaya Vidyalaya No. 4', 'Gramin Shiksha Samiti']);
    expect(names(ex, 'Person')).toEqual([]);
  });

  it('reads names whose head comes first ("Universidad Nacional de Valmora", "Jamia Noor Islamia") whole', () => {
    const ex = extract('Speakers came from the Universidad Nacional de Colombia, the Université de Valmont, Jamia Noor Islamia and the Instituto Nacional de Evaluación Educativa.');
    expect(names(ex, 'Organization')).toEqual(['Universidad Nacional de Colombia', 'Université de Valmont', 'Jamia Noor Islamia', 'Instituto Nacional de Evaluación Educativa']);
    expect(has(ex, 'BASED_IN', find(ex, 'Organization', 'Universidad Nacional de Colombia')?.id, find(ex, 'Country', 'Colombia')?.id)).toBe(true);
  });

  it('reads a consulate general and its town as one body, in English and Russian', () => {
    const en = extract('The Consulate General of Kazakhstan in Kazan supported the forum.');
    expect(names(en, 'Organization')).toEqual(['Consulate General of Kazakhstan in Kazan']);
    const ru = extract('Форум поддержало Генеральное консульство Республики Казахстан в Казани.', 'ru');
    expect(names(ru, 'Organization')).toEqual(['Генеральное консульство Республики Казахстан в Казани']);
  });
});

describe('well-known bodies whose names have no head noun', () => {
  it('knows international NGOs by name from the curated table ("Concern Worldwide", "Welthungerhilfe", "Right To Play")', () => {
    const ex = extract('Partners included Concern Worldwide, Welthungerhilfe and Right To Play.');
    expect(names(ex, 'Organization')).toEqual(['Concern Worldwide', 'Welthungerhilfe', 'Right To Play']);
  });
});

describe('countries by other spellings and adjectives', () => {
  it('knows "Perú", "México", "Bosnia" and adjectives the package lacks ("Nepali", "Ecuadorian", "Sri Lankan")', () => {
    for (const [text, code] of [
      ['Teachers came from Perú.', 'PE'],
      ['Teachers came from México.', 'MX'],
      ['Teachers came from Bosnia.', 'BA'],
      ['Nepali teachers joined the course.', 'NP'],
      ['Ecuadorian teachers joined the course.', 'EC'],
      ['Sri Lankan teachers joined the course.', 'LK'],
    ] as const) {
      const countries = extract(text).entities.filter((e) => e.type === 'Country');
      expect(countries.map((c) => c.type === 'Country' && c.code), text).toEqual([code]);
    }
  });
});

describe("international bodies' regional offices", () => {
  it('reads a regional office named by a region of two parts joined by "and" as one body', () => {
    for (const name of ['UNICEF East Asia and Pacific Regional Office', 'UNICEF Latin America and the Caribbean Regional Office']) {
      expect(names(extract(`The ${name} supported the workshop.`), 'Organization')).toEqual([name]);
    }
  });

  it('still reads "the Ministry of Education and Science and the Youth Board" as two bodies', () => {
    expect(names(extract('The Ministry of Education and Science and the Youth Board attended.'), 'Organization')).toEqual(['Ministry of Education and Science', 'Youth Board']);
  });
});

describe('Russian names after posts', () => {
  it('reads the case of a name from the post nearest it: «Экспертами выступили доцент КФУ Алия Закирова» stays Алия Закирова', () => {
    const ex = extract('Экспертами выступили доцент КФУ Алия Закирова.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Алия Закирова']);
  });
});

describe('a post, its field and its holder in English written the Russian way', () => {
  it('finds "Vice-Rector for Educational Activities Elena Varlamova": the field runs up to the given name', () => {
    const ex = extract('The session was opened by Valmora University Vice-Rector for Educational Activities Elena Varlamova.');
    expect(names(ex, 'Person')).toEqual(['Elena Varlamova']);
    expect(affiliated(ex, 'Elena Varlamova', 'Valmora University')).toBe(true);
  });

  it('ends "Director of the Institute of Psychology and Education Ayrat Galimzyanov" before an unknown name shaped like a surname', () => {
    const ex = extract('The Director of the Institute of Psychology and Education Ayrat Galimzyanov spoke about teacher training.');
    expect(names(ex, 'Organization')).toEqual(['Institute of Psychology and Education']);
    expect(affiliated(ex, 'Ayrat Galimzyanov', 'Institute of Psychology and Education')).toBe(true);
  });

  it('keeps "the Director of the Centre for Ural Studies" whole: no holder follows', () => {
    expect(names(extract('The Director of the Centre for Ural Studies spoke.'), 'Organization')).toEqual(['Centre for Ural Studies']);
  });
});

describe('foreign names in Russian', () => {
  it('finds «Ахмед Салем»: a surname the dictionary knows only as a place, after a given name it knows', () => {
    const ex = extract('В дискуссии участвовали Ахмед Салем (Египет) и Анна Петрова.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Ахмед Салем', 'Анна Петрова']);
  });
});
