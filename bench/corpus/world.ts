/**
 * The synthetic world reports are written about: organizations (Zipf-like
 * popularity: a few very connected bodies, a long tail of small ones), the
 * people who work there, and events. Organizations and people are built once
 * per corpus; each event is built on demand from its own forked random
 * source, so event i is the same whether or not events before it were built.
 */
import type { OrganizationKind } from '../../seed/index.ts';
import { Random, ZipfSampler } from './random.ts';
import {
  COUNTRIES,
  EPONYMS,
  EVENT_KINDS,
  FIRST_NAMES,
  FOUNDATION_NAMES,
  INSTITUTE_FIELDS,
  PRACTICES,
  ROLES,
  SURNAMES,
  SURNAME_ENDINGS,
  SURNAME_ROOTS,
  TITLE_FIRST,
  TITLE_SECOND,
  TOPIC_PHRASES,
  UNIVERSITY_KINDS,
  type CityWords,
  type CountryWords,
  type FirstName,
} from './vocabulary.ts';

export interface SynOrg {
  index: number;
  kind: OrganizationKind;
  country: CountryWords;
  city: CityWords | null;
  /** canonical English name */
  en: string;
  /** other English names a report may use (short "named after" form, "X (ACR)") */
  enVariants: string[];
  ru: string;
  ruGen: string;
  acronym: string | null;
  /** a foundation's name is quoted; reports vary the quote marks */
  quoted: boolean;
}

export interface SynPerson {
  index: number;
  first: FirstName;
  surname: readonly [string, string, string, string];
  female: boolean;
  org: number;
  role: readonly [string, string];
}

export interface SynEvent {
  index: number;
  kind: (typeof EVENT_KINDS)[number];
  title: readonly [string, string];
  country: CountryWords;
  cities: CityWords[];
  /** ISO dates */
  start: string;
  end: string;
  organizers: number[];
  partners: number[];
  /** one host per extra city */
  hosts: number[];
  participants: number[];
  /** codes; the host country first */
  countries: string[];
  speakers: number[];
  topics: number[];
  practice: { org: number; name: readonly [string, string]; topic: number } | null;
}

export interface WorldSize {
  organizations: number;
  people: number;
}

export class World {
  readonly orgs: SynOrg[];
  readonly people: SynPerson[];
  private readonly orgZipf: ZipfSampler;
  private readonly byCountry = new Map<string, { orgs: number[]; zipf: ZipfSampler }>();
  private readonly peopleByOrg = new Map<number, number[]>();
  private readonly countryZipf = new ZipfSampler(COUNTRIES.length, 1.0);

  constructor(readonly seed: number, size: WorldSize) {
    const root = new Random(seed);
    this.orgs = buildOrganizations(root.fork('organizations'), size.organizations);
    this.orgZipf = new ZipfSampler(this.orgs.length, 1.05);
    for (const c of COUNTRIES) {
      const orgs = this.orgs.filter((o) => o.country.code === c.code).map((o) => o.index);
      if (orgs.length > 0) this.byCountry.set(c.code, { orgs, zipf: new ZipfSampler(orgs.length, 1.05) });
    }
    this.people = buildPeople(root.fork('people'), size.people, this.orgZipf, this.orgs.length);
    for (const p of this.people) {
      const list = this.peopleByOrg.get(p.org) ?? [];
      list.push(p.index);
      this.peopleByOrg.set(p.org, list);
    }
  }

  countryOf(code: string): CountryWords {
    const c = COUNTRIES.find((x) => x.code === code);
    if (!c) throw new RangeError(`unknown country ${code}`);
    return c;
  }

  /** Event i, the same for the same seed and world. */
  event(i: number): SynEvent {
    const rng = new Random(this.seed).fork(`event:${i}`);
    const country = COUNTRIES[this.countryZipf.draw(rng)]!;
    const cities = rng.chance(0.25) ? rng.sample(country.cities, rng.int(2, 3)) : [rng.pick(country.cities)];
    const year = rng.int(2018, 2025);
    const month = rng.int(1, 12);
    const day = rng.int(1, 24);
    const days = rng.pick([1, 1, 2, 3, 3, 5]);
    const start = iso(year, month, day);
    const end = iso(year, month, day + days - 1);

    const used = new Set<number>();
    const local = this.byCountry.get(country.code);
    const drawLocal = (): number => {
      const idx = local && rng.chance(0.7) ? local.orgs[local.zipf.draw(rng)]! : this.orgZipf.draw(rng);
      return idx;
    };
    const take = (n: number, draw: () => number): number[] => {
      const out: number[] = [];
      for (let tries = 0; out.length < n && tries < n * 20; tries++) {
        const o = draw();
        if (used.has(o)) continue;
        used.add(o);
        out.push(o);
      }
      return out;
    };
    const organizers = take(rng.chance(0.6) ? 1 : 2, drawLocal);
    const partners = take(rng.pick([0, 1, 2, 2, 3]), () => this.orgZipf.draw(rng));
    const hosts = take(cities.length - 1, drawLocal);
    const participants = take(rng.pick([0, 1, 2, 3, 4]), () => this.orgZipf.draw(rng));

    const countries = new Set([country.code]);
    for (const o of [...partners, ...participants]) countries.add(this.orgs[o]!.country.code);
    const extra = rng.pick([0, 1, 2, 3]);
    for (let k = 0; k < extra; k++) countries.add(COUNTRIES[this.countryZipf.draw(rng)]!.code);

    const involved = [...organizers, ...partners, ...hosts];
    const speakers: number[] = [];
    for (const o of rng.sample(involved, rng.int(1, Math.min(3, involved.length)))) {
      const staff = this.peopleByOrg.get(o);
      if (staff && staff.length > 0) speakers.push(rng.pick(staff));
    }
    const topics = rng.sample(
      TOPIC_PHRASES.map((_, k) => k),
      rng.int(1, 2),
    );
    const practice = rng.chance(0.4)
      ? { org: rng.pick(involved), name: rng.pick(PRACTICES), topic: rng.pick(topics) }
      : null;
    return {
      index: i,
      kind: rng.pick(EVENT_KINDS),
      title: combineTitle(rng),
      country,
      cities,
      start,
      end,
      organizers,
      partners,
      hosts,
      participants,
      countries: [...countries],
      speakers,
      topics,
      practice,
    };
  }
}

function combineTitle(rng: Random): readonly [string, string] {
  const a = rng.pick(TITLE_FIRST);
  const b = rng.pick(TITLE_SECOND);
  return [`${a[0]}: ${b[0]}`, `${a[1]}: ${b[1]}`];
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}

const KIND_WEIGHT: Record<string, number> = { ministry: 30, academy: 20, national: 8, foundation: 2, university: 2, institute: 1, school: 0.3 };

function buildOrganizations(rng: Random, n: number): SynOrg[] {
  const names = new Set<string>();
  const made: Array<SynOrg & { weight: number }> = [];
  const add = (o: Omit<SynOrg, 'index'>, weight: number): void => {
    if (names.has(o.en)) return;
    names.add(o.en);
    made.push({ ...o, index: -1, weight });
  };
  // One ministry and one academy per country: the hubs most events mention.
  for (const c of COUNTRIES) {
    add({ kind: 'ministry', country: c, city: null, en: `Ministry of Education of ${c.en}`, enVariants: [`${c.en} Ministry of Education`],
      ru: `Министерство образования ${c.ruGen}`, ruGen: `Министерства образования ${c.ruGen}`, acronym: null, quoted: false }, KIND_WEIGHT.ministry!);
    const ep = rng.chance(0.5) ? rng.pick(EPONYMS) : null;
    add({ kind: 'academy', country: c, city: null, en: `National Academy of Education of ${c.en}${ep ? ` named after ${ep[0]}` : ''}`,
      enVariants: [`${c.en} National Academy of Education${ep ? ` named after ${ep[0]}` : ''}`],
      ru: `Национальная академия образования ${c.ruGen}${ep ? ` имени ${ep[1]}` : ''}`,
      ruGen: `Национальной академии образования ${c.ruGen}${ep ? ` имени ${ep[1]}` : ''}`, acronym: null, quoted: false }, KIND_WEIGHT.academy!);
  }
  for (let attempts = 0; made.length < n && attempts < n * 40; attempts++) {
    const country = COUNTRIES[Math.floor(Math.pow(rng.next(), 1.6) * COUNTRIES.length)]!;
    const c = rng.pick(country.cities);
    const roll = rng.next();
    if (roll < 0.05) {
      const ep = rng.chance(0.6) ? rng.pick(EPONYMS) : null;
      add(university(`${country.enAdj} National University`, `${country.adj} национальный университет`, `${country.adjGen} национального университета`, ep, country, null), KIND_WEIGHT.national!);
    } else if (roll < 0.45) {
      const uk = rng.pick(UNIVERSITY_KINDS);
      const ep = rng.chance(0.5) ? rng.pick(EPONYMS) : null;
      add(university(`${c.en} ${uk[0]}`, `${c.adj} ${uk[1]}`, `${c.adjGen} ${uk[2]}`, ep, country, c), KIND_WEIGHT.university!);
    } else if (roll < 0.6) {
      const [en, ru] = rng.pick(FOUNDATION_NAMES);
      const local = rng.chance(0.5);
      const suffix = local ? ` of ${c.en}` : '';
      add({ kind: 'foundation', country, city: local ? c : null, en: `“${en}” Charitable Foundation${suffix}`,
        enVariants: [`${en} Foundation${suffix}`, `“${en}” Foundation${suffix}`],
        ru: `Благотворительный фонд «${ru}»${local ? ` города ${c.ru}` : ''}`, ruGen: `Благотворительного фонда «${ru}»${local ? ` города ${c.ru}` : ''}`,
        acronym: null, quoted: true }, KIND_WEIGHT.foundation!);
    } else if (roll < 0.75) {
      const [fen, fru] = rng.pick(INSTITUTE_FIELDS);
      add({ kind: 'institute', country, city: c, en: `${c.en} Regional Institute of ${fen}`, enVariants: [`Regional Institute of ${fen} of ${c.en}`],
        ru: `${c.adj} областной институт ${fru}`, ruGen: `${c.adjGen} областного института ${fru}`, acronym: null, quoted: false }, KIND_WEIGHT.institute!);
    } else {
      const no = rng.int(1, 300);
      add({ kind: 'school', country, city: c, en: `School-Lyceum No. ${no} of ${c.en}`, enVariants: [`${c.en} School-Lyceum No. ${no}`],
        ru: `Школа-лицей № ${no} города ${c.ru}`, ruGen: `Школы-лицея № ${no} города ${c.ru}`, acronym: null, quoted: false }, KIND_WEIGHT.school!);
    }
  }
  // Popularity rank: weighted random order (Efraimidis–Spirakis), so hubs are mostly ministries and academies.
  const keyed = made.map((o) => ({ o, key: Math.pow(rng.next(), 1 / o.weight) }));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, n).map(({ o }, index) => {
    const { weight: _weight, ...org } = o;
    return { ...org, index };
  });
}

function university(en: string, ru: string, ruGen: string, ep: readonly [string, string] | null, country: CountryWords, city: CityWords | null): Omit<SynOrg, 'index'> {
  const acronym = acronymOf(en);
  const variants = ep ? [`${ep[0]} ${en}`] : [];
  if (acronym) variants.push(`${en}${ep ? ` named after ${ep[0]}` : ''} (${acronym})`);
  return {
    kind: 'university',
    country,
    city,
    en: ep ? `${en} named after ${ep[0]}` : en,
    enVariants: variants,
    ru: ep ? `${ru} имени ${ep[1]}` : ru,
    ruGen: ep ? `${ruGen} имени ${ep[1]}` : ruGen,
    acronym,
    quoted: false,
  };
}

function acronymOf(name: string): string | null {
  const letters = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]);
  return letters.length >= 3 ? letters.join('') : null;
}

function buildPeople(rng: Random, n: number, orgZipf: ZipfSampler, orgCount: number): SynPerson[] {
  const seen = new Set<string>();
  const people: SynPerson[] = [];
  for (let attempts = 0; people.length < n && attempts < n * 30; attempts++) {
    const first = rng.pick(FIRST_NAMES);
    const surname = rng.chance(0.3) ? rng.pick(SURNAMES) : composeSurname(rng);
    const key = `${first.en[0]} ${first.female ? surname[1] : surname[0]}`;
    // Names are unique in the world (two real people with one name would be a curator's problem, not a benchmark's).
    if (seen.has(key)) continue;
    seen.add(key);
    // every organization gets one person first (its head); the rest follow popularity
    const org = people.length < orgCount ? people.length : orgZipf.draw(rng);
    const role = people.length < orgCount ? rng.pick(ROLES.slice(0, 3)) : rng.pick(ROLES);
    people.push({ index: people.length, first, surname, female: first.female, org, role });
  }
  return people;
}

function composeSurname(rng: Random): readonly [string, string, string, string] {
  const [en, ru] = rng.pick(SURNAME_ROOTS);
  const [m, f, rm, rf] = rng.pick(SURNAME_ENDINGS);
  return [en + m, en + f, ru + rm, ru + rf];
}
