import { distance } from 'fastest-levenshtein';
import { toLatin } from '../text/transliterate.ts';

/**
 * The words organization names are built from, in English and Russian: head
 * nouns and the modifiers any number of bodies share ("State", «педагогический»,
 * "Cooperation", "Country Office"). Two names that share only these words are
 * not the same body; the words that tell bodies apart (places, eponyms,
 * country adjectives, brand names) are everything else.
 *
 * Each row: canonical English word, its English spellings, and Russian stems
 * (any case ending follows). The Russian column is also how a Russian name is
 * put into English words for lookups.
 */
const ROWS: Array<[canonical: string, en: string[], ru: string[]]> = [
  // heads
  ['university', ['university', 'universities', 'universty', 'unversity'], ['университет']],
  ['academy', ['academy', 'academies'], ['академи']],
  ['institute', ['institute', 'institutes', 'institution'], ['институт', 'учреждени']],
  ['foundation', ['foundation', 'foundations', 'fund', 'funds', 'trust'], ['фонд']],
  ['ministry', ['ministry', 'ministries'], ['министерств']],
  ['school', ['school', 'schools', 'lyceum', 'gymnasium', 'college', 'kindergarten'], ['школ', 'школьн', 'лице', 'гимнази', 'колледж', 'детск сад']],
  ['centre', ['centre', 'center', 'centres', 'centers', 'hub'], ['центр']],
  ['office', ['office', 'offices', 'bureau', 'representation', 'mission', 'delegation'], ['офис', 'бюро', 'представительств', 'мисси', 'делегаци']],
  ['branch', ['branch', 'campus'], ['филиал', 'отделени']],
  ['agency', ['agency', 'agencies'], ['агентств']],
  ['council', ['council'], ['совет']],
  ['committee', ['committee'], ['комитет']],
  ['department', ['department', 'directorate', 'administration', 'division'], ['департамент', 'управлени', 'кафедр', 'отдел', 'дирекци']],
  ['faculty', ['faculty'], ['факультет']],
  ['association', ['association', 'society', 'alliance', 'network', 'consortium', 'league'], ['ассоциаци', 'обществ', 'объединени', 'альянс', 'сеть', 'сети', 'консорциум', 'лиг']],
  ['union', ['union', 'unions'], ['союз', 'профсоюз']],
  ['federation', ['federation'], ['федераци']],
  ['organization', ['organization', 'organisation', 'organizations', 'organisations'], ['организаци']],
  ['service', ['service', 'services'], ['служб']],
  ['commission', ['commission', 'commissioner'], ['комисси']],
  ['chamber', ['chamber'], ['палат']],
  ['library', ['library'], ['библиотек']],
  ['museum', ['museum'], ['музе']],
  ['partnership', ['partnership'], ['партнерств', 'партнёрств']],
  ['bank', ['bank'], ['банк']],
  ['government', ['government', 'cabinet'], ['правительств', 'кабинет']],
  ['parliament', ['parliament'], ['парламент']],
  ['embassy', ['embassy', 'consulate'], ['посольств', 'консульств']],
  ['company', ['company', 'corporation', 'llc', 'ltd', 'jsc', 'inc', 'group'], ['компани', 'корпораци', 'ооо', 'ао', 'оао', 'зао', 'групп']],
  ['secretariat', ['secretariat'], ['секретариат']],
  ['authority', ['authority', 'inspectorate', 'board'], ['инспекци']],
  ['programme', ['programme', 'program', 'project', 'initiative'], ['программ', 'проект', 'инициатив']],
  // modifiers shared by many bodies
  ['state', ['state'], ['государственн']],
  ['national', ['national'], ['национальн']],
  ['federal', ['federal'], ['федеральн']],
  ['republican', ['republican', 'republic'], ['республиканск', 'республик']],
  ['regional', ['regional', 'oblast', 'provincial', 'district'], ['региональн', 'областн', 'район', 'краев', 'окружн']],
  // An administrative unit's own word: «провинции Хэйлунцзян» and "Guangdong Province" share nothing but it.
  ['province', ['province', 'provinces', 'region', 'oblast', 'prefecture', 'county'], ['провинци', 'област', 'регион', 'префектур']],
  ['municipal', ['municipal', 'city', 'town'], ['муниципальн', 'городск', 'город', 'мэри']],
  ['public', ['public', 'non-profit', 'nonprofit', 'non-governmental', 'charity', 'charitable', 'private', 'autonomous'], ['общественн', 'некоммерческ', 'благотворительн', 'частн', 'автономн', 'неправительственн']],
  ['international', ['international', 'intergovernmental', 'interstate'], ['международн', 'межгосударственн', 'межправительственн']],
  ['cooperation', ['cooperation', 'co-operation'], ['сотрудничеств']],
  ['development', ['development'], ['развити']],
  ['pedagogical', ['pedagogical', 'pedagogic', 'pedagogy', 'teacher', 'teachers', "teachers'", 'educator', 'educators'], ['педагогическ', 'педагог', 'учител', 'преподавател']],
  ['psychological', ['psychological', 'psychology'], ['психолог']],
  ['education', ['education', 'educational', 'enlightenment', 'learning'], ['образовани', 'образовательн', 'просвещени', 'обучени']],
  ['science', ['science', 'sciences', 'scientific'], ['наук', 'научн']],
  ['research', ['research'], ['исследовани', 'исследовательск']],
  ['higher', ['higher'], ['высш']],
  ['professional', ['professional', 'vocational'], ['профессиональн']],
  ['training', ['training', 'retraining', 'qualification', 'qualifications', 'advanced', 'continuing', 'continuous', 'lifelong', 'capacity', 'building'], ['подготовк', 'переподготовк', 'повышени', 'квалификаци', 'непрерывн', 'дополнительн']],
  ['technical', ['technical', 'technological', 'technology', 'technologies', 'polytechnic', 'engineering'], ['техническ', 'технологическ', 'технологи', 'политехническ', 'инженерн']],
  ['medical', ['medical', 'health'], ['медицинск', 'здравоохранени']],
  ['agrarian', ['agrarian', 'agricultural'], ['аграрн', 'сельскохозяйственн']],
  ['economic', ['economic', 'economics', 'economy'], ['экономическ', 'экономик']],
  ['humanitarian', ['humanitarian', 'humanities'], ['гуманитарн']],
  ['linguistic', ['linguistic', 'language', 'languages'], ['лингвистическ', 'язык']],
  ['foreign', ['foreign'], ['иностранн']],
  ['information', ['information', 'informatics', 'digital'], ['информационн', 'информатик', 'цифров']],
  ['innovation', ['innovation', 'innovative', 'innovations'], ['инновац']],
  ['culture', ['culture', 'cultural'], ['культур']],
  ['sport', ['sport', 'sports'], ['спорт']],
  ['youth', ['youth', 'young'], ['молодеж', 'молодёж']],
  ['preschool', ['preschool', 'pre-school', 'early'], ['дошкольн']],
  ['secondary', ['secondary', 'general', 'primary', 'basic'], ['средн', 'общ', 'начальн', 'основн']],
  ['children', ['children', "children's", 'child', 'childhood'], ['детск', 'дет']],
  ['country', ['country'], ['странов']],
  ['multisectoral', ['multisectoral', 'cluster', 'field', 'liaison'], ['многоотраслев']],
  ['main', ['main', 'central', 'head'], ['главн', 'центральн', 'головн']],
  ['quality', ['quality', 'assessment', 'evaluation', 'accreditation', 'testing'], ['качеств', 'оценк', 'аккредитаци', 'тестировани']],
  ['methodological', ['methodological', 'methodology', 'methods', 'support', 'mentoring'], ['методическ', 'методологическ', 'поддержк', 'наставничеств']],
  ['social', ['social', 'affairs', 'labour', 'labor', 'welfare', 'protection'], ['социальн', 'дел', 'труд', 'защит']],
  ['studies', ['studies', 'study'], ['изучени']],
  ['workers', ['workers', 'staff', 'personnel', 'specialists'], ['работник', 'кадр', 'специалист']],
  ['affiliated', ['affiliated', 'under', 'attached'], ['подведомственн']],
];

/** Function words inside names: never a distinguishing word. */
const FUNCTION_WORDS = new Set([
  'of', 'the', 'for', 'in', 'on', 'at', 'and', 'named', 'after', 'de', 'to', '&', 'a', 'an', 'by', 'with', 'its',
  'имени', 'им', 'и', 'по', 'в', 'во', 'на', 'при', 'для', 'с', 'со', 'от', 'о', 'об', 'к',
]);

const EN_INDEX = new Map<string, string>();
const RU_STEMS: Array<[stem: string, canonical: string]> = [];
/** Canonical English word → the Russian nominative-ish stem used to build Russian lookups. */
const RU_OF = new Map<string, string>();
for (const [canonical, en, ru] of ROWS) {
  for (const w of en) EN_INDEX.set(w, canonical);
  for (const s of ru) RU_STEMS.push([s, canonical]);
  if (ru[0]) RU_OF.set(canonical, ru[0]);
}
// Longer stems first: «педагогическ» before «педагог», «общественн» before «общ».
RU_STEMS.sort((a, b) => b[0].length - a[0].length);

const HEADS = new Set(ROWS.slice(0, ROWS.findIndex(([c]) => c === 'state')).map(([c]) => c));

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** The canonical English word a name word stands for, if it is institutional vocabulary ("государственного" → "state"). */
export function genericWord(word: string): string | null {
  return simpleGenericWord(word) ?? genericCompound(word);
}

function simpleGenericWord(word: string): string | null {
  const w = word.toLowerCase().replace(/ё/g, 'е').replace(/['’]s$/, '');
  if (/\p{Script=Cyrillic}/u.test(w)) {
    for (const [s, canonical] of RU_STEMS) {
      // A stem matches the word's start, leaving at most a case ending: «общ» is «общего», not «общины».
      if (w.startsWith(s) && w.length - s.length <= 4) return canonical;
    }
    return null;
  }
  return EN_INDEX.get(w) ?? EN_INDEX.get(w.replace(/-/g, '')) ?? null;
}

/** A hyphenated compound is institutional when its last part is («психолого-педагогический», "socio-economic"). */
function genericCompound(word: string): string | null {
  const parts = word.split('-');
  return parts.length > 1 ? simpleGenericWord(parts[parts.length - 1] ?? '') : null;
}

/**
 * Every institutional word a name word stands for: both halves of
 * «психолого-педагогический» ("psychological", "pedagogical"), so a
 * psychology-and-education university is not the education one.
 */
export function genericWordsOf(word: string): string[] {
  const last = genericWord(word);
  if (!last) return [];
  const parts = word.split('-');
  if (parts.length < 2) return [last];
  const before = parts.slice(0, -1).map((p) => simpleGenericWord(p)).filter((w): w is string => !!w && w !== last);
  return [...before, last];
}

/** Whether a canonical word is a head noun (university, agency…) rather than a modifier. */
export function isHeadWord(canonical: string): boolean {
  return HEADS.has(canonical);
}

/** A Russian stem for a canonical word. */
export function russianStemOf(canonical: string): string | null {
  return RU_OF.get(canonical) ?? null;
}

/**
 * Head nouns in the Russian nominative: they do not agree with anything, so
 * a Russian name of the same kind contains them as written here.
 */
const RU_NOUNS: Record<string, string[]> = {
  university: ['университет'],
  academy: ['академия'],
  institute: ['институт'],
  foundation: ['фонд'],
  ministry: ['министерство'],
  school: ['школа', 'лицей', 'гимназия', 'колледж'],
  centre: ['центр'],
  office: ['представительство', 'офис', 'бюро'],
  branch: ['филиал'],
  agency: ['агентство'],
  council: ['совет'],
  committee: ['комитет'],
  department: ['департамент', 'управление', 'кафедра'],
  faculty: ['факультет'],
  association: ['ассоциация', 'общество', 'объединение'],
  union: ['союз', 'профсоюз'],
  federation: ['федерация'],
  organization: ['организация'],
  service: ['служба'],
  commission: ['комиссия'],
  bank: ['банк'],
  government: ['правительство'],
  embassy: ['посольство'],
  programme: ['программа'],
};

/** The Russian nominative nouns a Russian name of this head would contain. */
export function russianNounsOf(canonical: string): string[] {
  return RU_NOUNS[canonical] ?? [];
}

// Russian place adjectives («Казанского», «Тверской») compare as their place; other
// words lose one case ending («Павлова» → «Павлов», «Бишкеке» → «Бишкек»).
const RU_PLACE_ADJECTIVE = /(?:ь?ск|цк)(?:ий|ая|ое|ого|ому|им|ом|ой|их|ие|ую|ыми|ими|ых|ей)$/;
const RU_CASE_ENDING = /(?:ом|ем|ой|ей|ою|а|я|у|ю|е|ы)$/;

/**
 * A word that tells bodies apart (a place, an eponym, a country adjective, a
 * brand), in a key that survives transliteration and Russian case endings:
 * «Тверской» and "Tver", «Казанского» and "Kazan", «Павлова» and
 * "Ammosov", «ЮНИСЕФ» and "UNICEF" give the same key.
 */
export function properKey(word: string): string {
  let w = word.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (/\p{Script=Cyrillic}/u.test(w)) {
    const caps = /^[\p{Lu}\p{N}-]+$/u.test(w);
    w = w.toLowerCase();
    if (!caps) {
      if (RU_PLACE_ADJECTIVE.test(w)) w = w.replace(RU_PLACE_ADJECTIVE, '');
      else if (w.length > 4) w = w.replace(RU_CASE_ENDING, '');
    }
    w = toLatin(w).toLowerCase();
  } else {
    w = w.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s$/, '');
  }
  w = w
    .replace(/[^a-z0-9]/g, '')
    .replace(/^(?:yu|ju|iu)/, 'u')
    .replace(/dzh|dj|j/g, 'zh')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/ch/g, '4')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/4/g, 'ch')
    .replace(/ts|tz/g, 'c')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  // "Mongolia"/«Монголия», "Almaty"/«Алматы»: a final vowel after a consonant is how scripts and cases differ most.
  const end = /(?:ia|a|i)$/.exec(w);
  if (end && w.length - end[0].length >= 4 && !/[aeiou]/.test(w[w.length - end[0].length - 1] ?? 'a')) w = w.slice(0, -end[0].length);
  return w;
}

/** Two proper keys name the same thing: equal, or long enough to allow one slip of transliteration. */
export function properKeysMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  if (min >= 5 && (a.startsWith(b) || b.startsWith(a))) return true;
  // A Russian place adjective drops the place's final vowel: «Лимский» of Lima.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (min >= 3 && long.length === short.length + 1 && long.startsWith(short) && /[aeiou]$/.test(long)) return true;
  if (min >= 5 && distance(a, b) <= 1) return true;
  return min >= 7 && distance(sibilantSkeleton(a), sibilantSkeleton(b)) <= 1;
}

/**
 * A long key with its sibilants and affricates made one and "h" dropped:
 * Latin orthographies write the sound of «дж», «ж», «ш» as c, j, ş, sz…
 * ("Jinja" / «Джинджа»), which no single letter rule maps.
 */
function sibilantSkeleton(k: string): string {
  return k.replace(/dzh|zh|sh|ch|dz|z|s|c|j/g, 's').replace(/h/g, '').replace(/(.)\1+/g, '$1');
}
