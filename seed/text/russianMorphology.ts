/**
 * Russian morphology from the OpenCorpora dictionary shipped in the `az`
 * package: lemmas, part of speech, case, and the proper-noun tags (Name, Surn,
 * Patr, Geox, Orgn). The extractors use it to put names met in any case back in
 * the nominative and to recognise a name in an oblique case, so no suffix list
 * of our own has to guess the grammar.
 *
 * The dictionary is read once, synchronously, on first use (about 0.2 s), because
 * the extractors run synchronously inside `extractReport`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { compileFunction } from 'node:vm';

export type RuCase = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct' | 'voct';
export type RuNumber = 'sing' | 'plur';
export type RuGender = 'masc' | 'femn' | 'neut' | 'common';
export type PersonNamePart = 'given' | 'surname' | 'patronymic';

export interface RuParse {
  /** The form as parsed, lower case. */
  readonly form: string;
  readonly lemma: string;
  /** OpenCorpora part of speech: NOUN, ADJF, PRTF, VERB, PREP, CONJ, … */
  readonly pos: string | null;
  readonly case: RuCase | null;
  readonly number: RuNumber | null;
  readonly gender: RuGender | null;
  readonly name: boolean;
  readonly surname: boolean;
  readonly patronymic: boolean;
  readonly geo: boolean;
  readonly org: boolean;
  readonly abbr: boolean;
  /** Indeclinable: every case has this one form. */
  readonly fixed: boolean;
  /** Found in the dictionary rather than guessed from the word's ending. */
  readonly known: boolean;
  readonly score: number;
}

// ---- the az package, typed as far as we use it ----

interface AzTag {
  readonly POS?: string;
  readonly CAse?: string;
  readonly NMbr?: string;
  readonly GNdr?: string;
  readonly TEns?: string;
  readonly VOic?: string;
  readonly [grammeme: string]: unknown;
}
interface AzParse {
  readonly tag: AzTag;
  readonly score: number;
  readonly parser?: string;
  /** Set on a dictionary parse of a word written with a hyphenated prefix. */
  readonly prefix?: string;
  /** Dictionary parses only: the form without its paradigm's prefix and ending. */
  base?(): string;
  normalize(keepPos?: boolean): AzParse | false;
  inflect(grammemes: string[]): AzParse | false;
  toString(): string;
}
type AzLoad = (url: string, responseType: string, callback: (err: Error | null, data?: unknown) => void) => void;
interface AzModule {
  load: AzLoad;
  Morph: ((word: string, config?: object) => AzParse[]) & {
    init(path: string, callback: (err: Error | null) => void): void;
  };
}

const require = createRequire(import.meta.url);
// Typos and stuttering are for chat text; in reports they only add wrong parses.
const MORPH_CONFIG = { stutter: 0, typos: 0 };
let az: AzModule | null = null;

/**
 * az builds all 4,880 tags of the dictionary (each twice, then deep-frozen) when
 * it loads: two thirds of its start-up, though a report meets a few hundred of
 * them. These edits to its source (az is pinned to one version in
 * package.json) build each tag the first time a word of that form is parsed,
 * exactly as az would have built it: the tag strings are the same, and the
 * grammemes az adds after loading (NUMB, LATN, PNCT, ROMN, UNKN) occur in none
 * of the dictionary's tags. Should a later az not match them, az loads as it is.
 */
const AZ_LAZY_TAGS: ReadonlyArray<[from: string, to: string]> = [
  [
    `        for (var i = 0; i < tagsInt.length; i++) {
          tags[i] = new Tag(tagsInt[i]);
          tags[i].ext = new Tag(tagsExt[i]);
        }
        tags = deepFreeze(tags);`,
    `        tagSources = [tagsInt, tagsExt];`,
  ],
  [
    `  var DictionaryParse = function(`,
    `  var tagSources;
  function tagAt(i) {
    var tag = tags[i];
    if (tag === undefined && i < tags.length) {
      tag = new Tag(tagSources[0][i]);
      tag.ext = new Tag(tagSources[1][i]);
      tags[i] = tag = deepFreeze(tag);
    }
    return tag;
  }

  var DictionaryParse = function(`,
  ],
  [`tags[this.paradigm[this.formCnt + formIdx]]`, `tagAt(this.paradigm[this.formCnt + formIdx])`],
];

/** The az module with tags built on demand, or az as it is when its source is not the one the edits expect. */
function requireAz(): AzModule {
  const file = require.resolve('az');
  let source = readFileSync(file, 'utf8');
  // The array of tags is named 8 times in az 0.2.3: declared, read twice, built (5). Any other use would need a tag built eagerly.
  if ((source.match(/\btags\b/g) ?? []).length !== 8) return require('az') as AzModule;
  for (const [from, to] of AZ_LAZY_TAGS) {
    const parts = source.split(from);
    if (parts.length < 2) return require('az') as AzModule;
    source = parts.join(to);
  }
  const module = { exports: {} as AzModule };
  const factory = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  factory.call(module.exports, module.exports, require, module, file, dirname(file));
  return module.exports;
}

function dictionaryDir(): string {
  return join(dirname(require.resolve('az/package.json')), 'dicts');
}

/**
 * az's own loader reads files asynchronously and counts them in as they come.
 * Queuing its requests and answering them after `init` has issued all of them
 * keeps its counting right and makes the whole load synchronous.
 */
function loadAz(): AzModule {
  if (az) return az;
  const mod = requireAz();
  const dir = dictionaryDir();
  const requests: Array<Parameters<AzLoad>> = [];
  mod.load = (url, responseType, callback) => {
    requests.push([url, responseType, callback]);
  };
  let failure: Error | null = null;
  mod.Morph.init(dir, (err) => {
    failure = err;
  });
  for (const [url, responseType, callback] of requests) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(url);
    } catch {
      throw new Error(
        `The Russian morphology dictionary is missing (${url}); reinstall the "az" package with \`npm ci\`.`,
      );
    }
    if (responseType === 'json') callback(null, JSON.parse(bytes.toString('utf8')));
    else callback(null, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  if (failure) throw failure;
  az = mod;
  return mod;
}

/** Loads the dictionary now rather than on the first Russian word (for start-up). */
export function loadRussianMorphology(): void {
  loadAz();
}

// ---- parsing, with a bounded cache ----

const CACHE_MAX = 50_000;
const cache = new Map<string, readonly RuParse[]>();
const source = new WeakMap<RuParse, AzParse>();

const CASES = new Set<string>(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct']);

function toRuParse(p: AzParse): RuParse {
  const t = p.tag;
  const lemma = p.normalize();
  const g = t.GNdr;
  const gender: RuGender | null =
    g === 'masc' || g === 'femn' || g === 'neut' ? g : g === 'ms-f' || t['ms-f'] === true ? 'common' : null;
  const parse: RuParse = Object.freeze({
    form: p.toString(),
    lemma: lemma ? lemma.toString() : p.toString(),
    pos: t.POS ?? null,
    case: t.CAse && CASES.has(t.CAse) ? (t.CAse as RuCase) : null,
    number: (t.NMbr as RuNumber | undefined) ?? null,
    gender,
    name: t.Name === true,
    surname: t.Surn === true,
    patronymic: t.Patr === true,
    geo: t.Geox === true,
    org: t.Orgn === true,
    abbr: t.Abbr === true,
    fixed: t.Fixd === true,
    known: p.parser === 'Dictionary' || p.parser === 'HyphenWords',
    score: p.score,
  });
  source.set(parse, p);
  return parse;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The likely parses of one word, most likely first; none for a word that is not Cyrillic. */
export function parseRu(word: string): readonly RuParse[] {
  let parses = cache.get(word);
  if (parses) return parses;
  parses = CYRILLIC.test(word) ? Object.freeze(loadAz().Morph(word, MORPH_CONFIG).map(toRuParse)) : [];
  if (cache.size >= CACHE_MAX) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(word, parses);
  return parses;
}

/**
 * The most likely dictionary parse of a word in any capitalisation. Parsed as
 * if capitalised, so names and places are not ruled out by a lower-case spelling.
 */
function bestKnownParse(word: string): RuParse | undefined {
  const lower = word.toLowerCase();
  return parseRu(lower.charAt(0).toUpperCase() + lower.slice(1)).find((p) => p.known);
}

/** The dictionary lemma of a word ("Беларуси" → "беларусь"), or null for a word the dictionary does not hold. */
export function lemmaRu(word: string): string | null {
  return bestKnownParse(word)?.lemma.replace(/ё/g, 'е') ?? null;
}

/**
 * The stem the dictionary itself gives a word: the part all forms of its
 * paradigm share ("Астане" → "астан", "Казанского" → "казанск"), or null for a
 * word the dictionary does not hold. Unlike a rule-based stemmer it never cuts
 * a verb ending off a place name.
 */
export function dictionaryStem(word: string): string | null {
  const best = bestKnownParse(word);
  const from = best && source.get(best);
  if (!from || typeof from.base !== 'function' || from.prefix) return null;
  const base = from.base().replace(/ё/g, 'е');
  return base.length >= 2 ? base : null;
}

// ---- inflection ----

/** Copies the capitals of the word as written onto another form of it ("Российско-Китайской" → "Российско-Китайская"). */
function withCapitals(written: string, form: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return form.toUpperCase();
  let out = '';
  for (let i = 0; i < form.length; i++) {
    const w = written[i];
    const f = form[i] as string;
    out += w !== undefined && w !== w.toLowerCase() ? f.toUpperCase() : f;
  }
  return out;
}

/** A report that writes е for ё keeps doing so in the forms we make ("Петра" → "Петр"). */
function withSpelling(written: string, form: string): string {
  return /[ёЁ]/.test(written) ? form : form.replace(/ё/g, 'е');
}

function inflected(written: string, p: RuParse, grammemes: string[]): string | null {
  const from = source.get(p);
  if (!from) return null;
  const t = from.tag;
  // Stay within the same part of speech and, for participles, the same participle.
  const keep = [t.POS, t.TEns, t.VOic].filter((g): g is string => typeof g === 'string');
  for (const flag of ['Name', 'Surn', 'Patr']) if (t[flag] === true) keep.push(flag);
  const to = from.inflect([...keep, ...grammemes]) || from.inflect(grammemes);
  return to ? withSpelling(written, withCapitals(written, to.toString())) : null;
}

/**
 * The nominative of one word under the given parse, in its number and (for an
 * adjective, participle or surname) its gender or the gender given.
 */
export function toNominative(word: string, parse: RuParse, gender?: RuGender | null): string {
  if (parse.fixed || parse.case === 'nomn' || !parse.case) return word;
  const g = gender && gender !== 'common' ? gender : parse.gender !== 'common' ? parse.gender : null;
  const number = parse.number ?? 'sing';
  const grammemes = ['nomn', number];
  if (number === 'sing' && g && parse.pos !== 'NOUN') grammemes.push(g);
  if (number === 'sing' && g && parse.pos === 'NOUN' && (parse.surname || parse.patronymic)) grammemes.push(g);
  const form = inflected(word, parse, grammemes) ?? (number === 'sing' ? null : inflected(word, parse, ['nomn'])) ?? word;
  // «Высшей школы» → «Высшая», not the lemma's «Высокая»: a superlative keeps its own stem.
  if (parse.pos === 'ADJF' && !form.toLowerCase().startsWith(word.toLowerCase().replace(ADJECTIVE_ENDING, ''))) return adjectiveOnOwnStem(word, number === 'plur' ? 'plur' : g) ?? form;
  return form;
}

/** One word of a plural phrase in the singular nominative («государственных» → «государственный»), agreeing with a head of the given gender. */
export function nominativeSingular(word: string, parse: RuParse, gender?: RuGender | null): string | null {
  const grammemes = ['nomn', 'sing'];
  if (gender && gender !== 'common' && parse.pos !== 'NOUN') grammemes.push(gender);
  return inflected(word, parse, grammemes);
}

const ADJECTIVE_ENDING = /(?:ого|его|ому|ему|ыми|ими|ей|ой|ом|ем|ую|юю|ых|их|ым|им|ые|ие|ая|яя|ое|ее|ый|ий)$/u;

/** The nominative of an adjective built on the word's own stem, with the ending its last consonant takes. */
function adjectiveOnOwnStem(word: string, form: RuGender | 'plur' | null): string | null {
  const stem = word.replace(ADJECTIVE_ENDING, '');
  if (stem === word) return null;
  const soft = /[шщжчкгх]$/u.test(stem);
  const ending = form === 'femn' ? 'ая' : form === 'neut' ? (/[шщжч]$/u.test(stem) ? 'ее' : 'ое') : form === 'plur' ? (soft ? 'ие' : 'ые') : soft ? 'ий' : 'ый';
  return stem + ending;
}

// ---- phrases ----

interface Piece {
  readonly text: string;
  /** The word without the punctuation around it. */
  readonly core: string;
  readonly before: string;
  readonly after: string;
  readonly quoted: boolean;
}

const OPENING = new Set(['«', '„', '“']);
const CLOSING = new Set(['»', '“', '”']);

/** Splits on spaces and marks the words inside quotes (which stay as written). */
function pieces(phrase: string): Array<Piece | string> {
  const out: Array<Piece | string> = [];
  let depth = 0;
  let straight = false;
  for (const part of phrase.split(/(\s+)/)) {
    if (part === '' || /^\s+$/.test(part)) {
      if (part) out.push(part);
      continue;
    }
    const startsInside = depth > 0 || straight;
    let touched = false;
    for (const ch of part) {
      if (OPENING.has(ch) && !(ch === '“' && depth > 0)) {
        depth++;
        touched = true;
      } else if (CLOSING.has(ch) && depth > 0) {
        depth--;
        touched = true;
      } else if (ch === '"') {
        straight = !straight;
        touched = true;
      }
    }
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(part);
    out.push({
      text: part,
      before: m?.[1] ?? '',
      core: m?.[2] ?? part,
      after: m?.[3] ?? '',
      quoted: startsInside || touched,
    });
  }
  return out;
}

const MODIFIER_POS = new Set(['ADJF', 'PRTF']);
const SKIPPED_BEFORE_HEAD = /^(?:\d+|[IVXLCDM]+|№)$/;

function isModifierParse(p: RuParse): boolean {
  return p.pos !== null && MODIFIER_POS.has(p.pos);
}

function agrees(mod: RuParse, head: RuParse): boolean {
  if (mod.case !== head.case || mod.number !== head.number) return false;
  if (head.number === 'plur' || !mod.gender || !head.gender || head.gender === 'common') return true;
  return mod.gender === head.gender;
}

interface Reading {
  head: RuParse;
  modifiers: RuParse[];
  score: number;
}

/** The most likely case of the head noun with every modifier agreeing; singular first, as names of bodies are. */
function bestReading(headParses: readonly RuParse[], modifierParses: ReadonlyArray<readonly RuParse[]>): Reading | null {
  let best: Reading | null = null;
  for (const head of headParses) {
    if (head.pos !== 'NOUN' || !head.case) continue;
    const modifiers: RuParse[] = [];
    let score = head.score + 1e-6;
    for (const options of modifierParses) {
      let pick: RuParse | null = null;
      for (const m of options) if (isModifierParse(m) && agrees(m, head) && (!pick || m.score > pick.score)) pick = m;
      if (!pick) break;
      modifiers.push(pick);
      score *= pick.score + 1e-6;
    }
    if (modifiers.length < modifierParses.length) continue;
    if (head.number === 'sing') score += 1;
    if (!best || score > best.score) best = { head, modifiers, score };
  }
  return best;
}

/** A phrase in the nominative when it is Russian («стажировку» → «стажировка»); any other text as it is. */
export function nominativeIfRussian(text: string): string {
  return /\p{Script=Cyrillic}/u.test(text) ? nominativePhrase(text) : text;
}

/**
 * Puts an organization-like phrase in the nominative: the head noun and the
 * adjectives before it that agree with it change, what follows the head (a
 * genitive complement, a name in quotes) stays as written, and a leading
 * preposition goes ("в Национальной академии наук" → "Национальная академия наук").
 */
export function nominativePhrase(phrase: string, isHeadNoun: (word: string) => boolean = () => false): string {
  if (!CYRILLIC.test(phrase)) return phrase;
  const parts = pieces(phrase.trim());
  // A leading preposition belongs to the sentence, not the name.
  while (parts.length > 2) {
    const first = parts[0];
    if (first === undefined || typeof first === 'string' || first.quoted || first.after) break;
    const best = parseRu(first.core)[0];
    if (best?.pos !== 'PREP') break;
    parts.splice(0, 2);
  }

  // The words before the head: each can be an adjective or participle; the
  // first word that cannot is the head noun.
  const run: Array<{ index: number; parses: readonly RuParse[] }> = [];
  let pureNoun = false;
  for (let i = 0; i < parts.length && !pureNoun; i++) {
    const part = parts[i];
    if (part === undefined || typeof part === 'string') continue;
    // An acronym («КазНУ», «МГУ») does not decline and heads nothing.
    // «Кыргызско-Российского» is two capitalised words joined, not an acronym.
    // «III Международного форума»: an ordinal number before the words is skipped, not taken for an acronym.
    if (!part.quoted && SKIPPED_BEFORE_HEAD.test(part.core)) continue;
    if (part.quoted || !CYRILLIC.test(part.core) || (/\p{Lu}.*\p{Lu}/u.test(part.core) && !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(part.core))) break;
    const parses = parseRu(hyphenTail(part.core));
    // A head noun the caller knows («акимата», which the dictionary lacks) ends the run whatever the guess says.
    const known = isHeadNoun(part.core);
    const modifier = !known && parses.some(isModifierParse);
    if (!modifier && !parses.some((p) => p.pos === 'NOUN')) break;
    run.push({ index: i, parses: known ? parses.filter((p) => p.pos === 'NOUN') : parses });
    pureNoun = !modifier;
  }
  // Failing that, a word read as adjective or noun ("Тверской" is also a street)
  // heads the phrase, the latest one first.
  let chosen: { head: (typeof run)[number]; reading: Reading } | null = null;
  for (let h = run.length - 1; h >= 0 && !chosen; h--) {
    const head = run[h] as (typeof run)[number];
    const reading = bestReading(
      head.parses,
      run.slice(0, h).map((m) => m.parses),
    );
    if (reading) chosen = { head, reading };
  }
  if (!chosen) return parts.map(text).join('');
  const { head, reading } = chosen;
  const modifiers = run.slice(0, run.indexOf(head));
  if (reading.head.case === 'nomn' || reading.head.fixed) return parts.map(text).join('');

  const replace = (index: number, parse: RuParse, gender: RuGender | null): void => {
    const part = parts[index] as Piece;
    const tail = hyphenTail(part.core);
    const form = part.core.slice(0, part.core.length - tail.length) + toNominative(tail, parse, gender);
    parts[index] = { ...part, text: part.before + form + part.after, core: form };
  };
  replace(head.index, reading.head, null);
  modifiers.forEach((m, k) => replace(m.index, reading.modifiers[k] as RuParse, reading.head.gender));
  return parts.map(text).join('');
}

/**
 * «Кыргызско-Российского»: a compound adjective the dictionary does not know
 * declines in its last part only, so that part is what is parsed and put in
 * the nominative. A word the dictionary knows whole is read whole.
 */
function hyphenTail(word: string): string {
  const dash = word.lastIndexOf('-');
  if (dash <= 0 || parseRu(word).some((p) => p.known)) return word;
  return word.slice(dash + 1);
}

function text(part: Piece | string): string {
  return typeof part === 'string' ? part : part.text;
}

// ---- person names ----

export interface PersonNameParts {
  readonly given?: string | null;
  readonly patronymic?: string | null;
  readonly surname?: string | null;
}

type Sex = 'masc' | 'femn';
interface Option {
  readonly sex: Sex | null;
  readonly case: RuCase;
  readonly nominative: string;
  readonly score: number;
}

const OBLIQUE: RuCase[] = ['gent', 'datv', 'accs', 'ablt', 'loct'];
const ALL_CASES: RuCase[] = ['nomn', ...OBLIQUE];

/**
 * The standard paradigms of Russian surnames (and patronymics) for names the
 * dictionary does not hold: ending as written → nominative ending, sex, cases.
 */
const PARADIGMS: Array<[ending: string, nominative: string, sex: Sex, cases: RuCase[]]> = [
  ...(['ов', 'ев', 'ёв', 'ин', 'ын'] as const).flatMap((s): Array<[string, string, Sex, RuCase[]]> => [
    [s, s, 'masc', ['nomn']],
    [`${s}а`, s, 'masc', ['gent', 'accs']],
    [`${s}у`, s, 'masc', ['datv']],
    [`${s}ым`, s, 'masc', ['ablt']],
    [`${s}е`, s, 'masc', ['loct']],
    [`${s}а`, `${s}а`, 'femn', ['nomn']],
    [`${s}ой`, `${s}а`, 'femn', ['gent', 'datv', 'ablt', 'loct']],
    [`${s}у`, `${s}а`, 'femn', ['accs']],
  ]),
  ...(['ск', 'цк'] as const).flatMap((s): Array<[string, string, Sex, RuCase[]]> => [
    [`${s}ий`, `${s}ий`, 'masc', ['nomn']],
    [`${s}ой`, `${s}ой`, 'masc', ['nomn']],
    [`${s}ого`, `${s}ий`, 'masc', ['gent', 'accs']],
    [`${s}ому`, `${s}ий`, 'masc', ['datv']],
    [`${s}им`, `${s}ий`, 'masc', ['ablt']],
    [`${s}ом`, `${s}ий`, 'masc', ['loct']],
    [`${s}ая`, `${s}ая`, 'femn', ['nomn']],
    [`${s}ой`, `${s}ая`, 'femn', ['gent', 'datv', 'ablt', 'loct']],
    [`${s}ую`, `${s}ая`, 'femn', ['accs']],
  ]),
];
const PATRONYMIC_PARADIGMS: Array<[ending: string, nominative: string, sex: Sex, cases: RuCase[]]> = [
  ...(['ович', 'евич', 'ич'] as const).flatMap((s): Array<[string, string, Sex, RuCase[]]> => [
    [s, s, 'masc', ['nomn']],
    [`${s}а`, s, 'masc', ['gent', 'accs']],
    [`${s}у`, s, 'masc', ['datv']],
    [`${s}ем`, s, 'masc', ['ablt']],
    [`${s}е`, s, 'masc', ['loct']],
  ]),
  ...(['овн', 'евн', 'ичн', 'иничн'] as const).flatMap((s): Array<[string, string, Sex, RuCase[]]> => [
    [`${s}а`, `${s}а`, 'femn', ['nomn']],
    [`${s}ы`, `${s}а`, 'femn', ['gent']],
    [`${s}е`, `${s}а`, 'femn', ['datv', 'loct']],
    [`${s}у`, `${s}а`, 'femn', ['accs']],
    [`${s}ой`, `${s}а`, 'femn', ['ablt']],
  ]),
];

function fromParadigms(word: string, table: typeof PARADIGMS, score: number): Option[] {
  const lower = word.toLowerCase();
  const out: Option[] = [];
  for (const [ending, nominative, sex, cases] of table) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const form = word.slice(0, word.length - ending.length) + nominative;
    for (const c of cases) out.push({ sex, case: c, nominative: form, score });
  }
  return out;
}

/**
 * A woman's given name the dictionary lacks, in an oblique case, read as a
 * first-declension noun in -а («Зуриты» → «Зурита», «Зурите», «Зуритой»), so it
 * agrees with a declined surname instead of staying as written. Only after a
 * consonant: «…аа», «…ии» are not first-declension endings.
 */
function givenNameForms(word: string): Option[] {
  const m = /^(.*[бвгджзклмнпрстфхцчшщ])(ы|и|е|у|ой)$/u.exec(word);
  if (!m?.[1] || m[1].length < 2) return [];
  const stem = m[1];
  const ending = m[2];
  // After г, к, х and the sibilants the genitive is -и; elsewhere -и is not this noun's.
  if (ending === 'и' && !/[гкхжшчщ]$/u.test(stem)) return [];
  if (ending === 'ы' && /[гкхжшчщ]$/u.test(stem)) return [];
  const cases: RuCase[] = ending === 'ы' || ending === 'и' ? ['gent'] : ending === 'е' ? ['datv', 'loct'] : ending === 'у' ? ['accs'] : ['ablt'];
  return cases.map((c) => ({ sex: 'femn' as const, case: c, nominative: `${stem}а`, score: 0.04 }));
}

function sexOf(p: RuParse): Sex | null {
  return p.gender === 'masc' || p.gender === 'femn' ? p.gender : null;
}

/** Every reading of one part of a name: sex, case, and its nominative. */
function nameOptions(word: string, kind: PersonNamePart, contextCase: RuCase | null = null): Option[] {
  const flag = kind === 'given' ? 'name' : kind === 'surname' ? 'surname' : 'patronymic';
  const out: Option[] = [];
  for (const p of parseRu(word)) {
    if (!p[flag] || p.abbr || p.number === 'plur' || !p.case) continue;
    const sex = sexOf(p);
    // An indeclinable reading ("Анне" as Anne) only wins when nothing declinable fits.
    const weight = p.known ? 1 : 0.3;
    if (p.fixed) {
      for (const c of ALL_CASES) out.push({ sex, case: c, nominative: word, score: 0.2 * weight });
    } else {
      // The dictionary inflects «Анатольевны» through its lemma «Анатолий» and gives «Анатолиевна»: a patronymic's
      // nominative is its own stem with the nominative ending.
      const own = kind === 'patronymic' ? fromParadigms(word, PATRONYMIC_PARADIGMS, 0).find((o) => o.case === p.case && o.sex === sex) : undefined;
      out.push({ sex, case: p.case, nominative: own?.nominative ?? toNominative(word, p, sex), score: (0.5 + p.score) * weight });
    }
  }
  // A name the dictionary lacks or knows only as a common word ("Ковача") declines
  // like a noun of its ending; failing that it is taken as indeclinable, except
  // that a man's name ending in a consonant always declines.
  if (out.length === 0 && kind !== 'patronymic') {
    for (const p of parseRu(word)) {
      if (p.pos !== 'NOUN' || p.number !== 'sing' || !p.case || p.fixed || p.geo || p.org || p.abbr) continue;
      out.push({ sex: sexOf(p), case: p.case, nominative: toNominative(word, p, sexOf(p)), score: 0.05 });
    }
    if (kind === 'given') out.push(...givenNameForms(word));
    // «доклад Нурлана Абенова»: where the sentence puts a name in the genitive, a man's name the dictionary lacks
    // ends in -а after its final consonant.
    const masculine = /^(.*[бвгджзклмнпрстфхцчшщ])[ая]$/u.exec(word);
    if (kind === 'given' && contextCase === 'gent' && masculine?.[1] && masculine[1].length >= 3) out.push({ sex: 'masc', case: 'gent', nominative: masculine[1], score: 0.03 });
    const consonantFinal = !/[аеёиоуыэюяь]$/iu.test(word);
    for (const c of ALL_CASES) {
      out.push({ sex: c === 'nomn' || !consonantFinal ? null : 'femn', case: c, nominative: word, score: 0.02 });
    }
  }
  if (kind === 'surname') out.push(...fromParadigms(word, PARADIGMS, 0.4));
  if (kind === 'patronymic') out.push(...fromParadigms(word, PATRONYMIC_PARADIGMS, 0.4));
  if (out.length === 0) for (const c of ALL_CASES) out.push({ sex: null, case: c, nominative: word, score: 0.02 });
  return out;
}

/**
 * A person's name in the nominative, from any case: the parts agree in case and
 * sex, so "Марии Ким" reads as a woman in the genitive and the indeclinable
 * surname stays; "Ивана Петровича Сидорова" → "Иван Петрович Сидоров".
 */
export function nominativePersonName<T extends PersonNameParts>(parts: T, contextCase: RuCase | null = null): T {
  const present = (['given', 'patronymic', 'surname'] as const).filter((k) => {
    const v = parts[k];
    return typeof v === 'string' && CYRILLIC.test(v) && !/^\p{Lu}\.?$/u.test(v);
  });
  if (present.length === 0) return parts;
  const options = present.map((k) => nameOptions(parts[k] as string, k, contextCase));

  let best: { score: number; picks: Option[] } | null = null;
  for (const sex of ['masc', 'femn'] as const) {
    for (const c of ALL_CASES) {
      const picks: Option[] = [];
      // The sentence may say the case: a name after «доклад», «по приглашению» is in the genitive.
      let score = contextCase ? (c === contextCase ? 3 : 1) : c === 'nomn' ? 1.2 : 1;
      for (const opts of options) {
        let pick: Option | null = null;
        for (const o of opts) if (o.case === c && (o.sex === null || o.sex === sex) && (!pick || o.score > pick.score)) pick = o;
        if (!pick) break;
        picks.push(pick);
        score *= pick.score;
      }
      if (picks.length === options.length && (!best || score > best.score)) best = { score, picks };
    }
  }
  if (!best) return parts;
  const out: Record<string, unknown> = { ...(parts as PersonNameParts) };
  present.forEach((k, i) => {
    out[k] = best.picks[i]?.nominative ?? parts[k];
  });
  return out as T;
}

// ---- proper nouns ----

/** A word the dictionary knows as a name, surname, patronymic, place or organization, in any case. */
export function isProperNounRu(word: string): boolean {
  return parseRu(word).some((p) => p.known && (p.name || p.surname || p.patronymic || p.geo || p.org));
}

/**
 * What part of a person's name a capitalised word is, in any case: the
 * dictionary's reading first, then the standard surname and patronymic endings.
 */
export function personNamePart(word: string): PersonNamePart | null {
  if (!/^\p{Lu}\p{Ll}/u.test(word) || !CYRILLIC.test(word)) return null;
  const parses = parseRu(word).filter((p) => p.known && !p.abbr);
  const top = parses[0]?.score ?? 0;
  let best: RuParse | null = null;
  for (const p of parses) {
    if ((p.name || p.surname || p.patronymic) && p.score >= top * 0.5 && (!best || p.score > best.score)) best = p;
  }
  if (best) return best.patronymic ? 'patronymic' : best.name ? 'given' : 'surname';
  if (parses.length > 0) return null;
  if (fromParadigms(word, PATRONYMIC_PARADIGMS, 1).length > 0) return 'patronymic';
  if (fromParadigms(word, PARADIGMS, 1).length > 0) return 'surname';
  return null;
}
