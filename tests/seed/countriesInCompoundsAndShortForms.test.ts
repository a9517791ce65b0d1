import { describe, expect, it } from 'vitest';
import { extractBody as extract, namesOf as names } from './helpers.ts';

/* Countries a report names in compound adjectives and short official forms. */
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
