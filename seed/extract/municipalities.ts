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
  for (const s of ctx.sentences) {
    const tokens = tokenize(s.text, s.start);
    for (let i = 0; i < tokens.length - 2; i++) {
      if (tokens[i]?.text !== 'City' || tokens[i + 1]?.text !== 'of') continue;
      const town = matchCityAt(tokens, i + 2, ctx.gazetteers);
      if (!town) continue;
      const span = { start: tokens[i]?.start ?? 0, end: tokens[town.end - 1]?.end ?? 0 };
      const text = ctx.text.slice(span.start, span.end);
      const options = { namedCountries: namedCountries(ctx) };
      const city: OrganizationCandidate = { type: 'Organization', ...span, text, sentence: s.index, name: parseOrgName(text, ctx.gazetteers, options) };
      // "City of ⟦Tallinn Education Department⟧": a unit read from the town on belongs to the town's government.
      const unitRead = found.find((f) => f.start === tokens[i + 2]?.start && f.end > span.end && UNIT_HEAD.test(ctx.text.slice(f.start, f.end).split(/\s+/u).pop() ?? ''));
      if (unitRead) {
        unitRead.start = span.start;
        unitRead.text = ctx.text.slice(unitRead.start, unitRead.end);
        unitRead.name = parseOrgName(unitRead.text, ctx.gazetteers, options);
        out.push({ ...city, parentOf: unitRead });
        continue;
      }
      // "University of the City of …", "Mayor of the City of …" inside a longer name stays that name's.
      if (found.some((f) => overlaps(f, span))) continue;
      // "the City of Helsinki Education Division": capitalised words closed by a unit's head name a unit of the town's government.
      let k = town.end;
      while (k - town.end < 4 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !UNIT_HEAD.test(tokens[k]?.text ?? '')) k++;
      if (k > town.end && UNIT_HEAD.test(tokens[k]?.text ?? '')) {
        const unitSpan = { start: span.start, end: tokens[k]?.end ?? span.end };
        const unitText = ctx.text.slice(unitSpan.start, unitSpan.end);
        const unit: OrganizationCandidate = { type: 'Organization', ...unitSpan, text: unitText, sentence: s.index, name: parseOrgName(unitText, ctx.gazetteers, options) };
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
