import { describe, expect, it } from 'vitest';
import { affiliated, extractBody as extract, namesOf as names, partOf } from './helpers.ts';

/**
 * University pages name a unit with its owner in front ("Nordvik University
 * Graduate School of Education"), after a comma, or with a list of fields in
 * its name («Институт языка, литературы и искусства»); speaker lists put a
 * body after a dash or a degree. Invented people and bodies.
 */
describe('a unit named with its owner in front', () => {
  it('reads "the Nordvik University Graduate School of Education" as one unit, part of Nordvik University', () => {
    const ex = extract('The Nordvik University Graduate School of Education hosted a workshop.');
    expect(partOf(ex, 'Nordvik University Graduate School of Education', 'Nordvik University')).toBe(true);
  });

  it('keeps the direction when two English names stand side by side: the LUMO Centre is the university\'s, not the reverse', () => {
    const ex = extract('The Tarnby University LUMO Centre hosted a workshop for primary school teachers.');
    expect(partOf(ex, 'Tarnby University LUMO Centre', 'Tarnby University')).toBe(true);
    expect(partOf(ex, 'Tarnby University', 'Tarnby University LUMO Centre')).toBe(false);
  });

  it('ends "University of Helsinki" at the town when a unit\'s name follows it', () => {
    const ex = extract('The University of Helsinki Kestrel Centre hosted a workshop.');
    expect(names(ex, 'Organization')).toContain('University of Helsinki');
    expect(partOf(ex, 'University of Helsinki Kestrel Centre', 'University of Helsinki')).toBe(true);
  });

  it('splits a name that already holds both: "Nordvik Federal University Institute of Psychology and Education"', () => {
    const ex = extract('The Nordvik Federal University Institute of Psychology and Education hosted a workshop.');
    expect(partOf(ex, 'Nordvik Federal University Institute of Psychology and Education', 'Nordvik Federal University')).toBe(true);
  });

  it('does not take "Intercultural Communication" for a person\'s name ending a unit\'s name', () => {
    const ex = extract('The Institute of Philology and Intercultural Communication of Nordvik Federal University organised the forum.');
    expect(names(ex, 'Organization')).toContain('Institute of Philology and Intercultural Communication of Nordvik Federal University');
    expect(names(ex, 'Person')).toEqual([]);
  });

  it('reads "the Department of Pedagogy, Tarnby State University," as the university\'s department', () => {
    const ex = extract('The Department of Pedagogy, Tarnby State University, co-organised the event.');
    expect(partOf(ex, 'Department of Pedagogy', 'Tarnby State University')).toBe(true);
  });

  it('gives a unit after a comma to no body that is not a university, academy, institute or college', () => {
    const ex = extract('The Department of Pedagogy, the Nordvik City Council and the Tarn Trust co-organised the event.');
    expect(ex.relations.filter((r) => r.type === 'PART_OF')).toEqual([]);
  });
});

describe('Russian unit names and names in the wrong case', () => {
  it('reads «Институт языка, литературы и искусства … Академии наук …» whole, part of the academy, with its director', () => {
    const ex = extract('Директор Института языка, литературы и искусства Академии наук Приморского края Ильнур Закиров рассказал о новых словарях.', 'ru');
    const unit = 'Институт языка, литературы и искусства Академии наук Приморского края';
    expect(partOf(ex, unit, 'Академия наук Приморского края')).toBe(true);
    expect(affiliated(ex, 'Ильнур Закиров', unit)).toBe(true);
  });

  it('takes no body from «детей с ОВЗ»: a learners\' abbreviation belongs to the centre\'s remit', () => {
    const ex = extract('Руководитель ресурсного центра по обучению детей с ОВЗ Приморского института повышения квалификации Елена Королёва провела мастер-класс.', 'ru');
    expect(names(ex, 'Organization').filter((n) => n.includes('ОВЗ') && !/центр/iu.test(n))).toEqual([]);
    expect(affiliated(ex, 'Елена Королёва', 'Приморский институт повышения квалификации')).toBe(true);
  });

  it('leaves an eponym before a name out of the person: «Ректор Института Лермонтова Маргарита Орлова»', () => {
    const ex = extract('Ректор Института Лермонтова Маргарита Орлова открыла форум.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Маргарита Орлова']);
  });

  it('names a body after a surname in the genitive, «Институт Лермонтова», and gives it its rector', () => {
    const ex = extract('Ректор Института Лермонтова Маргарита Орлова открыла форум.', 'ru');
    expect(affiliated(ex, 'Маргарита Орлова', 'Институт Лермонтова')).toBe(true);
  });

  it('leaves a verb opening the sentence out of the person: «Выступила Иванова Ольга Сергеевна»', () => {
    const ex = extract('Выступила Иванова Ольга Сергеевна.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Ольга Сергеевна Иванова']);
  });
});

describe('a body in a speaker list', () => {
  it('reads "A – Body; B – Body" pairs', () => {
    const ex = extract('The speakers included Anna Berg – Nordvik University; Lars Holm – Tarn Institute of Education.');
    expect(affiliated(ex, 'Anna Berg', 'Nordvik University')).toBe(true);
    expect(affiliated(ex, 'Lars Holm', 'Tarn Institute of Education')).toBe(true);
  });

  it('reads past a degree: "Anna Berg, PhD, Nordvik University, gave a lecture"', () => {
    const ex = extract('Anna Berg, PhD, Nordvik University, gave a lecture.');
    expect(affiliated(ex, 'Anna Berg', 'Nordvik University')).toBe(true);
  });

  it('reads "the Nordvik University team, led by Anna Berg"', () => {
    const ex = extract('The Nordvik University team, led by Anna Berg, won the prize.');
    expect(affiliated(ex, 'Anna Berg', 'Nordvik University')).toBe(true);
  });

  it('reads a body\'s possessive post posted to a region: "UNICEF\'s Regional Education Adviser for Europe and Central Asia"', () => {
    const ex = extract('Dr. Anna Berg, UNICEF\'s Regional Education Adviser for Europe and Central Asia, spoke.');
    expect(affiliated(ex, 'Anna Berg', 'UNICEF')).toBe(true);
  });
});

describe('a post, its body and the holder in the Russian order, in English', () => {
  it('ends a unit\'s name before its holder: "Head of the Department of Foreign Languages of Tarnby State University Irina Orlova"', () => {
    const ex = extract('Head of the Department of Foreign Languages of Tarnby State University Irina Orlova spoke about exchange programmes.');
    const unit = 'Department of Foreign Languages of Tarnby State University';
    expect(names(ex, 'Person')).toEqual(['Irina Orlova']);
    expect(partOf(ex, unit, 'Tarnby State University')).toBe(true);
    expect(affiliated(ex, 'Irina Orlova', unit)).toBe(true);
  });

  it('reads a unit "of" its parent\'s acronym as part of that parent: "Institute of Psychology and Education of TSU"', () => {
    const ex = extract('Tarnby State University (TSU) hosted the forum. Director of the Institute of Psychology and Education of TSU Aida Karimova opened it.');
    expect(names(ex, 'Person')).toContain('Aida Karimova');
    expect(partOf(ex, 'Institute of Psychology and Education of TSU', 'Tarnby State University')).toBe(true);
  });

  it('reads a post with its field before the body and the holder: "Vice-Rector for International Affairs of TSU Olga Ivanova"', () => {
    const ex = extract('Tarnby State University (TSU) hosted the forum. Vice-Rector for International Affairs of TSU Olga Ivanova presented the programmes.');
    expect(affiliated(ex, 'Olga Ivanova', 'Tarnby State University')).toBe(true);
  });
});

describe('Russian posts with a short name, a second title or an attached unit', () => {
  it('reads a short name of two words, «(ИРО ПК)», as the body\'s own, and its staff as the body\'s', () => {
    const ex = extract('Институт развития образования Приморского края (ИРО ПК) провёл форум. Методист ИРО ПК Елена Мартынова провела открытый урок.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Институт развития образования Приморского края']);
    expect(affiliated(ex, 'Елена Мартынова', 'Институт развития образования Приморского края')).toBe(true);
  });

  it('reads «(МОН РС)» after a ministry as the ministry\'s short name, not a second body', () => {
    const ex = extract('Организатором выступило Министерство образования и науки Республики Сербия (МОН РС), консультации прошли в Белграде.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Министерство образования и науки Республики Сербия']);
  });

  it('ends a ministry\'s name before «участников» it greets', () => {
    const ex = extract('От имени Министерства просвещения Республики Сербия участников приветствовала директор департамента Елена Смирнова.', 'ru');
    expect(names(ex, 'Organization').some((n) => /участник/u.test(n))).toBe(false);
  });

  it('reads «заведующий кафедрой … ПГУ, профессор Имя» as the university\'s', () => {
    const ex = extract('Приморский государственный университет (ПГУ) провёл семинар. Заведующий кафедрой родного языка ПГУ, профессор Ильдар Ахметов рассказал о новых методиках.', 'ru');
    expect(affiliated(ex, 'Ильдар Ахметов', 'Приморский государственный университет')).toBe(true);
  });

  it('reads «руководитель Центра … при ПГУ Имя» as the centre\'s', () => {
    const ex = extract('Приморский государственный университет (ПГУ) провёл семинар. Руководитель Центра родного языка при ПГУ Гульшат Галиева рассказала о курсах.', 'ru');
    expect(affiliated(ex, 'Гульшат Галиева', 'Центр родного языка')).toBe(true);
  });
});

describe('an acronym in another language after a name joined by "and"', () => {
  it('keeps "Language and Literature (MAPRYAL)" in one name: the letters spell neither part in English', () => {
    const ex = extract('The Association of Teachers of Russian Language and Literature (MAPRYAL) held its congress.');
    expect(names(ex, 'Organization')).toEqual(['Association of Teachers of Russian Language and Literature']);
  });

  it('still splits "… of Ghana and Readers Without Borders (RWB)", whose letters spell the second body', () => {
    const ex = extract('The Ministry of Education of Ghana and Readers Without Borders (RWB) signed a memorandum.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Ministry of Education of Ghana', 'Readers Without Borders']));
  });
});

describe('a UN-agency press release\'s titles', () => {
  it('reads "Head of Department at the Ministry …" as the ministry\'s, with no body called "Department"', () => {
    const ex = extract('Ayla Demir from the General Directorate of Basic Schooling opened the day. Mr. Hasan Tarn, Head of Department at the Ministry of Schooling, spoke about teacher training.');
    expect(affiliated(ex, 'Hasan Tarn', 'Ministry of Schooling')).toBe(true);
    expect(affiliated(ex, 'Hasan Tarn', 'General Directorate of Basic Schooling')).toBe(false);
  });

  it('reads a body\'s long possessive post before the name: "MoS\'s Deputy Director General for Lifelong Learning, Dr. Kemal Aydın"', () => {
    const ex = extract('The Ministry of Schooling (MoS) organised the workshop. Opening remarks were delivered by MoS\'s Deputy Director General for Lifelong Learning, Dr. Kemal Aydın.');
    expect(affiliated(ex, 'Kemal Aydın', 'Ministry of Schooling')).toBe(true);
  });
});

describe('a body\'s delegation abroad', () => {
  it('reads "its Delegation to …" and "the EU Delegation to …" as part of the European Union', () => {
    const ex = extract('The workshop was funded by the European Union through its Delegation to Serbia. The EU Delegation to Serbia and the Tarn Trust co-organised the event.');
    expect(partOf(ex, 'Delegation to Serbia', 'European Union')).toBe(true);
    expect(partOf(ex, 'EU Delegation to Serbia', 'European Union')).toBe(true);
  });
});
