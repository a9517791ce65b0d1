import { it } from 'vitest';
import { ingestPaths } from '../../graph/index.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';

it('profile', async () => {
  const graph = await connectTestGraph();
  for (let i = 0; i < 3; i++) {
    await resetGraph(graph);
    const s = await ingestPaths(graph, ['seed/reports']);
    console.log('RUN', i, s.ms);
  }
  await graph.close();
}, 300_000);
