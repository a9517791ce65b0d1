import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { find, ofType } from './helpers.ts';

/**
 * General patterns of organization and person names, each on a short report
 * written for the test with invented bodies and people (Chile, Ghana, Laos,
 * Ecuador, Peru, Kenya).
 */
function extract(body: string, language: 'en' | 'ru' = 'en'): Extraction {
  return extractReport(parseReport(`---\nlanguage: ${language}\n---\nNews from the region\n\n${body}\n`));
}

const orgs = (ex: Extraction): string[] => ofType(ex, 'Organization').map((e) => e.name);
const people = (ex: Extraction): string[] => ofType(ex, 'Person').map((e) => e.name);

describe('organization names', () => {
  it('keeps a quoted proper name that closes a descriptive name: \'Association of Families of Children with Hearing Loss "Nueva Luz"\'', () => {
    const ex = extract('Representatives of the Association of Families of Children with Hearing Loss "Nueva Luz" presented a course for assistant teachers.');
    expect(orgs(ex)).toContain('Association of Families of Children with Hearing Loss "Nueva Luz"');
  });

  it('does not run one name into the next body of a list at "and Gymnasium No."', () => {
    const ex = extract('Ten schools, among them the "Rio Claro" Theoretical Lyceum of Temuco and Gymnasium No. 7 named after Gabriela Mistral of Osorno, took part.');
    expect(orgs(ex)).toEqual(expect.arrayContaining(['"Rio Claro" Theoretical Lyceum of Temuco', 'Gymnasium No. 7 named after Gabriela Mistral of Osorno']));
  });

  it('reads a compound head such as "School-Lyceum No. 12"', () => {
    const ex = extract('Teachers from School-Lyceum No. 12 in Kumasi described their resource room.');
    expect(orgs(ex)).toContain('School-Lyceum No. 12');
  });

  it('ends a name before "and the" that opens a second body', () => {
    const ex = extract('The forum was run by the Ministry of Education and the University of Ghana.');
    expect(orgs(ex)).toEqual(expect.arrayContaining(['Ministry of Education', 'University of Ghana']));
  });

  it('names a unit together with the academy it belongs to, and knows it by its short name too', () => {
    const ex = extract('The Institute of Vocational Training of the National Academy of Sciences of Kenya joined the visit.');
    const unit = find(ex, 'Organization', 'Institute of Vocational Training of the National Academy of Sciences of Kenya');
    expect(unit?.aliases).toContain('Institute of Vocational Training');
    expect(orgs(ex)).toContain('National Academy of Sciences of Kenya');
  });

  it('gives the bracketed acronym after a branch to the university it spells, not to the branch', () => {
    const ex = extract('The third workshop was hosted by the Eastern Branch of Coastal State University (CSU). Later, CSU signed a memorandum.');
    expect(find(ex, 'Organization', 'CSU')?.name).toBe('Coastal State University');
    expect(orgs(ex)).toContain('Eastern Branch of Coastal State University');
  });

  it('reads a bracketed translation as another name of the body before it', () => {
    const ex = extract('Speakers from the Lima NGO "Vida Nueva" (Open School) showed communication boards.');
    expect(ofType(ex, 'Organization')).toHaveLength(1);
    expect(find(ex, 'Organization', 'Open School')).toBeDefined();
  });

  it('reads "the Office for Apprenticeship Training" as the short form of a longer name cut at "and"', () => {
    const ex = extract('The visit was run with the Office for Apprenticeship Training and the National Skills Framework (OATNSF). In Santiago, Ana Rojas, Director of the Office for Apprenticeship Training, spoke.');
    expect(ofType(ex, 'Organization')).toHaveLength(1);
  });

  it('reads a lower-case head after proper words as the body the report named in full', () => {
    const ex = extract('Partners include the Rio Claro State Pedagogical University of Temuco. The following session will be hosted by the Rio Claro university in July.');
    expect(find(ex, 'Organization', 'Rio Claro university')?.name).toBe('Rio Claro State Pedagogical University of Temuco');
  });

  it('stops a name at "in <town>" unless the body is an office', () => {
    const ex = extract('The consortium includes the University of Cuenca in Loja.');
    expect(orgs(ex)).toContain('University of Cuenca');
  });

  it('finds bodies named inside reported speech', () => {
    const ex = extract('"Last year we tested the method with the Ministry of Education, Youth and Heritage in six schools," said Kofi Mensah.');
    expect(orgs(ex)).toContain('Ministry of Education, Youth and Heritage');
  });

  it('takes neither a summer school nor a quoted title for a body', () => {
    const ex = extract('Code for Village Schools: what we built. The first GreenLeaf Summer School on Soil Education took place at the University of Ghana. The hackathon "Code for Village Schools" was fun.');
    expect(orgs(ex)).toEqual(['University of Ghana']);
  });

  it('reads the organization behind "(ACRONYM)" when the acronym spells a longer stretch with prepositions', () => {
    const ex = extract('She works at the Centre for Evaluation in Assessment and Teaching (CEAT, Lima). CEAT trains assessors.');
    expect(find(ex, 'Organization', 'CEAT')?.name).toBe('Centre for Evaluation in Assessment and Teaching');
  });
});

describe('Russian organization names', () => {
  it('reads a department named in the instrumental with its parent acronym («кафедрой … АГУ»)', () => {
    const ex = extract('Семинар организован кафедрой географии и экологии АГУ совместно с фондом «Вида».', 'ru');
    expect(orgs(ex).some((n) => n.startsWith('кафедра географии и экологии'))).toBe(true);
  });

  it('keeps a long genitive chain after a capitalised name', () => {
    const ex = extract('Площадкой стал Республиканский институт переподготовки кадров и развития народного образования.', 'ru');
    expect(orgs(ex)).toContain('Республиканский институт переподготовки кадров и развития народного образования');
  });

  it('does not take a plural head at the start of a headline for a body («Профсоюзы педагогов …»)', () => {
    const ex = extract('Профсоюзы педагогов шести стран обсудили нагрузку в Лиме.', 'ru');
    expect(orgs(ex)).toEqual([]);
  });

  it('keeps «профсоюзов» inside a federation’s name', () => {
    const ex = extract('Чили представляла Федерация профсоюзов работников просвещения (ФПРПЧ).', 'ru');
    expect(orgs(ex)).toContain('Федерация профсоюзов работников просвещения');
  });

  it('reads a name in Latin letters after a Russian head as the body’s name', () => {
    const ex = extract('Спонсорами выступили благотворительный фонд Tierra Viva и перуанский профсоюз учителей Maestros Unidos.', 'ru');
    expect(orgs(ex)).toEqual(expect.arrayContaining(['Tierra Viva', 'Maestros Unidos']));
    expect(people(ex)).toEqual([]);
  });

  it('keeps an indeclinable foreign name after a capitalised head («Университета Пачакутек»)', () => {
    const ex = extract('Коллеги из Университета Пачакутек (Куско) выступили с докладами.', 'ru');
    expect(orgs(ex)).toContain('Университет Пачакутек');
  });

  it('reads the body behind «(АКРОНИМ, город)» when the acronym spells words with prepositions', () => {
    const ex = extract('Выступил сотрудник Центра исследований в обучении и средств контроля (ЦИОСК, Лима) Хорхе Киспе.', 'ru');
    expect(orgs(ex)).toContain('Центр исследований в обучении и средств контроля');
  });
});

describe('people', () => {
  it('finds a person whose post stands several words back, past the body it is held in', () => {
    const ex = extract('Участников приветствовали проректор АУЛ по учебной работе Сомпхон Вонгсак и директор школы Ана Киспе.', 'ru');
    expect(people(ex)).toContain('Сомпхон Вонгсак');
  });

  it('finds people named with where they come from ("of <school>", "from <town>")', () => {
    const ex = extract('Gold went to Kwame Asante from Kumasi and Ama Owusu of the Accra Girls School.');
    expect(people(ex)).toEqual(expect.arrayContaining(['Kwame Asante', 'Ama Owusu']));
  });

  it('takes no name from a group and a verb before capitalised words ("Participants visited Lake …")', () => {
    const ex = extract('Participants visited Machu Picchu and Lake Titicaca after the session.');
    expect(people(ex)).toEqual([]);
  });

  it('takes no name from capitalised words after an article ("the Escuela Nueva model")', () => {
    const ex = extract('The Escuela Nueva model was presented by the ministry of Ecuador.');
    expect(people(ex)).toEqual([]);
  });

  it('finds a person after a post and an acronym («вице-президента АУП …»)', () => {
    const ex = extract('Под руководством вице-президента АУП Хорхе Рамиреса прошёл круглый стол.', 'ru');
    expect(people(ex).length).toBe(1);
  });
});
