import { describe, expect, it } from 'vitest';
import { extractBody as extract, affiliated, namesOf as names, partOf } from './helpers.ts';

/*
 * Panel lists that give each person's body in apposition, labs and
 * polytechnics as bodies, and observances that are no one's name. Invented
 * people and bodies in real towns.
 */
describe('a panel list of names, each with a body in apposition', () => {
  it('finds names no table knows when each is followed by its body and the list separator', () => {
    const ex = extract('Panelists included Kofi Asante, Volta Education Trust; and Zhou Ming, Harbin Normal University.');
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['Kofi Asante', 'Zhou Ming']));
    expect(affiliated(ex, 'Kofi Asante', 'Volta Education Trust')).toBe(true);
    expect(affiliated(ex, 'Zhou Ming', 'Harbin Normal University')).toBe(true);
  });

  it('reads the same list with commas and a closing "and"', () => {
    const ex = extract('Panelists included Kofi Asante, Volta Education Trust, and Zhou Ming, Harbin Normal University.');
    expect(affiliated(ex, 'Kofi Asante', 'Volta Education Trust')).toBe(true);
    expect(affiliated(ex, 'Zhou Ming', 'Harbin Normal University')).toBe(true);
  });

  it('does not take a body named before another in a list of bodies for a person', () => {
    const ex = extract('Partners included the Volta Education Trust, Harbin Normal University and UNICEF.');
    expect(names(ex, 'Person')).toEqual([]);
  });
});

describe('labs and polytechnics', () => {
  it('reads "the Digital Learning Lab at the University of Helsinki" as a lab, part of the university, and its head as its own', () => {
    const ex = extract('Participants heard from Dr. Maren Holt, who leads the Digital Learning Lab at the University of Helsinki.');
    expect(names(ex, 'Organization')).toEqual(expect.arrayContaining(['Digital Learning Lab', 'University of Helsinki']));
    expect(partOf(ex, 'Digital Learning Lab', 'University of Helsinki')).toBe(true);
    expect(affiliated(ex, 'Maren Holt', 'Digital Learning Lab')).toBe(true);
  });

  it('reads "the Tampere Polytechnic" as a body', () => {
    const ex = extract('The Tampere Polytechnic hosted the workshop on teacher training.');
    expect(names(ex, 'Organization')).toContain('Tampere Polytechnic');
  });
});

describe('observances in Title Case headlines', () => {
  it('reads no person in "… Marks International Mother Language Day"', () => {
    const ex = extract('Global Online Symposium Marks International Mother Language Day. The symposium gathered 600 teachers in Accra.');
    expect(names(ex, 'Person')).toEqual([]);
  });
});

describe('bodies that shared their experience at the event', () => {
  it('reads "… shared their experience" as taking part in the report\'s event', () => {
    const ex = extract('The Accra Symposium on Mother Tongues was held online. The Ministry of Education of Ghana and the Volta Education Trust shared their experience.');
    const event = ex.entities.find((e) => e.type === 'Event')?.id;
    for (const body of ['Ministry of Education of Ghana', 'Volta Education Trust']) {
      const id = ex.entities.find((e) => e.type === 'Organization' && e.name === body)?.id;
      expect(ex.relations.some((r) => r.type === 'PARTICIPATED_IN' && r.from === id && r.to === event)).toBe(true);
    }
  });
});
