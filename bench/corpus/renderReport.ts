/**
 * One event → the text of a report on it, English or Russian, in the style of
 * seed/reports: a headline, when and where, who organized, partnered, hosted
 * and took part, who spoke, what was discussed and presented. Names vary the
 * way real reports vary them (short "named after" forms, acronyms, quote
 * marks, transliterations, the odd typo). Every fact the text states is
 * recorded with its sentence, which is the ground truth of the corpus.
 */
import type { Language, RelationType } from '../../seed/index.ts';
import type { Random } from './random.ts';
import { FILLER_EN, FILLER_RU, MONTHS_EN, MONTHS_RU_GEN, MONTHS_RU_PREP, TOPIC_PHRASES } from './vocabulary.ts';
import type { SynEvent, SynOrg, World } from './world.ts';

/** How one report on an event differs from another on the same event. */
export interface ReportVariant {
  language: Language;
  /** "In March 2024" instead of "On 12–14 March 2024": a date conflict between reports */
  monthOnly: boolean;
  /** a second report on the event: more alias forms */
  secondary: boolean;
  /** probability that an organization's name gets a typo */
  typoRate: number;
}

/** Entity keys: `org:<i>`, `person:<i>`, `country:<CC>`, `city:<CC>:<English name>`, `event:<i>`, `topic:<i>`, `practice:<event i>`. */
export interface Fact {
  type: RelationType;
  from: string;
  to: string;
  evidence: string;
  roles?: string[];
}

export interface RenderedReport {
  title: string;
  text: string;
  language: Language;
  /** entity key → the names this report uses for it */
  names: Map<string, Set<string>>;
  facts: Fact[];
}

const QUOTES: ReadonlyArray<readonly [string, string]> = [['“', '”'], ["'", "'"], ['"', '"'], ['«', '»']];
const NUMERALS_RU_GEN = ['', 'одной', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми'];
const NUMERALS_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

export function renderReport(world: World, ev: SynEvent, variant: ReportVariant, rng: Random): RenderedReport {
  return variant.language === 'ru' ? new Writer(world, ev, variant, rng).russian() : new Writer(world, ev, variant, rng).english();
}

class Writer {
  readonly names = new Map<string, Set<string>>();
  readonly facts: Fact[] = [];
  private readonly paragraphs: string[][] = [];

  constructor(
    private readonly world: World,
    private readonly ev: SynEvent,
    private readonly v: ReportVariant,
    private readonly rng: Random,
  ) {}

  private name(key: string, written: string): string {
    const set = this.names.get(key) ?? new Set<string>();
    set.add(written);
    this.names.set(key, set);
    return written;
  }

  private fact(type: RelationType, from: string, to: string, evidence: string, roles?: string[]): void {
    this.facts.push(roles ? { type, from, to, evidence, roles } : { type, from, to, evidence });
  }

  private para(...sentences: string[]): void {
    this.paragraphs.push(sentences.filter(Boolean));
  }

  private done(title: string): RenderedReport {
    const text = [title, ...this.paragraphs.map((p) => p.join(' '))].join('\n\n') + '\n';
    return { title, text, language: this.v.language, names: this.names, facts: this.facts };
  }

  // ─── names ───────────────────────────────────────────────────────────────

  private orgEn(i: number): string {
    const o = this.world.orgs[i]!;
    let n = o.en;
    if (o.enVariants.length > 0 && this.rng.chance(this.v.secondary ? 0.5 : 0.15)) n = this.rng.pick(o.enVariants);
    if (o.quoted) n = requote(n, this.rng.pick(QUOTES));
    if (this.rng.chance(this.v.typoRate)) n = typo(n, this.rng);
    return this.name(`org:${i}`, n);
  }

  private orgRu(i: number, gen: boolean): string {
    const o = this.world.orgs[i]!;
    let n = gen ? o.ruGen : o.ru;
    if (this.rng.chance(this.v.typoRate / 2)) n = typo(n, this.rng);
    return this.name(`org:${i}`, n);
  }

  private personEn(i: number): string {
    const p = this.world.people[i]!;
    const first = this.rng.chance(this.v.secondary ? 0.5 : 0.15) ? this.rng.pick(p.first.en) : p.first.en[0]!;
    return this.name(`person:${i}`, `${first} ${p.female ? p.surname[1] : p.surname[0]}`);
  }

  private personRu(i: number): string {
    const p = this.world.people[i]!;
    return this.name(`person:${i}`, `${p.first.ru} ${p.female ? p.surname[3] : p.surname[2]}`);
  }

  private country(code: string, form: 'en' | 'ru' | 'ruGen'): string {
    const c = this.world.countryOf(code);
    return this.name(`country:${code}`, c[form]);
  }

  // ─── facts every report states ───────────────────────────────────────────

  private placeFacts(sentence: string): void {
    const ev = this.ev;
    for (const c of ev.cities) {
      this.fact('HELD_IN', `event:${ev.index}`, cityKey(ev.country.code, c.en), sentence);
      this.fact('IN_COUNTRY', cityKey(ev.country.code, c.en), `country:${ev.country.code}`, sentence);
    }
    this.fact('HELD_IN', `event:${ev.index}`, `country:${ev.country.code}`, sentence);
  }

  private basedIn(i: number, sentence: string): void {
    const o: SynOrg = this.world.orgs[i]!;
    if (o.city) {
      this.name(cityKey(o.country.code, o.city.en), this.v.language === 'ru' ? o.city.ru : o.city.en);
      this.name(`country:${o.country.code}`, this.v.language === 'ru' ? o.country.ru : o.country.en);
      this.fact('BASED_IN', `org:${i}`, cityKey(o.country.code, o.city.en), sentence);
      this.fact('IN_COUNTRY', cityKey(o.country.code, o.city.en), `country:${o.country.code}`, sentence);
    } else {
      this.name(`country:${o.country.code}`, this.v.language === 'ru' ? o.country.ru : o.country.en);
      this.fact('BASED_IN', `org:${i}`, `country:${o.country.code}`, sentence);
    }
  }

  private roleFacts(type: RelationType, orgs: readonly number[], sentence: string): void {
    for (const o of orgs) {
      this.fact(type, `org:${o}`, `event:${this.ev.index}`, sentence);
      this.basedIn(o, sentence);
    }
  }

  // ─── English ─────────────────────────────────────────────────────────────

  english(): RenderedReport {
    const { ev, rng } = this;
    const kind = ev.kind.en;
    const lower = ev.kind.key;
    const eventName = this.name(`event:${ev.index}`, ev.title[0]);
    const cityNames = ev.cities.map((c) => this.name(cityKey(ev.country.code, c.en), c.en));
    const countryName = this.country(ev.country.code, 'en');

    const headline = rng.pick([
      () => `${this.orgEn(ev.organizers[0]!).replace(/^the /, '')} and partners discussed ${TOPIC_PHRASES[ev.topics[0]!]![0]} in ${cityNames[0]}`,
      () => `${countryName} hosted the International ${kind} “${eventName}”`,
      () => `Experts from ${NUMERALS_EN[Math.min(ev.countries.length, 8)]} countries met at the ${lower} in ${cityNames[0]}`,
    ])();

    const when = this.v.monthOnly ? `In ${monthEn(ev.start)}` : `On ${rangeEn(ev.start, ev.end)}`;
    const where = `${cityNames[0]}, ${countryName}`;
    const s1 = `${when}, the International ${kind} “${eventName}” was held in ${where}.`;
    const s1b = ev.cities.length > 1 ? `The events of the ${lower} were held in ${list(cityNames, 'and')}.` : '';
    this.placeFacts(s1b || s1);
    const hostSentences = ev.hosts.map((h, k) => {
      const s = `In ${cityNames[k + 1]}, the event was hosted by the ${this.orgEn(h)}.`;
      this.roleFacts('HOSTED', [h], s);
      return s;
    });
    this.para(s1, s1b, ...hostSentences);

    const orgSentence = `The ${lower} was organized by the ${list(ev.organizers.map((o) => this.orgEn(o)), 'and the')}.`;
    this.roleFacts('ORGANIZED', ev.organizers, orgSentence);
    let partnerSentence = '';
    if (ev.partners.length > 0) {
      partnerSentence = `The partners of the event were the ${list(ev.partners.map((o) => this.orgEn(o)), 'and the')}.`;
      this.roleFacts('PARTNERED', ev.partners, partnerSentence);
    }
    this.para(orgSentence, partnerSentence);

    const countries = ev.countries.map((c) => this.country(c, 'en'));
    const countrySentence = `Specialists from ${list(countries, 'and')} participated in the ${lower}.`;
    for (const c of ev.countries) this.fact('PARTICIPATED_IN', `country:${c}`, `event:${ev.index}`, countrySentence);
    let participantSentence = '';
    if (ev.participants.length > 0) {
      participantSentence = `Representatives of the ${list(ev.participants.map((o) => this.orgEn(o)), 'and the')} took part in the ${lower}.`;
      this.roleFacts('PARTICIPATED_IN', ev.participants, participantSentence);
    }
    this.para(participantSentence, countrySentence);

    if (ev.speakers.length > 0) {
      const parts = ev.speakers.map((p) => {
        const person = this.world.people[p]!;
        return `${this.personEn(p)}, ${person.role[0]} of the ${this.orgEn(person.org)}`;
      });
      const s = `${list(parts, 'and')}, addressed the participants with welcoming remarks.`;
      for (const p of ev.speakers) {
        const person = this.world.people[p]!;
        this.fact('SPOKE_AT', `person:${p}`, `event:${ev.index}`, s);
        this.fact('AFFILIATED_WITH', `person:${p}`, `org:${person.org}`, s, [person.role[0]]);
        this.basedIn(person.org, s);
      }
      this.para(s);
    }

    const topics = ev.topics.map((t) => this.name(`topic:${t}`, TOPIC_PHRASES[t]![0]));
    const topicSentence = `The participants discussed ${list(topics, 'and')}.`;
    for (const t of ev.topics) this.fact('COVERED', `event:${ev.index}`, `topic:${t}`, topicSentence);
    this.para(topicSentence, rng.pick(FILLER_EN));

    if (ev.practice) {
      const pr = ev.practice;
      const s = `Experts of the ${this.orgEn(pr.org)} presented the practice “${this.name(`practice:${ev.index}`, pr.name[0])}”, aimed at ${this.name(`topic:${pr.topic}`, TOPIC_PHRASES[pr.topic]![0])}.`;
      this.practiceFacts(s);
      this.para(s);
    }
    this.para(...rng.sample(FILLER_EN, rng.int(1, 3)));
    return this.done(headline);
  }

  // ─── Russian ─────────────────────────────────────────────────────────────

  russian(): RenderedReport {
    const { ev, rng } = this;
    const k = ev.kind;
    const eventName = this.name(`event:${ev.index}`, ev.title[1]);
    const cityNames = ev.cities.map((c) => this.name(cityKey(ev.country.code, c.en), c.ru));
    const countryName = this.country(ev.country.code, 'ru');

    const headline = rng.pick([
      () => `Педагоги ${NUMERALS_RU_GEN[Math.min(ev.countries.length, 8)]} стран обсудили ${TOPIC_PHRASES[ev.topics[0]!]![1]}`,
      () => `${k.ru} «${eventName}»: итоги`,
    ])();

    const when = this.v.monthOnly ? `В ${monthRuPrep(ev.start)}` : rangeRu(ev.start, ev.end);
    const s1 = `${when} года в городе ${cityNames[0]} (${countryName}) ${k.held} ${k.ru} «${eventName}».`;
    const s1b = ev.cities.length > 1 ? `Мероприятия ${k.ruGen} прошли в городах ${list(cityNames, 'и')}.` : '';
    this.placeFacts(s1b || s1);
    const hostSentences = ev.hosts.map((h, i) => {
      const s = `В городе ${cityNames[i + 1]} мероприятие прошло на базе ${this.orgRu(h, true)}.`;
      this.roleFacts('HOSTED', [h], s);
      return s;
    });
    this.para(s1, s1b, ...hostSentences);

    const orgSentence = ev.organizers.length > 1
      ? `Организаторами выступили ${list(ev.organizers.map((o) => this.orgRu(o, false)), 'и')}.`
      : `Организатором выступил ${this.orgRu(ev.organizers[0]!, false)}.`;
    this.roleFacts('ORGANIZED', ev.organizers, orgSentence);
    let partnerSentence = '';
    if (ev.partners.length > 0) {
      partnerSentence = `Партнёрами мероприятия выступили ${list(ev.partners.map((o) => this.orgRu(o, false)), 'и')}.`;
      this.roleFacts('PARTNERED', ev.partners, partnerSentence);
    }
    this.para(orgSentence, partnerSentence);

    const countrySentence = `В работе ${k.ruGen} приняли участие специалисты из ${list(ev.countries.map((c) => this.country(c, 'ruGen')), 'и')}.`;
    for (const c of ev.countries) this.fact('PARTICIPATED_IN', `country:${c}`, `event:${ev.index}`, countrySentence);
    let participantSentence = '';
    if (ev.participants.length > 0) {
      participantSentence = `Также участие приняли представители ${list(ev.participants.map((o) => this.orgRu(o, true)), 'и')}.`;
      this.roleFacts('PARTICIPATED_IN', ev.participants, participantSentence);
    }
    this.para(countrySentence, participantSentence);

    if (ev.speakers.length > 0) {
      const parts = ev.speakers.map((p) => {
        const person = this.world.people[p]!;
        return `${this.personRu(p)}, ${person.role[1]} ${this.orgRu(person.org, true)}`;
      });
      const s = `С приветственным словом к участникам обратились ${list(parts, 'и')}.`;
      for (const p of ev.speakers) {
        const person = this.world.people[p]!;
        this.fact('SPOKE_AT', `person:${p}`, `event:${ev.index}`, s);
        this.fact('AFFILIATED_WITH', `person:${p}`, `org:${person.org}`, s, [person.role[1]]);
        this.basedIn(person.org, s);
      }
      this.para(s);
    }

    const topics = ev.topics.map((t) => this.name(`topic:${t}`, TOPIC_PHRASES[t]![1]));
    const topicSentence = `Участники обсудили ${list(topics, 'и')}.`;
    for (const t of ev.topics) this.fact('COVERED', `event:${ev.index}`, `topic:${t}`, topicSentence);
    this.para(topicSentence, rng.pick(FILLER_RU));

    if (ev.practice) {
      const pr = ev.practice;
      const s = `Эксперты ${this.orgRu(pr.org, true)} представили практику «${this.name(`practice:${ev.index}`, pr.name[1])}», направленную на ${this.name(`topic:${pr.topic}`, TOPIC_PHRASES[pr.topic]![1])}.`;
      this.practiceFacts(s);
      this.para(s);
    }
    this.para(...rng.sample(FILLER_RU, rng.int(1, 2)));
    return this.done(headline);
  }

  private practiceFacts(s: string): void {
    const pr = this.ev.practice!;
    const key = `practice:${this.ev.index}`;
    this.fact('PRESENTED', `org:${pr.org}`, key, s);
    this.fact('PRESENTED_AT', key, `event:${this.ev.index}`, s);
    this.fact('ADDRESSES', key, `topic:${pr.topic}`, s);
    this.basedIn(pr.org, s);
  }
}

export function cityKey(code: string, en: string): string {
  return `city:${code}:${en}`;
}

function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function requote(name: string, [open, close]: readonly [string, string]): string {
  return name.replace(/[“'"«]([^”'"»]+)[”'"»]/, `${open}$1${close}`);
}

/** Drops or swaps one inner letter of one longer word ("University" → "Unversity"). */
export function typo(name: string, rng: Random): string {
  const words = name.split(' ');
  const candidates = words.map((w, i) => ({ w, i })).filter(({ w }) => /^\p{L}{7,}$/u.test(w));
  if (candidates.length === 0) return name;
  const { w, i } = rng.pick(candidates);
  const at = rng.int(2, w.length - 3);
  words[i] = rng.chance(0.5) ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  return words.join(' ');
}

function parts(isoDate: string): { y: number; m: number; d: number } {
  const [y, m, d] = isoDate.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

function rangeEn(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  return a.d === b.d ? `${a.d} ${MONTHS_EN[a.m - 1]} ${a.y}` : `${a.d}–${b.d} ${MONTHS_EN[a.m - 1]} ${a.y}`;
}

function monthEn(start: string): string {
  const a = parts(start);
  return `${MONTHS_EN[a.m - 1]} ${a.y}`;
}

function rangeRu(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  return a.d === b.d ? `${a.d} ${MONTHS_RU_GEN[a.m - 1]} ${a.y}` : `${a.d}–${b.d} ${MONTHS_RU_GEN[a.m - 1]} ${a.y}`;
}

function monthRuPrep(start: string): string {
  const a = parts(start);
  return `${MONTHS_RU_PREP[a.m - 1]} ${a.y}`.replace(/^./, (c) => c);
}
