import { describe, expect, it } from 'vitest';
import { russianNominative } from '../../seed/resolve/russianNominative.ts';
import {
  isProperNounRu,
  lemmaRu,
  nominativePersonName,
  nominativePhrase,
  parseRu,
  personNamePart,
} from '../../seed/text/russianMorphology.ts';
import { stem } from '../../seed/text/stem.ts';

describe('Russian morphology from the OpenCorpora dictionary', () => {
  it('reads a word with its lemma, part of speech, case, number and gender', () => {
    const [best] = parseRu('колледжа');
    expect(best).toMatchObject({ lemma: 'колледж', pos: 'NOUN', case: 'gent', number: 'sing', gender: 'masc', known: true });
  });

  it('knows names, surnames, patronymics and places in any case', () => {
    expect(parseRu('Тимура').some((p) => p.name)).toBe(true);
    expect(parseRu('Громовым').some((p) => p.surname && p.case === 'ablt')).toBe(true);
    expect(parseRu('Степановичу').some((p) => p.patronymic && p.case === 'datv')).toBe(true);
    expect(isProperNounRu('Твери')).toBe(true);
    expect(isProperNounRu('колледжа')).toBe(false);
    expect(lemmaRu('Твери')).toBe('тверь');
  });

  it('says which part of a person name a word in an oblique case is', () => {
    const words = 'по приглашению Тимура Громова'.split(' ');
    expect(words.map(personNamePart)).toEqual([null, null, 'given', 'surname']);
    expect(personNamePart('Степановича')).toBe('patronymic');
    // Not in the dictionary, but the ending is a Russian surname's.
    expect(personNamePart('Вертушинского')).toBe('surname');
  });
});

describe('organization names in the nominative', () => {
  it('changes the head noun and the adjectives that agree with it', () => {
    expect(nominativePhrase('Тверского технического колледжа')).toBe('Тверской технический колледж');
    // A superlative keeps its own stem: «Высшей» is «Высшая», not the lemma's «Высокая».
    expect(nominativePhrase('Высшей школы экономики')).toBe('Высшая школа экономики');
    expect(nominativePhrase('Высшего педагогического колледжа')).toBe('Высший педагогический колледж');
    // A compound adjective the dictionary does not know declines in its last part.
    expect(nominativePhrase('Кыргызско-Российского Славянского университета')).toBe('Кыргызско-Российский Славянский университет');
    expect(nominativePhrase('Молодёжному центру')).toBe('Молодёжный центр');
  });

  it('leaves the genitive complement after the head as written', () => {
    expect(nominativePhrase('Агентства по делам молодёжи Тверской области')).toBe('Агентство по делам молодёжи Тверской области');
    expect(nominativePhrase('Северного медицинского института имени Н. И. Ярцева')).toBe(
      'Северный медицинский институт имени Н. И. Ярцева',
    );
  });

  it('keeps quoted names as written and drops a leading preposition', () => {
    expect(nominativePhrase('Детского центра «Звёздочка»')).toBe('Детский центр «Звёздочка»');
    expect(nominativePhrase('в Городской библиотеке')).toBe('Городская библиотека');
  });

  it('leaves a name already in the nominative, an acronym and English alone', () => {
    expect(nominativePhrase('Тверской технический колледж')).toBe('Тверской технический колледж');
    expect(nominativePhrase('ТГТК')).toBe('ТГТК');
    expect(nominativePhrase('Tver Technical College')).toBe('Tver Technical College');
  });

  it('is what russianNominative does for the resolvers', () => {
    expect(russianNominative('Союзом ректоров Тверской области')).toBe('Союз ректоров Тверской области');
  });
});

describe('person names in the nominative', () => {
  it('puts given name, patronymic and surname back in the nominative together', () => {
    expect(nominativePersonName({ given: 'Тимура', patronymic: 'Степановича', surname: 'Громова' })).toEqual({
      given: 'Тимур',
      patronymic: 'Степанович',
      surname: 'Громов',
    });
  });

  it('keeps the soft sign of a patronymic from a name in -ий: «Анатольевны» → «Анатольевна», not «Анатолиевна»', () => {
    expect(nominativePersonName({ given: 'Светланы', patronymic: 'Анатольевны', surname: 'Громовой' })).toEqual({ given: 'Светлана', patronymic: 'Анатольевна', surname: 'Громова' });
    expect(nominativePersonName({ given: 'Глебу', patronymic: 'Юрьевичу', surname: 'Громову' })).toEqual({ given: 'Глеб', patronymic: 'Юрьевич', surname: 'Громов' });
  });

  it('keeps a woman a woman', () => {
    expect(nominativePersonName({ given: 'Зое', surname: 'Лыковой' })).toEqual({ given: 'Зоя', surname: 'Лыкова' });
  });

  it('leaves an indeclinable surname as it is', () => {
    expect(nominativePersonName({ given: 'Зои', surname: 'Пак' })).toEqual({ given: 'Зоя', surname: 'Пак' });
  });

  it('declines a surname the dictionary lacks by the standard surname paradigms', () => {
    expect(nominativePersonName({ given: 'Глебом', surname: 'Вертушинским' })).toEqual({ given: 'Глеб', surname: 'Вертушинский' });
  });

  it('keeps initials and a name already in the nominative', () => {
    expect(nominativePersonName({ given: 'Т.', surname: 'Громов' })).toEqual({ given: 'Т.', surname: 'Громов' });
    expect(nominativePersonName({ given: 'Зоя', surname: 'Лыкова' })).toEqual({ given: 'Зоя', surname: 'Лыкова' });
  });
});

describe('stems', () => {
  it('give every form of a Russian word one stem, proper nouns included', () => {
    const forms = ['Тверь', 'Твери', 'Тверью'];
    expect(new Set(forms.map(stem)).size).toBe(1);
    expect(new Set(['Казахстан', 'Казахстана', 'Казахстане'].map(stem)).size).toBe(1);
    expect(stem('Тверского')).toBe(stem('Тверской'));
  });

  it('use Snowball for English and for Russian words the dictionary lacks', () => {
    expect(stem('teachers')).toBe(stem('teacher'));
    expect(stem('colleges')).toBe('colleg');
    expect(stem('Вертушинского')).toBe(stem('Вертушинскому'));
  });

  it('leave acronyms whole', () => {
    expect(stem('ТГТК')).toBe('тгтк');
  });
});
