import { createHash } from 'node:crypto';
import { dependenciesFingerprint, derivedTable, sourceClosureFingerprint } from '../cache/derivedCache.ts';
import type { CuratedData, CuratedOrganization } from '../data/curated.ts';
import type { Gazetteers } from '../gazetteer/index.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { orgSimilarity, parseOrgName, type OrgName } from './orgName.ts';

interface CuratedIndex {
  byKey: Map<string, CuratedOrganization>;
  parsed: Array<{ org: CuratedOrganization; name: OrgName }>;
}

const cache = new WeakMap<CuratedData, CuratedIndex>();

/**
 * Every name of every curated organization parsed (an OrgName is plain data):
 * `[index in curated.organizations, name]`. Parsing them all takes a large
 * part of the first report's time (Russian names load the `az` dictionary),
 * so the parsed names are a derived table (seed/cache/derivedCache.ts) keyed
 * by the curated data, the source of this module and all it imports, and the
 * installed packages: an English report then never loads `az` for them.
 */
function parsedNames(curated: CuratedData, g: Gazetteers): Array<[number, OrgName]> {
  const build = (): Array<[number, OrgName]> => {
    const out: Array<[number, OrgName]> = [];
    curated.organizations.forEach((org, i) => {
      for (const n of namesOf(org)) {
        const parsed = parseOrgName(n, g);
        if (parsed.head) out.push([i, parsed]);
      }
    });
    return out;
  };
  // Data made up by a test, with no organizations, is not worth a file.
  if (curated.organizations.length === 0) return build();
  return derivedTable(
    'curated-organization-names',
    () => [createHash('sha256').update(JSON.stringify(curated)).digest('hex'), sourceClosureFingerprint(import.meta.url), dependenciesFingerprint()],
    build,
  );
}

function namesOf(org: CuratedOrganization): string[] {
  return [org.name, ...org.aliases, ...(org.acronym ? [org.acronym] : [])];
}

function indexFor(curated: CuratedData, g: Gazetteers): CuratedIndex {
  let idx = cache.get(curated);
  if (idx) return idx;
  idx = { byKey: new Map(), parsed: [] };
  for (const org of curated.organizations) for (const n of namesOf(org)) idx.byKey.set(normalizeName(n), org);
  for (const [i, name] of parsedNames(curated, g)) idx.parsed.push({ org: curated.organizations[i] as CuratedOrganization, name });
  cache.set(curated, idx);
  return idx;
}

/** The curated organization a name denotes: exact alias, quoted core, acronym, or a near-identical full name. */
export function matchCuratedOrganization(name: OrgName, curated: CuratedData, g: Gazetteers): CuratedOrganization | null {
  const idx = indexFor(curated, g);
  // The surface last: «Росатом» as written is the alias, though its guessed nominative («Росат») is not.
  for (const key of [name.display, name.core, name.acronym, name.surface].filter((k): k is string => !!k)) {
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
