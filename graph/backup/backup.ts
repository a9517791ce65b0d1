import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Graph } from '../connection.ts';
import { schemaVersion } from '../schema/migrations.ts';
import { encodeProps } from './encode.ts';
import type { BackupLine } from './format.ts';

export interface BackupSummary {
  file: string;
  nodes: number;
  relationships: number;
  schemaVersion: number;
}

const ALL_NODES = 'MATCH (n) WHERE NOT n:EduGraphSchema RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props';
const ALL_RELATIONSHIPS = `MATCH (a)-[r]->(b) WHERE NOT a:EduGraphSchema AND NOT b:EduGraphSchema
  RETURN elementId(a) AS start, elementId(b) AS end, type(r) AS type, properties(r) AS props`;

/**
 * Writes the whole graph to one NDJSON file from a single read transaction,
 * so a backup taken while the server is ingesting is still one consistent state.
 */
export async function backupGraph(graph: Graph, file: string, progress: (done: number) => void = () => {}): Promise<BackupSummary> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: BackupLine): Promise<void> => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
  };
  const version = await schemaVersion(graph);
  let nodes = 0;
  let relationships = 0;
  try {
    await graph.read(async (tx) => {
      // Node keys are dense numbers in the file; element ids are not portable.
      const keys = new Map<string, number>();
      await write({ header: { format: 'edugraph-backup', version: 1, schemaVersion: version, createdAt: new Date().toISOString() } });
      for await (const r of tx.run(ALL_NODES)) {
        const k = keys.size;
        keys.set(r.get('key') as string, k);
        await write({ node: { k, labels: r.get('labels') as string[], props: encodeProps(r.get('props') as Record<string, unknown>) } });
        if (++nodes % 10_000 === 0) progress(nodes);
      }
      for await (const r of tx.run(ALL_RELATIONSHIPS)) {
        await write({
          rel: {
            start: keys.get(r.get('start') as string)!,
            end: keys.get(r.get('end') as string)!,
            type: r.get('type') as string,
            props: encodeProps(r.get('props') as Record<string, unknown>),
          },
        });
        if (++relationships % 10_000 === 0) progress(nodes + relationships);
      }
      await write({ end: { nodes, relationships } });
    }, 60 * 60_000);
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return { file, nodes, relationships, schemaVersion: version };
}
