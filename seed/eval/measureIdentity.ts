import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { mentionsOf, type Graph } from '../../graph/index.ts';
import { ingestPaths } from '../index.ts';
import { DevGoldSchema, type DevGold } from './goldDocument.ts';
import { IdentitiesSchema, scoreIdentity, type IdentityScore, type MentionedNode } from './identityScore.ts';

/**
 * Loads every report of a dev-layout folder into `graph` (which should be
 * empty: other reports would change what merges) through the ordinary ingest
 * path (`npm run ingest`'s), then scores identity across reports.
 */
export async function measureIdentity(graph: Graph, dir: string, onProgress?: (line: string) => void): Promise<IdentityScore> {
  return identityInGraph(graph, dir, await ingestDevReports(graph, dir, onProgress));
}

/**
 * Ingests a dev-layout folder's reports (their `source:`/`language:` header is
 * read as metadata, so each loads as a report of its own). Returns the id each
 * report name loaded as.
 */
export async function ingestDevReports(graph: Graph, dir: string, onProgress?: (line: string) => void): Promise<Map<string, string>> {
  const reportIds = new Map<string, string>();
  const summary = await ingestPaths(graph, [join(dir, 'reports')], {
    onProgress: (p) => {
      const name = basename(p.file, extname(p.file));
      if (p.result) reportIds.set(name, p.result.reportId);
      onProgress?.(`[${p.index}/${p.total}] ${name}: ${p.result ? p.result.status : `failed (${p.error?.message ?? 'unknown error'})`}`);
    },
  });
  for (const f of summary.failed) onProgress?.(`not loaded: ${f.file}: ${f.message}`);
  return reportIds;
}

/**
 * Reads back what each report mentions (the node, its name and aliases, the
 * name as the report writes it: what the API's Report.mentions answers) and
 * scores identity against the folder's identities.json.
 */
export async function identityInGraph(graph: Graph, dir: string, reportIds: ReadonlyMap<string, string>): Promise<IdentityScore> {
  const identities = IdentitiesSchema.parse(JSON.parse(await readFile(join(dir, 'identities.json'), 'utf8')));
  const golds = new Map<string, DevGold>();
  for (const f of (await readdir(join(dir, 'gold'))).filter((f) => f.endsWith('.json')).sort()) {
    golds.set(f.slice(0, -'.json'.length), DevGoldSchema.parse(JSON.parse(await readFile(join(dir, 'gold', f), 'utf8'))));
  }
  const byReportId = await mentionsOf(graph, [...reportIds.values()]);
  const mentions = new Map<string, MentionedNode[]>();
  for (const [name, id] of reportIds) {
    mentions.set(
      name,
      (byReportId.get(id) ?? []).map((m) => ({
        nodeId: m.entity.id,
        type: m.entity.type,
        names: [m.entity.name, m.nameAsWritten, ...aliasesOf(m.entity.props)].filter((n): n is string => typeof n === 'string' && n !== ''),
      })),
    );
  }
  return scoreIdentity(golds, identities, mentions);
}

function aliasesOf(props: Record<string, unknown>): string[] {
  return Array.isArray(props.aliases) ? props.aliases.filter((a): a is string => typeof a === 'string') : [];
}
