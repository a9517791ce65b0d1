import { describe, expect, it } from 'vitest';
import { extractBody as extract, affiliated, find, has, namesOf as names, partOf } from './helpers.ts';

/*
 * Bodies that reports name in shorthand: a department named again only
 * through its head's post, towns sharing one plural head, a region's
 * assembly, the two-letter acronyms of the best-known unions. Invented
 * people and bodies throughout.
 */
describe("a unit named again through its head's post", () => {
  it('links «заведующая кафедрой ⟦unit⟧, доцент ⟦P⟧» to the department the report named with its university', () => {
    const ex = extract('Семинар организован кафедрой общей педагогики ЛГУ совместно с Институтом развития образования. Модератором выступила заведующая кафедрой общей педагогики, доцент Ирина Викторовна Соколова.', 'ru');
    expect(affiliated(ex, 'Ирина Викторовна Соколова', 'кафедра общей педагогики ЛГУ')).toBe(true);
  });

  it('links a post written after the name («⟦P⟧, декан факультета ⟦unit⟧,»)', () => {
    const ex = extract('Конференцию провёл факультет начального образования ЛГУ. Участников приветствовал Павел Морозов, декан факультета начального образования, и пожелал им успеха.', 'ru');
    expect(affiliated(ex, 'Павел Морозов', 'факультет начального образования ЛГУ')).toBe(true);
  });

  it('links nothing when two of the report\'s units begin with the post\'s words', () => {
    const ex = extract('Семинар провели кафедра педагогики ЛГУ и кафедра педагогики СГУ. Модератором выступила заведующая кафедрой педагогики, доцент Ирина Соколова.', 'ru');
    expect(affiliated(ex, 'Ирина Соколова', 'кафедра педагогики ЛГУ')).toBe(false);
    expect(affiliated(ex, 'Ирина Соколова', 'кафедра педагогики СГУ')).toBe(false);
  });
});

describe('a body under another, its letters between them', () => {
  it('reads "⟦Centre⟧ (ACR) under the ⟦Ministry⟧" as part of the ministry, as it does without the letters', () => {
    const ex = extract('The jury was chaired by Lia Marand, senior specialist at the National Centre for School Leadership (NCSL) under the Ministry of Education of Armenia.');
    expect(partOf(ex, 'National Centre for School Leadership', 'Ministry of Education of Armenia')).toBe(true);
  });

  it('reads «⟦Центр⟧ (АКР) при ⟦Министерстве⟧» the same way, and the post before the centre still names its holder\'s employer', () => {
    const ex = extract('Методист Центра непрерывного повышения профессионального мастерства (ЦНППМ) при Министерстве образования Республики Тарсония Анна Ким провела семинар.', 'ru');
    expect(partOf(ex, 'Центр непрерывного повышения профессионального мастерства', 'Министерство образования Республики Тарсония')).toBe(true);
    expect(affiliated(ex, 'Анна Ким', 'Центр непрерывного повышения профессионального мастерства')).toBe(true);
  });
});

describe('towns that share one plural head', () => {
  it('makes one provincial directorate per town, and one for a province named after a town', () => {
    const ex = extract('Experts from the Ankara and Tarsonia Provincial Directorates of National Education attended the workshop.');
    expect(names(ex, 'Organization')).toEqual(['Ankara Provincial Directorate of National Education', 'Tarsonia Provincial Directorate of National Education']);
  });

  it('makes one body per town of a longer list, and no body of the shared words alone', () => {
    const ex = extract('Representatives of the Almaty, Shymkent and Astana City Education Departments took part.');
    expect(names(ex, 'Organization')).toEqual(['Almaty City Education Department', 'Shymkent City Education Department', 'Astana City Education Department']);
  });
});

describe('one plural body of several places', () => {
  it('makes "the ministries of education of Kazakhstan and Kyrgyzstan" one ministry of each country', () => {
    const ex = extract('Representatives of the ministries of education of Kazakhstan and Kyrgyzstan attended the seminar.');
    expect(names(ex, 'Organization')).toEqual(['Ministry of Education of Kazakhstan', 'Ministry of Education of Kyrgyzstan']);
    expect(names(ex, 'Country')).toEqual(['Kazakhstan', 'Kyrgyzstan']);
  });

  it('keeps a remit with its own "and" whole, before a list of three places', () => {
    const ex = extract('The Ministries of Education and Science of Armenia, Moldova and Georgia co-organized the seminar.');
    expect(names(ex, 'Organization')).toEqual(['Ministry of Education and Science of Armenia', 'Ministry of Education and Science of Moldova', 'Ministry of Education and Science of Georgia']);
  });

  it('makes a place\'s government of each place without a remit ("the Municipalities of Ankara and Izmir")', () => {
    const ex = extract('Experts from the Municipalities of Ankara and Izmir joined the workshop.');
    expect(names(ex, 'Organization')).toEqual(['Municipality of Ankara', 'Municipality of Izmir']);
  });

  it('names no body by a plural with no remit of its own ("the educational institutions of Belarus and Russia")', () => {
    const ex = extract('Teachers from the educational institutions of Belarus and Russia took part in the round table.');
    expect(names(ex, 'Organization')).toEqual([]);
    expect(names(ex, 'Country')).toEqual(['Belarus', 'Russia']);
  });
});

describe('one plural body of several places, in Russian', () => {
  it('makes «управлений образования Казани и Набережных Челнов» one department of each town', () => {
    const ex = extract('В семинаре участвовали специалисты управлений образования Казани и Набережных Челнов.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Управление образования Казани', 'Управление образования Набережных Челнов']);
  });

  it('names no body after a plural head and a preposition («профсоюзов из Армении и Молдовы»)', () => {
    const ex = extract('В работе семинара приняли участие делегации отраслевых профсоюзов из Армении и Молдовы.', 'ru');
    expect(names(ex, 'Organization')).toEqual([]);
  });
});

describe("a region's own body", () => {
  it('keeps the region after a capitalised name\'s head («Государственный совет Чувашии»)', () => {
    const ex = extract('Резолюция будет направлена в Государственный совет Чувашии и Ассоциацию учителей Бурятии.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Государственный совет Чувашии', 'Ассоциация учителей Бурятии']);
  });

  it('reads a publishing house and a civic chamber as bodies', () => {
    const ex = extract('В форуме приняли участие представители Общественной палаты Республики Тарсония и Северного книжного издательства.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Общественная палата Республики Тарсония', 'Северное книжное издательство']);
  });
});

describe('letters before a town', () => {
  it('reads an institute\'s letters no table knows before a town as its name ("IIM Ahmedabad"), not an office', () => {
    const ex = extract('Faculty from IIM Ahmedabad and Amity University took part in the seminar.');
    expect(names(ex, 'Organization')).toEqual(['IIM Ahmedabad', 'Amity University']);
  });

  it('still reads a well-known international body\'s letters before a place as its office there', () => {
    const ex = extract('UNESCO Almaty and UNDP Moldova co-organised the seminar.');
    expect(names(ex, 'Organization')).toEqual(['UNESCO Office in Almaty', 'UNDP Office in Moldova']);
  });
});

describe("two bodies' letters joined by a hyphen", () => {
  it('reads «Университет МГУ-ППИ» as a joint university, not as the one «МГУ» stands for', () => {
    const ex = extract('Форум организовали Университет МГУ-ППИ в Шэньчжэне и Ассоциация технических университетов России и Китая (АТУРК).', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Университет МГУ-ППИ', 'Ассоциация технических университетов России и Китая']);
  });

  it('keeps the letters in the name after an adjective and its head, and links the rector', () => {
    const ex = extract('С приветствием выступил ректор Шэньчжэньского университета МГУ-ППИ Павел Орлов.', 'ru');
    expect(affiliated(ex, 'Павел Орлов', 'Шэньчжэньский университет МГУ-ППИ')).toBe(true);
  });
});

describe('bodies and posts read more widely', () => {
  it('ends "… of Applied Sciences" before "and ⟦Name⟧, the …": a word set off by an apposition is another body', () => {
    const ex = extract('The forum was organised by Nordvik University of Applied Sciences and Kestra, the Nordic Science Centre.');
    expect(names(ex, 'Organization')).toContain('Nordvik University of Applied Sciences');
    expect(names(ex, 'Organization').some((n) => n.includes('Kestra') && n.includes('University'))).toBe(false);
  });


  it('reads "⟦Name⟧ Initiative" as a body and its member\'s employer', () => {
    const ex = extract('Lena Varga from the Civic Learning Initiative (CLI) presented the findings.');
    expect(names(ex, 'Organization')).toEqual(['Civic Learning Initiative']);
    expect(affiliated(ex, 'Lena Varga', 'Civic Learning Initiative')).toBe(true);
  });

  it('finds "the EU" and "the UN" by their two letters, and an "EU Ambassador" as its person', () => {
    const ex = extract('The workshop was funded by the EU. EU Ambassador Tomas Berglund spoke at the opening.');
    expect(names(ex, 'Organization')).toEqual(['European Union']);
    expect(affiliated(ex, 'Tomas Berglund', 'European Union')).toBe(true);
  });

  it('gives a minister\'s post to the person it follows, not to the next person in the list', () => {
    const ex = extract('Opening remarks were delivered by Rafe Olin, Deputy Minister of National Education, and Anna Keller, UNICEF Representative in Türkiye.');
    expect(affiliated(ex, 'Rafe Olin', 'Ministry of National Education')).toBe(true);
    expect(affiliated(ex, 'Anna Keller', 'Ministry of National Education')).toBe(false);
  });
});

describe("a competition's winners and the schools they come from", () => {
  const tookPart = (ex: ReturnType<typeof extract>, type: 'Person' | 'Organization', name: string, event: string): boolean =>
    has(ex, 'PARTICIPATED_IN', find(ex, type, name)?.id, find(ex, 'Event', event)?.id);

  it('makes every winner of a list after "Gold medals went to" take part, with the school named after each', () => {
    const ex = extract('The Open Olympiad in Chemistry took place in Almaty on 3–5 April 2024.\n\nGold medals went to Aru Senova from Shymkent, Dias Orlov of Lyceum No. 8 and Mira Tan of the "Zerde" School of Astana.');
    const event = ex.entities.find((e) => e.type === 'Event')?.name ?? '';
    for (const person of ['Aru Senova', 'Dias Orlov', 'Mira Tan']) expect(tookPart(ex, 'Person', person, event)).toBe(true);
    expect(tookPart(ex, 'Organization', 'Lyceum No. 8', event)).toBe(true);
    expect(tookPart(ex, 'Organization', '"Zerde" School of Astana', event)).toBe(true);
  });

  it('makes a winner\'s school written before the name take part («ученица ⟦школы⟧ ⟦P⟧»)', () => {
    const ex = extract('С 3 по 5 апреля 2024 года в Алматы прошла Открытая олимпиада по химии для школьников.\n\nПобедителем олимпиады стала ученица гимназии «Зерде» Алина Соколова.', 'ru');
    const event = ex.entities.find((e) => e.type === 'Event')?.name ?? '';
    expect(tookPart(ex, 'Person', 'Алина Соколова', event)).toBe(true);
    expect(tookPart(ex, 'Organization', 'гимназия «Зерде»', event)).toBe(true);
  });
});

describe('a country named by its adjective on the people an event brought', () => {
  const countryTookPart = (ex: ReturnType<typeof extract>, country: string): boolean =>
    has(ex, 'PARTICIPATED_IN', find(ex, 'Country', country)?.id, ex.entities.find((e) => e.type === 'Event')?.id);

  it('makes "a delegation of 12 Latvian school leaders" a part Latvia took', () => {
    const ex = extract('The study visit "Schools That Learn" took place in Vilnius on 3–5 June 2024. A delegation of 12 Latvian school leaders took part in the study visit.');
    expect(countryTookPart(ex, 'Latvia')).toBe(true);
  });

  it('makes «казахстанская делегация» a part Kazakhstan took', () => {
    const ex = extract('3–4 октября 2024 года в Минске прошёл семинар «Цифровая школа». В семинаре приняла участие казахстанская делегация во главе с профессором Ерланом Сериковым.', 'ru');
    expect(countryTookPart(ex, 'Kazakhstan')).toBe(true);
  });

  it('takes no part for a country whose adjective is a body\'s («шведского профсоюза учителей»)', () => {
    const ex = extract('3–4 октября 2024 года в Минске прошёл семинар «Цифровая школа». Семинар прошёл при поддержке шведского профсоюза учителей.', 'ru');
    expect(find(ex, 'Country', 'Sweden')).toBeDefined();
    expect(countryTookPart(ex, 'Sweden')).toBe(false);
  });
});

describe('a venue named with its letters', () => {
  it('reads «в ⟦университете⟧ (⟦ТГПУ⟧) прошёл семинар» as the university hosting it, in the university\'s town', () => {
    const ex = extract('17–18 сентября 2025 года в Томском государственном педагогическом университете (ТГПУ) прошёл региональный семинар «Оценивание в школе».', 'ru');
    const event = ex.entities.find((e) => e.type === 'Event')?.id;
    expect(has(ex, 'HOSTED', find(ex, 'Organization', 'Томский государственный педагогический университет')?.id, event)).toBe(true);
    expect(has(ex, 'HELD_IN', event, find(ex, 'City', 'Tomsk')?.id)).toBe(true);
  });
});

describe('Russian adjectives that share one plural head', () => {
  it('makes «Тарского и Омского государственных университетов» two universities in the nominative', () => {
    const ex = extract('В форуме участвовали преподаватели Тарского и Омского государственных университетов.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Тарский государственный университет', 'Омский государственный университет']);
  });

  it('agrees the shared words with a feminine head, and reads a list of three', () => {
    const ex = extract('Участвовали сотрудники Тарской и Уральской педагогических академий, а также Тверского, Омского и Курганского государственных университетов.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Тарская педагогическая академия', 'Уральская педагогическая академия', 'Тверской государственный университет', 'Омский государственный университет', 'Курганский государственный университет']);
  });

  it('names no body by an adjective and a generic head alone («Российский и Казахстанский фонды»)', () => {
    const ex = extract('Об этом сообщили Российский и Казахстанский фонды.', 'ru');
    expect(names(ex, 'Organization')).toEqual([]);
  });
});

describe("Indian cities under their official names and their older ones", () => {
  it('finds Mysuru, Bhubaneswar, Gurugram and Prayagraj, and reads Poona, Trivandrum and Cochin as Pune, Thiruvananthapuram and Kochi', () => {
    const ex = extract('Teachers came from Mysuru, Bhubaneswar, Gurugram and Prayagraj, and lecturers from Poona, Trivandrum and Cochin.');
    expect(names(ex, 'City')).toEqual(['Mysuru', 'Bhubaneswar', 'Gurugram', 'Prayagraj', 'Pune', 'Thiruvananthapuram', 'Kochi']);
  });
});
