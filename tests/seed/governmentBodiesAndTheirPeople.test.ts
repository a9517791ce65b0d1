import { describe, expect, it } from 'vitest';
import { extractBody as extract, affiliated, find, namesOf as names } from './helpers.ts';

/*
 * A minister's post names a ministry: a release that names its speakers only
 * by their posts still links each minister to a body. Invented people; the
 * ministries are named only by the posts.
 */
describe("a minister's ministry, when the report names it only through the post", () => {
  it('reads "Deputy Minister of National Education Dr. ⟦P⟧" as the Ministry of National Education and its person', () => {
    const ex = extract('The seminar in Ankara was opened by Deputy Minister of National Education Dr. Oren Kalay.');
    expect(names(ex, 'Organization')).toEqual(['Ministry of National Education']);
    expect(affiliated(ex, 'Oren Kalay', 'Ministry of National Education')).toBe(true);
  });

  it('keeps a country written after the remit in the ministry\'s name, and stops the remit before the holder\'s name', () => {
    const ex = extract('Minister of Education and Science of Kyrgyzstan Aidan Belmor opened the forum.');
    expect(names(ex, 'Organization')).toEqual(['Ministry of Education and Science of Kyrgyzstan']);
    expect(affiliated(ex, 'Aidan Belmor', 'Ministry of Education and Science of Kyrgyzstan')).toBe(true);
  });

  it('reads the remit written before the post ("Education Minister ⟦P⟧")', () => {
    const ex = extract('Education Minister Aidan Belmor opened the forum.');
    expect(names(ex, 'Organization')).toEqual(['Ministry of Education']);
    expect(affiliated(ex, 'Aidan Belmor', 'Ministry of Education')).toBe(true);
  });

  it('makes no ministry of a Prime Minister or a Foreign Minister', () => {
    const ex = extract('Prime Minister Aidan Belmor and Foreign Minister Lira Sandoval met the delegation.');
    expect(names(ex, 'Organization')).toEqual([]);
  });

  it('adds no second ministry when the report names the minister\'s own, and links the minister to it', () => {
    const ex = extract('The Ministry of Health and the Ministry of Education organized the forum. Deputy Education Minister Aidan Belmor and Health Minister Lira Sandoval spoke.');
    expect(names(ex, 'Organization')).toEqual(['Ministry of Health', 'Ministry of Education']);
    expect(affiliated(ex, 'Aidan Belmor', 'Ministry of Education')).toBe(true);
    expect(affiliated(ex, 'Lira Sandoval', 'Ministry of Health')).toBe(true);
  });

  it('reads «министр просвещения Республики Татарстан ⟦P⟧» with the republic in the ministry\'s name', () => {
    const ex = extract('В Казани министр просвещения Республики Татарстан Ильдар Гамзатов открыл форум.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Министерство просвещения Республики Татарстан']);
    expect(affiliated(ex, 'Ильдар Гамзатов', 'Министерство просвещения Республики Татарстан')).toBe(true);
  });

  it('reads «министр образования Свердловской области ⟦P⟧» and a post capitalised at the sentence\'s start', () => {
    const region = extract('Выступил министр образования Свердловской области Юрий Белкин.', 'ru');
    expect(affiliated(region, 'Юрий Белкин', 'Министерство образования Свердловской области')).toBe(true);
    const start = extract('Министр образования и науки Республики Дагестан Яхья Гусейнов открыл форум.', 'ru');
    expect(affiliated(start, 'Яхья Гусейнов', 'Министерство образования и науки Республики Дагестан')).toBe(true);
  });
});

describe("an international body's head posted to a country with \"to\"", () => {
  it('gives "UNICEF Representative to Türkiye ⟦P⟧" the body\'s office there', () => {
    const ex = extract('"Every child counts," said UNICEF Representative to Türkiye Maren Holvik.');
    expect(affiliated(ex, 'Maren Holvik', 'UNICEF Office in Türkiye')).toBe(true);
  });
});

describe('government bodies with no usual head noun', () => {
  it('reads «Кабинет Министров Республики …»: a capitalised plural in the genitive stays in the name', () => {
    const ex = extract('Участников приветствовал заместитель председателя Кабинета Министров Республики Татарстан Рустам Валиев.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Кабинет Министров Республики Татарстан']);
    expect(affiliated(ex, 'Рустам Валиев', 'Кабинет Министров Республики Татарстан')).toBe(true);
  });

  it('reads "the Presidency of …" as a body', () => {
    const ex = extract('The workshop was organized by the Presidency of Migration Management and the Presidency for Citizens Abroad.');
    expect(names(ex, 'Organization')).toEqual(['Presidency of Migration Management', 'Presidency for Citizens Abroad']);
  });
});

describe('posts that name one body and are held at another', () => {
  it('gives "The European Union\'s Head of Cooperation in Türkiye, ⟦P⟧," the body whose post it is', () => {
    const ex = extract("The European Union's Head of Cooperation in Türkiye, Sandra Vogt, joined the closing session.");
    expect(affiliated(ex, 'Sandra Vogt', 'European Union')).toBe(true);
  });


  it('gives "⟦P⟧, UNESCO Chair in … at the University of …" the university', () => {
    const ex = extract('The session was moderated by Dr. Marta Quiroga, UNESCO Chair in Multilingual Education at the University of Barcelona.');
    expect(affiliated(ex, 'Marta Quiroga', 'University of Barcelona')).toBe(true);
  });

  it('does not give a lecturer the body whose people heard the lecture ("⟦O⟧ heard a lecture by Academician ⟦P⟧")', () => {
    const ex = extract('Students of the Harbin Institute of Technology heard a lecture by Academician Wen Zhao, President of Northfield Polytechnic University.');
    expect(affiliated(ex, 'Wen Zhao', 'Northfield Polytechnic University')).toBe(true);
    expect(affiliated(ex, 'Wen Zhao', 'Harbin Institute of Technology')).toBe(false);
  });
});

describe('countries named by their peoples', () => {
  it('knows countries the packages name otherwise: "Brunei", "Micronesia", «Свазиленд»', () => {
    expect(names(extract('Teachers from Brunei and Micronesia joined the forum.'), 'Country').sort()).toEqual(['Brunei Darussalam', 'Micronesia']);
    expect(extract('Учителя из Свазиленда приняли участие.', 'ru').entities.filter((e) => e.type === 'Country').map((e) => (e.type === 'Country' ? e.code : ''))).toEqual(['SZ']);
  });

  it('reads "Estonians" and "Kazakhs" as Estonia and Kazakhstan, and "Latin Americans" as no country', () => {
    const ex = extract('Estonians and Kazakhs shared their experience with Latin Americans.');
    expect(names(ex, 'Country').sort()).toEqual(['Estonia', 'Kazakhstan']);
  });
});

describe("a republic's name is no one's name", () => {
  it('finds no person in «из Удмуртии, Чувашии, Марий Эл и Башкортостана»', () => {
    const ex = extract('Опытом поделились педагоги из Удмуртии, Чувашии, Марий Эл и Башкортостана. Мастер-класс провела Ольга Гаврилова.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Ольга Гаврилова']);
  });
});

describe("a town's government", () => {
  it('reads "the City of ⟦town⟧ Education Division" as a unit of the town\'s government', () => {
    const ex = extract('The City of Tallinn Education Department hosted the school visits.');
    expect(names(ex, 'Organization')).toEqual(['City of Tallinn Education Department', 'City of Tallinn']);
    const unit = find(ex, 'Organization', 'City of Tallinn Education Department');
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === unit?.id && r.to === find(ex, 'Organization', 'City of Tallinn')?.id)).toBe(true);
  });

  it('reads municipalities and governorships named by their own head words', () => {
    const ex = extract('The Izmit Metropolitan Municipality, the Municipality of Kartal and the Bursa Governorship supported the workshop.');
    expect(names(ex, 'Organization')).toEqual(['Izmit Metropolitan Municipality', 'Municipality of Kartal', 'Bursa Governorship']);
  });

  it('reads "the City of ⟦town⟧" with a capital as the municipality, based in the town, and "the city of ⟦town⟧" as the place only', () => {
    const ex = extract('The City of Tallinn supported the school visits. The forum took place in the city of Tartu.');
    expect(names(ex, 'Organization')).toEqual(['City of Tallinn']);
    expect(names(ex, 'City').sort()).toEqual(['Tallinn', 'Tartu']);
    const based = ex.relations.find((r) => r.type === 'BASED_IN' && r.from === find(ex, 'Organization', 'City of Tallinn')?.id);
    expect(based?.to).toBe(find(ex, 'City', 'Tallinn')?.id);
  });
});

describe('a national body named with the country it serves', () => {
  it('keeps "in ⟦Country⟧" before the bracketed letters in the name ("Union of … in Finland (UEF)")', () => {
    const ex = extract('The Union of Science Educators in Finland (USEF) joined the forum.');
    expect(names(ex, 'Organization')).toEqual(['Union of Science Educators in Finland']);
  });
});

describe('well-known Russian bodies whose nominative ends like a case ending', () => {
  it('reads «Росатом», «Росатома» and «Ростелекома» as the known bodies, not as «Росат»', () => {
    const ex = extract('Росатом поддержал форум. Выступили представители «Росатома» и «Ростелекома».', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Rosatom', 'Rostelecom']);
  });
});

describe('foreign names written in Cyrillic', () => {
  it('finds «Прия Гупта» and «Ахмед Хассан» by their names read back in Latin letters, and keeps them as written', () => {
    const ex = extract('Доклад представила Прия Гупта, доцент Университета Дели. Выступил также Ахмед Хассан (Египет).', 'ru');
    expect(names(ex, 'Person')).toEqual(['Прия Гупта', 'Ахмед Хассан']);
    expect(affiliated(ex, 'Прия Гупта', 'Университет Дели')).toBe(true);
  });

  it('still puts a Russian name in an oblique case into the nominative («по приглашению Ивана Петрова»)', () => {
    const ex = extract('По приглашению Ивана Петрова на форуме выступила Анна Лебедева.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Иван Петров', 'Анна Лебедева']);
  });
});

describe("a foreign person's own spelling in brackets", () => {
  it('makes «Джон Уиттакер (John Whittaker, Великобритания)» one person, though "Dzhon" is no transliteration of "John"', () => {
    const ex = extract('Своим опытом поделились Джон Уиттакер (John Whittaker, Великобритания) и Анна Ковальска (Польша).', 'ru');
    expect(ex.entities.filter((e) => e.type === 'Person')).toHaveLength(2);
    expect(find(ex, 'Person', 'John Whittaker')?.aliases).toContain('Джон Уиттакер');
  });
});
