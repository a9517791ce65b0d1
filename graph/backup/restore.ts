import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Graph } from '../connection.ts';
import { applyMigrations, LATEST_SCHEMA_VERSION } from '../schema/migrations.ts';
import { decodeProps } from './encode.ts';
import { assertCypherName, BackupFormatError, type BackupLine } from './format.ts';

export interface RestoreOptions {
  /** empty a non-empty graph first instead of refusing */
  replace?: boolean;
  batchSize?: number;
  progress?: (done: number) => void;
}

export interface RestoreSummary {
  nodes: number;
  relationships: number;
}

/** Raised when restoring would overwrite data the user did not ask to lose. */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

// A temporary label + index lets relationships find their endpoints by file key.
const TEMP = '_EduGraphRestore';

/**
 * Loads a backup into an empty graph (or, with `replace`, an emptied one).
 * The file is validated line by line; a damaged file stops with the line number.
 */
export async function restoreGraph(graph: Graph, file: string, opts: RestoreOptions = {}): Promise<RestoreSummary> {
  const batchSize = opts.batchSize ?? 2000;
  const [row] = await graph.readRows<{ count: number }>('MATCH (n) WHERE NOT n:EduGraphSchema RETURN count(n) AS count');
  const count = row?.count ?? 0;
  if (count > 0 && !opts.replace) {
    throw new RestoreRefusedError(
      `The graph is not empty (${count} nodes); restore refuses to mix data. Restore into an empty database, or pass --replace to delete the current graph first.`,
    );
  }
  if (count > 0) await deleteAll(graph);

  await graph.runSchemaCommand(`CREATE INDEX restore_key IF NOT EXISTS FOR (n:${TEMP}) ON (n._k)`);
  await graph.runSchemaCommand('CALL db.awaitIndexes(300)');

  const nodeBatches = new Map<string, Array<{ k: number; props: Record<string, unknown> }>>();
  const relBatches = new Map<string, Array<{ start: number; end: number; props: Record<string, unknown> }>>();
  let nodes = 0;
  let relationships = 0;
  let sawHeader = false;
  let writtenAt = LATEST_SCHEMA_VERSION;
  let sawEnd: { nodes: number; relationships: number } | null = null;
  let lineNo = 0;

  const flushNodes = async (labelsKey: string): Promise<void> => {
    const rows = nodeBatches.get(labelsKey);
    if (!rows?.length) return;
    nodeBatches.set(labelsKey, []);
    const labels = labelsKey ? `:${labelsKey.split(',').map((l) => `\`${l}\``).join(':')}` : '';
    await graph.writeRows(`UNWIND $rows AS row CREATE (n:${TEMP}${labels}) SET n = row.props, n._k = row.k`, { rows });
  };
  const flushRels = async (type: string): Promise<void> => {
    const rows = relBatches.get(type);
    if (!rows?.length) return;
    relBatches.set(type, []);
    await graph.writeRows(
      `UNWIND $rows AS row
       MATCH (a:${TEMP} {_k: row.start}), (b:${TEMP} {_k: row.end})
       CREATE (a)-[r:\`${type}\`]->(b) SET r = row.props`,
      { rows },
    );
  };

  const input = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let nodesFlushed = false;
  for await (const text of input) {
    lineNo += 1;
    if (!text.trim()) continue;
    let line: BackupLine;
    try {
      line = JSON.parse(text) as BackupLine;
    } catch {
      throw new BackupFormatError(`Line ${lineNo} of ${file} is not JSON; the backup file is damaged.`);
    }
    if ('header' in line) {
      if (line.header.format !== 'edugraph-backup') throw new BackupFormatError(`${file} is not an EduGraph backup (line 1).`);
      if (line.header.schemaVersion > LATEST_SCHEMA_VERSION) {
        throw new BackupFormatError(
          `${file} was written with schema version ${line.header.schemaVersion}, newer than this EduGraph knows (${LATEST_SCHEMA_VERSION}): upgrade EduGraph first.`,
        );
      }
      sawHeader = true;
      writtenAt = line.header.schemaVersion;
    } else if (!sawHeader) {
      throw new BackupFormatError(`${file} does not start with an EduGraph backup header; is it a backup file?`);
    } else if ('node' in line) {
      line.node.labels.forEach((l) => assertCypherName(l, 'label', lineNo));
      const key = [...line.node.labels].sort().join(',');
      const batch = nodeBatches.get(key) ?? [];
      batch.push({ k: line.node.k, props: decodeProps(line.node.props) });
      nodeBatches.set(key, batch);
      if (batch.length >= batchSize) await flushNodes(key);
      if (++nodes % 10_000 === 0) opts.progress?.(nodes);
    } else if ('rel' in line) {
      if (!nodesFlushed) {
        for (const key of nodeBatches.keys()) await flushNodes(key);
        nodesFlushed = true;
      }
      assertCypherName(line.rel.type, 'relationship type', lineNo);
      const batch = relBatches.get(line.rel.type) ?? [];
      batch.push({ start: line.rel.start, end: line.rel.end, props: decodeProps(line.rel.props) });
      relBatches.set(line.rel.type, batch);
      if (batch.length >= batchSize) await flushRels(line.rel.type);
      if (++relationships % 10_000 === 0) opts.progress?.(nodes + relationships);
    } else if ('end' in line) {
      sawEnd = line.end;
    }
  }
  for (const key of nodeBatches.keys()) await flushNodes(key);
  for (const type of relBatches.keys()) await flushRels(type);

  if (!sawEnd || sawEnd.nodes !== nodes || sawEnd.relationships !== relationships) {
    await deleteAll(graph);
    throw new BackupFormatError(
      `${file} is incomplete (${sawEnd ? `expected ${sawEnd.nodes} nodes and ${sawEnd.relationships} relationships, found ${nodes} and ${relationships}` : 'no end line'}); nothing was restored.`,
    );
  }
  await clearTempKeys(graph);
  await graph.runSchemaCommand('DROP INDEX restore_key IF EXISTS');
  // A backup from an older EduGraph holds data in its schema's layout: the migrations since convert it.
  if (writtenAt < LATEST_SCHEMA_VERSION) {
    await graph.writeRows("MERGE (s:EduGraphSchema {id: 'schema'}) SET s.version = $version", { version: writtenAt });
  }
  await applyMigrations(graph);
  return { nodes, relationships };
}

async function clearTempKeys(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.writeRows<{ n: number }>(`MATCH (n:${TEMP}) WITH n LIMIT 5000 REMOVE n:${TEMP} REMOVE n._k RETURN count(*) AS n`);
    if (!row || row.n === 0) break;
  }
}

async function deleteAll(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.writeRows<{ n: number }>('MATCH (n) WHERE NOT n:EduGraphSchema WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n');
    if (!row || row.n === 0) break;
  }
}
