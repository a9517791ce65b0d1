import { parseOrgName, orgHeadOf } from '../resolve/orgName.ts';
import { matchCuratedOrganization } from '../resolve/curatedMatch.ts';
import { abbreviates, isAcronym } from '../resolve/acronym.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { isPluralWord } from '../text/pluralWord.ts';
import { isGivenNameInSomeLanguage, isSurnameInSomeLanguage } from '../text/givenNames.ts';
import { isEnglishVerb, isKnownGivenName, isOrdinaryEnglishWord, NOT_NAME_ENDING } from '../text/englishWords.ts';
import { lemmaRu, nominativeSingular, parseRu, personNamePart } from '../text/russianMorphology.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from '../text/tokens.ts';
import { matchCityAt, matchCountryAbbreviationAt, matchCountryAt, russianRegionEnd } from '../gazetteer/matchPlace.ts';
import type { Gazetteers } from '../gazetteer/index.ts';
import type { QuotedSpan } from '../text/quotes.ts';
import type { Sentence } from '../text/sentences.ts';
import { CAPITALIZED_STOPWORDS, EN_TITLES, EVENT_KINDS, HEAD_FIRST, HEAD_FIRST_CONNECTORS, NOT_A_BODY_ACRONYM, ORG_MODIFIERS, POST_WORD, RU_TITLES } from './lexicon.ts';
import type { CuratedData } from '../data/curated.ts';
import { namedCountries } from './placeExtractor.ts';
import { impliedMinistries } from './impliedMinistries.ts';
import { municipalities } from './municipalities.ts';
import { firstNameIndex, SURNAME_EN } from './personExtractor.ts';
import { overlaps, type ExtractionContext, type Extractor, type OrganizationCandidate } from './Extractor.ts';

// Not "of": "X of the Y Foundation" is a person or group of Y far more often than part of a name.
const LEFT_CONNECTORS = new Set(['to', 'the', 'for', 'de']);
/** Heads of bodies that exist in a place or inside another body: "Office in Riga", "Branch of … University". */
const PLACED_HEADS = new Set(['office', 'council', 'embassy', 'consulate', 'programme', 'delegation', 'mission', 'representation', 'branch', 'bank', 'fund', 'agency']);
const SUB_UNIT_HEADS = new Set(['branch', 'faculty', 'department', 'office', 'division', 'chair']);
/** Units a university or an academy is named beside in brackets, and the bodies that own them. */
const UNIT_HEADS = new Set([...SUB_UNIT_HEADS, 'institute', 'centre', 'center', 'laboratory', 'school']);
const OWNING_HEADS = new Set(['university', 'academy']);
/** Capitalised adjectives that pair with "and" before a head ("Scientific and Practical", "Research and Methodological"). */
const EN_MODIFIER_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+(?:ic|ical|al|ive|ary|ory)|Research|Science|Training|Education)$/u;
const CHAIN_CONNECTORS = new Set(['of', 'and', 'for', 'in', 'on', 'the', '&', 'de']);
const FIRST_RIGHT_CONNECTORS = new Set(['of', 'for', 'on']);
const TITLE_WORDS = new Set(EN_TITLES.flatMap((t) => t.toLowerCase().split(/\s+/)));
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * Speech rather than a title: what someone said ends in punctuation inside the
 * marks or runs over a sentence break. Bodies named in speech are still named;
 * bodies inside a title ("Inclusive School: …") are not.
 */
export function isSpeechQuote(q: QuotedSpan): boolean {
  const inner = q.inner.trim();
  return /[.,!?…]$/u.test(inner) || /[.!?]\s+\p{Lu}/u.test(inner);
}

/** Inside a quoted name or title (not inside reported speech). */
function insideTitleQuote(quotes: QuotedSpan[], t: { start: number; end: number }): boolean {
  return quotes.some((q) => t.start >= q.innerStart && t.end <= q.innerEnd && !isSpeechQuote(q));
}

/**
 * «кафедрой», «школой», «академией»: a head noun in the instrumental ends like
 * an adjective; the dictionary tells the noun from the adjective.
 */
function russianNounHead(word: string): ReturnType<typeof orgHeadOf> {
  if (!/^\p{Script=Cyrillic}+$/u.test(word)) return null;
  const noun = parseRu(word).find((p) => p.known && p.pos === 'NOUN' && p.lemma !== word.toLowerCase());
  return noun ? orgHeadOf(noun.lemma) : null;
}

/** «профсоюзов», «университетов»: a head noun in the plural genitive names whom a body gathers, not a second body. */
function pluralGenitiveHead(word: string): boolean {
  return /^\p{Script=Cyrillic}+$/u.test(word) && parseRu(word).some((p) => p.known && p.pos === 'NOUN' && p.case === 'gent' && p.number === 'plur') && !!orgHeadOf(lemmaRu(word) ?? '');
}

/** «Профсоюзы педагогов …», «Университеты региона»: a plural head describes bodies rather than naming one. */
function pluralNominativeHead(word: string): boolean {
  const parses = parseRu(word);
  return /^\p{Script=Cyrillic}+$/u.test(word) && parses.length > 0 && parses.every((p) => p.pos === 'NOUN' && p.number === 'plur' && (p.case === 'nomn' || p.case === 'accs'));
}

/** Acronyms of a school's kind: «средняя (основная, начальная) общеобразовательная школа», «спортивная школа», «детская школа искусств». */
const SCHOOL_KIND_ACRONYM = /^(?:СОШ|ООШ|НОШ|СШ|ДЮСШ|ДШИ|ДОУ)$/u;

/**
 * The head of a word, including a compound one: "School-Lyceum",
 * «Школа-лицей», "Lyceum-Internat" are named by their last head part.
 */
const GENERAL_AFTER_HEAD = /^(?:Directorate|Secretariat|Inspectorate|Consulate)-General$/u;

function headOf(word: string): ReturnType<typeof orgHeadOf> {
  // «СОШ № 5», «МБДОУ … ДОУ № 2»: a school's kind written as its acronym heads its name like «школа».
  if (SCHOOL_KIND_ACRONYM.test(word)) return { head: 'school', kind: 'school' };
  const whole = orgHeadOf(word) ?? russianNounHead(word);
  if (whole || !word.includes('-')) return whole;
  // "Directorate-General", "Secretariat-General": "General" after the head leaves it the head.
  if (GENERAL_AFTER_HEAD.test(word)) return orgHeadOf(word.split('-')[0] ?? '');
  const parts = word.split('-');
  return parts.length === 2 && parts.every((p) => /^\p{L}/u.test(p)) && orgHeadOf(parts[0] ?? '') ? orgHeadOf(parts[parts.length - 1] ?? '') : null;
}

interface ParentSpan {
  start: number;
  end: number;
  parent?: ParentSpan;
}

interface Span {
  start: number;
  end: number;
  /** The body this one belongs to, named inside its name ("Faculty of X of the Y University"), and the one that belongs to. */
  parent?: ParentSpan;
  /** Only the head noun: a back-reference such as "the Foundation". */
  bare: boolean;
  acronym?: string;
  /** Where the unit's own name ends, before "of <parent>": its short form. */
  ownEnd?: number;
  /** The name when the text gives it only in part ("the universities of Turku and Oulu": "University of Oulu"). */
  name?: string;
}

/**
 * Organizations named by a head noun (University, Foundation, Ministry,
 * университет, фонд…) grown into the full name, plus curated names and
 * acronyms, plus back-references ("the Foundation") to be resolved later.
 */
export const organizationExtractor: Extractor = {
  name: 'organization',
  extract(ctx: ExtractionContext): OrganizationCandidate[] {
    const out: OrganizationCandidate[] = [];
    const localAcronyms = new Map<string, string>();
    const given = firstNameIndex(ctx.curated.firstNames);
    for (const s of ctx.sentences) {
      const tokens = tokenize(s.text, s.start);
      const spans = ctx.language === 'ru' || /\p{Script=Cyrillic}/u.test(s.text) ? russianSpans(tokens, ctx.quotes, ctx.gazetteers) : englishSpans(tokens, ctx.quotes, ctx.gazetteers, given);
      let previous: OrganizationCandidate | undefined;
      for (const found of withParents(withLegalForms(spans, tokens, ctx.quotes), tokens, ctx.text)) {
        const bridge = bridgeToBracketedAcronym(tokens, found.start, found.end, ctx);
        // «Фонда Имени Фамилии (ФИФ)»: a head alone is a back-reference, a head spelled out by its acronym a name.
        const span = bridge ? { ...found, end: bridge.end, acronym: found.acronym ?? bridge.acronym, bare: false } : found;
        const text = ctx.text.slice(span.start, span.end);
        // 'NGO "Vida" (Life School)': a name in brackets right after another is its translation, the same body.
        const bracketed = previous && /^\s*\($/.test(ctx.text.slice(previous.end, span.start)) && ctx.text[span.end] === ')' ? previous : undefined;
        // "the Institute of Psychology and Education (Kazan Federal University)": a university after its unit is the unit's owner.
        const ownsUnit = bracketed && UNIT_HEADS.has(bracketed.name.head ?? '') && OWNING_HEADS.has(parseOrgName(text, ctx.gazetteers).head ?? '');
        const translated = ownsUnit ? undefined : bracketed;
        const cand: OrganizationCandidate = {
          type: 'Organization',
          start: span.start,
          end: span.end,
          text,
          sentence: s.index,
          name: parseOrgName(span.name ?? translated?.text ?? text, ctx.gazetteers, { namedCountries: namedCountries(ctx) }),
          ...(span.bare ? { reference: true } : {}),
          ...(ownsUnit && bracketed ? { parentOf: bracketed } : {}),
        };
        out.push(cand);
        previous = cand;
        if (span.ownEnd !== undefined) {
          // "Inclusive Centre of the Coastal University" is also called "Inclusive Centre": both names are the unit's.
          const own = ctx.text.slice(span.start, span.ownEnd);
          out.push({ type: 'Organization', start: span.start, end: span.ownEnd, text: own, sentence: s.index, name: { ...parseOrgName(own, ctx.gazetteers, { namedCountries: namedCountries(ctx) }) } });
        }
        let parentCand: OrganizationCandidate | undefined;
        for (let p = span.parent, child = cand; p; p = p.parent) {
          const made: OrganizationCandidate = { type: 'Organization', start: p.start, end: p.end, text: ctx.text.slice(p.start, p.end), sentence: s.index, name: parseOrgName(ctx.text.slice(p.start, p.end), ctx.gazetteers, { namedCountries: namedCountries(ctx) }), parentOf: child };
          out.push(made);
          parentCand ??= made;
          child = made;
        }
        // «Институт психологии и образования (КФУ)»: a university's letters after one of its units name the university, not the unit.
        const letters = span.acronym ?? bracketedAcronymAfter(ctx, span.end);
        const ownersLetters = letters && UNIT_HEADS.has(cand.name.head ?? '') && RU_UNIVERSITY_ACRONYM.test(letters) && !abbreviates(letters, text);
        const acronym = ownersLetters ? undefined : letters;
        // "Eastern Branch of Coastal State University (CSU)": the letters spell the parent, so the parent is what the report calls CSU.
        const owner = parentCand && acronym && abbreviates(acronym, parentCand.text) && !abbreviates(acronym, text) ? parentCand : cand;
        if (acronym) {
          localAcronyms.set(acronym, owner.text);
          owner.name.acronym ??= acronym;
        }
      }
    }
    // «кафедра … АПУ» before or after «… университет (АПУ)»: the parent written as the report's acronym is that body.
    for (const c of out) {
      const full = localAcronyms.get(c.text);
      if (full && c.text !== full) c.name = { ...parseOrgName(full, ctx.gazetteers, { namedCountries: namedCountries(ctx) }), acronym: c.text };
    }
    shortFormsOfCoordinatedNames(out, ctx);
    out.push(...officeShorthands(ctx, out));
    out.push(...acronymsWithCountry(ctx, out, localAcronyms));
    out.push(...coordinatedAcronymNames(ctx, out, localAcronyms));
    out.push(...curatedAndAcronymMentions(ctx, out, localAcronyms));
    out.push(...initialsMentions(ctx, out, localAcronyms));
    out.push(...parentMentions(ctx, out));
    out.push(...universityAcronymMentions(ctx, out));
    // «Российской Федерации» has a body's head word («федерация») but is a country.
    // "the Ministries of Education of Armenia and ⟦Georgia⟧": a mention that is a country's name alone may stand for a body named in full.
    const bodies = out.filter((c) => !namesOnlyACountry(ctx, c.text) || !namesOnlyACountry(ctx, c.name.display));
    bodies.push(...impliedMinistries(ctx, bodies));
    bodies.push(...municipalities(ctx, bodies));
    return bodies.sort((a, b) => a.start - b.start);
  },
};

function undeclinedForeignName(word: string): boolean {
  const parses = parseRu(word);
  return parses.every((p) => !p.known) || parses.every((p) => p.known && p.pos === 'NOUN' && p.case === 'nomn' && !p.name && !p.surname && !p.geo && !p.org);
}

/** The name words from `from` on hold a body's head ("Nordvik University"): an item of a list of bodies, not of a name's fields. */
function itemNamesBody(tokens: Token[], from: number): boolean {
  for (let m = from; isNameWord(tokens[m]); m++) if (orgHeadOf(tokens[m]?.text ?? '') && isCapitalized(tokens[m]?.text ?? '')) return true;
  return false;
}

/**
 * "the Office for Schools and the Qualifications Framework" … "the Office for
 * Schools": a name that is the first half of a longer one, cut at its "and",
 * is that body's short form, not a second body.
 */
function shortFormsOfCoordinatedNames(found: OrganizationCandidate[], ctx: ExtractionContext): void {
  const full = found.filter((f) => !f.reference && !f.parentOf && / (?:and|и) /u.test(f.name.display)).map((f) => ({ f, padded: ` ${normalizeName(f.name.display)} ` }));
  for (const c of found) {
    if (c.reference || c.parentOf || full.length === 0 || c.name.display.split(/\s+/).length < 3) continue;
    const short = normalizeName(c.name.display);
    const long = full.find(({ f, padded }) => f !== c && (padded.includes(` ${short} and `) || padded.includes(` ${short} и `)))?.f;
    if (long) c.name = { ...parseOrgName(long.text, ctx.gazetteers, { namedCountries: namedCountries(ctx) }), acronym: long.name.acronym };
  }
  // "the Rio Claro university" after "Rio Claro State Pedagogical University": a lower-case head after
  // proper words shortens a name the report gave in full.
  for (const c of found) {
    const words = c.text.replace(/^the\s+/i, '').split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (c.reference || c.parentOf || words.length < 2 || isCapitalized(last) || !c.name.head || !headOf(last)) continue;
    const own = words.slice(0, -1).map((w) => normalizeName(w));
    const fulls = found.filter((f) => f !== c && !f.reference && !f.parentOf && f.name.head === c.name.head && isCapitalized(f.text.split(/\s+/).pop() ?? '') && own.every((w) => normalizeName(f.name.display).split(/[\s-]+/).includes(w)));
    const names = new Set(fulls.map((f) => normalizeName(f.name.display)));
    const only = names.size === 1 ? fulls[0] : undefined;
    if (only) c.name = { ...only.name };
  }
}

/**
 * "Lakeside Teachers College (LTC)", «Андийский педагогический университет
 * (АПУ)», "Ministry of Culture (MoC)": a word written as an abbreviation in
 * brackets right after a name is what the report calls that body from then on,
 * whether or not its letters spell the words (translated names rarely do).
 */
function bracketedAcronymAfter(ctx: ExtractionContext, end: number): string | undefined {
  // "(CEAT, Lima)": the acronym may share its brackets with the body's town.
  // «(ИРО РТ)», «(МОН РК)», «(ИРО ПК)»: a body's acronym and its state's or region's, one short name in two words.
  const m = /^\s?\(([\p{L}\p{N}]+)(\s\p{Lu}{2,3})?(?:\)|,\s)/u.exec(ctx.text.slice(end, end + 20));
  const word = m?.[1];
  if (!word || !isAcronym(word) || ctx.gazetteers.countries.codeOfAbbreviation(word)) return undefined;
  return word + (m?.[2] ?? '');
}

const BRIDGE_CONNECTORS = new Set(['of', 'and', 'the', 'и']);

/**
 * «Союз библиотекарей Эквадора (СБЭ)», «Ассоциация учителей истории и
 * географии (АУИГ)», "Reading Foundation Hope Valley (RFHV)": a few words
 * between a name and its bracketed acronym still belong to the name (a
 * country or region in the genitive, the tail of a list of subjects, an
 * eponym). Words that are another head noun, a post or a verb end it.
 */
function bridgeToBracketedAcronym(tokens: Token[], start: number, end: number, ctx: ExtractionContext): { end: number; acronym: string } | undefined {
  return shortBridge(tokens, end, ctx) ?? spelledBridge(tokens, start, end, ctx);
}

/**
 * «Центр исследований в обучении и средств контроля (ЦИОСК)»: a longer stretch,
 * prepositions included, still belongs to the name when the bracketed
 * acronym spells the whole of it.
 */
function spelledBridge(tokens: Token[], from: number, end: number, ctx: ExtractionContext): { end: number; acronym: string } | undefined {
  const first = tokens.findIndex((t) => t.start >= end);
  if (first < 0) return undefined;
  for (let k = first; k < tokens.length && k - first < 7; k++) {
    const w = tokens[k]?.text ?? '';
    if (w === '(') {
      const last = tokens[k - 1];
      const acronym = last && k > first ? bracketedAcronymAfter(ctx, last.end) : undefined;
      return acronym && last && abbreviates(acronym, ctx.text.slice(from, last.end)) && !abbreviates(acronym, ctx.text.slice(from, end)) ? { end: last.end, acronym } : undefined;
    }
    if (!/^\p{L}/u.test(w) || orgHeadOf(w) || POST_WORD.test(w) || RU_VERB.test(w.toLowerCase())) return undefined;
  }
  return undefined;
}

function shortBridge(tokens: Token[], end: number, ctx: ExtractionContext): { end: number; acronym: string } | undefined {
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0 || tokens[k]?.text === '(') return undefined;
  const first = k;
  while (k < tokens.length && k - first < 3) {
    const w = tokens[k]?.text ?? '';
    const lower = w.toLowerCase();
    if (!/^\p{L}/u.test(w) || orgHeadOf(w) || TITLE_WORDS.has(lower) || POST_WORD.test(w)) break;
    // "… of Chile and Andes Reading Society (ARS)": a capital after "and" starts the next body.
    if ((w === 'and' || w === 'и') && isCapitalized(tokens[k + 1]?.text ?? '')) break;
    // "Trade Union of Education in Finland (OAJ)": the country a national body serves, right before its letters.
    const served = w === 'in' ? matchCountryAt(tokens, k + 1, ctx.gazetteers) : null;
    if (served && tokens[served.end]?.text === '(') {
      k = served.end;
      break;
    }
    const cyrillic = /\p{Script=Cyrillic}/u.test(w);
    const nameWord = isCapitalized(w) ? !CAPITALIZED_STOPWORDS.has(lower) : BRIDGE_CONNECTORS.has(w) || (cyrillic && RU_GENITIVE.test(lower) && !RU_VERB.test(lower));
    if (!nameWord) break;
    k++;
  }
  const last = tokens[k - 1];
  if (k === first || !last || BRIDGE_CONNECTORS.has(last.text) || tokens[k]?.text !== '(' || tokens[k]?.start !== last.end + 1) return undefined;
  const acronym = bracketedAcronymAfter(ctx, last.end);
  return acronym ? { end: last.end, acronym } : undefined;
}

/**
 * A legal form before a quoted name is a body whatever the name says
 * (АО «…», АОО «…», LLC "…"): the span runs from the form to the closing
 * quote and replaces any name found inside it.
 */
function withLegalForms(spans: Span[], tokens: Token[], quotes: QuotedSpan[]): Span[] {
  const out = [...spans];
  for (const t of tokens) {
    if (!LEGAL_FORM.test(t.text)) continue;
    const q = quotes.filter((x) => x.start >= t.end && x.start - t.end <= 1).sort((a, b) => b.end - a.end)[0];
    if (!q) continue;
    const span: Span = { start: t.start, end: townOfNumberedSchool(tokens, q) ?? q.end, bare: false };
    // «Алматинский филиал АО «…»»: a branch already holds the body as its parent.
    if (out.some((o) => o.parent && o.parent.start <= span.start && o.parent.end >= span.end)) continue;
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i];
      if (!o || !(o.start < span.end && span.start < o.end)) continue;
      // «АО «…» Министерства …»: a name that ran on past the quote keeps what follows it, the body's parent.
      const after = o.end > span.end ? tokens.find((x) => x.start >= span.end && /^\p{L}/u.test(x.text)) : undefined;
      if (after && after.start < o.end && isCapitalized(after.text)) out.splice(i, 1, { start: after.start, end: o.end, bare: false });
      else out.splice(i, 1);
    }
    out.push(span);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** «МБОУ «Лицей № 22» г. Новосибирска»: the town after a numbered school's quoted name is part of it; where that name ends, else null. */
function townOfNumberedSchool(tokens: Token[], q: QuotedSpan): number | null {
  if (!/№\s*\d/u.test(q.inner)) return null;
  const k = tokens.findIndex((x) => x.start >= q.end);
  if (k < 0) return null;
  const m = tokens[k]?.text === 'г' && tokens[k + 1]?.text === '.' ? k + 2 : /^(?:города|села|посёлка|поселка)$/u.test(tokens[k]?.text ?? '') ? k + 1 : -1;
  const town = tokens[m];
  return m > 0 && town && isCapitalized(town.text) && /^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)?$/u.test(town.text) ? (tokens[russianTownEnd(tokens, m) - 1]?.end ?? town.end) : null;
}

/**
 * Where a Russian town's name starting at m ends: after its second word when
 * the first is its adjective in the genitive («Нижнего Новгорода», «Великих Лук»).
 */
function russianTownEnd(tokens: Token[], m: number): number {
  const [a, b] = [tokens[m], tokens[m + 1]];
  return a && b && b.start === a.end + 1 && /(?:его|ого|их|ых|ой)$/u.test(a.text) && /^\p{Lu}\p{Script=Cyrillic}+$/u.test(b.text) ? m + 2 : m + 1;
}

/** English heads of bodies that are named together with the body they belong to. */
const EN_UNIT_HEADS = new Set([...SUB_UNIT_HEADS, 'institute', 'centre', 'center', 'committee', 'council', 'agency', 'service', 'school', 'college', 'laboratory']);
/** A Russian word in the genitive: «Министерства», «Белорусского», «академии» (not «Академия»). */
const RU_OBLIQUE_START = /(?:ого|его|ой|ей|ых|их|ии|[^и]а|ы)$/u;
/** A state's own abbreviation after a name («… РК») is part of that name, not a parent body. */
const RU_STATE_ABBREVIATION = /^(?:РК|РФ|РБ|РТ|КР|РМ)$/u;
/** Heads of a university's units, named by their parent when written in lower case. */
const RU_UNIT_HEADS = new Set(['department', 'faculty']);

/** A capitalised body's name starts at `k`: its head word comes within a few capitalised or genitive words. */
function orgAhead(tokens: Token[], k: number): boolean {
  for (let m = k; m < k + 6 && tokens[m]; m++) {
    const w = tokens[m]?.text ?? '';
    if (orgHeadOf(w)) return true;
    if (!/^\p{L}/u.test(w)) return false;
  }
  return false;
}

/** "… of Helsinki's Kumpula campus": capitals after a possessive that close on a common noun name a thing the body has, not more of its name. */
function namesAThingOwned(tokens: Token[], m: number): boolean {
  let k = m;
  while (k < m + 4 && isNameWord(tokens[k])) k++;
  const after = tokens[k]?.text ?? '';
  return k > m && !orgHeadOf(tokens[k - 1]?.text ?? '') && /^\p{Ll}{3,}$/u.test(after) && !/^(?:of|and|for|on|in|the)$/u.test(after);
}

/** Acronyms of a parent body written after a unit's name: «кафедра … ТвГУ». */
const ACRONYM_LIKE = /^\p{Lu}[\p{Lu}\p{Ll}]{0,4}\p{Lu}$/u;

/**
 * A unit named with its parent ("Institute of X of the National Academy of Y",
 * «Комитет науки Министерства …», «кафедра … ТвГУ») is one name that holds
 * another: the outer span is the unit, the inner one its parent (PART_OF).
 */
function withParents(spans: Span[], tokens: Token[], text: string): Span[] {
  // From the right, so a unit of a unit («кафедра … Института филологии … университета») nests both parents.
  const out: Span[] = [];
  for (let i = spans.length - 1; i >= 0; i--) {
    const a = spans[i];
    if (!a) continue;
    const b = out[0];
    const between = b ? text.slice(a.end, b.start) : '';
    const cyr = /\p{Script=Cyrillic}/u.test(text.slice(a.start, a.end));
    const aHead = tokens.find((t) => t.start >= a.start && t.end <= a.end && headOf(t.text));
    if (b && !a.bare && !b.bare && aHead) {
      const bFirst = text.slice(b.start, b.end).split(/\s+/)[0] ?? '';
      const joins = cyr
        ? /^\s+$/.test(between) && /^\p{Lu}/u.test(bFirst) && RU_OBLIQUE_START.test(bFirst.toLowerCase())
        : /^\s+of\s+(?:the\s+)?$/.test(between) && EN_UNIT_HEADS.has(aHead.text.toLowerCase());
      if (joins) {
        out[0] = { start: a.start, end: b.end, bare: false, parent: { start: b.start, end: b.end, ...(b.parent ? { parent: b.parent } : {}) }, ...(cyr ? {} : { ownEnd: a.end }) };
        continue;
      }
    }
    const next = tokens.find((t) => t.start >= a.end);
    if (cyr && next && /^\s+$/.test(text.slice(a.end, next.start)) && ACRONYM_LIKE.test(next.text) && !RU_STATE_ABBREVIATION.test(next.text) && !NOT_A_BODY_ACRONYM.test(next.text)) {
      // «Институт образования НИУ ВШЭ»: a parent's type acronym («НИУ», «ФГБОУ») and its own name make one parent.
      const second = tokens.find((t) => t.start >= next.end);
      const last = second && second.start === next.end + 1 && isAllCaps(second.text) && !RU_STATE_ABBREVIATION.test(second.text) ? second : next;
      out.unshift({ ...a, end: last.end, parent: { start: next.start, end: last.end } });
      continue;
    }
    out.unshift(a);
  }
  return out;
}

function quoteAt(quotes: QuotedSpan[], pos: number, edge: 'start' | 'end'): QuotedSpan | undefined {
  return quotes.find((q) => (edge === 'start' ? q.start === pos : q.end === pos));
}

function isNameWord(t: Token | undefined): boolean {
  if (!t || !/^\p{L}/u.test(t.text) || !isCapitalized(t.text)) return false;
  const lower = t.text.toLowerCase();
  return !CAPITALIZED_STOPWORDS.has(lower) && !TITLE_WORDS.has(lower) && !MONTHS.test(lower);
}

const RED_CROSS_HEAD = { head: 'society', kind: 'ngo' } as const;

/**
 * "the universities of Helsinki, Turku and Oulu": a plural head shared by a
 * list of towns names one body per town, each called by the head and its town.
 */
function universitiesOfTowns(tokens: Token[], i: number, gazetteers: Gazetteers): Span[] {
  if (!/^[Uu]niversities$/u.test(tokens[i]?.text ?? '') || tokens[i + 1]?.text !== 'of') return [];
  const out: Span[] = [];
  let k = i + 2;
  for (;;) {
    // "… Turku and Eastern Finland": a part of a country, a compass word before its name, is named the same way.
    const region = /^(?:Eastern|Western|Northern|Southern|Central)$/u.test(tokens[k]?.text ?? '') ? matchCountryAt(tokens, k + 1, gazetteers) : null;
    const town = region ?? matchCityAt(tokens, k, gazetteers);
    if (!town) break;
    const first = tokens[k];
    const last = tokens[town.end - 1];
    if (!first || !last) break;
    out.push({ start: first.start, end: last.end, bare: false, name: `University of ${tokens.slice(k, town.end).map((x) => x.text).join(' ')}` });
    k = town.end;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.text === 'and') k++;
    else if (tokens[k - 1]?.text !== ',') break;
  }
  return out.length >= 2 ? out : [];
}

/**
 * "the Şanlıurfa and Hatay Provincial Directorates of National Education",
 * "the Almaty and Astana City Education Departments": towns before a plural
 * head name one body each, the head made singular.
 */
function townsSharingAHead(tokens: Token[], i: number, gazetteers: Gazetteers): Span[] {
  if (i > 0 && isCapitalized(tokens[i - 1]?.text ?? '') && tokens[i - 1]?.text !== 'The') return [];
  const towns: Array<{ from: number; to: number }> = [];
  let k = i;
  for (;;) {
    const town = matchCityAt(tokens, k, gazetteers);
    if (!town) break;
    towns.push({ from: k, to: town.end });
    k = town.end;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.text === 'and') {
      // "Şanlıurfa and Hatay": after a town, a province of one word is named alike.
      const next = tokens[k + 1]?.text ?? '';
      if (!matchCityAt(tokens, k + 1, gazetteers) && /^\p{Lu}\p{Ll}+$/u.test(next) && !pluralOrgHead(tokens[k + 2]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) {
        towns.push({ from: k + 1, to: k + 2 });
        k += 2;
        break;
      }
      k++;
      continue;
    }
    if (tokens[k - 1]?.text !== ',') break;
  }
  if (towns.length < 2) return [];
  const lastTown = towns[towns.length - 1];
  if (!lastTown) return [];
  // Up to three capitalised words, then the plural head.
  let h = lastTown.to;
  while (h - lastTown.to < 3 && /^\p{Lu}\p{L}+$/u.test(tokens[h]?.text ?? '') && !pluralOrgHead(tokens[h]?.text ?? '')) h++;
  const singular = pluralOrgHead(tokens[h]?.text ?? '');
  if (!singular) return [];
  let end = h + 1;
  // "… of National Education", "… of Youth and Sports": the shared remit.
  if (tokens[end]?.text === 'of' && isCapitalized(tokens[end + 1]?.text ?? '')) {
    end += 2;
    while (isCapitalized(tokens[end]?.text ?? '') || (tokens[end]?.text === 'and' && isCapitalized(tokens[end + 1]?.text ?? ''))) end++;
  }
  const words = (from: number, to: number): string => tokens.slice(from, to).map((x) => x.text).join(' ');
  const shared = [words(lastTown.to, h), singular, words(h + 1, end)].filter(Boolean).join(' ');
  // The last town's mention runs to the phrase's end, so the shared words are not read again as a body of their own.
  return towns.map(({ from, to }, n) => ({ start: tokens[from]?.start ?? 0, end: tokens[(n === towns.length - 1 ? end : to) - 1]?.end ?? 0, bare: false, name: `${words(from, to)} ${shared}` }));
}

/**
 * "the Ministries of Education of Armenia and Georgia", "the ministries of
 * education and science of Kazakhstan and Kyrgyzstan": one plural body of
 * several places is one body of each, named in the singular.
 */
function placesSharingABody(tokens: Token[], i: number, gazetteers: Gazetteers): Span[] {
  const singular = pluralOrgHead(tokens[i]?.text ?? '');
  if (!singular || tokens[i + 1]?.text !== 'of') return [];
  const placeEnd = (k: number): number | null => (matchCountryAt(tokens, k, gazetteers) ?? matchCityAt(tokens, k, gazetteers))?.end ?? null;
  // The remit runs to the last "of" before a list of places ("of Education and Science of ⟦A⟧ and ⟦B⟧").
  for (let of = i + 1; of < Math.min(tokens.length, i + 10); of++) {
    if (tokens[of]?.text !== 'of') continue;
    const places = listedPlaces(tokens, of + 1, placeEnd, 'and');
    // "the institutions of Belarus and Russia": without a remit of its own only a place's government names a body
    // ("the Municipalities of Ankara and Izmir"); other plurals describe.
    if (places.length < 2 || (of === i + 1 && !PLACE_GOVERNMENT.test(singular))) continue;
    const remit = tokens.slice(i + 1, of).map((x) => (/^(?:of|and|for|the)$/u.test(x.text) ? x.text : capitalized(x.text)));
    return bodyPerPlace(tokens, i, places, (place) => [capitalized(singular), ...remit, 'of', place].join(' '));
  }
  return [];
}

const PLACE_GOVERNMENT = /^(?:ministry|municipality|governorship|governorate|government|administration|parliament|embassy|consulate|presidency|prefecture|mayoralty)$/iu;

/** "Directorates" → "Directorate", "Universities" → "University": the singular of a plural organization head, or null. */
function pluralOrgHead(word: string): string | null {
  const singular = word.replace(/ies$/u, 'y').replace(/(?<=(?:ch|sh|x))es$/u, '').replace(/(?<!s)s$/u, '');
  return singular !== word && headOf(singular) ? singular : null;
}

function englishSpans(tokens: Token[], quotes: QuotedSpan[], gazetteers: Gazetteers, given: ReadonlyMap<string, string>): Span[] {
  const spans: Span[] = [];
  let skipUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.start < skipUntil) continue;
    const shared = universitiesOfTowns(tokens, i, gazetteers).concat(townsSharingAHead(tokens, i, gazetteers), placesSharingABody(tokens, i, gazetteers));
    if (shared.length > 0) {
      spans.push(...shared);
      skipUntil = shared[shared.length - 1]?.end ?? skipUntil;
      continue;
    }
    // "Turkish Red Crescent", "Kazakh Red Crescent Society": a national Red Cross or Red Crescent society.
    const head = headOf(t.text) ?? (/^(?:Crescent|Cross)$/u.test(t.text) && tokens[i - 1]?.text === 'Red' && tokens[i - 1]?.end === t.start - 1 ? RED_CROSS_HEAD : null);
    if (!head || insideTitleQuote(quotes, t)) continue;
    const capitalHead = isCapitalized(t.text);
    // "a delegation of Amrita University": in lower case, the people a body sent, not a body of its own;
    // "a branch of Nordvik University" names what a body is, in apposition, not another body.
    if (!capitalHead && (t.text === 'delegation' || (t.text === 'branch' && /^an?$/iu.test(tokens[i - 1]?.text ?? '')))) continue;
    // "Public Service Commission", "Teacher Training Centre": the last of two heads names the body, and takes the first as a name word.
    const nextWord = tokens[i + 1];
    if (capitalHead && nextWord && nextWord.start === t.end + 1 && isCapitalized(nextWord.text) && headOf(nextWord.text) && !/['’]s$/u.test(t.text)) continue;
    let start = t.start;
    let end = t.end;
    let informative = false;
    // Grow to the left over the name words, initials, quoted names and modifiers.
    let j = i - 1;
    while (j >= 0) {
      const l = tokens[j];
      if (!l || l.start < skipUntil) break;
      const q = quoteAt(quotes, l.end, 'end');
      if (q && /['’"”»]/.test(l.text)) {
        start = q.start;
        informative = true;
        j = tokens.findIndex((x) => x.start === q.start) - 1;
        continue;
      }
      // "National Teachers' Union": a plural possessive is a name word with its apostrophe.
      const owner = tokens[j - 1];
      if (/^['’]$/u.test(l.text) && owner && owner.end === l.start && /s$/u.test(owner.text) && isNameWord(owner)) {
        start = owner.start;
        informative = true;
        j -= 2;
        continue;
      }
      if (l.text === '.' && /^(?:\p{Lu}|St)$/u.test(tokens[j - 1]?.text ?? '') && tokens[j - 1]?.end === l.start) {
        start = tokens[j - 1]?.start ?? start;
        informative = true;
        j -= 2;
        continue;
      }
      // "Astana's Nazarbayev Intellectual School": a town's possessive says where the body is; it is no part of its name.
      if (/['’]s$/u.test(l.text) && start !== t.start && matchCityAt(tokenize(l.text.replace(/['’]s$/u, ''), l.start), 0, gazetteers)) break;
      // "the Ministry of National Education's General Directorate": a possessive closing another body's "of" chain is that body, the owner.
      if (/['’]s$/u.test(l.text) && start !== t.start && closesOwnersChain(tokens, j)) break;
      if (isNameWord(l) || isAllCaps(l.text)) {
        start = l.start;
        informative = true;
        j--;
        continue;
      }
      // "General Directorate", "General Secretariat": right before its head, "General" is the body's adjective, not a post.
      if (capitalHead && start === t.start && l.text === 'General') {
        start = l.start;
        informative = true;
        j--;
        continue;
      }
      // "Women's Teacher Training University": a title word between name words is part of the name, not a post.
      // "The Teacher Support Centre", "• Teacher Foundation": so is one right after the article or opening the line.
      if (capitalHead && isCapitalized(l.text) && TITLE_WORDS.has(l.text.toLowerCase()) && (start !== t.start || isNameWord(tokens[j - 1])) && (isNameWord(tokens[j - 1]) || !isCapitalized(tokens[j - 1]?.text ?? '') || /^the$/iu.test(tokens[j - 1]?.text ?? '') || !/^\p{L}/u.test(tokens[j - 1]?.text ?? ''))) {
        start = l.start;
        j--;
        continue;
      }
      if (ORG_MODIFIERS.has(l.text.toLowerCase()) && !capitalHead) {
        start = l.start;
        j--;
        continue;
      }
      // "National Scientific and Practical Centre", "Research and Methodological Centre": two modifiers of one head.
      const modifierBefore = tokens[j - 1];
      if (l.text === 'and' && start !== t.start && modifierBefore && EN_MODIFIER_ADJECTIVE.test(modifierBefore.text) && EN_MODIFIER_ADJECTIVE.test(tokens[j + 1]?.text ?? '') && !orgHeadOf(modifierBefore.text)) {
        start = modifierBefore.start;
        j -= 2;
        continue;
      }
      // "UNICEF East Asia and Pacific Regional Office", "… Europe and Central Asia Regional Office": a region named
      // by two parts joined by "and" is one word of the office's name.
      const and = l.text === 'the' && tokens[j - 1]?.text === 'and' ? j - 1 : j;
      if (tokens[and]?.text === 'and' && start !== t.start && capitalHead && REGION_WORD.test(tokens[and - 1]?.text ?? '') && REGION_WORD.test(tokens[j + 1]?.text ?? '')) {
        start = tokens[and - 1]?.start ?? start;
        j = and - 2;
        continue;
      }
      // "the Education and Youth Board": two name words joined by "and" after the article name one body.
      const joined = tokens[j - 1];
      if (l.text === 'and' && start !== t.start && joined && isNameWord(joined) && tokens[j - 2]?.text === 'the' && !orgHeadOf(joined.text)) {
        start = joined.start;
        j -= 2;
        continue;
      }
      if (LEFT_CONNECTORS.has(l.text)) {
        let k = j;
        while (k >= 0 && LEFT_CONNECTORS.has(tokens[k]?.text ?? '') && j - k < 2) k--;
        // "Speaking for the Coastal Trust": a sentence's opening verb before "for the" is no name word.
        const opensClause = k === 0 || !/^\p{L}/u.test(tokens[k - 1]?.text ?? '');
        const verbOpening = opensClause && /^\p{Lu}\p{Ll}+ing$/u.test(tokens[k]?.text ?? '') && isEnglishVerb((tokens[k]?.text ?? '').toLowerCase().replace(/ing$/u, ''));
        if (isNameWord(tokens[k]) && !verbOpening && start !== t.start && !orgHeadOf(tokens[k]?.text ?? '') && (tokens[k]?.start ?? 0) >= skipUntil) {
          start = tokens[k]?.start ?? start;
          j = k - 1;
          continue;
        }
      }
      break;
    }
    // Grow to the right: quoted name, "of/for/on + Capitalised chain", "named after …", "(ACRONYM)".
    let k = i + 1;
    let acronym: string | undefined;
    let parent: { start: number; end: number } | undefined;
    for (;;) {
      const r = tokens[k];
      if (!r) break;
      const q = quoteAt(quotes, r.start, 'start');
      if (q && (!capitalHead || k === i + 1 || properNameQuote(q, end))) {
        end = q.end;
        informative = true;
        k = tokens.findIndex((x) => x.start >= q.end);
        if (k < 0) k = tokens.length;
        continue;
      }
      if (r.text === 'named' && tokens[k + 1]?.text === 'after') {
        let m = k + 2;
        while (tokens[m] && /^\p{Lu}\p{Ll}?$/u.test(tokens[m]?.text ?? '') && tokens[m + 1]?.text === '.') m += 2;
        let words = 0;
        while (isNameWord(tokens[m]) && words < 2 && !orgHeadOf(tokens[m]?.text ?? '')) {
          m++;
          words++;
        }
        if (words === 0) break;
        end = tokens[m - 1]?.end ?? end;
        informative = true;
        k = m;
        continue;
      }
      // "LUMA Centre Finland": a country right after a capitalised head, closing the name, is part of a national body's name.
      if (k === i + 1 && capitalHead && informative && !PLACED_HEADS.has(t.text.toLowerCase())) {
        const country = matchCountryAt(tokens, k, gazetteers);
        const next = country ? tokens[country.end] : undefined;
        if (country && !isNameWord(next) && !/^['’]/u.test(next?.text ?? '') && next?.text !== '(') {
          end = tokens[country.end - 1]?.end ?? end;
          k = country.end;
          break;
        }
      }
      // "Universidad Nacional de Colombia", "Jamia Millia Islamia": a name in its own language follows its head.
      if (k === i + 1 && capitalHead && HEAD_FIRST.test(t.text)) {
        let m = k;
        let last = -1;
        while (tokens[m] && (isCapitalized(tokens[m]?.text ?? '') ? !CAPITALIZED_STOPWORDS.has((tokens[m]?.text ?? '').toLowerCase()) && !headOf(tokens[m]?.text ?? '') : HEAD_FIRST_CONNECTORS.has(tokens[m]?.text ?? ''))) {
          if (isCapitalized(tokens[m]?.text ?? '')) last = m;
          m++;
        }
        if (last >= k) {
          end = tokens[last]?.end ?? end;
          informative = true;
          k = last + 1;
          continue;
        }
      }
      // "Directorate General for Teacher Training": "General" right after the head is still the head, and the chain follows it.
      if (k === i + 1 && capitalHead && r.text === 'General' && r.start === t.end + 1 && GENERAL_AFTER_HEAD.test(`${t.text}-General`) && /^(?:for|of)$/u.test(tokens[k + 1]?.text ?? '')) {
        end = r.end;
        k++;
        continue;
      }
      // "No. 5", "№ 12": numbered schools and kindergartens.
      if ((r.text === 'No' && tokens[k + 1]?.text === '.' && /^\d+$/.test(tokens[k + 2]?.text ?? '')) || (r.text === '№' && /^\d+$/.test(tokens[k + 1]?.text ?? ''))) {
        const m = r.text === '№' ? k + 1 : k + 2;
        end = tokens[m]?.end ?? end;
        informative = true;
        k = m + 1;
        continue;
      }
      // "Office in Riga", "Council in Latvia": the place is part of an office's identity.
      // "Mission to Moldova", "Delegation … to Kazakhstan": a mission's host country likewise.
      const toHost = r.text === 'to' && /^(?:mission|delegation|representation|embassy)$/i.test(t.text);
      if ((r.text === 'in' || toHost) && (PLACED_HEADS.has(t.text.toLowerCase()) || PLACED_HEADS.has(tokens[k - 1]?.text.toLowerCase() ?? '')) && isCapitalized(t.text)) {
        let m = k + 1;
        if (tokens[m]?.text === 'the') m++;
        const place = matchCountryAt(tokens, m, gazetteers) ?? matchCityAt(tokens, m, gazetteers) ?? (toHost ? hostBodyAt(tokens, m) : null);
        if (!place) break;
        end = tokens[place.end - 1]?.end ?? end;
        informative = true;
        k = place.end;
        continue;
      }
      // "Institute … under the Ministry of …" names its parent as part of its own name.
      if (r.text === 'under' && isCapitalized(t.text)) {
        let m = k + 1;
        if (tokens[m]?.text === 'the') m++;
        if (isAcronym(tokens[m]?.text ?? '')) {
          end = tokens[m]?.end ?? end;
          k = m + 1;
          continue;
        }
        break;
      }
      if (FIRST_RIGHT_CONNECTORS.has(r.text) || (r.text === 'of' && SUB_UNIT_HEADS.has(t.text.toLowerCase()))) {
        let m = k + 1;
        if (tokens[m]?.text === 'the') m++;
        const chainStart = m;
        let last = -1;
        let hitsHead = false;
        while (m < tokens.length) {
          const c = tokens[m];
          if (!c) break;
          // Title words are name words here ("Centre for Teacher Training").
          if (isNameWord(c) || isAllCaps(c.text) || (isCapitalized(c.text) && TITLE_WORDS.has(c.text.toLowerCase()))) {
            // "Head of the Department of Pedagogy of TSPU Irina Petrova spoke": the post's holder closes the chain, not the body.
            if (last >= chainStart && holderAt(tokens, m, given)) break;
            // "Ministry of Education Director General for Schools Selin Kaya": a post and its holder after the body's name are no part of it.
            if (last >= chainStart && postBeforeHolder(tokens, m, given)) break;
            // "Director of the Institute of Psychology and Education Ayrat Kalimullin spoke": after a post, two closing words no
            // English lexicon knows, the last shaped like a surname, are the post's holder.
            if (last >= chainStart && unknownHolderAt(tokens, m) && tokens.slice(Math.max(0, i - 4), i).some((x) => TITLE_WORDS.has(x.text.toLowerCase()))) break;
            // "University of Helsinki LUMO Centre": a place closes the owner's name; the unit named after it is another span.
            if (last >= chainStart && placeEndsAt(tokens, chainStart, m, gazetteers) && OWNER_HEAD.test(t.text) && namesAUnit(tokens.slice(m, m + 6))) break;
            // Only a head that ends its noun group names another body ("School Education" does not).
            // A plural head is whom the body serves ("Centre for Rural Schools", "Association of Universities").
            const h = orgHeadOf(c.text);
            if (h && isCapitalized(c.text) && (!isNameWord(tokens[m + 1]) || holderAt(tokens, m + 1, given)) && !(h.head !== c.text.toLowerCase() && /s$/i.test(c.text))) hitsHead = true;
            last = m;
            m++;
            // "… of Education's Ana Torres": a possessive ends the name; what follows is the body's.
            if (/['’]s$/u.test(c.text) && m > chainStart && (!isCapitalized(tokens[m]?.text ?? 'a') || isKnownGivenName(tokens[m]?.text ?? '') || ((placeAt(tokenize(c.text.replace(/['’]s$/u, ''), c.start), 0, gazetteers) || (MINISTRY_HEAD.test(t.text) && DIRECTORATE_OPENING.test(tokens[m]?.text ?? ''))) && ownUnitFollows(tokens, m)) || namesAThingOwned(tokens, m))) break;
          } else if (c.text === 'and' && (isAllCaps(tokens[m + 1]?.text ?? '') || (headOf(tokens[m + 1]?.text ?? '') && (last > chainStart || numberedOrNamed(tokens, m + 2))) || secondNameAfterAnd(tokens, start, chainStart, m, gazetteers))) {
            // "… of Latvia and UNICEF", "… of Valmiera and Gymnasium No. 2": a second body, not more name.
            // "… and Research and the Education and Youth Board": the second body began at its "the".
            const opened = secondBodyOpening(tokens, chainStart, m);
            if (opened !== null) last = opened;
            break;
          } else if (c.text === 'with' && last >= chainStart && quotedNameAfterWords(tokens, quotes, m + 1) > 0) {
            // 'Association of Families of Children with Hearing Loss "Hope"': a proper name closing the
            // phrase vouches for the words before it being name too.
            const n = quotedNameAfterWords(tokens, quotes, m + 1);
            last = n - 1;
            m = n;
          } else if (c.text === 'in' && !PLACED_HEADS.has(t.text.toLowerCase()) && placeAt(tokens, m + 1, gazetteers)) {
            // "University of Lisbon in Porto": where a body is, not part of its name (offices aside).
            break;
          } else if (CHAIN_CONNECTORS.has(c.text) && (isNameWord(tokens[m + 1]) || (tokens[m + 1]?.text === 'the' && isNameWord(tokens[m + 2])))) {
            m++;
          } else if (c.text === ',' && isNameWord(tokens[m + 1]) && listClosesWithAnd(tokens, m + 1) && !itemNamesBody(tokens, m + 1)) {
            // "Ministry of Education, Science and Youth": a comma list inside the name;
            // "University of Tartu, Nordvik University and …" lists other bodies.
            m++;
          } else if (c.text === 'No' && tokens[m + 1]?.text === '.' && /^\d+$/.test(tokens[m + 2]?.text ?? '')) {
            last = m + 2;
            m += 3;
          } else break;
        }
        // A chain holding another head noun is a parent body ("… of the Ministry of …"): stop before it,
        // unless this body is a unit of that one ("Branch of … University").
        if (last < chainStart) break;
        if (hitsHead && !SUB_UNIT_HEADS.has(t.text.toLowerCase())) {
          // "Institute of X of the Academy of Y", "Ministry of X and the University of Y": the name ends
          // before the other body; withParents joins a unit to its parent again.
          const cut = beforeOtherBody(tokens, chainStart, last);
          if (cut >= chainStart) {
            end = tokens[cut]?.end ?? end;
            informative = true;
          }
          break;
        }
        if (hitsHead) parent = parentInChain(tokens, chainStart, last);
        // "Institute of Psychology and Education of KFU": a unit's chain closing on "of" and an acronym names its parent by it.
        else if (last > chainStart && isAllCaps(tokens[last]?.text ?? '') && tokens[last - 1]?.text === 'of' && EN_UNIT_HEADS.has(t.text.toLowerCase())) parent = { start: tokens[last]?.start ?? 0, end: tokens[last]?.end ?? 0 };
        end = tokens[last]?.end ?? end;
        informative = true;
        k = last + 1;
        continue;
      }
      if (r.text === '(' && isAllCaps(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') {
        acronym = tokens[k + 1]?.text;
        // "Korea International Cooperation Agency (KOICA) in Uzbekistan": the office, its body inside.
        const place = PLACED_HEADS.has(t.text.toLowerCase()) && capitalHead && tokens[k + 3]?.text === 'in' ? countryAt(tokens, k + 4, gazetteers) : null;
        if (place) {
          parent = { start, end };
          end = place.end;
        }
        break;
      }
      break;
    }
    if (!capitalHead && !informative) continue;
    // "the University of Education's rector": the possessive ending is not part of the name.
    if (/['’]s$/u.test(tokens.find((x) => x.end === end)?.text ?? '') && end - 2 > t.end) end -= 2;
    if (namesEventOrTitle(tokens, quotes, start, end) || topicOfEvent(tokens, start)) continue;
    // "Latvian schools", "the school's": a lower-case plural or possessive head is a description.
    if (!capitalHead && (/['’]s$/.test(t.text) || (head.head !== t.text.toLowerCase() && /s$/i.test(t.text)))) continue;
    // "the Tartu university", "Riga university": a lower-case head names no body of its own; it refers back to one.
    const properWords = tokens.filter((x) => x.start >= start && x.end <= end && isNameWord(x)).length;
    const bare = (start === t.start && end === t.end) || (!capitalHead && end === t.end && properWords < 2 && !quotes.some((q) => q.start >= start && q.end <= end));
    if (start === t.start && end === t.end && !capitalHead) continue;
    if (bare && i === 0 && tokens.length > 1 && !/^(?:foundation|fund|university|academy|institute|ministry)/i.test(t.text)) continue;
    // "Head of Department at the Ministry": a bare head after a title and "of" is the rest of the title.
    if (bare && tokens[i - 1]?.text === 'of' && TITLE_WORDS.has(tokens[i - 2]?.text.toLowerCase() ?? '')) continue;
    spans.push({ start, end, bare, ...(acronym ? { acronym } : {}), ...(parent ? { parent } : {}) });
    skipUntil = end;
  }
  return unitsNamedWithOwner(spans, tokens);
}

/** Words of the world's regions as international bodies divide it ("East Asia and Pacific", "Latin America and the Caribbean"). */
const REGION_WORD = /^(?:East|West|North|South|Central|Eastern|Western|Northern|Southern|Asia|Pacific|Africa|Europe|America|Americas|Caribbean|Arab|States|Middle|Gulf|Balkans|Caucasus|Baltic|Mediterranean)$/u;

/** Heads of bodies that have units of their own. */
const OWNER_HEAD = /^(?:University|Academy|Institute|Ministry|College|Foundation)$/u;
/** Heads of the units a body has. */
const OWN_UNIT_HEAD = /^(?:Faculty|Department|School|Centre|Center|Institute|Chair|Laboratory|Lab|Division|College|Office)$/u;

/**
 * "Tampere University LUMO Centre", "the University of Oulu Graduate School
 * of Education", "Nordvik University Institute of Physics": a body's name
 * written right before a unit's is the unit's owner, and both together are
 * the unit's full name, with the owner as its parent (PART_OF).
 */
function unitsNamedWithOwner(spans: Span[], tokens: Token[]): Span[] {
  const wordsOf = (x: { start: number; end: number }): Token[] => tokens.filter((t) => t.start >= x.start && t.end <= x.end);
  const ownsUnits = (x: Span): boolean => {
    const w = wordsOf(x);
    return !x.bare && w.length >= 2 && (OWNER_HEAD.test(w[w.length - 1]?.text ?? '') || (OWNER_HEAD.test(w[0]?.text ?? '') && w[1]?.text === 'of'));
  };
  const out: Span[] = [];
  for (const b of spans) {
    const a = out[out.length - 1];
    const bWords = wordsOf(b);
    if (a && !a.acronym && ownsUnits(a) && !b.bare && !b.parent && namesAUnit(bWords) && adjacent(tokens, a.end, b.start)) {
      out[out.length - 1] = { ...b, start: a.start, parent: { start: a.start, end: a.end, ...(a.parent ? { parent: a.parent } : {}) } };
      continue;
    }
    // One span already holding both: the owner ends at its head, and a unit's name follows.
    const p = b.parent || b.bare ? -1 : bWords.findIndex((t, k) => k >= 1 && OWNER_HEAD.test(t.text) && isNameWord(bWords[k + 1]) && namesAUnit(bWords.slice(k + 1)));
    const ownerEnd = bWords[p]?.end;
    out.push(ownerEnd !== undefined && !bWords.slice(0, p).some((t) => /^(?:of|for|and)$/u.test(t.text)) ? { ...b, parent: { start: b.start, end: ownerEnd } } : b);
  }
  return out;
}

/** Leading name words that open with a unit's head or end in one ("LUMO Centre", "Graduate School" of "… of Education"). */
function namesAUnit(words: Token[]): boolean {
  const cut = words.findIndex((t) => !isNameWord(t) && !isAllCaps(t.text));
  const own = cut < 0 ? words : words.slice(0, cut);
  return own.length > 0 && (OWN_UNIT_HEAD.test(own[0]?.text ?? '') || OWN_UNIT_HEAD.test(own[own.length - 1]?.text ?? ''));
}

/** Only a space between: no word or mark (tokens leave out nothing else). */
function adjacent(tokens: Token[], from: number, to: number): boolean {
  return to > from && to - from <= 2 && !tokens.some((t) => t.start >= from && t.end <= to);
}

/** A country at token i, after an optional "the": where an office is. */
function countryAt(tokens: Token[], i: number, gazetteers: Gazetteers): { end: number } | null {
  const m = tokens[i]?.text === 'the' ? i + 1 : i;
  const place = matchCountryAt(tokens, m, gazetteers);
  const end = place ? tokens[place.end - 1]?.end : undefined;
  return end === undefined ? null : { end };
}

/**
 * Capitalised words from token i that run, without another head noun, into
 * a short quoted proper name: the index of the token where the quote opens, or 0.
 */
function quotedNameAfterWords(tokens: Token[], quotes: QuotedSpan[], i: number): number {
  let n = i;
  while (isNameWord(tokens[n]) && !headOf(tokens[n]?.text ?? '') && n - i < 4) n++;
  const open = tokens[n];
  const prev = tokens[n - 1];
  if (n === i || !open || !prev) return 0;
  const q = quoteAt(quotes, open.start, 'start');
  return q && properNameQuote(q, prev.end) ? n : 0;
}

/**
 * In a chain that runs into another body's name, the last token of this
 * body's own name: the word before the "of (the)" or "and (the)" that opens
 * the other body's noun group. -1 when no such break exists.
 */
function beforeOtherBody(tokens: Token[], from: number, to: number): number {
  let h = from;
  while (h <= to && !(headOf(tokens[h]?.text ?? '') && isCapitalized(tokens[h]?.text ?? '') && (h === to || !isNameWord(tokens[h + 1])))) h++;
  let g = h;
  while (g > from && isNameWord(tokens[g - 1])) g--;
  let c = g - 1;
  if (tokens[c]?.text === 'the') c--;
  if (!['of', 'and'].includes(tokens[c]?.text ?? '')) return -1;
  return c - 1 >= from && isNameWord(tokens[c - 1]) ? c - 1 : -1;
}

/** Event kinds named with a head noun of bodies: "Summer School", "Winter School". */
const EVENT_WITH_HEAD = new RegExp(`\\b(?:${EVENT_KINDS.filter((k) => k.kind.split(' ').some((w) => orgHeadOf(w))).map((k) => k.en).join('|')})\\b`, 'i');

const RU_EVENT_ENDING = new RegExp(`(?:${EVENT_KINDS.map((k) => k.ru).join('|')})$`, 'iu');

const EVENT_KIND_WORD = new RegExp(`^(?:${EVENT_KINDS.map((k) => k.en).join('|')})$`, 'i');

/** "Conference on Inclusive Schools": what an event is on or about is its topic, not a body. */
function topicOfEvent(tokens: Token[], start: number): boolean {
  let j = tokens.findIndex((t) => t.start >= start) - 1;
  if (tokens[j]?.text === 'the') j--;
  return /^(?:on|about)$/.test(tokens[j]?.text ?? '') && EVENT_KIND_WORD.test(tokens[j - 1]?.text ?? '');
}

/**
 * "the GreenLeaf Summer School on Soil", or a phrase the report quotes as a
 * title elsewhere ('"Code for Village Schools"'): an event or a title, not a body.
 */
function namesEventOrTitle(tokens: Token[], quotes: QuotedSpan[], start: number, end: number): boolean {
  const text = tokens.filter((t) => t.start >= start && t.end <= end).map((t) => t.text).join(' ');
  if (EVENT_WITH_HEAD.test(text)) return true;
  if (quotes.some((q) => q.start >= start && q.end <= end)) return false;
  const plain = normalizeName(text);
  return quotes.some((q) => !isSpeechQuote(q) && normalizeName(q.inner) === plain);
}

/** A city or country named at token i (after an optional "the"), spelled exactly. */
function placeAt(tokens: Token[], i: number, gazetteers: Gazetteers): boolean {
  const m = tokens[i]?.text === 'the' ? i + 1 : i;
  if (matchCountryAt(tokens, m, gazetteers)) return true;
  const city = matchCityAt(tokens, m, gazetteers);
  return !!city && !city.value.loose;
}

/** "No. 3", "№ 3", "named after …": what follows a head that starts a second numbered or eponymous body. */
function numberedOrNamed(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.text ?? '';
  return (w === 'No' && tokens[i + 1]?.text === '.') || w === '№' || (w === 'named' && tokens[i + 1]?.text === 'after');
}

/**
 * 'Centre for Teacher Support "Bright Start"': a short capitalised quote
 * right after a full name is that body's own name; a longer one, or one after
 * a comma or a verb, is speech or a title.
 */
function properNameQuote(q: QuotedSpan, nameEnd: number): boolean {
  const words = q.inner.trim().split(/\s+/);
  return q.start - nameEnd === 1 && words.length <= 4 && /^\p{Lu}/u.test(q.inner.trim());
}

/**
 * The body a unit's chain names: from the noun group of its first head noun to
 * the end of the chain ("… of Riverside State University", "… of the
 * University of Ghana"). A head alone ("… of the University") is no name.
 */
function parentInChain(tokens: Token[], from: number, to: number): { start: number; end: number } | undefined {
  let h = from;
  while (h <= to && !(headOf(tokens[h]?.text ?? '') && isCapitalized(tokens[h]?.text ?? '') && (h === to || !isNameWord(tokens[h + 1])))) h++;
  if (h > to) return undefined;
  let g = h;
  while (g > from && isNameWord(tokens[g - 1])) g--;
  const start = tokens[g]?.start;
  const end = tokens[to]?.end;
  return g === to || start === undefined || end === undefined ? undefined : { start, end };
}

/**
 * "… of the Republic of Chile and Readers Without Borders (RWB)", "… of
 * Ghana and Coastal Reading Society": the "and" at m joins two names, not
 * two words of one, when a country has closed the first name, or when what
 * follows has its own acronym or ends in a head noun.
 */
/** A town by a name no ordinary word shares ("Phnom Penh", not "Reading"). */
function townAt(tokens: Token[], k: number, gazetteers: Gazetteers): { end: number } | null {
  const m = matchCityAt(tokens, k, gazetteers);
  return m && !m.value.loose && !tokens.slice(k, m.end).some((t) => isOrdinaryEnglishWord(t.text)) ? m : null;
}

function secondNameAfterAnd(tokens: Token[], nameStart: number, chainStart: number, m: number, gazetteers: Gazetteers): boolean {
  // "… of Laos and UNICEF", "… of Phnom Penh and Somchai …": a name that ends in a place is whole.
  for (let k = chainStart; k < m; k++) {
    const c = matchCountryAt(tokens, k, gazetteers) ?? townAt(tokens, k, gazetteers);
    if (c && c.end === m) return true;
  }
  // "… Agency for Education and the City of Turku": "the" and a word with its own "of" open another body's name.
  if (tokens[m + 1]?.text === 'the' && isNameWord(tokens[m + 2]) && tokens[m + 3]?.text === 'of' && isNameWord(tokens[m + 4])) return true;
  // "the Ministry of Education and Kazakhstan's teachers": a country after "and" is another party, never more of a body's field.
  const after = tokens[m + 1]?.text === 'the' ? m + 2 : m + 1;
  const country = matchCountryAt(tokens, after, gazetteers);
  if (country && !isNameWord(tokens[country.end])) return true;
  const possessive = tokens[after];
  if (possessive && /['’]s$/u.test(possessive.text) && matchCountryAt(tokenize(possessive.text.replace(/['’]s$/u, ''), possessive.start), 0, gazetteers)) return true;
  let n = m + 1;
  while (isNameWord(tokens[n]) && n - m <= 5) n++;
  if (n === m + 1) return false;
  // "… Union of Teachers and Ana Lee of the …", "… University of Education and Carlos Mendez.": a person's two names, then their body or the sentence's end.
  const [given, family] = [tokens[m + 1]?.text ?? '', tokens[m + 2]?.text ?? ''];
  const unlikeName = (w: string): boolean => isOrdinaryEnglishWord(w) || NOT_NAME_ENDING.test(w);
  if (n === m + 3 && /^(?:of|from|,|\.|;|)$/u.test(tokens[n]?.text ?? '') && (isKnownGivenName(given) || (!unlikeName(given) && !unlikeName(family)))) return true;
  // "… University of Applied Sciences and Heureka, the Finnish Science Centre": one unusual word set off by an apposition is a body of its own.
  if (n === m + 2 && tokens[n]?.text === ',' && /^(?:the|a|an)$/u.test(tokens[n + 1]?.text ?? '') && !unlikeName(given) && !orgHeadOf(given)) return true;
  const acronym = tokens[n]?.text === '(' && tokens[n + 2]?.text === ')' ? (tokens[n + 1]?.text ?? '') : '';
  // "(MUST)" after "… University of Science and Technology" abbreviates the whole name, not the part after "and".
  const whole = tokens.slice(0, n).filter((t) => t.start >= nameStart).map((t) => t.text).join(' ');
  // "… Language and Literature (MAPRYAL)": letters that spell neither part (here, another language's name) say nothing of a second body.
  const second = tokens.slice(m + 1, n).map((t) => t.text).join(' ');
  const ownAcronym = isAllCaps(acronym) && !abbreviates(acronym, whole) && abbreviates(acronym, second);
  // "Ministry of Family and Social Services": a ministry's remit may end in "Services", which heads no second body there.
  const remit = MINISTRY_HEAD.test(tokens.find((t) => t.start >= nameStart && !/^the$/iu.test(t.text))?.text ?? '') && /^Services$/u.test(tokens[n - 1]?.text ?? '');
  return ownAcronym || (n - m > 2 && !remit && !!orgHeadOf(tokens[n - 1]?.text ?? ''));
}

/**
 * A person's name at m, written after a post and its body in the Russian
 * order ("Rector of Tarnby University Anna Orlova"): a known given name, a
 * surname, perhaps a patronymic, and no more capitalised words after them.
 */
function holderAt(tokens: Token[], m: number, given: ReadonlyMap<string, string>): boolean {
  const first = tokens[m];
  if (!first || !(given.has(normalizeName(first.text)) || isKnownGivenName(first.text)) || headOf(first.text)) return false;
  let n = m + 1;
  while (n < m + 3 && isNameWord(tokens[n]) && !headOf(tokens[n]?.text ?? '') && !isAllCaps(tokens[n]?.text ?? '') && tokens[n]?.start === (tokens[n - 1]?.end ?? 0) + 1) n++;
  return n > m + 1 && !isNameWord(tokens[n]) && !isAllCaps(tokens[n]?.text ?? '');
}

/** Words that make a post of a post: "Deputy Director", "State Secretary", "Acting Rector". */
const POST_PREFIX = /^(?:Deputy|Vice|Acting|First|State|Permanent|Senior|Chief|Assistant|Associate|Executive|Regional|Country)$/u;
const POST_TITLE_WORDS = new Set(EN_TITLES.filter((t) => !/\s/u.test(t)));

/**
 * A post opens at m ("Director", "Deputy Head", "Director General for
 * Schools") and a person's name follows it within a few name words.
 */
function postBeforeHolder(tokens: Token[], m: number, given: ReadonlyMap<string, string>): boolean {
  let n = m;
  while (POST_PREFIX.test(tokens[n]?.text ?? '') && n < m + 2) n++;
  if (!POST_TITLE_WORDS.has(tokens[n]?.text ?? '')) return false;
  for (n++; n < m + 8 && tokens[n]; n++) {
    // After a post, a given name of any language opens its holder's name ("Director Selin Kaya").
    if (holderAt(tokens, n, given) || (isGivenNameInSomeLanguage(tokens[n]?.text ?? '') && isNameWord(tokens[n + 1]) && !headOf(tokens[n + 1]?.text ?? '') && !isNameWord(tokens[n + 2]))) return true;
    if (!isNameWord(tokens[n]) && !/^(?:of|for|and|the|General)$/u.test(tokens[n]?.text ?? '')) return false;
  }
  return false;
}

/** Two capitalised words closing a phrase, neither an English word nor a head, the second shaped like a surname. */
function unknownHolderAt(tokens: Token[], m: number): boolean {
  const [a, b, next] = [tokens[m], tokens[m + 1], tokens[m + 2]];
  if (!a || !b || b.start !== a.end + 1 || isNameWord(next) || isAllCaps(a.text) || isAllCaps(b.text)) return false;
  const plain = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !isOrdinaryEnglishWord(w) && !headOf(w);
  return plain(a.text) && plain(b.text) && (SURNAME_EN.test(b.text) || isSurnameInSomeLanguage(b.text));
}

/** The chain from `from` up to token m is a country's or a town's name, and nothing more. */
function placeEndsAt(tokens: Token[], from: number, m: number, gazetteers: Gazetteers): boolean {
  return (matchCountryAt(tokens, from, gazetteers) ?? townAt(tokens, from, gazetteers))?.end === m;
}

/** "… of Tartu's Narva College": name words from m ending in a body's singular head name the body's own unit. */
/** "… of National Education's General Directorate …": a ministry's own units, named after its possessive. */
const MINISTRY_HEAD = /^(?:Ministry|Ministries)$/u;
const DIRECTORATE_OPENING = /^(?:General|Directorate|Department|Division|Inspectorate)$/u;

/** The name words ending at `j` follow "of" after a capitalised body's head: "Ministry of National Education's". */
function closesOwnersChain(tokens: Token[], j: number): boolean {
  let n = j - 1;
  while (n >= 0 && (isNameWord(tokens[n]) || ['of', 'and', 'the'].includes(tokens[n]?.text ?? '')) && tokens[n]?.text !== 'of') n--;
  const head = tokens[tokens[n - 1]?.text === 'the' ? n - 2 : n - 1]?.text ?? '';
  return tokens[n]?.text === 'of' && isCapitalized(head) && !!orgHeadOf(head);
}

function ownUnitFollows(tokens: Token[], m: number): boolean {
  let n = m;
  // "Department", "General Directorate": a unit's head may be a word that is also a post's.
  while ((isNameWord(tokens[n]) || (isCapitalized(tokens[n]?.text ?? '') && TITLE_WORDS.has(tokens[n]?.text.toLowerCase() ?? ''))) && n - m < 5) n++;
  const last = tokens[n - 1]?.text ?? '';
  const h = n > m ? orgHeadOf(last) : null;
  return !!h && h.head === last.toLowerCase();
}

/**
 * The last token of the first body when the second one, cut at the "and" at m,
 * opened earlier with "and the" ("… Research and the Education | and Youth
 * Board"): the word before that "and the". Null when there is none.
 */
function secondBodyOpening(tokens: Token[], chainStart: number, m: number): number | null {
  for (let p = m - 1; p > chainStart + 1; p--) {
    if (tokens[p]?.text === 'the' && tokens[p - 1]?.text === 'and') return isNameWord(tokens[p - 2]) ? p - 2 : null;
    if (!isNameWord(tokens[p])) return null;
  }
  return null;
}

/** True when a comma list starting at token i ends in "and <Name>" before any other punctuation. */
function listClosesWithAnd(tokens: Token[], i: number): boolean {
  for (let m = i; m < tokens.length && m < i + 12; m++) {
    const x = tokens[m]?.text ?? '';
    if (x === 'and' || x === '&') return isNameWord(tokens[m + 1]);
    if (x !== ',' && !isNameWord(tokens[m])) return false;
  }
  return false;
}

const RU_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ую|юю|ым|им|ых|их|ые|ие|ской|ского|ская|ский|ских)$/u;
/** Adjectives that build names (национальный, Российской, Благотворительного), not nouns in the instrumental (эгидой). */
const RU_NAME_ADJECTIVE = /(?:ск|цк|н|нн|льн|ов|ев|ин)(?:ий|ый|ая|ое|ого|ой|ому|ую|ым|им|ых|их|ие|ые|ей|ом|ем|ыми|ими)$/u;
const RU_VERB = /(?:ла|ли|ло|лся|лась|лись|ет|ют|ит|ят|ать|ять|ить|еть|ует|уют|ются|ется|тся|ться|ал|ил|ел)$/u;
const RU_GENITIVE = /(?:ия|ии|ики|ения|ания|ости|ства|ки|ов|ев|ей|ы|и|а|я|ого|его|ой|ых|их|ым|ам|ям|ений|аний|ствий|ований)$/u;
/** Titles that stand between «имени» and the eponym («имени академика И. П. Павлова»). */
const RU_EPONYM_TITLE = /^(?:академик|профессор|генерал|маршал|писател|поэт|героя|святого|святителя|доктора)\p{L}*$/u;
/** Legal forms written before a quoted name: АО «…», ОФ «…», LLC "…". */
const LEGAL_FORM = /^(?:АО|АОО|ТОО|ОО|ОФ|НАО|РГП|РГКП|ГУ|КГУ|ООО|ЗАО|ОАО|ПАО|ЧУ|НКО|АНО|АНОО|ФГБОУ|ФГАОУ|ФГБУ|ФГБНУ|ФГАУ|ФГУП|ГУП|МУП|ГБОУ|ГАОУ|ГКОУ|ГБПОУ|ГАПОУ|ГБУ|ГАУ|ГКУ|МБОУ|МАОУ|МКОУ|МОУ|МБДОУ|МАДОУ|МКДОУ|МДОУ|МБУ|МАУ|МКУ|ЧОУ|НОУ|ОЮЛ|ПОУ|LLC|JSC|LLP|NGO|PA|PF)$/u;

/** A capitalised given name or surname the dictionary knows in the genitive («Сороса», «Владимира»). */
const RU_PEOPLE_GENITIVE = /^(?:участник|гост|слушател|выпускник|родител|зрител)\p{L}*$/u;

/** «искусств», «ремёсел»: a genitive plural with no ending, which no ending pattern sees. */
function genitivePluralOnly(word: string): boolean {
  const nouns = parseRu(word).filter((p) => p.known && p.pos === 'NOUN');
  return nouns.length > 0 && nouns.every((p) => p.case === 'gent' && p.number === 'plur');
}

function personInGenitive(word: string): boolean {
  if (!isCapitalized(word) || isAllCaps(word) || !/^\p{Script=Cyrillic}+$/u.test(word)) return false;
  const parses = parseRu(word);
  return parses.some((p) => p.known && (p.name || p.surname) && p.case === 'gent') && !parses.some((p) => p.known && p.geo);
}

/** Kinds of body that govern a place, so a city or region after their name is part of it. */
const GOVERNING_KIND = new Set<string>(['other', 'ministry']);

/** Whether a one-word eponym at `m` is followed by the next person's name rather than its own second word. */
function eponymEndsBefore(tokens: Token[], m: number): boolean {
  const first = tokens[m]?.text ?? '';
  const second = tokens[m + 1]?.text ?? '';
  // A person's name is two words, so of three capitals in a row the last two are the person («имени Жамбыла Арман
  // Сеитов»), of four the first two are the eponym.
  let run = 1;
  while (run < 5 && isCapitalized(tokens[m + run]?.text ?? '') && /^\p{Script=Cyrillic}/u.test(tokens[m + run]?.text ?? '') && tokens[m + run]?.start === (tokens[m + run - 1]?.end ?? 0) + 1) run++;
  // «имени Льва Толстого Казанского федерального университета»: a third capital that opens a body's name is not a person's.
  const third = tokens[m + 2]?.text ?? '';
  if (run === 3 && parseRu(third).some((p) => p.pos === 'ADJF') && orgAhead(tokens, m + 2)) return false;
  // A patronymic third makes the person three words («имени Жамбыла Иван Петрович Сидоров»).
  if (run === 3 || (run === 4 && personNamePart(tokens[m + 2]?.text ?? '') === 'patronymic')) return true;
  if (run >= 4) return false;
  return /[ая]$/u.test(first) && /[бвгджзклмнпрстфхцчшщ]$/u.test(second);
}

/**
 * An adjective before a head agrees with it in case and number: «Учёные
 * Приморского университета» (scientists of a university) opens no name. Words
 * the dictionary cannot read in any case agree by default.
 */
function agreesWithHead(adjective: string, head: string): boolean {
  const forms = (w: string): Set<string> => new Set(parseRu(w).filter((p) => p.case && p.number).map((p) => `${p.case}:${p.number}`));
  const a = forms(adjective);
  const h = forms(head);
  return a.size === 0 || h.size === 0 || [...a].some((f) => h.has(f));
}

function namesOnlyACountry(ctx: ExtractionContext, text: string): boolean {
  const tokens = tokenize(text);
  return matchCountryAt(tokens, 0, ctx.gazetteers)?.end === tokens.length;
}

/** "Permanent Mission of Norway to the United Nations", "… to UNESCO": the body a mission is accredited to, capitalised words or an acronym. */
function hostBodyAt(tokens: Token[], i: number): { end: number } | null {
  let m = i;
  while (m - i < 6 && tokens[m] && /^\p{Lu}/u.test(tokens[m]?.text ?? '') && /^\p{Script=Latin}/u.test(tokens[m]?.text ?? '')) m++;
  return m > i ? { end: m } : null;
}

/** Russian names: adjectives + head + genitive complement, «quoted» names, «имени» eponyms. */
/**
 * «Казанского и Томского государственных университетов», «Новосибирский и
 * Томский педагогические университеты»: capitalised adjectives joined by «и»
 * before a plural head name one body each, in the singular nominative.
 */
function bodiesSharingAHead(tokens: Token[], i: number): Span[] {
  const adjective = (w: string): boolean => isCapitalized(w) && /^\p{Script=Cyrillic}+$/u.test(w) && RU_NAME_ADJECTIVE.test(w.toLowerCase()) && !CAPITALIZED_STOPWORDS.has(w.toLowerCase());
  if (!adjective(tokens[i]?.text ?? '') || adjective(tokens[i - 1]?.text ?? '')) return [];
  const own = [i];
  let k = i + 1;
  while (tokens[k]?.text === ',' && adjective(tokens[k + 1]?.text ?? '')) {
    own.push(k + 1);
    k += 2;
  }
  if (tokens[k]?.text !== 'и' || !adjective(tokens[k + 1]?.text ?? '')) return [];
  own.push(k + 1);
  k += 2;
  const shared: number[] = [];
  while (shared.length < 3 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && RU_NAME_ADJECTIVE.test(tokens[k]?.text ?? '')) shared.push(k++);
  const headWord = tokens[k]?.text ?? '';
  const headParse = parseRu(headWord).find((p) => p.known && p.pos === 'NOUN' && p.number === 'plur');
  if (!headParse || !headOf(headWord) || !['nomn', 'gent', 'datv', 'ablt', 'loct', 'accs'].includes(headParse.case ?? '')) return [];
  // «Российский и Казахстанский фонды» describe; a university's town adjective, or a shared word of the name, names.
  if (shared.length === 0 && !['university', 'academy'].includes(headOf(headWord)?.kind ?? '')) return [];
  const gender = headParse.gender === 'common' ? null : headParse.gender;
  const singular = (index: number, pos: 'ADJF' | 'NOUN'): string | null => {
    const word = tokens[index]?.text ?? '';
    const parse = parseRu(word).find((p) => p.pos === pos && (pos === 'NOUN' || p.number === 'plur' || p.gender === gender || index === i || own.includes(index)));
    return parse ? nominativeSingular(word, parse, gender) : null;
  };
  const tail = [...shared.map((x) => singular(x, 'ADJF')), singular(k, 'NOUN')];
  if (tail.some((w) => !w)) return [];
  const phraseEnd = tokens[k]?.end ?? 0;
  return own.map((a, n) => {
    const first = singular(a, 'ADJF');
    const name = first ? [first, ...tail].join(' ') : '';
    return { start: tokens[a]?.start ?? 0, end: n === own.length - 1 ? phraseEnd : (tokens[a]?.end ?? 0), bare: false, name };
  }).filter((x) => x.name);
}

/**
 * «министерств образования Татарстана и Башкортостана», «управлений
 * образования Казани и Набережных Челнов»: one plural body of several places
 * is one body of each, its head in the singular nominative, the rest as written.
 */
function placesSharingABodyRu(tokens: Token[], i: number, gazetteers: Gazetteers): Span[] {
  const word = tokens[i]?.text ?? '';
  const parse = parseRu(word).find((p) => p.known && p.pos === 'NOUN' && p.number === 'plur');
  // «Управления образования мэрии города Ош»: a capitalised head opens one body's name; a description is in lower case.
  if (!parse || !headOf(word) || !/^\p{Ll}/u.test(word)) return [];
  const placeEnd = (k: number): number | null => matchCountryAt(tokens, k, gazetteers)?.end ?? russianRegionEnd(tokens, k, gazetteers) ?? matchCityAt(tokens, k, gazetteers)?.end ?? null;
  let k = i + 1;
  // «профсоюзов из Армении и Молдовы»: whom a body gathers and where they come from, not a remit.
  while (k - i <= 4 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && tokens[k]?.text !== 'и' && !parseRu(tokens[k]?.text ?? '').some((p) => p.pos === 'PREP' || p.pos === 'CONJ')) k++;
  if (/^\p{Ll}+$/u.test(tokens[k]?.text ?? '')) return [];
  if (k === i + 1) return [];
  const places = listedPlaces(tokens, k, placeEnd, 'и');
  const head = nominativeSingular(word, parse);
  if (places.length < 2 || !head) return [];
  const remit = tokens.slice(i + 1, k).map((x) => x.text);
  return bodyPerPlace(tokens, i, places, (place) => [capitalized(head), ...remit, place].join(' '));
}

/** "Armenia, Moldova and Georgia", «Казани и Набережных Челнов»: the places of a list from `k`, joined by commas and the conjunction. */
function listedPlaces(tokens: Token[], k: number, placeEnd: (k: number) => number | null, conjunction: string): Array<{ from: number; to: number }> {
  const places: Array<{ from: number; to: number }> = [];
  for (let end = placeEnd(k); end !== null; end = placeEnd(k)) {
    places.push({ from: k, to: end });
    k = end;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.text === conjunction) k++;
    else if (tokens[k - 1]?.text !== ',') break;
  }
  return places;
}

/**
 * One body per listed place: the first one's mention starts at the shared head,
 * the last one's runs to the list's end, so no word of the phrase is read again.
 */
function bodyPerPlace(tokens: Token[], head: number, places: Array<{ from: number; to: number }>, name: (place: string) => string): Span[] {
  const [first, last] = [places[0], places[places.length - 1]];
  return places.map(({ from, to }) => ({
    start: tokens[from === first?.from ? head : from]?.start ?? 0,
    end: tokens[(from === last?.from ? last.to : to) - 1]?.end ?? 0,
    bare: false,
    name: name(tokens.slice(from, to).map((x) => x.text).join(' ')),
  }));
}

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function russianSpans(tokens: Token[], quotes: QuotedSpan[], gazetteers: Gazetteers): Span[] {
  const spans: Span[] = [];
  let skipUntil = -1;
  spansLoop: for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.start < skipUntil || !/\p{Script=Cyrillic}/u.test(t.text)) continue;
    const coordinated = bodiesSharingAHead(tokens, i).concat(placesSharingABodyRu(tokens, i, gazetteers));
    if (coordinated.length > 0) {
      spans.push(...coordinated);
      skipUntil = coordinated[coordinated.length - 1]?.end ?? skipUntil;
      continue;
    }
    const head = headOf(t.text);
    if (!head || insideTitleQuote(quotes, t)) continue;
    if (RU_TITLE_HEAD_CLASH.test(t.text.toLowerCase())) continue;
    // «Зимняя школа «…»», «летней педагогической школы»: a school held for a season is an event, not a body.
    if (RU_EVENT_ENDING.test(tokens.slice(Math.max(0, i - 2), i + 1).map((x) => x.text).join(' '))) continue;
    if (pluralNominativeHead(t.text) && !quoteAt(quotes, tokens[i + 1]?.start ?? -1, 'start')) continue;
    let start = t.start;
    let end = t.end;
    let informative = isCapitalized(t.text);
    let j = i - 1;
    while (j >= 0) {
      const l = tokens[j];
      if (!l) break;
      const q = quoteAt(quotes, l.end, 'end');
      // «центр «Родные языки» Приморского университета»: a quoted name right after another body's head is that body's own.
      const quoteOwner = q ? tokens[tokens.findIndex((x) => x.start === q.start) - 1] : undefined;
      if (q && quoteOwner && headOf(quoteOwner.text)) break;
      if (q) {
        start = q.start;
        informative = true;
        j = tokens.findIndex((x) => x.start === q.start) - 1;
        continue;
      }
      // «Высшая школа педагогики …»: a capitalised «Высшая» opens a unit's name, though it ends unlike the other name adjectives.
      if (/\p{Script=Cyrillic}/u.test(l.text) && (RU_NAME_ADJECTIVE.test(l.text.toLowerCase()) || (/-/.test(l.text) && isCapitalized(l.text)) || /^Высш(?:ая|ей|ую|ие|их)$/u.test(l.text)) && !CAPITALIZED_STOPWORDS.has(l.text.toLowerCase()) && agreesWithHead(l.text, t.text)) {
        start = l.start;
        if (isCapitalized(l.text)) informative = true;
        j--;
        continue;
      }
      if (isAllCaps(l.text) && !NOT_A_BODY_ACRONYM.test(l.text)) {
        start = l.start;
        informative = true;
        j--;
        continue;
      }
      // «Российско-Таджикский (Славянский) университет»: a second name of the body, bracketed among its adjectives.
      const bracketed = tokens[j - 1];
      if (l.text === ')' && tokens[j - 2]?.text === '(' && bracketed && isCapitalized(bracketed.text) && RU_NAME_ADJECTIVE.test(bracketed.text.toLowerCase()) && agreesWithHead(bracketed.text, t.text)) {
        const before = tokens[j - 3];
        if (!before || !RU_NAME_ADJECTIVE.test(before.text.toLowerCase()) || !isCapitalized(before.text)) break;
        start = before.start;
        informative = true;
        j -= 4;
        continue;
      }
      break;
    }
    // A lower-case run on the left without a capital is description, not name ("ведущий университет").
    const leftTokens = tokens.filter((x) => x.start >= start && x.start < t.start);
    const firstCap = leftTokens.findIndex((x) => isCapitalized(x.text) || /^['"«“„]/.test(x.text));
    if (firstCap > 0) start = leftTokens[firstCap]?.start ?? start;
    // Names start with a capital: lower-case adjectives before one are description («подведомственного Министерству»),
    // except the legal form a quoted name is written with («общественного фонда «…»», «молодёжного движения «…»»)
    // and the kind of a numbered school («средней общеобразовательной школы № 3»).
    const namedAfter = quoteAt(quotes, tokens[i + 1]?.start ?? -1, 'start') || tokens[i + 1]?.text === '№';
    if (firstCap < 0 && leftTokens.length > 0 && !namedAfter) start = t.start;

    let k = i + 1;
    let genitives = 0;
    const office = OFFICE_HEADS.has(head.head) ? russianOfficeTail(tokens, k, gazetteers) : null;
    if (office) {
      spans.push({ start, end: office.end, bare: false, parent: office.parent });
      skipUntil = office.end;
      continue;
    }
    for (;;) {
      const r = tokens[k];
      if (!r) break;
      const q = quoteAt(quotes, r.start, 'start');
      if (q) {
        end = q.end;
        informative = true;
        k = tokens.findIndex((x) => x.start >= q.end);
        if (k < 0) k = tokens.length;
        if (tokens[k]?.text === '(') break;
        continue;
      }
      const lower = r.text.toLowerCase();
      // «Алматинский филиал АО «Национальный центр …»»: a branch of a body named with its legal form.
      const legalQuote = LEGAL_FORM.test(r.text) && head.head === 'branch' ? quoteAt(quotes, tokens[k + 1]?.start ?? -1, 'start') : undefined;
      if (legalQuote) {
        spans.push({ start, end: legalQuote.end, bare: false, parent: { start: r.start, end: legalQuote.end } });
        skipUntil = legalQuote.end;
        continue spansLoop;
      }
      // «фонда Tierra Viva», «профсоюза учителей Maestros Unidos»: a name in Latin letters after a head is the body's own
      // name; after a lower-case head the Latin name alone is what the body is called.
      // «компания EPAM Systems», «корпорации IBM»: a company's Latin name may be an acronym.
      const companyHead = head.head === 'company' || head.head === 'corporation';
      if (/^\p{Script=Latin}/u.test(r.text) && isCapitalized(r.text) && (!isAllCaps(r.text) || companyHead)) {
        let m = k;
        while (m - k < 4 && /^\p{Script=Latin}/u.test(tokens[m]?.text ?? '') && isCapitalized(tokens[m]?.text ?? '') && (m === k || tokens[m]?.start === (tokens[m - 1]?.end ?? 0) + 1)) m++;
        if (!informative) start = r.start;
        end = tokens[m - 1]?.end ?? end;
        informative = true;
        k = m;
        break;
      }
      // «Университет МГУ-ППИ», «Шэньчжэньский университет МГУ-ППИ»: two bodies' letters joined by a hyphen right after the head name a joint one.
      if (k === i + 1 && /^\p{Lu}{2,}(?:-\p{Lu}{2,})+$/u.test(r.text)) {
        end = r.end;
        informative = true;
        k++;
        break;
      }
      // «Кабинет Министров», «Совет Министров»: a capitalised plural of a common noun in the genitive is still the name's own word.
      const top = k === i + 1 && isCapitalized(t.text) && /^\p{Lu}\p{Ll}+$/u.test(r.text) ? parseRu(r.text)[0] : undefined;
      if (top?.known && top.pos === 'NOUN' && top.case === 'gent' && top.number === 'plur' && !top.name && !top.surname && !top.geo) {
        end = r.end;
        informative = true;
        genitives++;
        k++;
        continue;
      }
      // «Университета Пачакутек»: a foreign name the dictionary does not know, after a capitalised head, does not decline.
      // «Университета Амрита»: nor does one the dictionary knows only as a common noun in the nominative, capitalised here.
      if (k === i + 1 && isCapitalized(t.text) && isCapitalized(r.text) && !isAllCaps(r.text) && /^\p{Script=Cyrillic}+$/u.test(r.text) && undeclinedForeignName(r.text) && !personNamePart(r.text) && !isCapitalized(tokens[k + 1]?.text ?? '')) {
        end = r.end;
        informative = true;
        k++;
        break;
      }
      // «Институт Пушкина», «Фонда Потанина»: a surname in the genitive right after a capitalised head is whom the body is named after.
      const nextWord = tokens[k + 1]?.text ?? '';
      if (k === i + 1 && i > 0 && isCapitalized(t.text) && /^\p{Lu}\p{Ll}+$/u.test(r.text) && /\p{Script=Cyrillic}/u.test(r.text) && parseRu(r.text).some((p) => p.known && p.surname && p.case === 'gent') && !(head.kind === 'university' && parseRu(r.text).some((p) => p.known && p.geo)) && (!isCapitalized(nextWord) || personNamePart(nextWord) === 'given')) {
        end = r.end;
        informative = true;
        k++;
        break;
      }
      // «Университета Хельсинки», «Университет Претории»: a town right after a capitalised university's head is its name.
      const ownTown = k === i + 1 && isCapitalized(t.text) && head.kind === 'university' && isCapitalized(r.text) && !isAllCaps(r.text) ? matchCityAt(tokens, k, gazetteers) : null;
      if (ownTown) {
        end = tokens[ownTown.end - 1]?.end ?? end;
        informative = true;
        k = ownTown.end;
        break;
      }
      // «Фонда Сороса», «Фонд Владимира Потанина»: a person in the genitive right after a capitalised head is its eponym.
      // «благотворительный фонд Владимира Потанина»: a foundation named after a person, whatever its own capital.
      // «директора фонда Айжан Нурлановны …»: a patronymic after the given name is the post holder's, not an eponym's.
      const holderNamed = personNamePart(tokens[k + 1]?.text ?? '') === 'patronymic';
      const eponymFund = head.head === 'foundation' && personNamePart(r.text) === 'given' && isCapitalized(tokens[k + 1]?.text ?? '') && tokens[k + 1]?.start === r.end + 1 && !holderNamed;
      if (k === i + 1 && ((isCapitalized(t.text) && personInGenitive(r.text) && !holderNamed) || eponymFund)) {
        informative = true;
        const both = (eponymFund || personInGenitive(tokens[k + 1]?.text ?? '')) && tokens[k + 1]?.start === r.end + 1;
        end = (both ? tokens[k + 1] : r)?.end ?? end;
        informative = true;
        k += both ? 2 : 1;
        break;
      }
      if (lower === 'имени' || (lower === 'им' && tokens[k + 1]?.text === '.')) {
        let m = k + (lower === 'им' ? 2 : 1);
        let initials = 0;
        if (RU_EPONYM_TITLE.test(tokens[m]?.text ?? '')) m++;
        while (/^\p{Lu}\p{Ll}?$/u.test(tokens[m]?.text ?? '') && tokens[m + 1]?.text === '.') {
          m += 2;
          initials++;
        }
        if (!isCapitalized(tokens[m]?.text ?? '')) break;
        // Without initials the eponym is written in full ("имени Мұхтар Әуезов"), unless the next words are the
        // next person's name.
        if (initials === 0 && isCapitalized(tokens[m + 1]?.text ?? '') && tokens[m + 1]?.start === (tokens[m]?.end ?? 0) + 1 && !eponymEndsBefore(tokens, m)) m++;
        end = tokens[m]?.end ?? end;
        informative = true;
        k = m + 1;
        continue;
      }
      // «… Кыргызской Республики», «… Российской Федерации», «… РК»: the state is part of the name.
      if (isCapitalized(r.text) && RU_NAME_ADJECTIVE.test(lower) && /^(?:Республик|Федераци)\p{L}*$/u.test(tokens[k + 1]?.text ?? '')) {
        end = tokens[k + 1]?.end ?? end;
        k += 2;
        continue;
      }
      if (/^(?:РК|РФ|РБ|РТ|КР|РУз|РМ)$/u.test(r.text)) {
        end = r.end;
        k++;
        continue;
      }
      if (/^(?:республик\p{L}*|федераци\p{L}*)$/u.test(lower) || (isCapitalized(r.text) && /^(?:Казахстан|Кыргызстан|Росси|Беларус|Узбекистан|Таджикистан)/u.test(r.text) && !RU_NAME_ADJECTIVE.test(lower))) {
        end = r.end;
        k++;
        continue;
      }
      // «… Республики Молдова», «… Республики Армения»: any country after the word for a republic.
      const country = /^(?:республик|федераци)/u.test(tokens[k - 1]?.text.toLowerCase() ?? '') ? matchCountryAt(tokens, k, gazetteers) : null;
      if (country) {
        end = tokens[country.end - 1]?.end ?? end;
        k = country.end;
        continue;
      }
      // «… Республики Башкортостан», «… Республики Саха (Якутия)»: a republic inside a federation is named after the word too.
      if (/^республик/u.test(tokens[k - 1]?.text.toLowerCase() ?? '') && isCapitalized(r.text) && !isAllCaps(r.text)) {
        end = r.end;
        k++;
        if (tokens[k]?.text === '(' && isCapitalized(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') {
          end = tokens[k + 2]?.end ?? end;
          k += 3;
        }
        continue;
      }
      // «Ассоциация педагогических вузов Урала», «Союз ректоров Сибири»: the region a body serves is part of its name.
      // «Государственный совет Татарстана», «Народное собрание Дагестана»: right after a capitalised name's head too.
      const region = k > i + 1 || (k === i + 1 && start < t.start && isCapitalized(tokens.find((x) => x.start === start)?.text ?? '') && head.kind !== 'school') ? russianRegionEnd(tokens, k, gazetteers) : null;
      if (region) {
        end = tokens[region - 1]?.end ?? end;
        k = region;
        continue;
      }
      if (r.text === '№' && /^\d+$/.test(tokens[k + 1]?.text ?? '')) {
        end = tokens[k + 1]?.end ?? end;
        informative = true;
        k += 2;
        continue;
      }
      // «школа № 5 города Актобе», «детский сад № 2 г. Тверь», «школа № 3 села …»: the town is part of a numbered school's name.
      // «Управление образования города Алматы», «акимат г. Астаны»: so is the town of a city's own body.
      const numbered = /№/.test(tokens.slice(i, k).map((x) => x.text).join(' '));
      const settlement = numbered && /^(?:села|посёлка|поселка|деревни|аула|кишлака|станицы)$/u.test(lower) && isCapitalized(tokens[k + 1]?.text ?? '');
      if (settlement || ((lower === 'города' || (lower === 'г' && tokens[k + 1]?.text === '.')) && (numbered || (GOVERNING_KIND.has(head.kind) && matchCityAt(tokens, lower === 'г' ? k + 2 : k + 1, gazetteers))))) {
        const m = lower === 'г' ? k + 2 : k + 1;
        if (!isCapitalized(tokens[m]?.text ?? '')) break;
        // «города Набережные Челны»: a town of two words the gazetteer knows ends where its name does.
        const after = Math.max(russianTownEnd(tokens, m), matchCityAt(tokens, m, gazetteers)?.end ?? 0);
        end = tokens[after - 1]?.end ?? end;
        informative = true;
        k = after;
        continue;
      }
      // «школы № 110 Ташкента»: a town right after a school's number is its own.
      // «гимназии № 3 Наталья Ким»: a given name there starts the next person.
      const town = numbered && /^\d+$/.test(tokens[k - 1]?.text ?? '') && isCapitalized(r.text) && personNamePart(r.text) !== 'given' ? matchCityAt(tokens, k, gazetteers) : null;
      if (town) {
        end = tokens[town.end - 1]?.end ?? end;
        k = town.end;
        continue;
      }
      // «Управление образования Актюбинской области», «Институт развития образования Тверской области»: a body's
      // region is part of its name; a school's is where it is.
      if (head.kind !== 'school' && isCapitalized(r.text) && RU_NAME_ADJECTIVE.test(lower) && /^(?:област|район|кра[яюе]|округ)\p{L}*$/u.test(tokens[k + 1]?.text ?? '')) {
        end = tokens[k + 1]?.end ?? end;
        informative = true;
        k += 2;
        continue;
      }
      // «по Тверской области», «по делам национальных меньшинств»: a remit in the name.
      if (lower === 'по' && isCapitalized(tokens[k + 1]?.text ?? '') && RU_NAME_ADJECTIVE.test((tokens[k + 1]?.text ?? '').toLowerCase()) && /^(?:област|район|город|кра|регион)\p{L}*$/u.test(tokens[k + 2]?.text ?? '')) {
        end = tokens[k + 2]?.end ?? end;
        k += 3;
        continue;
      }
      if (isAllCaps(r.text) && tokens[k + 1]?.text === 'по') {
        end = r.end;
        k++;
        continue;
      }
      if (lower === 'по' && genitives + 1 <= 4) {
        let m = k + 1;
        let n = 0;
        // «по обучению детей с ОВЗ»: a learners' abbreviation after a preposition is part of the remit.
        const remitWord = (w: string): boolean => (/^\p{Ll}/u.test(w) && !RU_VERB.test(w) && !orgHeadOf(w)) || (NOT_A_BODY_ACRONYM.test(w) && /^(?:с|со|для|без)$/u.test(tokens[m - 1]?.text ?? ''));
        while (tokens[m] && remitWord(tokens[m]?.text ?? '') && n < 6 && !(tokens[m]?.text === 'города' && matchCityAt(tokens, m + 1, gazetteers))) {
          m++;
          n++;
        }
        // A preposition does not end a remit: «детей с» without what follows says nothing.
        while (n > 1 && /^(?:с|со|для|без|в|во|на|из|о|об|к|по)$/u.test(tokens[m - 1]?.text ?? '')) {
          m--;
          n--;
        }
        if (n === 0) break;
        // «проректор университета по учебной работе»: a school's «по …» is its officer's remit, not part of its name.
        if (/^(?:university|academy|college|lyceum|gymnasium|school)$/u.test(head.head) || /^(?:работе|деятельности|части)$/u.test(tokens[m - 1]?.text ?? '')) break;
        end = tokens[m - 1]?.end ?? end;
        k = m;
        genitives += n;
        continue;
      }
      // «Институт языка, литературы и искусства»: a comma list of the fields a body's name gives, closed by «и».
      if (lower === ',' && genitives > 0 && isCapitalized(tokens[i]?.text ?? '') && ruFieldListAt(tokens, k + 1)) {
        k++;
        continue;
      }
      // «центра … консультации и учителя школы»: people after "и" start a new phrase; «образования и науки» goes on.
      const conjoined = tokens[k + 1]?.text ?? '';
      if (lower === 'и' && RU_GENITIVE.test(conjoined) && /^\p{Ll}/u.test(conjoined) && genitives > 0 && !(POST_WORD.test(conjoined) && !/(?:ей|ов)$/u.test(conjoined))) {
        k++;
        continue;
      }
      // «От имени Приморского университета участников приветствовал …»: people after a university are whom it addresses.
      // «Министерства просвещения Российской Федерации участников приветствовал …»: so are people after a proper name closing any body's.
      const addressees = (/^(?:university|college|lyceum|gymnasium|school)$/u.test(head.head) || isCapitalized(tokens[k - 1]?.text ?? '')) && RU_PEOPLE_GENITIVE.test(lower);
      if (/^\p{Ll}/u.test(r.text) && r.text.length >= 4 && /\p{Script=Cyrillic}/u.test(r.text) && !addressees && (RU_GENITIVE.test(lower) || lower === 'наук' || genitivePluralOnly(lower)) && !RU_VERB.test(lower) && genitives < (/^\p{Lu}/u.test(tokens.find((x) => x.start >= start)?.text ?? '') ? 6 : 3) && (!orgHeadOf(r.text) || pluralGenitiveHead(r.text)) && !adjectivesLeadToHead(tokens, k)) {
        end = r.end;
        genitives++;
        k++;
        continue;
      }
      break;
    }
    // «кафедра истории АГУ»: a lower-case unit followed by its parent's acronym is named, not described.
    const after = tokens[k];
    // «лицея БГУ»: a university's own school is named by the university alone.
    const ownUnit = end === t.end && (head.head === 'lyceum' || head.head === 'gymnasium');
    // «доцент кафедры педагогики СамГУ», «заведующая кафедрой … КГУ»: after a post the unit is part of the person's title, not a body.
    const postBefore = tokens[i - 1]?.text ?? '';
    const titlePart = !informative && RU_UNIT_HEADS.has(head.head) && POST_WORD.test(postBefore) && !isPluralWord(postBefore) && /^\p{Ll}/u.test(t.text);
    if (!informative && !titlePart && (end > t.end || ownUnit) && after && after.start === end + 1 && ACRONYM_LIKE.test(after.text) && !RU_STATE_ABBREVIATION.test(after.text) && !NOT_A_BODY_ACRONYM.test(after.text)) informative = true;
    // «кафедра методики … Института филологии …», «факультетом … Приморского университета»: a lower-case unit before its
    // parent's full name is named by it (withParents joins the two).
    if (!informative && !titlePart && end > t.end && RU_UNIT_HEADS.has(head.head)) {
      // The unit's own words may run longer than a description's («методики преподавания русского языка»).
      let m = k;
      while (m < k + 4 && /^\p{Ll}/u.test(tokens[m]?.text ?? '') && /\p{Script=Cyrillic}/u.test(tokens[m]?.text ?? '') && !RU_VERB.test(tokens[m]?.text ?? '') && !headOf(tokens[m]?.text ?? '')) m++;
      const parent = tokens[m];
      if (parent && parent.start === (tokens[m - 1]?.end ?? 0) + 1 && /^\p{Lu}\p{Ll}/u.test(parent.text) && RU_OBLIQUE_START.test(parent.text.toLowerCase()) && orgAhead(tokens, m)) {
        end = tokens[m - 1]?.end ?? end;
        informative = true;
      }
    }
    const bare = start === t.start && end === t.end;
    if (!informative) continue;
    // «Школу организовал …», «Университет реализует …»: a head alone opening a sentence is capitalised by position, so it refers back too.
    spans.push({ start, end, bare: bare && isCapitalized(t.text) });
    skipUntil = end;
  }
  return spans;
}

/** From token i: lower-case genitives and commas up to «и» and one more genitive, as in «языка, литературы и искусства». */
function ruFieldListAt(tokens: Token[], i: number): boolean {
  const field = (t: Token | undefined): boolean => !!t && /^\p{Ll}{3,}$/u.test(t.text) && /\p{Script=Cyrillic}/u.test(t.text) && RU_GENITIVE.test(t.text) && !RU_VERB.test(t.text) && !POST_WORD.test(t.text);
  for (let m = i; m < i + 10 && tokens[m]; m++) {
    const w = tokens[m]?.text ?? '';
    if (w === 'и') return m > i && field(tokens[m + 1]);
    if (w !== ',' && !field(tokens[m])) return false;
  }
  return false;
}

/** Heads of a body's presence somewhere: «Представительство …», «Программный офис …», «Филиал …», «Посольство …». */
const OFFICE_HEADS = new Set(['office', 'bureau', 'branch', 'embassy', 'consulate']);
const RU_IN = new Set(['в', 'во']);

/**
 * «Представительство Всемирного банка (ВБ) в Чили», «филиал
 * Городского университета в Аккре»: an office named by its body and its place is one name
 * (the office), with the body inside it as its parent. Null unless a country
 * or city closes it, so «филиал университета» stays as it was.
 */
function russianOfficeTail(tokens: Token[], k: number, gazetteers: Gazetteers): { end: number; parent: { start: number; end: number } } | null {
  const first = tokens[k];
  if (!first || !(isCapitalized(first.text) || isAllCaps(first.text))) return null;
  let m = k;
  while (m < tokens.length && m - k < 12) {
    const w = tokens[m]?.text ?? '';
    const lower = w.toLowerCase();
    // «университета имени М. В. Ломоносова»: the initials of the body's eponym.
    if (w === '.' && /^\p{Lu}$/u.test(tokens[m - 1]?.text ?? '') && m > k) {
      m++;
      continue;
    }
    if (RU_IN.has(w) || !/^\p{L}/u.test(w)) break;
    if (!isCapitalized(w) && !(RU_GENITIVE.test(lower) && !RU_VERB.test(lower) && /\p{Script=Cyrillic}/u.test(w))) return null;
    m++;
  }
  const bodyEnd = tokens[m - 1]?.end;
  if (m === k || bodyEnd === undefined) return null;
  // "(ЮНИСЕФ)": the body's acronym between its name and the place.
  if (tokens[m]?.text === '(' && isAllCaps(tokens[m + 1]?.text ?? '') && tokens[m + 2]?.text === ')') m += 3;
  if (!RU_IN.has(tokens[m]?.text ?? '')) return null;
  const place = matchCountryAt(tokens, m + 1, gazetteers) ?? matchCityAt(tokens, m + 1, gazetteers);
  const end = place ? tokens[place.end - 1]?.end : undefined;
  if (!place || end === undefined) return null;
  return { end, parent: { start: first.start, end: bodyEnd } };
}

// "руководитель"/"управление" start names only when capitalised; titles are not bodies.
// «представитель» is a post, «представительство» (a representation) an office.
const RU_TITLE_HEAD_CLASH = new RegExp(`^(?:${RU_TITLES.filter((t) => !t.includes(' ')).join('|')})(?!ьств)`, 'u');

/** True when tokens[k…] is an adjective run that leads to another head noun (a parent body in the genitive). */
function adjectivesLeadToHead(tokens: Token[], k: number): boolean {
  let m = k;
  while (tokens[m] && RU_ADJECTIVE.test((tokens[m]?.text ?? '').toLowerCase())) m++;
  // «Ассоциация ведущих университетов»: a head in the plural genitive is whom the body gathers, not its parent.
  return m > k && !!tokens[m] && !!orgHeadOf(tokens[m]?.text ?? '') && !pluralGenitiveHead(tokens[m]?.text ?? '');
}

/** Curated names and acronyms not already inside a found name, and local "(ACRONYM)" reuses. */
function curatedAndAcronymMentions(ctx: ExtractionContext, found: OrganizationCandidate[], local: Map<string, string>): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  const taken = [...found];
  const curated = curatedNamePatterns(ctx.curated);
  // «Интернационалом образования (ИО) … Координатор ИО»: a known body's name spelled out by the report's own letters
  // lends them to it, as a found name's bracketed acronym does.
  const named = [...ctx.text.matchAll(curated.names), ...russianCuratedMatches(ctx.text, curated)];
  for (const m of named) {
    const letters = /^\s*\((\p{Lu}{2,8})\)/u.exec(ctx.text.slice((m.index ?? 0) + m[0].length))?.[1];
    if (letters && !local.has(letters) && abbreviates(letters, m[0]) && !ctx.gazetteers.countries.codeOfAbbreviation(letters)) local.set(letters, m[0]);
  }
  const localRe = local.size ? namesPattern([...local.keys()], true) : null;
  const matches = [...(localRe ? [...ctx.text.matchAll(localRe)] : []), ...ctx.text.matchAll(curated.acronyms), ...named]
    // Longest first, so "UNESCO Institute for …" wins over "UNESCO" where both match.
    .sort((x, y) => y[0].length - x[0].length || (x.index ?? 0) - (y.index ?? 0));
  for (const m of matches) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    // "the Global Partnership for Education and Education Cannot Wait": a known name after "and" closing a found one is a second body.
    const joined = local.has(m[0]) ? undefined : found.find((f) => f.start < span.start && f.end === span.end && /\s+(?:and|&|и)\s+(?:the\s+)?$/u.test(ctx.text.slice(f.start, span.start)));
    if (joined) {
      const text = ctx.text.slice(joined.start, span.start).replace(/\s+(?:and|&|и)\s+(?:the\s+)?$/u, '');
      Object.assign(joined, { end: joined.start + text.length, text, name: parseOrgName(text, ctx.gazetteers, { namedCountries: namedCountries(ctx) }) });
      const i = taken.indexOf(joined);
      if (i >= 0) taken.splice(i, 1, joined);
    }
    // «представители Организации Договора о коллективной безопасности»: a known name outgrows the piece of it the generic rules found.
    const pieces = local.has(m[0]) ? [] : found.filter((f) => f.start >= span.start && f.end <= span.end && f.end - f.start < span.end - span.start);
    if (pieces.length > 0 && taken.filter((f) => overlaps(f, span)).every((f) => pieces.includes(f))) {
      for (const f of pieces) {
        found.splice(found.indexOf(f), 1);
        taken.splice(taken.indexOf(f), 1);
      }
    }
    if (taken.some((f) => overlaps(f, span))) continue;
    const sentence = sentenceAt(ctx.sentences, start);
    if (!sentence) continue;
    const localName = local.get(m[0]);
    // A known Russian name found in any case is named by the form the table knows, not by a guess at its nominative.
    const cand: OrganizationCandidate = { type: 'Organization', ...span, text: m[0], sentence: sentence.index, name: parseOrgName(localName ?? m.groups?.alias ?? m[0], ctx.gazetteers, { namedCountries: namedCountries(ctx) }) };
    if (localName) cand.name = { ...cand.name, acronym: m[0] };
    else if (matchCuratedOrganization(cand.name, ctx.curated, ctx.gazetteers)?.company && namesProduct(ctx, sentence, span.end)) continue;
    const office = localName ? null : placedOffice(ctx, cand, sentence);
    if (office && !taken.some((f) => f !== cand && overlaps(f, office))) {
      out.push(office, { ...cand, parentOf: office });
      taken.push(office);
      continue;
    }
    out.push(cand);
    taken.push(cand);
  }
  return out;
}

/** «НГПУ», «ТГПУ», «АмГУ», «СПбГУ»: a Russian university's acronym ends in «У» (университет) after a capital. */
const RU_UNIVERSITY_ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){3})[А-ЯЁ][А-ЯЁа-яё]{1,6}[А-ЯЁ]У$/u;

/**
 * «доцент кафедры … НГПУ Ольга Петрова», «Ольга Петрова (НГПУ)»: a university
 * named only by its acronym, which neither the report nor the table of
 * well-known bodies spells out, is still a body.
 */
function universityAcronymMentions(ctx: ExtractionContext, found: OrganizationCandidate[]): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  const namedCountriesHere = namedCountries(ctx);
  for (const s of ctx.sentences) {
    for (const t of tokenize(s.text, s.start)) {
      if (!RU_UNIVERSITY_ACRONYM.test(t.text) || NOT_A_BODY_ACRONYM.test(t.text) || ctx.gazetteers.countries.codeOfAbbreviation(t.text)) continue;
      if (found.some((f) => overlaps(f, t)) || out.some((f) => overlaps(f, t))) continue;
      out.push({ type: 'Organization', start: t.start, end: t.end, text: t.text, sentence: s.index, name: { ...parseOrgName(t.text, ctx.gazetteers, { namedCountries: namedCountriesHere }), kind: 'university', acronym: t.text } });
    }
  }
  return out;
}

/**
 * "Coastal Teachers College hosted … CTC said": a bare acronym the report never
 * bracketed still names the one body found in the report whose initials it
 * spells. Curated and bracketed acronyms were matched before; an acronym that
 * spells two bodies' names is left alone.
 */
function initialsMentions(ctx: ExtractionContext, found: OrganizationCandidate[], local: Map<string, string>): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  const named = found.filter((f) => !f.reference && !isAcronym(f.text.trim()));
  const namedCountriesHere = namedCountries(ctx);
  for (const s of ctx.sentences) {
    for (const t of tokenize(s.text, s.start)) {
      const letters = t.text.match(/\p{Lu}/gu)?.length ?? 0;
      if (letters < 3 || !isAcronym(t.text) || local.has(t.text) || ctx.gazetteers.countries.codeOfAbbreviation(t.text)) continue;
      if (found.some((f) => overlaps(f, t)) || out.some((f) => overlaps(f, t))) continue;
      const bodies = new Map<string, OrganizationCandidate>();
      for (const f of named) if (abbreviates(t.text, f.text.replace(/^the\s+/i, '')) || abbreviates(t.text, f.name.display)) bodies.set(normalizeName(f.name.display), f);
      const body = bodies.size === 1 ? [...bodies.values()][0] : undefined;
      if (!body) continue;
      out.push({ type: 'Organization', start: t.start, end: t.end, text: t.text, sentence: s.index, name: { ...parseOrgName(body.text, ctx.gazetteers, { namedCountries: namedCountriesHere }), acronym: t.text } });
    }
  }
  return out;
}

/**
 * "Acme Classroom", "Acme 365", «Акме Учебник», «Акме.Диск»: a company's
 * name run into a capitalised word or a number that is no head noun, post,
 * place or common word names a product, not the company.
 */
function namesProduct(ctx: ExtractionContext, sentence: Sentence, end: number): boolean {
  const rest = ctx.text.slice(end, sentence.end);
  const m = /^(?: |[.-])([\p{Lu}\p{N}][\p{L}\p{N}]*)/u.exec(rest);
  const word = m?.[1];
  if (!word) return false;
  const tokens = tokenize(rest.slice(1), end + 1);
  const lower = word.toLowerCase();
  if (orgHeadOf(word) || TITLE_WORDS.has(lower) || POST_WORD.test(word) || CAPITALIZED_STOPWORDS.has(lower) || MONTHS.test(lower)) return false;
  // «представитель Сбербанка Мария Лосева»: a person's name after the company is whoever speaks for it.
  if (/\p{Script=Cyrillic}/u.test(word) && personNamePart(word) === 'given') return false;
  const city = matchCityAt(tokens, 0, ctx.gazetteers);
  return !matchCountryAt(tokens, 0, ctx.gazetteers) && !(city && !city.value.loose);
}

/**
 * "the United Nations Population Fund (UNFPA) in Chile", "the British
 * Council in Ghana": an international or foreign body in a country is its
 * office there; a body of that country stays the body.
 */
function placedOffice(ctx: ExtractionContext, cand: OrganizationCandidate, sentence: Sentence): OrganizationCandidate | null {
  const tokens = tokenize(sentence.text, sentence.start);
  let k = tokens.findIndex((t) => t.start >= cand.end);
  if (k < 0) return null;
  if (tokens[k]?.text === '(' && isAllCaps(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') k += 3;
  if (!['in', 'в', 'во'].includes(tokens[k]?.text ?? '')) return null;
  const m = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
  // A city after a body is as often where an event took place ("organized by UNESCO in Kazan").
  const place = matchCountryAt(tokens, m, ctx.gazetteers);
  const end = place ? tokens[place.end - 1]?.end : undefined;
  if (!place || end === undefined) return null;
  const body = matchCuratedOrganization(cand.name, ctx.curated, ctx.gazetteers);
  if (!body || body.country === place.value) return null;
  const text = ctx.text.slice(cand.start, end);
  return { type: 'Organization', start: cand.start, end, text, sentence: sentence.index, name: parseOrgName(text, ctx.gazetteers, { namedCountries: namedCountries(ctx) }) };
}

interface CuratedPatterns {
  names: RegExp;
  acronyms: RegExp;
  /** Russian names by the stems of their words, so any case of them is found («Всемирной организации здравоохранения»). */
  russian: Map<string, { words: number; capital: boolean; alias: string }>;
  longestRussian: number;
}

const curatedPatterns = new WeakMap<CuratedData, CuratedPatterns>();

/**
 * Every curated name and acronym as two alternations compiled once per
 * curated data: one case-blind pass for names, one exact pass for acronyms,
 * instead of a regular expression per name per report. Russian names, which
 * decline, are looked up word by word by their stems instead: an alternation
 * allowing any ending to every word costs seconds per report.
 */
function curatedNamePatterns(curated: CuratedData): CuratedPatterns {
  let p = curatedPatterns.get(curated);
  if (!p) {
    const all = new Set<string>();
    const isAcronym = (n: string): boolean => isAllCaps(n.replace(/\s/g, ''));
    // "EU", "UN", «ЕС»: two capitals are a well-known body's acronym only as the table writes them, matched exactly.
    for (const org of curated.organizations) for (const n of [org.name, ...org.aliases, ...(org.acronym ? [org.acronym] : [])]) if (n.length >= 3 || (n.length === 2 && isAcronym(n))) all.add(n);
    const declines = (n: string): boolean => !isAcronym(n) && /\p{Script=Cyrillic}/u.test(n);
    const russian = new Map<string, { words: number; capital: boolean; alias: string }>();
    let longestRussian = 0;
    for (const n of [...all].filter(declines)) {
      const tokens = tokenize(n);
      const hit = { words: tokens.length, capital: isCapitalized(n), alias: n };
      russian.set(tokens.map((t) => stemKey(t.text)).join(' '), hit);
      // «Росатом», «Ростелеком»: a nominative that ends in a consonant looks like another word's case ending
      // («-ом»); its other cases («Росатома») strip down to the whole nominative.
      const whole = tokens.map((t) => (/[бвгджзклмнпрстфхцчшщ]$/u.test(t.text) ? t.text.toLowerCase().replace(/ё/g, 'е') : stemKey(t.text))).join(' ');
      if (!russian.has(whole)) russian.set(whole, hit);
      longestRussian = Math.max(longestRussian, tokens.length);
    }
    p = { names: namesPattern([...all].filter((n) => !isAcronym(n) && !declines(n)), false), acronyms: namesPattern([...all].filter(isAcronym), true), russian, longestRussian };
    curatedPatterns.set(curated, p);
  }
  return p;
}

const RU_ENDING = /(?:ями|ами|ого|его|ому|ему|ыми|ими|ий|ый|ой|ей|ом|ем|ам|ям|ах|ях|ую|юю|ым|им|ых|их|ая|яя|ое|ее|ые|ие|ия|ии|ью|[аяоеёыийьую])$/u;

/** A Russian word without its case ending, lower-cased; acronyms, Latin words and punctuation as written. */
function stemKey(word: string): string {
  if (!/\p{Script=Cyrillic}/u.test(word) || isAllCaps(word)) return word;
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const m = RU_ENDING.exec(lower);
  return m && lower.length - m[0].length >= 3 ? lower.slice(0, lower.length - m[0].length) : lower;
}

/** Curated Russian names in the text, in whatever case the sentence puts them. */
function russianCuratedMatches(text: string, p: CuratedPatterns): RegExpMatchArray[] {
  if (p.russian.size === 0 || !/\p{Script=Cyrillic}/u.test(text)) return [];
  const tokens = tokenize(text);
  const keys = tokens.map((t) => stemKey(t.text));
  const out: RegExpMatchArray[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Script=Cyrillic}/u.test(tokens[i]?.text ?? '')) continue;
    let key = '';
    for (let n = 1; n <= p.longestRussian && i + n <= tokens.length; n++) {
      key = n === 1 ? (keys[i] ?? '') : `${key} ${keys[i + n - 1] ?? ''}`;
      const hit = p.russian.get(key);
      // A one-word name is a proper noun: it needs its capital in the text ("Знание", not «знание»).
      if (!hit || (hit.words === 1 && hit.capital && !isCapitalized(tokens[i]?.text ?? ''))) continue;
      const start = tokens[i]?.start ?? 0;
      const found = text.slice(start, tokens[i + n - 1]?.end ?? start);
      out.push(Object.assign([found], { index: start, input: text, groups: { alias: hit.alias } }) as unknown as RegExpMatchArray);
    }
  }
  return out;
}

function namesPattern(names: string[], exactCase: boolean): RegExp {
  if (names.length === 0) return /(?!)/gu;
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // «МГУ-ППИ», "MSU-BIT": letters joined to other capitals by a hyphen are another body's, not the first one's.
  if (exactCase) return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{Lu}-)(?:${alternatives})(?![\\p{L}\\p{N}]|-\\p{Lu})`, 'gu');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * "UNICEF Latvia", "UNESCO Riga": an international body's acronym and a
 * place is that body's office there, named as such so it meets "UNICEF
 * Country Office in Latvia" in the same or another report.
 */
function officeShorthands(ctx: ExtractionContext, found: OrganizationCandidate[]): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  for (const s of ctx.sentences) {
    const tokens = tokenize(s.text, s.start);
    for (let i = 0; i < tokens.length - 1; i++) {
      const a = tokens[i];
      if (!a || !isAllCaps(a.text) || a.text.length < 3 || /\p{Script=Cyrillic}/u.test(a.text)) continue;
      // "NEW YORK, 20 September": a dateline in capitals is a place, not an acronym and a place.
      if (isAllCaps(tokens[i + 1]?.text ?? '')) continue;
      // "IIT Bombay", "NIT Calicut": letters no table knows, or a university's, before a town are an institute's own name,
      // not an office of an international body.
      const body = matchCuratedOrganization(parseOrgName(a.text, ctx.gazetteers), ctx.curated, ctx.gazetteers);
      if (!body || EDUCATIONAL_KINDS.has(body.kind ?? '')) {
        const town = body || NOT_A_BODY_ACRONYM.test(a.text) || ctx.gazetteers.countries.codeOfAbbreviation(a.text) ? null : matchCityAt(tokens, i + 1, ctx.gazetteers);
        const last = town ? tokens[town.end - 1] : undefined;
        const span = last ? { start: a.start, end: last.end } : null;
        if (span && !found.some((f) => overlaps(f, span)) && !out.some((f) => overlaps(f, span))) {
          const text = ctx.text.slice(span.start, span.end);
          out.push({ type: 'Organization', ...span, text, sentence: s.index, name: parseOrgName(text, ctx.gazetteers, { namedCountries: namedCountries(ctx) }) });
        }
        continue;
      }
      // "UNICEF Representative in Peru ⟦P⟧": the body's head posted to a country stands for its office there.
      const posted = postedTo(tokens, i + 1);
      const from = posted ?? i + 1;
      const place = matchCountryAt(tokens, from, ctx.gazetteers) ?? matchCityAt(tokens, from, ctx.gazetteers);
      if (!place) continue;
      let endTok = posted ? i : place.end - 1;
      if (!posted && /^offices?$/i.test(tokens[place.end]?.text ?? '')) endTok = place.end;
      const span = { start: a.start, end: tokens[endTok]?.end ?? a.end };
      if (found.some((f) => overlaps(f, span)) || out.some((f) => overlaps(f, span))) continue;
      const placeText = ctx.text.slice(tokens[posted && tokens[from - 1]?.text === 'the' ? from - 1 : from]?.start ?? a.end, tokens[place.end - 1]?.end ?? a.end);
      out.push({ type: 'Organization', ...span, text: ctx.text.slice(span.start, span.end), sentence: s.index, name: parseOrgName(`${a.text} Office in ${placeText}`, ctx.gazetteers, { namedCountries: namedCountries(ctx) }) });
      i = endTok;
    }
  }
  return out;
}

const EDUCATIONAL_KINDS = new Set(['university', 'institute', 'academy', 'school']);

const POSTED_PREFIX = /^(?:Deputy|Resident|Acting|Senior|Chief|Country)$/u;
const POSTED_HEAD = /^(?:Representative|Director|Manager|Coordinator)$/u;

/**
 * "Representative in", "Deputy Country Director for", "Head of Office in":
 * the head of an international body's office named by the country it is
 * posted to. Returns the index of the place's first token.
 */
function postedTo(tokens: Token[], i: number): number | null {
  let k = i;
  while (POSTED_PREFIX.test(tokens[k]?.text ?? '')) k++;
  if (/^Head$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'of' && /^Office$/u.test(tokens[k + 2]?.text ?? '')) k += 3;
  else if (POSTED_HEAD.test(tokens[k]?.text ?? '') && (k > i || /^Representative$/u.test(tokens[k]?.text ?? ''))) k++;
  else return null;
  if (!/^(?:in|to|for)$/u.test(tokens[k]?.text ?? '')) return null;
  k++;
  if (tokens[k]?.text === 'the') k++;
  return k;
}

/**
 * «МОН РК», "MoES KR": an acronym followed by a country's official
 * abbreviation is a state body of that country, whatever the letters stand
 * for; a bare acronym is too often a programme or a test to be taken alone.
 */
function acronymsWithCountry(ctx: ExtractionContext, found: OrganizationCandidate[], local: Map<string, string>): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  const named = namedCountries(ctx);
  for (const s of ctx.sentences) {
    const tokens = tokenize(s.text, s.start);
    for (let i = 0; i < tokens.length - 1; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a || !b || b.start - a.end !== 1 || !ACRONYM_LIKE.test(a.text) || a.text.length < 3) continue;
      // «ЕГЭ РФ»: a state's exam or standard is no body.
      if (ctx.gazetteers.countries.codeOfAbbreviation(a.text) || NOT_A_BODY_ACRONYM.test(a.text) || !matchCountryAbbreviationAt(tokens, i + 1, ctx.gazetteers, named)) continue;
      const span = { start: a.start, end: b.end };
      if (found.some((f) => overlaps(f, span))) continue;
      const text = ctx.text.slice(span.start, span.end);
      // «(МОН РТ)» after the body's full name: the report's own short name for it, read as such later.
      if (local.has(text)) continue;
      out.push({ type: 'Organization', ...span, text, sentence: s.index, name: parseOrgName(text, ctx.gazetteers, { namedCountries: named }) });
      i++;
    }
  }
  return out;
}

/**
 * "the Ministry of Education of Peru and Teachers Everywhere (TE)": a name
 * with no head noun is still a body when it is listed with one and spelled out
 * by its own acronym; alone, "Name Words (NW)" is as often a programme or a
 * test.
 */
function coordinatedAcronymNames(ctx: ExtractionContext, found: OrganizationCandidate[], local: Map<string, string>): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  for (const s of ctx.sentences) {
    const tokens = tokenize(s.text, s.start);
    for (let i = 1; i < tokens.length; i++) {
      const and = tokens[i - 1];
      if (!and || !['and', 'и'].includes(and.text) || !found.some((f) => !f.reference && f.end <= and.start && and.start - f.end <= 1)) continue;
      let n = i;
      while (isNameWord(tokens[n]) && n - i < 5) n++;
      const first = tokens[i];
      const last = tokens[n - 1];
      const acronym = tokens[n]?.text === '(' && tokens[n + 2]?.text === ')' ? (tokens[n + 1]?.text ?? '') : '';
      if (!first || !last || n - i < 2 || !isAllCaps(acronym)) continue;
      const span = { start: first.start, end: last.end };
      const text = ctx.text.slice(span.start, span.end);
      if (!abbreviates(acronym, text) || found.some((f) => overlaps(f, span))) continue;
      const name = parseOrgName(text, ctx.gazetteers, { namedCountries: namedCountries(ctx) });
      out.push({ type: 'Organization', ...span, text, sentence: s.index, name: { ...name, acronym } });
      local.set(acronym, text);
      i = n;
    }
  }
  return out;
}

/**
 * A known body named at the start of a longer name ("UNESCO Regional Office")
 * is the parent: it gets its own mention so PART_OF can point at it.
 */
function parentMentions(ctx: ExtractionContext, found: OrganizationCandidate[]): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  const lettersOf = (o: CuratedData['organizations'][number]): string[] => [o.acronym, ...o.aliases].filter((a): a is string => !!a && isAllCaps(a) && a.length >= 3);
  const acronyms = ctx.curated.organizations.flatMap(lettersOf);
  const parentAt = (f: OrganizationCandidate, a: string, offset: number): OrganizationCandidate => ({
    type: 'Organization',
    start: f.start + offset,
    end: f.start + offset + a.length,
    text: a,
    sentence: f.sentence,
    name: parseOrgName(a, ctx.gazetteers, { namedCountries: namedCountries(ctx) }),
    parentOf: f,
  });
  for (const f of found) {
    if (f.reference || isAllCaps(f.name.display)) continue;
    const display = f.name.display;
    const self = ctx.curated.organizations.find((o) => [o.name, ...o.aliases].some((n) => normalizeName(n) === normalizeName(display)));
    // «Верховный комиссар ОБСЕ по делам …»: a known part that spells its parent's acronym anywhere in its name names the parent too.
    const parent = self?.partOf ? ctx.curated.organizations.find((o) => o.id === self.partOf) : undefined;
    const inner = parent ? lettersOf(parent).find((a) => new RegExp(`(?<!\\p{L})${escapeRegExp(a)}(?!\\p{L})`, 'u').test(f.text.slice(1))) : undefined;
    if (inner) {
      out.push(parentAt(f, inner, f.text.indexOf(inner, 1)));
      continue;
    }
    if (self && !self.partOf) continue;
    for (const a of acronyms) {
      // "UNESCO's International Institute …" is a unit of UNESCO as much as "UNESCO Institute …".
      if (!display.startsWith(`${a} `) && !new RegExp(`^${a}['’]s `).test(f.text.replace(/^the\s+/i, ''))) continue;
      const offset = f.text.indexOf(a);
      if (offset >= 0) out.push(parentAt(f, a, offset));
    }
  }
  return out;
}

function sentenceAt(sentences: Sentence[], pos: number): Sentence | undefined {
  return sentences.find((s) => pos >= s.start && pos < s.end);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
