import { describe, expect, it } from 'vitest';
import { extractReport, parseReport, type Extraction } from '../../seed/index.ts';
import { has, ofType } from './helpers.ts';

/**
 * Events, who took part in them, and what is part of what, each on a short
 * invented report (headline, blank line, body).
 */
function extract(body: string, language: 'en' | 'ru' = 'en', headline = 'News from the region'): Extraction {
  return extractReport(parseReport(`---\nlanguage: ${language}\n---\n${headline}\n\n${body}\n`));
}

const eventNamed = (ex: Extraction, re: RegExp): string | undefined => ofType(ex, 'Event').find((e) => re.test(e.name))?.id;
const orgNamed = (ex: Extraction, re: RegExp): string | undefined => ofType(ex, 'Organization').find((e) => re.test(e.name))?.id;
const tookPart = (ex: Extraction, from: string | undefined, to: string | undefined): boolean =>
  ex.relations.some((r) => ['ORGANIZED', 'PARTNERED', 'HOSTED', 'PARTICIPATED_IN'].includes(r.type) && r.from === from && r.to === to);

describe('events of a series', () => {
  const ex = extract(
    'ACCRA, 30 May 2024 – The Ghana Reading Association has completed the "Books for Every Class" roadshow for primary teachers, a series of short workshops across the regions. ' +
      'The first stop was hosted by the University of Cape Coast on 5 May; the second took place in Kumasi on 12 May at the Kumasi Technical University; and the third took place in Tamale on 19 May.',
  );

  it('makes each stop of a series an event of its own, named by the series and its city', () => {
    const stops = ofType(ex, 'Event').filter((e) => e.type === 'Event' && e.kind === 'workshop');
    expect(stops.map((e) => e.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Books for Every Class workshop in Cape Coast$/), expect.stringMatching(/workshop in Kumasi$/), expect.stringMatching(/workshop in Tamale$/)]));
  });

  it('dates each stop by its own clause and puts it inside the series', () => {
    const kumasi = ofType(ex, 'Event').find((e) => /in Kumasi$/.test(e.name));
    expect(kumasi?.type === 'Event' ? kumasi.startDate : null).toBe('2024-05-12');
    expect(has(ex, 'PART_OF', kumasi?.id, eventNamed(ex, /^Books for Every Class$|roadshow/))).toBe(true);
  });

  it('gives each stop its own host: "the second took place … at the <University>"', () => {
    expect(has(ex, 'HOSTED', orgNamed(ex, /^Kumasi Technical University$/), eventNamed(ex, /in Kumasi$/))).toBe(true);
    expect(has(ex, 'HOSTED', orgNamed(ex, /^University of Cape Coast$/), eventNamed(ex, /in Cape Coast$/))).toBe(true);
  });
});

describe('editions of an event', () => {
  const ex = extract(
    'The Fourth Andean Teachers Forum "Schools for Tomorrow" closed in Quito on 12 June 2024. It was organized by the Ministry of Education of Ecuador. ' +
      'Participants agreed that the fifth forum will take place in Lima in 2027. The previous edition, held in La Paz in 2021, was funded by the Andean Development Bank.',
  );

  it('names another edition by the named one with its ordinal changed: "the fifth forum"', () => {
    expect(eventNamed(ex, /^Fifth Andean Teachers Forum$/)).toBeDefined();
  });

  it('reads "the previous edition" as the edition before, and gives it its own funder', () => {
    const previous = eventNamed(ex, /^Third Andean Teachers Forum$/);
    expect(previous).toBeDefined();
    expect(has(ex, 'PARTNERED', orgNamed(ex, /Andean Development Bank/), previous)).toBe(true);
    expect(tookPart(ex, orgNamed(ex, /Andean Development Bank/), eventNamed(ex, /^Fourth/))).toBe(false);
  });
});

describe('who took part', () => {
  it('does not take a body the participants spoke to for a participant: "Participants asked <body> to …"', () => {
    const ex = extract('The National Literacy Conference took place in Nairobi on 4 March 2024. Participants asked the Kenya Library Foundation to publish the materials.');
    expect(tookPart(ex, orgNamed(ex, /Kenya Library Foundation/), ofType(ex, 'Event')[0]?.id)).toBe(false);
  });

  it('does not give the event the funder of something else it mentions: "the pilot financed by <body>"', () => {
    const ex = extract('The Mekong Teachers Seminar was held in Vientiane on 2 April 2024. The seminar builds on the "Reading Villages" pilot financed by the Lao Education Trust.');
    expect(tookPart(ex, orgNamed(ex, /Lao Education Trust/), ofType(ex, 'Event')[0]?.id)).toBe(false);
  });

  it('reads a venue after "took place … at the <University>" as the host', () => {
    const ex = extract('The Pacific Mathematics Olympiad took place on 3–5 May 2024 at the National University of San Marcos in Lima.');
    expect(has(ex, 'HOSTED', orgNamed(ex, /San Marcos/), ofType(ex, 'Event')[0]?.id)).toBe(true);
  });

  it('makes the winners and the schools they came from participants: "gold medals went to <person> of <school>"', () => {
    const ex = extract('The Andes Coding Olympiad took place in Cusco on 8 May 2024. Gold medals went to Rosa Quispe of the Santa Ana School and Luis Mamani of the Inca Garcilaso School.');
    const event = ofType(ex, 'Event')[0]?.id;
    expect(has(ex, 'PARTICIPATED_IN', ofType(ex, 'Person').find((p) => /Quispe/.test(p.name))?.id, event)).toBe(true);
    expect(has(ex, 'PARTICIPATED_IN', orgNamed(ex, /Inca Garcilaso/), event)).toBe(true);
  });

  it('keeps the sentence that states a participation as its evidence, with a lower confidence when the sentence names no event', () => {
    const ex = extract('The Highland Teachers Forum took place in Cuenca on 6 May 2024 with 300 guests. Teachers from the Cuenca Normal School presented their reading clubs.');
    const r = ex.relations.find((x) => x.type === 'PARTICIPATED_IN' && x.from === orgNamed(ex, /Cuenca Normal School/));
    expect(r?.evidence).toMatch(/^Teachers from the Cuenca Normal School/);
    expect(r?.confidence).toBeLessThan(0.85);
  });
});

describe('part of', () => {
  it('puts "the university\'s Faculty of …" inside the university named before', () => {
    const ex = extract('The University of Ghana hosted the West African Assessment Conference on 9 May 2024. The conference was organized by the university\'s Faculty of Education jointly with the Ghana Education Service.');
    expect(has(ex, 'PART_OF', orgNamed(ex, /^Faculty of Education$/), orgNamed(ex, /^University of Ghana$/))).toBe(true);
  });

  it('puts a panel dated inside a conference into that conference', () => {
    const ex = extract('The Kenya Inclusive Education Conference took place in Nairobi on 12–14 March 2024. On 13 March, Amina Otieno moderated the panel "Assistive Devices in Every Classroom".');
    expect(has(ex, 'PART_OF', eventNamed(ex, /Assistive Devices/), eventNamed(ex, /Inclusive Education Conference/))).toBe(true);
  });
});
