import { describe, expect, it } from 'vitest';
import { extractBody as extract, affiliated, namesOf as names } from './helpers.ts';

/*
 * Russian schools written with their kind's acronym and legal form, and
 * universities named only by an acronym the report never spells out.
 * Invented people; the acronyms are made up in the usual shape.
 */
describe('Russian schools by acronym', () => {
  it('reads «МБОУ СОШ № 5 г. Бердска» as a school and its director as its own', () => {
    const ex = extract('Своим опытом поделилась Ирина Лаптева – директор МБОУ СОШ № 5 г. Бердска.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['МБОУ СОШ № 5 г. Бердска']);
    expect(affiliated(ex, 'Ирина Лаптева', 'МБОУ СОШ № 5 г. Бердска')).toBe(true);
  });

  it('knows the legal forms of municipal schools and kindergartens («МАОУ», «МБДОУ»)', () => {
    expect(names(extract('Опытом поделились педагоги МАОУ «Лицей № 9».', 'ru'), 'Organization')).toEqual(['МАОУ «Лицей № 9»']);
    const ex = extract('Руководитель МБДОУ «Детский сад № 7» Анна Белова рассказала об опыте.', 'ru');
    expect(affiliated(ex, 'Анна Белова', 'МБДОУ «Детский сад № 7»')).toBe(true);
  });
});

describe('a university named only by its acronym', () => {
  it('reads «ЗГПУ» after a post and in brackets as a body, its staff its own', () => {
    const ex = extract('Модератором секции стала доцент кафедры специальной педагогики ЗГПУ Ольга Рябова. С докладом выступил Пётр Седов (ЗГПУ).', 'ru');
    expect(names(ex, 'Organization')).toEqual(['ЗГПУ']);
    expect(affiliated(ex, 'Ольга Рябова', 'ЗГПУ')).toBe(true);
    expect(affiliated(ex, 'Пётр Седов', 'ЗГПУ')).toBe(true);
  });

  it('reads past an abbreviated degree («к.п.н.») between the name and the post', () => {
    const ex = extract('Ирина Лаптева, к.п.н., доцент кафедры специальной педагогики ЗГПУ, рассказала о подготовке тьюторов.', 'ru');
    expect(affiliated(ex, 'Ирина Лаптева', 'ЗГПУ')).toBe(true);
  });

  it('takes no acronym of an exam, a standard or a word for "university" for a body', () => {
    expect(names(extract('Выпускники сдают ЕГЭ, а в ВУЗе учатся по ФГОС.', 'ru'), 'Organization')).toEqual([]);
  });
});
