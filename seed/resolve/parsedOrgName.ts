import type { Gazetteers } from '../gazetteer/index.ts';
import { parseOrgName, type OrgName } from './orgName.ts';

// Loading parses the same names again and again: a report's search keys, then
// its resolution, which compares every name of an entity with every name of
// every candidate. Each name is parsed once per gazetteer instead; bounded,
// so a long-running server keeps a steady footprint. OrgName values are
// never modified.
const PARSED = new WeakMap<Gazetteers, Map<string, OrgName>>();
const PARSED_MAX = 50_000;

/** parseOrgName(name, g) with default options, remembered. */
export function parsedOrgName(name: string, g: Gazetteers): OrgName {
  let cache = PARSED.get(g);
  if (!cache) PARSED.set(g, (cache = new Map()));
  let parsed = cache.get(name);
  if (!parsed) {
    parsed = parseOrgName(name, g);
    if (cache.size >= PARSED_MAX) cache.clear();
    cache.set(name, parsed);
  }
  return parsed;
}
