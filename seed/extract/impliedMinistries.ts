import { parseOrgName } from '../resolve/orgName.ts';
import { matchCountryAt, russianRegionEnd } from '../gazetteer/matchPlace.ts';
import { isKnownGivenName, isOrdinaryEnglishWord, NOT_NAME_ENDING } from '../text/englishWords.ts';
import { isCapitalized, tokenize, type Token } from '../text/tokens.ts';
import { personNamePart } from '../text/russianMorphology.ts';
import type { Gazetteers } from '../gazetteer/index.ts';
import { namedCountries } from './placeExtractor.ts';
import { overlaps, type ExtractionContext, type OrganizationCandidate } from './Extractor.ts';

/*
 * "Deputy Minister of National Education ⟦P⟧", «министр просвещения
 * Республики Татарстан ⟦P⟧»: a minister's post names the ministry even when
 * the report never writes "Ministry of …". A release that names its speakers
 * only by their posts would otherwise leave every minister without a body.
 * The mention is the remit ("National Education"), so the post around it
 * still reads as a post and the person rules link its holder to the ministry.
 */

interface Remit {
  start: number;
  end: number;
  name: string;
}

// Words before "Minister" that are no remit: "Prime Minister", "Deputy Minister", "Foreign Minister" (its ministry has another name).
const NOT_REMIT = /^(?:Prime|Deputy|Vice|First|Acting|Former|Foreign|Chief|State|Cabinet|Senior|Junior|Regional|Federal|The|A|An|Said|And|Our|Their|His|Her|Mr|Ms|Mrs|Dr)$/u;
const RU_MINISTER = /^(?:[Вв]ице-|[Зз]ам)?[Мм]инистр(?:а|у|ом|е)?$/u;
// «министра просвещения»: a remit is nouns and adjectives in the genitive.
const RU_GENITIVE_WORD = /^[\p{Ll}-]+(?:ого|его|ой|ей|ых|их|ия|ии|ения|ания|ости|ства|ы|и|а|я|ки|ов|ев)$/u;

// Remits the English lexicon does not know as ordinary words (it tags "Science" and "Health" as possible names).
const REMIT_NOUN = /^(?:Science|Sciences|Health|Healthcare|Sport|Sports|Culture|Youth|Labour|Labor|Family|Families|Women|Children|Finance|Finances|Economy|Justice|Interior|Defence|Defense|Agriculture|Environment|Ecology|Tourism|Transport|Energy|Industry|Trade|Innovation|Innovations|Technology|Technologies|Research|Enlightenment|Communications|Affairs|Welfare|Employment|Migration|Heritage|Religious|Higher|Preschool|Vocational|Secondary|Primary|General|Public|Social|National|Digital|Development|Protection|Population|Emergency|Emergencies|Situations)$/u;
const remitWord = (t: Token | undefined): boolean =>
  !!t && isCapitalized(t.text) && !NOT_REMIT.test(t.text) && (REMIT_NOUN.test(t.text) || ((isOrdinaryEnglishWord(t.text) || NOT_NAME_ENDING.test(t.text)) && !isKnownGivenName(t.text)));

/** "Minister of ⟦Education and Science⟧ (of ⟦Country⟧)", "⟦Education⟧ Minister ⟦Name⟧". */
function englishRemits(tokens: Token[], text: string, g: Gazetteers): Remit[] {
  const out: Remit[] = [];
  const at = (k: number): string => tokens[k]?.text ?? '';
  for (let i = 0; i < tokens.length; i++) {
    if (at(i) !== 'Minister' && at(i) !== 'Ministers') continue;
    let k = i + 1;
    if (/^(?:of|for)$/u.test(at(k))) {
      k += at(k + 1) === 'the' ? 2 : 1;
      const first = k;
      let last = -1;
      while (remitWord(tokens[k])) {
        last = k;
        // "Education and Science", "Labour, Employment and Social Protection", "Protection of Population".
        const joiner = at(k + 1) === ',' ? (at(k + 2) === 'and' ? 3 : 2) : /^(?:and|of|for)$/u.test(at(k + 1)) ? 2 : 1;
        if (joiner === 1) k++;
        else if (remitWord(tokens[k + joiner]) && !matchCountryAt(tokens, k + joiner, g)) k += joiner;
        else break;
      }
      if (last < 0) continue;
      // "Minister of Education of Kyrgyzstan": the country belongs to the ministry's name, not to its mention.
      const country = at(last + 1) === 'of' ? matchCountryAt(tokens, last + (at(last + 2) === 'the' ? 3 : 2), g) : null;
      const start = tokens[first]?.start ?? 0;
      const remitEnd = tokens[last]?.end ?? 0;
      const nameEnd = country ? (tokens[country.end - 1]?.end ?? remitEnd) : remitEnd;
      out.push({ start, end: remitEnd, name: `Ministry of ${text.slice(start, nameEnd)}` });
      continue;
    }
    // "National Education Minister ⟦Name⟧": the remit before the post, a name after it.
    if (!isCapitalized(at(i + 1))) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 4 && (remitWord(tokens[j]) || (at(j) === 'and' && remitWord(tokens[j - 1])))) j--;
    const first = j + 1;
    if (first >= i || !remitWord(tokens[first])) continue;
    const start = tokens[first]?.start ?? 0;
    const end = tokens[i - 1]?.end ?? 0;
    out.push({ start, end, name: `Ministry of ${text.slice(start, end)}` });
  }
  return out;
}

/** «Республики Татарстан», «Свердловской области», «Российской Федерации»: the index after the place a ministry belongs to, or null. */
function russianPlaceEnd(tokens: Token[], i: number, g: Gazetteers): number | null {
  const at = (k: number): string => tokens[k]?.text ?? '';
  // A republic's own name follows its word; the name of the head of state after it would be a person's.
  if (/^Республик[аиеу]$/u.test(at(i)) && /^\p{Lu}\p{Ll}+$/u.test(at(i + 1)) && personNamePart(at(i + 1)) !== 'given') return i + 2;
  if (/^\p{Lu}\p{Ll}+(?:ой|ого)$/u.test(at(i)) && /^(?:области|края|округа)$/u.test(at(i + 1))) return i + 2;
  return russianRegionEnd(tokens, i, g) ?? matchCountryAt(tokens, i, g)?.end ?? null;
}

/** «министр(а) ⟦просвещения и науки⟧ (⟦Республики Татарстан⟧)»: the remit stays genitive in the ministry's name. */
function russianRemits(tokens: Token[], text: string, g: Gazetteers): Remit[] {
  const out: Remit[] = [];
  const at = (k: number): string => tokens[k]?.text ?? '';
  for (let i = 0; i < tokens.length; i++) {
    if (!RU_MINISTER.test(at(i))) continue;
    let k = i + 1;
    let last = -1;
    while (k - i <= 8 && RU_GENITIVE_WORD.test(at(k))) {
      last = k;
      if (at(k + 1) === 'и' && RU_GENITIVE_WORD.test(at(k + 2))) k += 2;
      else if (at(k + 1) === ',' && RU_GENITIVE_WORD.test(at(k + 2))) k += 2;
      else k++;
    }
    if (last < 0) continue;
    const start = tokens[i + 1]?.start ?? 0;
    const remitEnd = tokens[last]?.end ?? 0;
    const placeEnd = russianPlaceEnd(tokens, last + 1, g);
    const end = placeEnd ? (tokens[placeEnd - 1]?.end ?? remitEnd) : remitEnd;
    out.push({ start, end, name: `Министерство ${text.slice(start, end)}` });
  }
  return out;
}

/** The ministries the report's ministers imply and the report does not otherwise name. */
export function impliedMinistries(ctx: ExtractionContext, found: OrganizationCandidate[]): OrganizationCandidate[] {
  const options = { namedCountries: namedCountries(ctx) };
  const ministries = found.filter((c) => /^(?:ministry|ministries|министерств)/iu.test(c.name.display));
  const out: OrganizationCandidate[] = [];
  for (const s of ctx.sentences) {
    const tokens = tokenize(s.text, s.start);
    const remits = /\p{Script=Cyrillic}/u.test(s.text) ? russianRemits(tokens, ctx.text, ctx.gazetteers) : englishRemits(tokens, ctx.text, ctx.gazetteers);
    for (const r of remits) {
      const name = parseOrgName(r.name, ctx.gazetteers, options);
      const wanted = name.tokens.filter((t) => t !== name.head);
      if (wanted.length === 0) continue;
      // The report's own ministry, however it writes it, is the one meant.
      const named = [...ministries, ...out].some((c) => wanted.every((t) => c.name.tokens.includes(t)));
      if (named || found.some((c) => overlaps(c, r))) continue;
      out.push({ type: 'Organization', start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end), sentence: s.index, name });
    }
  }
  return out;
}
