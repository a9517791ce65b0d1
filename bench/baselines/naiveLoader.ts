/**
 * Baseline for the loading benchmark: the loader a newcomer writes first —
 * one auto-commit statement per fact, no batching, no identity resolution.
 * It writes the same shape as graph/load (Entity + type label, Report,
 * REPORTS_ON, MENTIONS, asserted relationships with sources and evidence) so
 * relationships per second compare like with like. Benchmark-only Cypher,
 * kept here on purpose; every value is a parameter and the only interpolated
 * names are checked against the model's lists.
 */
import type { Driver } from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, type Extraction } from '../../seed/index.ts';

const LABELS = new Set<string>(ENTITY_TYPES);
const TYPES = new Set<string>(RELATION_TYPES);

export async function naiveLoad(driver: Driver, x: Extraction): Promise<number> {
  const session = driver.session();
  let statements = 0;
  const run = async (cypher: string, params: Record<string, unknown>): Promise<void> => {
    await session.run(cypher, params);
    statements++;
  };
  try {
    await run('MERGE (r:Report {id: $id}) SET r.title = $title, r.language = $language, r.url = $url, r.publishedAt = $publishedAt, r.text = $text', {
      ...x.report,
      text: x.text ?? null,
    });
    for (const e of x.entities) {
      if (!LABELS.has(e.type)) throw new Error(`unknown label ${e.type}`);
      await run(`MERGE (n:Entity:${e.type} {id: $id}) ON CREATE SET n.name = $name SET n.aliases = coalesce(n.aliases, []) + $aliases`, {
        id: e.id,
        name: e.name,
        aliases: [e.name, ...e.aliases],
      });
      await run('MATCH (r:Report {id: $report}), (n:Entity {id: $id}) MERGE (r)-[m:MENTIONS]->(n) SET m.name = $name', { report: x.report.id, id: e.id, name: e.name });
      if (e.type === 'Event') {
        await run('MATCH (r:Report {id: $report}), (n:Event {id: $id}) MERGE (r)-[:REPORTS_ON]->(n)', { report: x.report.id, id: e.id });
      }
    }
    for (const rel of x.relations) {
      if (!TYPES.has(rel.type)) throw new Error(`unknown relationship type ${rel.type}`);
      await run(
        `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
         MERGE (a)-[r:${rel.type}]->(b)
         SET r.sources = coalesce(r.sources, []) + $report, r.evidence = coalesce(r.evidence, []) + $evidence,
             r.evidenceSources = coalesce(r.evidenceSources, []) + $report, r.confidence = $confidence`,
        { from: rel.from, to: rel.to, report: x.report.id, evidence: rel.evidence, confidence: rel.confidence },
      );
    }
  } finally {
    await session.close();
  }
  return statements;
}
