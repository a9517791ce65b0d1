import { describe, expect, it } from 'vitest';
import { Corpus } from '../../bench/corpus/generateCorpus.ts';
import { applyMigrations, LATEST_SCHEMA_VERSION, loadExtractions, noResolution, restoreGraph, schemaVersion, type Graph } from '../../graph/index.ts';
import { graphSnapshot } from '../reliability/support/faults.ts';
import { reportA, reportB } from '../support/extractions.ts';
import { relationshipProvenance } from '../support/relationshipProvenance.ts';
import { resetGraph, useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

// A graph loaded by EduGraph at schema 2 (commit 190ecdc: provenance inline
// on relationships), written by backupGraph: these reports, loaded in batches
// of 10 without cross-report resolution, the last one a new version of the first.
const V2_BACKUP = 'tests/fixtures/schema-v2-backup.ndjson';
function sameReports() {
  const corpus = [...new Corpus({ scale: 'small', seed: 7 }).extractions()].slice(0, 40).map(({ text: _text, ...x }) => x);
  return [reportA(), reportB(), ...corpus, reportA(' (changed)')];
}

describe('schema 2 → 3: provenance lists become claims', () => {
  it('a graph written by the previous version, converted, is the graph this version loads from the same reports', async () => {
    await restoreGraph(graph, V2_BACKUP);
    expect(await schemaVersion(graph)).toBe(LATEST_SCHEMA_VERSION);
    const [lists] = await graph.readRows<{ n: number }>('MATCH ()-[r]->() WHERE r.sources IS NOT NULL OR r.evidence IS NOT NULL RETURN count(r) AS n');
    expect(lists?.n).toBe(0);
    const migrated = await graphSnapshot(graph);
    expect(migrated.filter((line) => line.includes('"Claim"')).length).toBeGreaterThan(100);

    await resetGraph(graph);
    const loaded = await loadExtractions(graph, sameReports(), { resolve: noResolution, batchSize: 10 });
    expect(loaded.filter((o) => o.error)).toEqual([]);
    expect(migrated).toEqual(await graphSnapshot(graph));
  });

  it('running the conversion again changes nothing', async () => {
    await restoreGraph(graph, V2_BACKUP);
    const once = await graphSnapshot(graph);
    await graph.writeRows("MATCH (s:EduGraphSchema {id: 'schema'}) SET s.version = 2");
    await applyMigrations(graph);
    expect(await graphSnapshot(graph)).toEqual(once);
  });

  it('sources an interrupted schema-2 load left queued become claims too, in report order', async () => {
    await resetGraph(graph);
    const queued = [{ type: 'PARTNERED', from: 'org:f', to: 'event:x', props: { sources: ['report:b'], sourceConfidences: [0.9], confidence: 0.9, evidence: ['B says so.'], evidenceSources: ['report:b'] } }];
    await graph.writeRows(
      `CREATE (:Report {id: 'report:a', title: 'A', ingestedAt: '2026-01-01T00:00:00Z'})
       CREATE (:Report {id: 'report:b', title: 'B', publishedAt: '2025-01-01', ingestedAt: '2026-01-02T00:00:00Z'})
       CREATE (:Entity:Organization {id: 'org:f', name: 'F'})-[:PARTNERED {sources: ['report:a'], sourceConfidences: [0.6], confidence: 0.6, evidence: ['A says so.'], evidenceSources: ['report:a']}]->(:Entity:Event {id: 'event:x', name: 'X'})
       CREATE (:ProvenanceBacklog {seq: 1, rows: $rows})`,
      { rows: JSON.stringify(queued) },
    );
    await graph.writeRows("MATCH (s:EduGraphSchema {id: 'schema'}) SET s.version = 2");
    await applyMigrations(graph);
    expect(await relationshipProvenance(graph, 'PARTNERED', 'org:f', 'event:x')).toEqual({
      sourceCount: 2,
      confidence: 0.9,
      sources: ['report:b', 'report:a'],
      sourceConfidences: [0.9, 0.6],
      evidence: ['B says so.', 'A says so.'],
      evidenceSources: ['report:b', 'report:a'],
      claimedRoles: [],
      claimedRoleSources: [],
    });
    const [left] = await graph.readRows<{ n: number }>('MATCH (q:ProvenanceBacklog) RETURN count(q) AS n');
    expect(left?.n).toBe(0);
  });

  it('lists written before evidenceSources existed give their sentences to the first source, as schema 2 read them', async () => {
    await resetGraph(graph);
    await graph.writeRows(
      `CREATE (:Report {id: 'report:a', title: 'A', ingestedAt: '2026-01-01T00:00:00Z'})
       CREATE (:Report {id: 'report:b', title: 'B', ingestedAt: '2026-01-02T00:00:00Z'})
       CREATE (:Entity:Organization {id: 'org:f', name: 'F'})-[:PARTNERED {sources: ['report:a', 'report:b'], confidence: 0.8, evidence: ['Said once.']}]->(:Entity:Event {id: 'event:x', name: 'X'})`,
    );
    await graph.writeRows("MATCH (s:EduGraphSchema {id: 'schema'}) SET s.version = 2");
    await applyMigrations(graph);
    expect(await relationshipProvenance(graph, 'PARTNERED', 'org:f', 'event:x')).toMatchObject({
      sourceCount: 2,
      sources: ['report:a', 'report:b'],
      sourceConfidences: [0.8, 0.8],
      evidence: ['Said once.'],
      evidenceSources: ['report:a'],
    });
  });
});
