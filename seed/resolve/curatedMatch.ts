import type { CuratedData, CuratedOrganization } from '../data/curated.ts';
import type { Gazetteers } from '../gazetteer/index.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { orgSimilarity, parseOrgName, type OrgName } from './orgName.ts';

interface CuratedIndex {
  byKey: Map<string, CuratedOrganization>;
  parsed: Array<{ org: CuratedOrganization; name: OrgName }>;
}

const cache = new WeakMap<CuratedData, CuratedIndex>();

function indexFor(curated: CuratedData, g: Gazetteers): CuratedIndex {
  let idx = cache.get(curated);
  if (idx) return idx;
  idx = { byKey: new Map(), parsed: [] };
  for (const org of curated.organizations) {
    for (const n of [org.name, ...org.aliases, ...(org.acronym ? [org.acronym] : [])]) {
      idx.byKey.set(normalizeName(n), org);
      const parsed = parseOrgName(n, g);
      if (parsed.head) idx.parsed.push({ org, name: parsed });
    }
  }
  cache.set(curated, idx);
  return idx;
}

/** The curated organization a name denotes: exact alias, quoted core, acronym, or a near-identical full name. */
export function matchCuratedOrganization(name: OrgName, curated: CuratedData, g: Gazetteers): CuratedOrganization | null {
  const idx = indexFor(curated, g);
  for (const key of [name.display, name.core, name.acronym].filter((k): k is string => !!k)) {
    const hit = idx.byKey.get(normalizeName(key));
    if (hit) return hit;
  }
  if (!name.head) return null;
  let best: { org: CuratedOrganization; score: number } | null = null;
  for (const p of idx.parsed) {
    const { score } = orgSimilarity(name, p.name, 'graph');
    if (score >= 0.9 && (!best || score > best.score)) best = { org: p.org, score };
  }
  return best?.org ?? null;
}
