import { describe, expect, it } from 'vitest';
import { personMatch } from '../../seed/resolve/personKey.ts';
import { extractBody as extract, affiliated, find, namesOf as names } from './helpers.ts';

/*
 * An international body's head posted to a country, the people a delegation
 * brings, surnames that look like particles, posts of British and Indian
 * universities, and place names the gazetteer packages miss. Invented people
 * and national bodies; the international ones are well-known bodies.
 */
describe("an international body's head posted to a country", () => {
  it('reads "UNICEF Representative in Kazakhstan Maren Holvik" as the body\'s office there, and gives it the person', () => {
    const ex = extract('UNICEF Representative in Kazakhstan Maren Holvik opened the meeting.');
    expect(names(ex, 'Organization')).toEqual(['UNICEF Office in Kazakhstan']);
    expect(affiliated(ex, 'Maren Holvik', 'UNICEF Office in Kazakhstan')).toBe(true);
  });

  it('does the same with the post after the name and a prefix before it ("Deputy Representative … Ms.")', () => {
    const after = extract('The meeting was opened by Maren Holvik, UNICEF Representative in the Kyrgyz Republic.');
    expect(affiliated(after, 'Maren Holvik', 'UNICEF Office in the Kyrgyz Republic')).toBe(true);
    const deputy = extract('UNDP Deputy Resident Representative in Tajikistan Ms. Ilse Varnhorst welcomed the guests.');
    expect(affiliated(deputy, 'Ilse Varnhorst', 'UNDP Office in Tajikistan')).toBe(true);
  });

  it('leaves a body\'s head with no country ("UNICEF Representative Maren Holvik") with the body itself', () => {
    const ex = extract('UNICEF Representative Maren Holvik opened the meeting.');
    expect(affiliated(ex, 'Maren Holvik', 'UNICEF')).toBe(true);
  });
});

describe('people a delegation brings', () => {
  it('gives "the Veldmark University delegation included A and B" both people', () => {
    const ex = extract('The Veldmark University delegation included Vice-Chancellor Rao Pellam and Professor Meera Ostvan.');
    expect(affiliated(ex, 'Rao Pellam', 'Veldmark University')).toBe(true);
    expect(affiliated(ex, 'Meera Ostvan', 'Veldmark University')).toBe(true);
  });

  it('gives "members of the delegation from X, Professor A and Dr. B," both people', () => {
    const ex = extract('Members of the delegation from Ostrava Institute of Design, Professor Amit Korvel and Dr. Nila Brannt, toured the laboratories.');
    expect(affiliated(ex, 'Amit Korvel', 'Ostrava Institute of Design')).toBe(true);
    expect(affiliated(ex, 'Nila Brannt', 'Ostrava Institute of Design')).toBe(true);
  });

  it('reads «Делегацию Университета Амрита возглавил …»: a capitalised common noun after a head is a foreign name', () => {
    const ex = extract('Делегацию Университета Амрита возглавил профессор Рам Кумар.', 'ru');
    expect(names(ex, 'Organization')).toEqual(['Университет Амрита']);
    expect(affiliated(ex, 'Рам Кумар', 'Университет Амрита')).toBe(true);
  });
});

describe("a deputy named after the head", () => {
  it('gives «ректор ⟦O⟧ ⟦P1⟧ и проректор по … ⟦P2⟧» and «… и её заместитель ⟦P2⟧» the head\'s body', () => {
    const ex = extract('В форуме приняли участие ректор Северного педагогического университета Эдуард Ветлугин и проректор по международной деятельности Ирина Смолкина.', 'ru');
    expect(affiliated(ex, 'Ирина Смолкина', 'Северный педагогический университет')).toBe(true);
    const deputy = extract('Директор Института развития образования Северной области Лилия Гарипова и её заместитель Айдар Шакиров представили программу.', 'ru');
    expect(affiliated(deputy, 'Айдар Шакиров', 'Институт развития образования Северной области')).toBe(true);
  });

  it('gives no body to a deputy named after a person who has none', () => {
    const ex = extract('Анна Смолкина и заместитель министра Иван Ветлугин открыли форум.', 'ru');
    expect(ex.relations.filter((r) => r.type === 'AFFILIATED_WITH')).toEqual([]);
  });
});

describe('names and posts of other traditions', () => {
  it('takes a capitalised particle closing a name for the surname ("Prof. Arun Das")', () => {
    const ex = extract('The delegation comprised Prof. Arun Das, Head of the Department of Physics.');
    expect(names(ex, 'Person')).toEqual(['Arun Das']);
    expect(affiliated(ex, 'Arun Das', 'Department of Physics')).toBe(true);
    expect(names(extract('Regina De Luca spoke.'), 'Person')).toEqual(['Regina De Luca']);
  });

  it('keeps a middle name no table knows in a Latin-script name ("Ömer Faruk Yelkensoy")', () => {
    expect(names(extract('Deputy Minister Ömer Faruk Yelkensoy spoke.'), 'Person')).toEqual(['Ömer Faruk Yelkensoy']);
  });

  it('writes initials with their full stops ("S. K. Sharma") and reads «И.И. Петров» without a space as one name', () => {
    expect(names(extract('Prof. S.K. Varmaleth spoke.'), 'Person')).toEqual(['S. K. Varmaleth']);
    expect(names(extract('Доклад сделал И.И. Ветлугин. Затем выступила А.С. Смолкина.', 'ru'), 'Person')).toEqual(['И. И. Ветлугин', 'А. С. Смолкина']);
  });

  it('matches initials written with spaces to the given name they start ("S. K." and "Sanjay"), not to another', () => {
    expect(personMatch({ given: 'S. K.', surname: 'Varmaleth' }, { given: 'Sanjay', surname: 'Varmaleth' }, new Map()).score).toBe(0.9);
    expect(personMatch({ given: 'S. K.', surname: 'Varmaleth' }, { given: 'Arun', surname: 'Varmaleth' }, new Map()).score).toBe(0);
  });

  it('leaves a capitalised verb before initials out of the name («Выступил И. И. Ветлугин»)', () => {
    expect(names(extract('Выступил И. И. Ветлугин.', 'ru'), 'Person')).toEqual(['И. И. Ветлугин']);
  });

  it('knows Vice-Chancellor and Registrar as posts, not as parts of a name', () => {
    expect(names(extract('Vice-Chancellor Anna Pellam spoke.'), 'Person')).toEqual(['Anna Pellam']);
    const ex = extract('The delegation comprised Dr. Meena Ostvan, Registrar of Veldmark University.');
    expect(affiliated(ex, 'Meena Ostvan', 'Veldmark University')).toBe(true);
  });

  it('gives "A, Body, Country, presented" the body: its country may follow it in apposition', () => {
    const ex = extract('Anna Pellam, University of Turku, Finland, presented the model.');
    expect(affiliated(ex, 'Anna Pellam', 'University of Turku')).toBe(true);
  });
});

describe("a ministry's remit", () => {
  it('keeps "Ministry of Family and Social Services" one body: "Services" closing a remit heads no second one', () => {
    expect(names(extract('The Ministry of Family and Social Services met the teachers.'), 'Organization')).toEqual(['Ministry of Family and Social Services']);
  });
});

describe('place names the packages miss', () => {
  it('finds the United States and the Emirates in Russian in any case', () => {
    const ex = extract('Из Соединённых Штатов Америки, Объединенных Арабских Эмиратов и Южно-Африканской Республики.', 'ru');
    expect(names(ex, 'Country').sort()).toEqual(['South Africa', 'United Arab Emirates', 'United States']);
  });

  it('reads a two-word demonym ("South African teachers") as its country', () => {
    const ex = extract('South African and Sri Lankan teachers met.');
    expect(find(ex, 'Country', 'South Africa')).toBeDefined();
    expect(find(ex, 'Country', 'Sri Lanka')).toBeDefined();
  });

  it('takes no town from an ordinary word that is also a verb («Гости посетили Казань»)', () => {
    const ex = extract('Гости посетили Казань.', 'ru');
    expect(names(ex, 'City')).toEqual(['Kazan']);
  });
});

describe('press contacts at the foot of a release', () => {
  it('gives a contact written one field a line (name, post, body, phone) the body, with the post', () => {
    const ex = extract('UNICEF and the Ministry held a workshop.\n\nMedia contacts\nAnna Holvik\nCommunication Officer\nUNICEF Türkiye\nTel: +90 312 000 0000\nEmail: mholvik@example.org');
    expect(affiliated(ex, 'Anna Holvik', 'UNICEF Office in Türkiye')).toBe(true);
    expect(find(ex, 'Person', 'Anna Holvik')).toMatchObject({ titles: ['Communication Officer'] });
  });

  it('gives "Name, Body, Tel: …" on one line the body: the phone closes the apposition', () => {
    const ex = extract('For more information, please contact:\nIlse Varnhorst, Coastal Education Trust, Tel: +371 000 0000, ilse@example.org');
    expect(affiliated(ex, 'Ilse Varnhorst', 'Coastal Education Trust')).toBe(true);
  });

  it('does not give a name on its own line the body of an unrelated line after a sentence', () => {
    const ex = extract('Anna Holvik\nThe workshop was held in Ankara by the Coastal Education Trust.');
    expect(find(ex, 'Person', 'Anna Holvik')).toBeDefined();
    expect(find(ex, 'Organization', 'Coastal Education Trust')).toBeDefined();
    expect(affiliated(ex, 'Anna Holvik', 'Coastal Education Trust')).toBe(false);
  });
});
