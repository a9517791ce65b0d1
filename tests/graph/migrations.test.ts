import { describe, expect, it } from 'vitest';
import { Corpus } from '../../bench/corpus/generateCorpus.ts';
import { applyMigrations, LATEST_SCHEMA_VERSION, loadExtractions, noResolution, restoreGraph, schemaVersion, type Graph } from '../../graph/index.ts';
import { graphSnapshot } from '../reliability/support/faults.ts';
import { reportA, reportB } from '../support/extractions.ts';
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
});
