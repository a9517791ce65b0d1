import { parseOrgName } from '../resolve/orgName.ts';
import { matchCityAt } from '../gazetteer/matchPlace.ts';
import { tokenize } from '../text/tokens.ts';
import { namedCountries } from './placeExtractor.ts';
import { overlaps, type ExtractionContext, type OrganizationCandidate } from './Extractor.ts';

/*
 * "the City of Helsinki hosted …", "City of Cape Town officials": written
 * with a capital, "City of ⟦town⟧" is the town's government, the official
 * English name of many municipalities; "the city of Helsinki" is the place.
 */
const UNIT_HEAD = /^(?:Division|Department|Office|Board|Bureau|Committee|Directorate|Services)$/u;

export function municipalities(ctx: ExtractionContext, found: OrganizationCandidate[]): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  const options = { namedCountries: namedCountries(ctx) };
  const body = (start: number, end: number, sentence: number): OrganizationCandidate => {
    const text = ctx.text.slice(start, end);
    return { type: 'Organization', start, end, text, sentence, name: parseOrgName(text, ctx.gazetteers, options) };
  };
  for (const s of ctx.sentences) {
    const tokens = tokenize(s.text, s.start);
    for (let i = 0; i < tokens.length - 2; i++) {
      if (tokens[i]?.text !== 'City' || tokens[i + 1]?.text !== 'of') continue;
      const town = matchCityAt(tokens, i + 2, ctx.gazetteers);
      if (!town) continue;
      const city = body(tokens[i]?.start ?? 0, tokens[town.end - 1]?.end ?? 0, s.index);
      const span = { start: city.start, end: city.end };
      // "City of ⟦Tallinn Education Department⟧": a unit read from the town on belongs to the town's government.
      const unitRead = found.find((f) => f.start === tokens[i + 2]?.start && f.end > span.end && UNIT_HEAD.test(ctx.text.slice(f.start, f.end).split(/\s+/u).pop() ?? ''));
      if (unitRead) {
        Object.assign(unitRead, body(span.start, unitRead.end, unitRead.sentence));
        out.push({ ...city, parentOf: unitRead });
        continue;
      }
      // "University of the City of …", "Mayor of the City of …" inside a longer name stays that name's.
      if (found.some((f) => overlaps(f, span))) continue;
      // "the City of Helsinki Education Division": capitalised words closed by a unit's head name a unit of the town's government.
      let k = town.end;
      while (k - town.end < 4 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !UNIT_HEAD.test(tokens[k]?.text ?? '')) k++;
      if (k > town.end && UNIT_HEAD.test(tokens[k]?.text ?? '')) {
        const unit = body(span.start, tokens[k]?.end ?? span.end, s.index);
        out.push(unit, { ...city, parentOf: unit });
        i = k;
        continue;
      }
      out.push(city);
      i = town.end - 1;
    }
  }
  return out;
}
