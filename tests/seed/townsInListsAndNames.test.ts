import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../seed/index.ts';
import { extractBody as extract, find, namesOf as names } from './helpers.ts';

/**
 * Where an event was and where a body is, when the report names no country:
 * a large town closing a university's name, one listed before a town already
 * trusted, a venue in a participle clause, and a Russian town of two words in
 * an oblique case. Invented events and bodies in real towns.
 */
function heldIn(ex: Extraction, city: string): boolean {
  const c = find(ex, 'City', city)?.id;
  return ex.relations.some((r) => r.type === 'HELD_IN' && r.to === c);
}

describe('a large town a report names without its country', () => {
  it('reads "the University of Oulu" as a body in Oulu, and an event "held at" it as hosted there', () => {
    const ex = extract('The Kestrel Conference on Digital Pedagogy, held at the University of Oulu, gathered 300 teachers.');
    const uni = find(ex, 'Organization', 'University of Oulu')?.id;
    const oulu = find(ex, 'City', 'Oulu')?.id;
    expect(ex.relations.some((r) => r.type === 'BASED_IN' && r.from === uni && r.to === oulu)).toBe(true);
    expect(ex.relations.some((r) => r.type === 'HOSTED' && r.from === uni)).toBe(true);
    expect(heldIn(ex, 'Oulu')).toBe(true);
  });

  it('trusts a large town listed before one already found: "in two cities, Blagoveshchensk and Heihe"', () => {
    const ex = extract('The Kestrel summer school was held in two cities, Blagoveshchensk and Heihe.');
    expect(names(ex, 'City')).toEqual(expect.arrayContaining(['Blagoveshchensk', 'Heihe']));
    expect(heldIn(ex, 'Blagoveshchensk')).toBe(true);
    expect(heldIn(ex, 'Heihe')).toBe(true);
  });

  it('still takes no town from a list that no trusted town closes: "Reading, Bath and Mobile exhibitions"', () => {
    const ex = extract('The fair showed Reading, Bath and Mobile exhibitions for schools.');
    expect(names(ex, 'City')).toEqual([]);
  });
});

describe('a Russian town of two words in an oblique case', () => {
  it('reads «из Набережных Челнов» and «в Набережных Челнах» as Naberezhnye Chelny', () => {
    const ex = extract('В Набережных Челнах прошёл семинар «Родное слово». Учителя из Набережных Челнов и Казани поделились опытом.', 'ru');
    expect(names(ex, 'City')).toContain('Naberezhnye Chelny');
    expect(heldIn(ex, 'Naberezhnye Chelny')).toBe(true);
  });
});

describe('a Russian town a delegation visited', () => {
  it('reads «посетила Томск» as Tomsk, though the report names no country', () => {
    const ex = extract('Индийская делегация посетила Томск и встретилась со студентами.', 'ru');
    expect(names(ex, 'City')).toContain('Tomsk');
  });
});

describe('bodies told apart by their towns', () => {
  it('keeps "the Helsinki LUMO Centre", "the Oulu LUMO Centre" and "the Turku LUMO Centre" three bodies after a short form "LUMO Centre"', () => {
    const ex = extract('The forum is organised by the LUMO Centre network. Workshops were run by the Helsinki LUMO Centre, the Oulu LUMO Centre and the Turku LUMO Centre.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Helsinki LUMO Centre', 'Oulu LUMO Centre', 'Turku LUMO Centre']));
  });

  it('reads "the universities of Helsinki, Oulu and Eastern Finland" as three universities', () => {
    const ex = extract('Teachers from the universities of Helsinki, Oulu and Eastern Finland took part.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['University of Helsinki', 'University of Oulu', 'University of Eastern Finland']));
  });
});
