import type { Graph } from '../connection.ts';
import { SchemaVersionError } from '../errors.ts';
import { claimsFromProvenanceLists } from './claimsFromProvenanceLists.ts';
import { ENTITY_LABELS, ID_LABELS } from './model.ts';

export interface Migration {
  version: number;
  description: string;
  /** Idempotent schema commands (IF NOT EXISTS), each run in its own auto-commit transaction. */
  statements: string[];
  /** Converts data written under the previous version, after the statements; safe to run again if cut short. */
  convert?: (graph: Graph) => Promise<void>;
}

/** The full-text index over names and aliases, for English and Russian queries. */
export const NAME_INDEX = 'entity_names';

/**
 * Exact lookup of the ids a curator merged away (`mergedIds`): range indexes
 * do not index list elements, a full-text index with the keyword analyzer does.
 */
export const MERGED_IDS_INDEX = 'entity_merged_ids';

/**
 * Append-only: never edit a released migration, add a new one. Labels and
 * index names are constants of this file, never user input.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'unique ids, lookup indexes, full-text index over names and aliases',
    statements: [
      ...ID_LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
      'CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind)',
      'CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.countryCode)',
      'CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.startDate)',
      'CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind)',
      'CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code)',
      'CREATE INDEX city_country IF NOT EXISTS FOR (n:City) ON (n.countryCode)',
      'CREATE INDEX report_url IF NOT EXISTS FOR (n:Report) ON (n.url)',
      'CREATE INDEX report_title IF NOT EXISTS FOR (n:Report) ON (n.title)',
      'CREATE INDEX merge_suggestion_status IF NOT EXISTS FOR (n:MergeSuggestion) ON (n.status)',
      // standard-folding drops diacritics and case; Cyrillic tokenises as words too.
      `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.name, n.aliases, n.searchText] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false}}`,
    ],
  },
  {
    version: 2,
    description: 'full-text (keyword) index over ids merged away by curators',
    statements: [
      `CREATE FULLTEXT INDEX ${MERGED_IDS_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.mergedIds] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword', \`fulltext.eventually_consistent\`: false}}`,
    ],
  },
  {
    version: 3,
    description: 'relationship claims: one (:Claim) per report and relationship, aggregates on the relationship',
    statements: [
      // A relationship's evidence page is a range of this index: its key, oldest report first.
      'CREATE INDEX claim_key_order IF NOT EXISTS FOR (c:Claim) ON (c.key, c.order)',
      'CREATE INDEX claim_report IF NOT EXISTS FOR (c:Claim) ON (c.report)',
    ],
    convert: claimsFromProvenanceLists,
  },
  {
    version: 4,
    description: 'curator accounts and the curation log',
    statements: [
      'CREATE CONSTRAINT account_name IF NOT EXISTS FOR (a:Account) REQUIRE a.name IS UNIQUE',
      // A token names its account by this id: signing in is one seek.
      'CREATE CONSTRAINT account_token_id IF NOT EXISTS FOR (a:Account) REQUIRE a.tokenId IS UNIQUE',
      // Unique, and the index a page of the log is a backwards range of.
      'CREATE CONSTRAINT curation_entry_seq IF NOT EXISTS FOR (e:CurationEntry) REQUIRE e.seq IS UNIQUE',
      'CREATE INDEX curation_entry_by IF NOT EXISTS FOR (e:CurationEntry) ON (e.by)',
      // MERGE of the one counter node locks on this constraint: two first writers cannot make two counters.
      'CREATE CONSTRAINT curation_log_sequence_id IF NOT EXISTS FOR (s:CurationLogSequence) REQUIRE s.id IS UNIQUE',
    ],
  },
  {
    version: 5,
    description: 'merge records, for splits',
    statements: [
      // A split finds the merge to undo by the id merged away, which one merge at a time can hold.
      'CREATE CONSTRAINT merge_record_merged IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.merged IS UNIQUE',
    ],
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export async function schemaVersion(graph: Graph): Promise<number> {
  const rows = await graph.readRows<{ version: number }>(
    "MATCH (s:EduGraphSchema {id: 'schema'}) RETURN s.version AS version",
  );
  return rows[0]?.version ?? 0;
}

/**
 * Brings the graph to the latest schema; running it again changes nothing.
 * A graph written by newer code is refused rather than silently downgraded.
 */
export async function applyMigrations(
  graph: Graph,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ from: number; to: number; applied: number[] }> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const from = await schemaVersion(graph);
  if (from > latest) {
    throw new SchemaVersionError(
      `The graph has schema version ${from}, newer than this EduGraph knows (${latest}): upgrade EduGraph, or point NEO4J_URI/DATA_DIR at another database.`,
    );
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= from) continue;
    for (const statement of m.statements) await graph.runSchemaCommand(statement);
    if (m.convert) {
      await graph.runSchemaCommand('CALL db.awaitIndexes(300)');
      await m.convert(graph);
    }
    await graph.writeRows(
      "MERGE (s:EduGraphSchema {id: 'schema'}) SET s.version = $version, s.description = $description, s.appliedAt = datetime()",
      { version: m.version, description: m.description },
    );
    applied.push(m.version);
  }
  await graph.runSchemaCommand('CALL db.awaitIndexes(300)');
  return { from, to: Math.max(from, latest), applied };
}
