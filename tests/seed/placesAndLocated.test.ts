import { describe, expect, it } from 'vitest';
import { extractReport, type Entity, type Extraction } from '../../seed/index.ts';
import { curatedData } from '../../seed/data/curated.ts';
import { foldCityName, looseCityKey, transliterationKey } from '../../seed/gazetteer/cities.ts';
import { gazetteersFor } from '../../seed/gazetteer/index.ts';
import { matchCityAt } from '../../seed/gazetteer/matchPlace.ts';
import { tokenize } from '../../seed/text/tokens.ts';
import { find, ofType } from './helpers.ts';

// Every name below is invented; the places are real towns of countries the dev set does not cover.

const en = (body: string): Extraction => extractReport(`source: test\nlanguage: en\n\n${body}`);
const ru = (body: string): Extraction => extractReport(`source: test\nlanguage: ru\n\n${body}`);

function located(ex: Extraction, type: 'BASED_IN' | 'HELD_IN', from: Entity | undefined, city: string): boolean {
  const to = find(ex, 'City', city);
  return !!from && !!to && ex.relations.some((r) => r.type === type && r.from === from.id && r.to === to.id);
}

const cityNames = (ex: Extraction): string[] => ofType(ex, 'City').map((c) => c.name).sort();
const gazetteers = gazetteersFor(curatedData());
const cityAt = (text: string, prefer?: string[]): string | null => matchCityAt(tokenize(text), 0, gazetteers, prefer && new Set(prefer))?.value.name ?? null;

describe('city names and their spellings', () => {
  it('folds diacritics, so a name written with or without them is one key', () => {
    expect(foldCityName('Concepción')).toBe('concepcion');
    expect(foldCityName('Vârţeni')).toBe(foldCityName('Vârțeni'));
  });

  it('gives transliteration variants one key: doubled letters, q/k/g, kh/h, y/i', () => {
    expect(transliterationKey('Savanakhet')).toBe(transliterationKey('Savannakhet'));
    expect(transliterationKey('Qumasi')).toBe(transliterationKey('Kumasi'));
    expect(looseCityKey('Yepocapa')).toBe(looseCityKey('Epocapa'));
  });

  it('reads a spelling the gazetteer lacks as the town of a country the report names', () => {
    expect(cityAt('Savanakhet', ['LA'])).toBe('Savannakhet');
  });

  it('resolves a name several towns share to the one in the country the report names', () => {
    expect(cityAt('Concepción', ['PY'])).toBe('Concepción');
    expect(matchCityAt(tokenize('Concepción'), 0, gazetteers, new Set(['PY']))?.value.countryCode).toBe('PY');
    expect(matchCityAt(tokenize('Concepción'), 0, gazetteers)?.value.countryCode).toBe('CL');
  });

  it('does not take a bracket or comma after a name into the city mention', () => {
    const m = matchCityAt(tokenize('Kisumu, Kenya'), 0, gazetteers);
    expect(m?.end).toBe(1);
  });

  it('does not read a body acronym built on a town name as the town', () => {
    expect(cityAt('КисГУ', ['KE'])).toBeNull();
  });
});

describe('cities in running text', () => {
  it('finds a Russian town in an oblique case and keeps its nominative as an alias', () => {
    const ex = ru('Семинар для учителей Кении прошёл в Кисуму. Участники приехали из Накуру и Элдорета.');
    expect(cityNames(ex)).toEqual(['Eldoret', 'Kisumu', 'Nakuru']);
    expect(find(ex, 'City', 'Элдорет')?.name).toBe('Eldoret');
  });

  it('reads a town from the adjective in a Russian university name', () => {
    const ex = ru('Преподаватели Арекипского государственного университета (Перу) провели семинар.');
    expect(cityNames(ex)).toEqual(['Arequipa']);
  });

  it('does not take a town from the person a body is named after, nor from its short form', () => {
    const ex = en('Teachers of Peru met at the Pedagogical Institute named after Manuel Trujillo. The Trujillo Institute presented its model.');
    expect(cityNames(ex)).toEqual([]);
  });

  it('does not read the end of a person name as a town', () => {
    const ex = en('In Ghana, the panel was chaired by Ama Kumasi, a teacher trainer, and Dr. Tamale Owusu.');
    expect(cityNames(ex)).toEqual([]);
  });

  it('does not read a valley or region named after a town as the town', () => {
    const ex = en('Schools of the Temuco Valley in Chile joined the network.');
    expect(cityNames(ex)).toEqual([]);
  });
});

describe('where organizations are based', () => {
  it("takes the city out of '<invented> State University in <city>' as where the university is based", () => {
    const ex = en('Delegates from Peru met at the Andes Highland State University in Arequipa to discuss rural schools.');
    const uni = ofType(ex, 'Organization').find((o) => /Andes Highland State University/.test(o.name));
    expect(located(ex, 'BASED_IN', uni, 'Arequipa')).toBe(true);
  });

  it('places a body in the city named after its bracketed acronym', () => {
    const ex = en('Trainers from the Lake Region Teachers Institute (LRTI) in Kisumu, Kenya, led the sessions.');
    const org = ofType(ex, 'Organization').find((o) => /Lake Region Teachers Institute/.test(o.name));
    expect(located(ex, 'BASED_IN', org, 'Kisumu')).toBe(true);
  });

  it('places a body in the city an apposition says it is based in', () => {
    const ex = en('The study was funded by the Savanna Learning Trust (SLT), based in Tamale, Ghana.');
    const org = ofType(ex, 'Organization').find((o) => /Savanna Learning Trust/.test(o.name));
    expect(located(ex, 'BASED_IN', org, 'Tamale')).toBe(true);
  });

  it('places a body where its own campus is', () => {
    const ex = en('The Ashanti Polytechnic College welcomed 200 teachers from Ghana to its main campus in Kumasi.');
    const org = ofType(ex, 'Organization').find((o) => /Ashanti Polytechnic College/.test(o.name));
    expect(located(ex, 'BASED_IN', org, 'Kumasi')).toBe(true);
  });

  it('places a body in the city given in brackets after its acronym, in Russian', () => {
    const ex = ru('Представитель Центра школьных инноваций (ЦШИ, Кисуму) рассказал о работе школ Кении.');
    const org = ofType(ex, 'Organization').find((o) => /Центр/.test(o.name));
    expect(located(ex, 'BASED_IN', org, 'Kisumu')).toBe(true);
  });
});

describe('where events are held', () => {
  it('holds an event in the city its own name gives', () => {
    const ex = en('Teachers of Ecuador gathered for the Regional Workshop on Reading in Cuenca on 3 May 2024.');
    const event = ofType(ex, 'Event')[0];
    expect(located(ex, 'HELD_IN', event, 'Cuenca')).toBe(true);
  });

  it("holds the report's event in the one city its headline places it in", () => {
    const ex = en('Teachers forum in Nakuru calls for more rural mentors\n\nThe National Forum of Rural Teachers of Kenya closed on 12 June 2024 with a call for more mentors.');
    const event = ofType(ex, 'Event')[0];
    expect(located(ex, 'HELD_IN', event, 'Nakuru')).toBe(true);
  });
});

describe('regional centres the gazetteer spells another way', () => {
  it('finds Central Asian and CIS towns by their Russian and usual English names: «в Ашхабаде», «в Термезе», "Uralsk", «в Гомеле»', () => {
    for (const [text, city] of [
      ['Семинар прошёл в Ашхабаде.', 'Ashgabat'],
      ['Семинар прошёл в Термезе.', 'Termez'],
      ['Семинар прошёл в Уральске.', 'Oral'],
      ['Семинар прошёл в Гомеле.', "Homyel'"],
      ['Семинар прошёл в Коканде.', 'Kokand'],
    ] as const) {
      expect(cityNames(ru(text))).toEqual([city]);
    }
    expect(cityNames(en('The workshop was held in Uralsk, Kazakhstan.'))).toEqual(['Oral']);
    expect(cityNames(en('The workshop was held in Dashoguz, Turkmenistan.'))).toEqual(['Dashoguz']);
  });
});
