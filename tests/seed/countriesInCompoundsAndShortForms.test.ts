import { describe, expect, it } from 'vitest';
import { extractBody as extract, affiliated, namesOf as names } from './helpers.ts';

/* Countries a report names in compound adjectives, short official forms and at the end of a national body's name. */
describe('countries in compound adjectives', () => {
  it('reads "Indo-Russian" and "Anglo-French" as both countries', () => {
    expect(names(extract('The Indo-Russian partnership in teacher education was discussed.'), 'Country').sort()).toEqual(['India', 'Russia']);
    expect(names(extract('An Anglo-French school took part.'), 'Country').sort()).toEqual(['France', 'United Kingdom']);
  });

  it('names no country in "Indo-European" or "Anglo-Saxon", where no second country stands beside the combining form', () => {
    expect(names(extract('Indo-European languages and Anglo-Saxon traditions were discussed.'), 'Country')).toEqual([]);
  });
});

describe('short and informal names of countries', () => {
  it('knows Macau and «ФРГ»', () => {
    expect(names(extract('Scholars from Macau took part.'), 'Country')).toEqual(['Macao']);
    expect(names(extract('Участники из ФРГ выступили с докладами.', 'ru'), 'Country')).toEqual(['Germany']);
  });
});

describe('a country closing a national body\'s name', () => {
  it('keeps "Nordic Science Centre Finland" whole, and its director as its own', () => {
    const ex = extract('Dr. Liisa Mäki, director of Nordic Science Centre Finland, opened the event in Lahti.');
    expect(names(ex, 'Organization')).toEqual(['Nordic Science Centre Finland']);
    expect(names(ex, 'Country')).toEqual(['Finland']);
    expect(affiliated(ex, 'Liisa Mäki', 'Nordic Science Centre Finland')).toBe(true);
  });

  it('leaves a country after a comma out of the name: "Tampere University, Finland"', () => {
    const ex = extract('The seminar was held at Tampere University, Finland.');
    expect(names(ex, 'Organization')).toEqual(['Tampere University']);
  });
});
