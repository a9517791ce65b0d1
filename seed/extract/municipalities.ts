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
export function municipalities(ctx: ExtractionContext, found: OrganizationCandidate[]): OrganizationCandidate[] {
  const out: OrganizationCandidate[] = [];
  for (const s of ctx.sentences) {
    const tokens = tokenize(s.text, s.start);
    for (let i = 0; i < tokens.length - 2; i++) {
      if (tokens[i]?.text !== 'City' || tokens[i + 1]?.text !== 'of') continue;
      const town = matchCityAt(tokens, i + 2, ctx.gazetteers);
      if (!town) continue;
      const span = { start: tokens[i]?.start ?? 0, end: tokens[town.end - 1]?.end ?? 0 };
      // "University of the City of …", "Mayor of the City of …" inside a longer name stays that name's.
      if (found.some((f) => overlaps(f, span))) continue;
      const text = ctx.text.slice(span.start, span.end);
      out.push({ type: 'Organization', ...span, text, sentence: s.index, name: parseOrgName(text, ctx.gazetteers, { namedCountries: namedCountries(ctx) }) });
      i = town.end - 1;
    }
  }
  return out;
}
