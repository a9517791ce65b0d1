import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { IDENTITY_FLOORS } from '../../seed/eval/devSetFloors.ts';
import type { IdentityScore } from '../../seed/eval/identityScore.ts';
import { measureIdentity } from '../../seed/eval/measureIdentity.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';
import { ROOT } from './helpers.ts';

describe('identity across the dev set once all its reports are ingested', () => {
  let graph: Graph;
  let score: IdentityScore;
  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetGraph(graph);
    score = await measureIdentity(graph, `${ROOT}tests/fixtures/dev-reports`);
  }, 300_000);
  afterAll(async () => {
    await resetGraph(graph);
    await graph.close();
  });

  it('loads every report as a report of its own', () => {
    expect(score.missingReports).toEqual([]);
  });

  it(`makes at least ${IDENTITY_FLOORS.unified} of the entities that several reports name one node each`, () => {
    expect(score.unified).toBeGreaterThanOrEqual(IDENTITY_FLOORS.unified);
  });

  it(`leaves at most ${IDENTITY_FLOORS.wrongMerges} nodes holding two different real entities`, () => {
    expect(score.wrongMerges.length).toBeLessThanOrEqual(IDENTITY_FLOORS.wrongMerges);
  });
});
