import type { Gazetteers } from '../gazetteer/index.ts';
import { boundedMemo } from '../text/boundedMemo.ts';
import { parseOrgName, type OrgName } from './orgName.ts';

// Loading parses the same names again and again: a report's search keys, then
// its resolution, which compares every name of an entity with every name of
// every candidate. Each name is parsed once per gazetteer instead; bounded,
// so a long-running server keeps a steady footprint. OrgName values are
// never modified.
const PARSERS = new WeakMap<Gazetteers, (name: string) => OrgName>();

/** parseOrgName(name, g) with default options, remembered. */
export function parsedOrgName(name: string, g: Gazetteers): OrgName {
  let parse = PARSERS.get(g);
  if (!parse) PARSERS.set(g, (parse = boundedMemo((n: string) => parseOrgName(n, g), 50_000)));
  return parse(name);
}
