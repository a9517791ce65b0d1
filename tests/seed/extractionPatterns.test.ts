import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { find, has, ofType } from './helpers.ts';

/**
 * Each pattern of the extractor alone, on a short report written for the
 * test (headline, blank line, body). The dev set measures them together; these
 * say what each one is for.
 */
function extract(body: string, language: 'en' | 'ru' = 'en'): Extraction {
  return extractReport(parseReport(`---\nlanguage: ${language}\n---\nNews from the region\n\n${body}\n`));
}

function names(ex: Extraction, type: Parameters<typeof ofType>[1]): string[] {
  return ofType(ex, type).map((e) => e.name);
}

function id(ex: Extraction, type: Parameters<typeof ofType>[1], name: string): string | undefined {
  return find(ex, type, name)?.id;
}

describe('organization names', () => {
  it('keeps an office’s place in its name: "the UNICEF Country Office in Georgia"', () => {
    const ex = extract('The meeting was supported by the UNICEF Country Office in Georgia.');
    expect(names(ex, 'Organization')).toContain('UNICEF Country Office in Georgia');
  });

  it('reads "UNICEF Georgia" as that body’s office in Georgia', () => {
    const ex = extract('Staff of UNICEF Georgia opened the event in Tbilisi.');
    const office = ofType(ex, 'Organization').find((o) => o.mentions.some((m) => m.text === 'UNICEF Georgia'));
    expect(office?.name).toMatch(/Office in Georgia/);
  });

  it('numbers a school: "Lyceum No. 12", «школа № 7 города Актобе»', () => {
    expect(names(extract('Pupils of Lyceum No. 12 showed their robots.'), 'Organization')).toContain('Lyceum No. 12');
    const ru = extract('Учителя из школы № 7 города Актобе показали свои уроки.', 'ru');
    expect(ofType(ru, 'Organization').some((o) => /школ\p{L}* № 7 города Актобе/iu.test(o.mentions[0]?.text ?? ''))).toBe(true);
  });

  it('reads a comma list inside a ministry’s name: "Ministry of Education, Youth and Sports"', () => {
    const ex = extract('The Ministry of Education, Youth and Sports opened the session.');
    expect(names(ex, 'Organization')).toContain('Ministry of Education, Youth and Sports');
  });

  it('does not take a person into a body’s name: "Anna Berg of the Open Minds Foundation"', () => {
    const ex = extract('Anna Berg of the Open Minds Foundation said that teachers need time.');
    expect(names(ex, 'Organization')).toContain('Open Minds Foundation');
    expect(names(ex, 'Person')).toContain('Anna Berg');
  });

  it('names a unit with its parent and links them: "Faculty of History of Riverside State University"', () => {
    const ex = extract('Lecturers from the Faculty of History of Riverside State University attended.');
    const unit = find(ex, 'Organization', 'Faculty of History of Riverside State University');
    expect(unit).toBeDefined();
    expect(has(ex, 'PART_OF', unit?.id, id(ex, 'Organization', 'Riverside State University'))).toBe(true);
  });

  it('puts a Russian name met in the prepositional case in the nominative', () => {
    const ex = extract('Семинар прошёл в Тверском государственном университете.', 'ru');
    expect(names(ex, 'Organization')).toContain('Тверской государственный университет');
  });

  it('links a Russian unit to the acronym of its parent: «кафедра истории ТвГУ»', () => {
    const ex = extract('Организатором выступила Кафедра истории ТвГУ.', 'ru');
    const unit = ofType(ex, 'Organization').find((o) => o.name.startsWith('Кафедра истории'));
    expect(unit?.name).toMatch(/ТвГУ$/);
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === unit?.id)).toBe(true);
  });

  it('reads a legal form before a quoted name as a body: АО «Учебный центр „Знание“»', () => {
    const ex = extract('Курсы провело АО «Учебный центр „Знание“» для учителей района.', 'ru');
    expect(ofType(ex, 'Organization').some((o) => o.mentions.some((m) => m.text.startsWith('АО «Учебный центр')))).toBe(true);
  });

  it('reads «Представительство <body> в <country>» as one office, PART_OF the body the report also names on its own', () => {
    const ex = extract('ЮНЕСКО поддерживает учителей по всему миру. Семинар поддержало Представительство ЮНЕСКО в Непале.', 'ru');
    const office = find(ex, 'Organization', 'Представительство ЮНЕСКО в Непале');
    expect(office).toBeDefined();
    expect(has(ex, 'PART_OF', office?.id, 'org:unesco')).toBe(true);
  });

  it('takes a body named only inside its office’s name for that office, not for a second organization', () => {
    const ex = extract('Семинар поддержало Представительство ЮНЕСКО в Непале.', 'ru');
    expect(find(ex, 'Organization', 'Представительство ЮНЕСКО в Непале')).toBeDefined();
    expect(ex.entities.filter((e) => e.type === 'Organization').map((e) => e.id)).not.toContain('org:unesco');
  });

  it('reads "<Body> (<ACRONYM>) in <Country>" as that body’s office there', () => {
    const ex = extract('The Nordic Teachers Agency trains teachers worldwide. The course was funded by the Nordic Teachers Agency (NTA) in Ghana.');
    const office = find(ex, 'Organization', 'Nordic Teachers Agency (NTA) in Ghana');
    expect(office).toBeDefined();
    expect(has(ex, 'PART_OF', office?.id, id(ex, 'Organization', 'Nordic Teachers Agency'))).toBe(true);
  });

  it('reads a known international body followed by "in <Country>" as its office: "the United Nations Development Programme in Chile"', () => {
    const ex = extract('The United Nations Development Programme works in 170 countries. Experts of the United Nations Development Programme in Chile joined the panel.');
    const office = find(ex, 'Organization', 'United Nations Development Programme in Chile');
    expect(office).toBeDefined();
    expect(has(ex, 'PART_OF', office?.id, 'org:undp')).toBe(true);
  });

  it('does not read "organized by <body> in <city>" as an office: the city is where the event was', () => {
    const ex = extract('The seminar was organized by the United Nations Development Programme in Santiago.');
    expect(find(ex, 'Organization', 'United Nations Development Programme in Santiago')).toBeUndefined();
  });

  it('splits a list at "and" when a country has closed the first name or the second has its own acronym', () => {
    const ex = extract('It was held with the Ministry of Education of the Republic of Ghana and Teachers Everywhere (TE), a global network.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Ministry of Education of the Republic of Ghana', 'Teachers Everywhere']));
  });

  it('keeps "and" inside a name its acronym spells: "University of Arts and Crafts (UAC)"', () => {
    const ex = extract('Students of the Northern University of Arts and Crafts (NUAC) took part.');
    expect(names(ex, 'Organization')).toContain('Northern University of Arts and Crafts');
  });

  it('reads a bare acronym the report bracketed after a name as that body, in mixed case too: "(MoC)" … "MoC"', () => {
    const ex = extract('The Ministry of Culture of Ghana (MoC) opened the fair. Later the MoC announced two grants for rural libraries.');
    const ministry = find(ex, 'Organization', 'Ministry of Culture of Ghana');
    expect(ministry?.mentions.filter((m) => m.text === 'MoC')).toHaveLength(2);
    expect(ofType(ex, 'Organization')).toHaveLength(1);
  });

  it('reads a bare Russian acronym bracketed after a name as that body: «… университет (АПУ)» … «представители АПУ»', () => {
    const ex = extract('Семинар провёл Андийский педагогический университет (АПУ). Затем представители АПУ рассказали о практике.', 'ru');
    const university = find(ex, 'Organization', 'Андийский педагогический университет');
    expect(university?.mentions.filter((m) => m.text === 'АПУ')).toHaveLength(2);
  });

  it('takes the words between a name and its bracketed acronym into the name: «… учителей истории и географии Эквадора (АУИГЭ)»', () => {
    const ex = extract('Встречу провела Ассоциация учителей истории и географии Эквадора (АУИГЭ) в Кито.', 'ru');
    expect(names(ex, 'Organization')).toContain('Ассоциация учителей истории и географии Эквадора');
  });

  it('does not run a bracketed acronym’s name across "and" into the next body', () => {
    const ex = extract('The Ministry of Education of Laos and Reading Bridges International (RBI) signed a plan.');
    expect(names(ex, 'Organization')).toContain('Ministry of Education of Laos');
  });

  it('reads a lower-case unit before its parent’s acronym as a unit of that body: «кафедра истории АПУ»', () => {
    const ex = extract('Андийский педагогический университет (АПУ) принял гостей. Доклад подготовила кафедра истории АПУ.', 'ru');
    const unit = ofType(ex, 'Organization').find((o) => /^кафедра истории АПУ$/iu.test(o.name));
    const university = find(ex, 'Organization', 'Андийский педагогический университет');
    expect(unit).toBeDefined();
    expect(has(ex, 'PART_OF', unit?.id, university?.id)).toBe(true);
  });

  it('reads a bare acronym that spells the initials of a body named in the report as that body: "CTC"', () => {
    const ex = extract('Coastal Teachers College hosted the forum in Accra. Kwame Boateng, a lecturer at CTC, opened it.');
    const college = find(ex, 'Organization', 'Coastal Teachers College');
    expect(college?.mentions.some((m) => m.text === 'CTC')).toBe(true);
  });

  it('still reads a curated acronym alone: "UNESCO"', () => {
    const ex = extract('UNESCO supported the course for teachers in Laos.');
    expect(find(ex, 'Organization', 'UNESCO')).toBeDefined();
  });

  it('reads an acronym with a country’s official abbreviation as that country’s body: «МОН РК»', () => {
    const ex = extract('Проект поддержали МОН РК и Республика Казахстан в целом.', 'ru');
    expect(ofType(ex, 'Organization').some((o) => o.mentions.some((m) => m.text === 'МОН РК'))).toBe(true);
  });

  it('joins «… РК» and «… Республики Казахстан» in one report as one body', () => {
    const ex = extract('Письмо Министерства просвещения РК обсудили с представителями Министерства просвещения Республики Казахстан.', 'ru');
    expect(ofType(ex, 'Organization').filter((o) => o.name.startsWith('Министерство просвещения'))).toHaveLength(1);
  });

  it('keeps a body’s parent after a legal form and a quoted name: АО «…» Министерства …', () => {
    const ex = extract('Доклад подготовило АО «Центр знаний» Министерства просвещения Республики Казахстан.', 'ru');
    const unit = ofType(ex, 'Organization').find((o) => o.name.startsWith('АО «Центр знаний»'));
    expect(unit?.name).toMatch(/Министерства просвещения Республики Казахстан$/);
    expect(ex.relations.some((r) => r.type === 'PART_OF' && r.from === unit?.id)).toBe(true);
  });

  it('reads a company’s name before a product’s as the product: "Google Forms" names no organization', () => {
    expect(names(extract('Teachers built quizzes in Google Forms and Microsoft 365.'), 'Organization')).toEqual([]);
    expect(names(extract('Google supported the course for teachers.'), 'Organization')).toContain('Google');
  });

  it('takes a short quote right after a full name as the body’s own name: Centre for Teacher Support "Bright Start"', () => {
    const ex = extract('The Centre for Teacher Support "Bright Start" ran the workshop.');
    expect(names(ex, 'Organization')).toContain('Centre for Teacher Support "Bright Start"');
  });

  it('reads "UNESCO’s Institute for …" as a unit of UNESCO, without the owner in its name', () => {
    const ex = extract('The idea came from UNESCO\'s International Bureau of Reading Assessment.');
    const unit = find(ex, 'Organization', 'International Bureau of Reading Assessment');
    expect(unit).toBeDefined();
    expect(has(ex, 'PART_OF', unit?.id, 'org:unesco')).toBe(true);
  });

  it('compares «профсоюз» as «профессиональный союз»', () => {
    const ex = extract('Республиканский профсоюз работников науки и Республиканский профессиональный союз работников науки провели встречу.', 'ru');
    expect(ofType(ex, 'Organization')).toHaveLength(1);
  });
});

describe('event names', () => {
  it('names an event by the Title Case words before its kind: "the Fourth Baltic Teachers Forum"', () => {
    const ex = extract('The Fourth Baltic Teachers Forum took place in Riga on 3 May 2024.');
    expect(names(ex, 'Event')).toContain('Fourth Baltic Teachers Forum');
  });

  it('keeps two editions of one forum apart', () => {
    const ex = extract('The Second Baltic Teachers Forum took place in Riga on 3 May 2024. The Third Baltic Teachers Forum will be held in Tallinn.');
    expect(names(ex, 'Event')).toEqual(expect.arrayContaining(['Second Baltic Teachers Forum', 'Third Baltic Teachers Forum']));
  });

  it('names a Russian event by the adjectives before its kind and its complement: «Летняя педагогическая школа …»', () => {
    const ex = extract('Летняя педагогическая школа Тверского университета прошла 1–10 июля 2024 года.', 'ru');
    expect(names(ex, 'Event').some((n) => n.startsWith('Летняя педагогическая школа Тверского университета'))).toBe(true);
  });

  it('puts a panel held within a forum into it (PART_OF)', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3–4 May 2024. Within the forum, the panel "Schools After the Pandemic" was held on 4 May.');
    const forum = id(ex, 'Event', 'Baltic Teachers Forum');
    const panel = id(ex, 'Event', 'Schools After the Pandemic');
    expect(has(ex, 'PART_OF', panel, forum)).toBe(true);
  });

  it('dates a yearless day from the report’s dateline', () => {
    const ex = extractReport(parseReport('---\nlanguage: en\n---\nForum closes\n\nRIGA, 5 May 2024 — The Baltic Teachers Forum was held on 3–4 May in Riga.\n'));
    const e = find(ex, 'Event', 'Baltic Teachers Forum');
    expect(e?.type === 'Event' && [e.startDate, e.endDate]).toEqual(['2024-05-03', '2024-05-04']);
  });
});

describe('who took part, spoke and works where', () => {
  it('carries the event of one sentence into the next: "It was organized by …"', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3 May 2024. It was organized by the Open Minds Foundation jointly with Riverside State University.');
    const forum = id(ex, 'Event', 'Baltic Teachers Forum');
    expect(has(ex, 'ORGANIZED', id(ex, 'Organization', 'Open Minds Foundation'), forum)).toBe(true);
    expect(has(ex, 'ORGANIZED', id(ex, 'Organization', 'Riverside State University'), forum)).toBe(true);
  });

  it('reads "with financial support from" as a partner', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3 May 2024 with financial support from the Open Minds Foundation.');
    expect(has(ex, 'PARTNERED', id(ex, 'Organization', 'Open Minds Foundation'), id(ex, 'Event', 'Baltic Teachers Forum'))).toBe(true);
  });

  it('counts countries that sent delegations, not the country the event is in', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga, Latvia, on 3 May 2024. Delegations from Estonia and Lithuania attended.');
    const forum = id(ex, 'Event', 'Baltic Teachers Forum');
    expect(has(ex, 'PARTICIPATED_IN', 'country:EE', forum)).toBe(true);
    expect(has(ex, 'PARTICIPATED_IN', 'country:LT', forum)).toBe(true);
    expect(has(ex, 'PARTICIPATED_IN', 'country:LV', forum)).toBe(false);
  });

  it('does not let a cue reach across a clause to a body named for something else', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3 May 2024. It was organized by the Open Minds Foundation to discuss a reading programme that the Northern Light Trust financed five years ago.');
    const forum = id(ex, 'Event', 'Baltic Teachers Forum');
    expect(has(ex, 'ORGANIZED', id(ex, 'Organization', 'Northern Light Trust'), forum)).toBe(false);
  });

  it('reads who spoke and where they work from "said X, senior lecturer at Y"', () => {
    const ex = extract('The Baltic Teachers Forum took place in Riga on 3 May 2024. "Schools need time," said Marta Ozola, senior lecturer at Riverside State University.');
    const person = id(ex, 'Person', 'Marta Ozola');
    expect(has(ex, 'SPOKE_AT', person, id(ex, 'Event', 'Baltic Teachers Forum'))).toBe(true);
    expect(has(ex, 'AFFILIATED_WITH', person, id(ex, 'Organization', 'Riverside State University'))).toBe(true);
  });

  it('reads a Russian post, body and name in a row as an affiliation: «ректор Тверского университета Иван Соколов»', () => {
    const ex = extract('С докладом выступил ректор Тверского государственного университета Иван Соколов.', 'ru');
    const person = ofType(ex, 'Person').find((p) => p.name.includes('Соколов'));
    expect(ex.relations.some((r) => r.type === 'AFFILIATED_WITH' && r.from === person?.id)).toBe(true);
  });

  it('puts a Russian name in an oblique case in the nominative: «по приглашению Ивана Соколова»', () => {
    const ex = extract('Педагоги приехали по приглашению Ивана Соколова.', 'ru');
    expect(names(ex, 'Person')).toContain('Иван Соколов');
  });

  it('does not read ordinary English words as a person: "Young Teachers", "Modern Pedagogy"', () => {
    const ex = extract('The session Young Teachers was moderated by the team. Modern Pedagogy said nothing.');
    expect(names(ex, 'Person')).toEqual([]);
  });
});

describe('Russian relations', () => {
  const seminar = '12 мая 2024 года в Москве прошёл региональный семинар «Школа будущего».';
  const conference = 'Международная конференция «Школа будущего» прошла 3–4 марта 2024 года.';
  const olympiad = 'Олимпиада «Юный математик» прошла 3 марта 2024 года в Москве.';
  const eventOf = (ex: Extraction): string | undefined => ofType(ex, 'Event')[0]?.id;
  const personId = (ex: Extraction, surname: string): string | undefined => ofType(ex, 'Person').find((p) => p.name.includes(surname))?.id;
  const orgId = (ex: Extraction, word: string): string | undefined => ofType(ex, 'Organization').find((o) => o.name.includes(word))?.id;
  const tookPart = (ex: Extraction, from: string | undefined): boolean =>
    ex.relations.some((r) => ['ORGANIZED', 'PARTNERED', 'HOSTED', 'PARTICIPATED_IN'].includes(r.type) && r.from === from);

  it('counts countries after «из» and reads a list joined by «и» as one: «учителя из Эстонии и Литвы»', () => {
    const ex = extract('На семинар «Школа будущего» 3 марта 2024 года приехали учителя из Эстонии и Литвы. Его организовали Тверской университет вместе с Фондом «Развитие» и Ассоциацией учителей.', 'ru');
    expect(has(ex, 'PARTICIPATED_IN', 'country:EE', eventOf(ex))).toBe(true);
    expect(has(ex, 'PARTICIPATED_IN', 'country:LT', eventOf(ex))).toBe(true);
    expect(has(ex, 'ORGANIZED', orgId(ex, 'Ассоциация'), eventOf(ex))).toBe(true);
  });

  it('reads speech in any form of the word: a participle «рассказавший», «под модерацией», «итоги … подвела»', () => {
    const ex = extract(`${seminar} Слово получил Иван Петров, рассказавший о сельских школах. Дискуссия прошла под модерацией Анны Смирновой.`, 'ru');
    expect(has(ex, 'SPOKE_AT', personId(ex, 'Петров'), eventOf(ex))).toBe(true);
    expect(has(ex, 'SPOKE_AT', personId(ex, 'Смирнов'), eventOf(ex))).toBe(true);
    const summed = extract(`${olympiad} Итоги олимпиады подвела Анна Петрова.`, 'ru');
    expect(has(summed, 'SPOKE_AT', personId(summed, 'Петров'), eventOf(summed))).toBe(true);
  });

  it('reads a post, a body, its country and a name in a row: «методист Союза библиотекарей Латвии Анна Петрова»', () => {
    const ex = extract('С докладом выступила методист Союза библиотекарей Латвии Анна Петрова.', 'ru');
    expect(has(ex, 'AFFILIATED_WITH', personId(ex, 'Петров'), orgId(ex, 'Союз'))).toBe(true);
  });

  it('gives a post after «и» to the name that follows it, not the one before', () => {
    const ex = extract('Мастер-класс провели доцент Тверского университета Анна Петрова и эксперт Фонда «Развитие» по цифровым сервисам Иван Смирнов.', 'ru');
    expect(has(ex, 'AFFILIATED_WITH', personId(ex, 'Петров'), orgId(ex, 'Развитие'))).toBe(false);
    expect(has(ex, 'AFFILIATED_WITH', personId(ex, 'Смирнов'), orgId(ex, 'Развитие'))).toBe(true);
  });

  it('does not make a speaker’s employer an actor: «приветствовал заместитель декана … Иван Петров»', () => {
    const ex = extract(`${seminar} Участников приветствовал заместитель декана Тверского университета Иван Петров.`, 'ru');
    expect(tookPart(ex, orgId(ex, 'Тверской'))).toBe(false);
    expect(has(ex, 'AFFILIATED_WITH', personId(ex, 'Петров'), orgId(ex, 'Тверской'))).toBe(true);
  });

  it('lets people of a body carry a list: «учителя сельских гимназий и эксперты Центра …»', () => {
    const ex = extract(`${seminar} В дискуссии приняли участие учителя сельских гимназий и эксперты Центра «Развитие».`, 'ru');
    expect(has(ex, 'PARTICIPATED_IN', orgId(ex, 'Развитие'), eventOf(ex))).toBe(true);
  });

  it('reads «принял форум» as hosting', () => {
    const ex = extract('Тверской университет впервые принял форум «Школа будущего» 3 мая 2024 года.', 'ru');
    expect(has(ex, 'HOSTED', orgId(ex, 'Тверской'), eventOf(ex))).toBe(true);
  });

  it('reads a branch and a subordinate body in apposition as PART_OF: «— филиал …», «, подведомственный …»', () => {
    const ex = extract('Семинар провёл Центр оценки качества — филиал Фонда «Развитие». Фонд «Развитие», подведомственный Министерству культуры Латвии, выделил гранты.', 'ru');
    expect(has(ex, 'PART_OF', orgId(ex, 'Центр'), orgId(ex, 'Развитие'))).toBe(true);
    expect(has(ex, 'PART_OF', orgId(ex, 'Развитие'), orgId(ex, 'Министерств'))).toBe(true);
  });

  it('does not make the parent named to place an office an actor: «Дом дружбы (представительство Фонда …)»', () => {
    const ex = extract(`${olympiad} Её организовал Дом дружбы (представительство Фонда «Развитие»).`, 'ru');
    expect(tookPart(ex, orgId(ex, 'Развитие'))).toBe(false);
  });

  it('places a body by a city in brackets after it, or after its «города»', () => {
    const brackets = extract('В семинаре участвовали преподаватели Технического университета (Рига, Латвия).', 'ru');
    expect(has(brackets, 'BASED_IN', orgId(brackets, 'Техническ'), 'city:lv-riga')).toBe(true);
    const cityWord = extract('Олимпиаду провёл Комитет по культуре администрации города Москвы.', 'ru');
    expect(has(cityWord, 'BASED_IN', orgId(cityWord, 'Комитет'), 'city:ru-moscow')).toBe(true);
  });

  it('does not place a body in the city a region is named after: «по Ярославской области»', () => {
    const ex = extract('3 марта 2024 года в Ярославле (Россия) прошёл семинар «Школа будущего». Его провёл Центр поддержки учителей по Ярославской области.', 'ru');
    expect(ex.relations.some((r) => r.type === 'BASED_IN' && r.from === orgId(ex, 'Центр'))).toBe(false);
  });

  it('does not hold the event in the city of a partner: «при поддержке Фонда … в Москве»', () => {
    const ex = extract(`${conference} Её организовал Тверской университет при поддержке Фонда «Развитие» в Москве.`, 'ru');
    expect(has(ex, 'HELD_IN', eventOf(ex), 'city:ru-moscow')).toBe(false);
    expect(has(ex, 'PARTNERED', orgId(ex, 'Развитие'), eventOf(ex))).toBe(true);
  });

  it('names a lower-case kind by its genitive complement and quoted title: «итоговая встреча руководителей школ сети «…»»', () => {
    const ex = extract('3 марта 2024 года в Москве состоялась итоговая встреча руководителей школ сети «Открытый класс».', 'ru');
    expect(names(ex, 'Event')).toEqual(['итоговая встреча руководителей школ сети «Открытый класс»']);
  });

  it('reads a section of a conference as an event within it', () => {
    const ex = extract(`${conference} 4 марта открылась секция «Учитель и цифровые сервисы».`, 'ru');
    const section = ofType(ex, 'Event').find((e) => e.name.startsWith('Учитель'))?.id;
    expect(has(ex, 'PART_OF', section, eventOf(ex))).toBe(true);
  });

  it('reads «олимпиады» as the genitive singular: a mention of the event, not several events', () => {
    const ex = extract(`${olympiad} Итоги олимпиады подвела Анна Петрова.`, 'ru');
    expect(ofType(ex, 'Event')[0]?.mentions.some((m) => m.text === 'олимпиады')).toBe(true);
  });

  it('counts a prize place as taking part: «занял третье место»', () => {
    const ex = extract(`${olympiad} Иван Петров из Лицея № 5 занял третье место.`, 'ru');
    expect(has(ex, 'PARTICIPATED_IN', personId(ex, 'Петров'), eventOf(ex))).toBe(true);
  });

  it('takes no role from a sentence recalling the past: «Ранее …»', () => {
    const ex = extract(`${conference} Ранее конференцию поддерживал Фонд «Развитие».`, 'ru');
    expect(tookPart(ex, orgId(ex, 'Развитие'))).toBe(false);
  });
});

describe('places', () => {
  it('does not take a Russian common noun for a town its stem resembles: «Семинар» is no Semey', () => {
    const ex = extract('Семинар открыл ректор. Участники семинара приехали из Чили.', 'ru');
    expect(names(ex, 'City')).toEqual([]);
  });

  it('still reads a town from the adjective in a body’s name: «Костанайского университета»', () => {
    const ex = extract('Доклад сделали сотрудники Костанайского государственного университета.', 'ru');
    expect(names(ex, 'City')).toContain('Kostanay');
  });

  it('does not take a head noun for a town spelled like it: "Ministry" is no Münster', () => {
    const ex = extract('Experts of the Ministry of Education of Ecuador met teachers from Laos.');
    expect(names(ex, 'City')).toEqual([]);
  });

  it('does not take an eponym for a town: "University named after Pedro Quito"', () => {
    const ex = extract('Lecturers of the Andean State University named after Pedro Quito came from Ecuador.');
    expect(names(ex, 'City')).not.toContain('Quito');
  });

  it('does not take a given name before a surname for a town: "Dr. Adelaide Mensah" in a report naming Australia', () => {
    const ex = extract('Dr. Adelaide Mensah from Australia opened the session.');
    expect(names(ex, 'City')).not.toContain('Adelaide');
    expect(names(ex, 'Person')).toContain('Adelaide Mensah');
  });


  it('counts a country named by an adjective: "Finnish models", «германское общество»', () => {
    expect(ofType(extract('Teachers studied Finnish models of support.'), 'Country').map((c) => c.id)).toContain('country:FI');
    expect(ofType(extract('Проект поддержало германское общество.', 'ru'), 'Country').map((c) => c.id)).toContain('country:DE');
  });

  it('finds a town the gazetteer spells differently, in a country the report names ("Mykolaiv", Ukraine)', () => {
    const ex = extract('Teachers from Ukraine met in Mykolaiv and Lviv.');
    const cities = ofType(ex, 'City');
    expect(cities.map((c) => (c.type === 'City' ? c.countryCode : null))).toEqual(['UA', 'UA']);
  });

  it('finds a Russian town by its Latin spelling with the case ending off: «в Томске»', () => {
    const ex = extract('Семинар прошёл в Томске, Россия.', 'ru');
    expect(ofType(ex, 'City').map((c) => c.name)).toContain('Tomsk');
  });

  it('reads a country’s official abbreviation: «РФ» always, «РТ» only in a report that names Tajikistan', () => {
    expect(ofType(extract('Гости приехали из Казани (РФ).', 'ru'), 'Country').map((c) => c.id)).toContain('country:RU');
    expect(ofType(extract('Министерство образования РТ провело семинар.', 'ru'), 'Country').map((c) => c.id)).not.toContain('country:TJ');
    const named = extract('Семинар провело Министерство образования РТ. Гости из Республики Таджикистан выступили.', 'ru');
    expect(ofType(named, 'Country').map((c) => c.id)).toContain('country:TJ');
  });
});

describe('people', () => {
  it('does not read a month in a name’s first letters: "Mayorga", «Майер»', () => {
    expect(names(extract('Clara Mayorga said the course had grown.'), 'Person')).toContain('Clara Mayorga');
    expect(names(extract('Слово взяла Анна Майер из Чили.', 'ru'), 'Person')).toContain('Анна Майер');
  });

  it('keeps a full Russian name when a word of a body’s name precedes it: «Института Лоренца Анна Петровна Рыбак»', () => {
    const ex = extract('Преподаватель Института Лоренца Анна Петровна Рыбак представила курс.', 'ru');
    expect(names(ex, 'Person')).toContain('Анна Петровна Рыбак');
  });

  it('leaves a capitalised ordinary word before a name out of it: «Выступил Эрик Сольберг»', () => {
    const ex = extract('Выступил Эрик Сольберг из Ганы.', 'ru');
    expect(names(ex, 'Person')).toEqual(['Эрик Сольберг']);
  });

  it('keeps a second given name: "Ana Lucia Quispe"', () => {
    expect(names(extract('The talk was given by Ana Lucia Quispe from Lima.'), 'Person')).toContain('Ana Lucia Quispe');
  });

  it('keeps a patronymic written in Latin letters: "Pavel Sergeevich Kruglov"', () => {
    expect(names(extract('Rector Pavel Sergeevich Kruglov said the course would grow.'), 'Person')).toContain('Pavel Sergeevich Kruglov');
  });

  it('keeps the particles of a surname: "Luis de la Fuente"', () => {
    expect(names(extract('Luis de la Fuente said the course would grow.'), 'Person')).toContain('Luis de la Fuente');
  });

  it('puts an unknown woman’s given name in the nominative with her surname: «Зуриты Кадыровой» → «Зурита Кадырова»', () => {
    const ex = extract('По словам методиста Зуриты Кадыровой, чтение вслух помогает всем.', 'ru');
    expect(names(ex, 'Person')).toContain('Зурита Кадырова');
  });


  it('does not take whom a body is named after for a person: "a school named after Anna Berg"', () => {
    expect(names(extract('Pupils of a village school named after Anna Berg took part.'), 'Person')).toEqual([]);
  });

  it('does not take a quoted name for a person: the club "Aru Dana"', () => {
    expect(names(extract('The trainer of the youth club "Aru Dana" spoke first.'), 'Person')).toEqual([]);
  });

  it('does not take ordinary Russian words for a person: «приложение Умный Конспект»', () => {
    expect(names(extract('Учителя показали приложение Умный Конспект.', 'ru'), 'Person')).toEqual([]);
  });

  it('does not take a compound head noun and "No." for a person: "School-Lyceum No. 7"', () => {
    expect(names(extract('Teachers from School-Lyceum No. 7 described their work.'), 'Person')).toEqual([]);
  });
});

describe('reading', () => {
  it('takes a plain "source:/language:" header block as metadata, not as the headline', () => {
    const r = parseReport('source: https://example.org/news/1\nlanguage: en\n\nTeachers meet in Riga\n\nThe Baltic Teachers Forum took place.\n');
    expect(r.meta.title).toBe('Teachers meet in Riga');
    expect(r.meta.url).toBe('https://example.org/news/1');
    expect(r.text.startsWith('Teachers meet in Riga')).toBe(true);
  });
});

describe('implied employers and places', () => {
  const org = (ex: Extraction, word: string): string | undefined => ofType(ex, 'Organization').find((o) => o.name.includes(word))?.id;
  const person = (ex: Extraction, surname: string): string | undefined => ofType(ex, 'Person').find((p) => p.name.includes(surname))?.id;
  const city = (ex: Extraction, name: string): string | undefined => ofType(ex, 'City').find((c) => c.name === name)?.id;

  it('links a minister to the ministry of the same remit: "Ana Rojas, Deputy Minister of Health"', () => {
    const ex = extract('The Ministry of Health of Chile and the Ministry of Culture of Chile organized the Pacific Wellbeing Forum in Santiago on 3 May 2024. "Schools are clinics too," said Ana Rojas, Deputy Minister of Health.');
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Rojas'), org(ex, 'Health'))).toBe(true);
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Rojas'), org(ex, 'Culture'))).toBe(false);
  });

  it('links a minister named without a remit to the only ministry the report names', () => {
    const ex = extract('The Ministry of Education of Ghana organized the Coastal Teachers Forum in Accra on 3 May 2024. "We will train more mentors," said Deputy Minister Kwame Mensah.');
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Mensah'), org(ex, 'Ministry'))).toBe(true);
  });

  it('reads «заместитель министра …» as working at that ministry', () => {
    const ex = extract('Министерство просвещения Эквадора провело форум «Учитель Анд» 3 мая 2024 года. С приветствием выступил заместитель министра просвещения Иван Соколов.', 'ru');
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Соколов'), org(ex, 'Министерство'))).toBe(true);
  });

  it('links "X, UNICEF Representative in Ghana" to the office in that country the report names', () => {
    const ex = extract('The UNICEF Country Office in Ghana supported the Volta Reading Forum in Kumasi on 3 May 2024. "Reading is a right," said Maria Lindgren, UNICEF Representative in Ghana.');
    const office = ofType(ex, 'Organization').find((o) => /Office in Ghana/.test(o.name))?.id;
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Lindgren'), office)).toBe(true);
  });

  it('gives a Russian post between two names to the name after the body: «…, начальник Управления … Анна Петрова»', () => {
    const ex = extract('Участников приветствовали ректор Технического университета Иван Соколов, начальник Управления образования Анна Петрова.', 'ru');
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Соколов'), org(ex, 'Управлени'))).toBe(false);
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Петров'), org(ex, 'Управлени'))).toBe(true);
  });

  it('gives a post before a list of names to each name: "Coastal Teachers Association trainers Ama Owusu and Kofi Boateng"', () => {
    const ex = extract('The Volta Reading Forum took place in Kumasi on 3 May 2024. Sessions were led by Coastal Teachers Association trainers Ama Owusu and Kofi Boateng.');
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Owusu'), org(ex, 'Association'))).toBe(true);
    expect(has(ex, 'AFFILIATED_WITH', person(ex, 'Boateng'), org(ex, 'Association'))).toBe(true);
  });

  it('places a body by «(г. …)» after it', () => {
    const ex = extract('В семинаре участвовали преподаватели Технического университета (г. Рига, Латвия).', 'ru');
    expect(ex.relations.some((r) => r.type === 'BASED_IN' && r.from === org(ex, 'Техническ') && r.to.startsWith('city:'))).toBe(true);
  });

  it('holds an event in the city a sentence with no role cue names: "welcomed … to its campus in Quito"', () => {
    const ex = extract('The Andean Pedagogical University welcomed 200 teachers to its campus in Quito on 3 May 2024 for the Andes Inclusive School Conference.');
    expect(has(ex, 'HELD_IN', ofType(ex, 'Event')[0]?.id, city(ex, 'Quito'))).toBe(true);
  });

  it('holds a session where the one event it belongs to is held', () => {
    const ex = extract('The Andes Inclusive School Conference took place in Quito on 3 May 2024. Within the conference, the panel "Sign Language in Every Classroom" gathered 40 teachers.');
    const panel = ofType(ex, 'Event').find((e) => e.name.includes('Sign Language'))?.id;
    expect(panel).toBeDefined();
    expect(has(ex, 'HELD_IN', panel, city(ex, 'Quito'))).toBe(true);
  });
});

describe('events named by description or as a part', () => {
  const events = (ex: Extraction): string[] => ofType(ex, 'Event').map((e) => e.name);

  it('names an indefinite lower-case kind by what it is about: "a two-day workshop on lesson observation for rural mentors"', () => {
    const ex = extract('The Andes Teachers Forum took place in Quito on 3 May 2024. Mentors then attended a two-day workshop on lesson observation for rural mentors in Cuenca.');
    expect(events(ex)).toContain('two-day workshop on lesson observation for rural mentors');
  });

  it('keeps a kind with a one-word topic a reference: "a workshop for teachers"', () => {
    const ex = extract('The Andes Teachers Forum took place in Quito on 3 May 2024. It ended with a workshop for teachers.');
    expect(events(ex)).toEqual(['Andes Teachers Forum']);
  });

  it('names a closing part of a named event by that event: "a closing round table"', () => {
    const ex = extract('The "Volta Reading" roadshow visited four towns of Ghana in May 2024. It ended on 30 May with a closing round table in Accra.');
    expect(events(ex)).toContain('Volta Reading closing round table');
  });
});
