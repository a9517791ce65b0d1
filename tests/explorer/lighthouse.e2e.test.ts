/**
 * Lighthouse (desktop) on the explorer with the seed reports loaded, in
 * Debian's Chromium against the real server and Neo4j: one run, the audit
 * `npm run audit:explorer` repeats and times (bench/explorer/audit.ts).
 * Accessibility is asserted here because it does not depend on the
 * machine; the performance score and the blocking time move with the
 * machine's load, so the test asserts only that they were measured, and
 * the figures belong to the audit command (issue 21's targets).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { auditPage, type LighthouseFigures } from '../../bench/explorer/lighthouse.ts';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import { type Graph } from '../../graph/index.ts';
import { loadSeedReports } from '../../seed/index.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';
import { ensureChromium } from './support/browser.ts';

let graph: Graph;
let server: RunningServer;
let audit: LighthouseFigures;

beforeAll(async () => {
  ensureChromium();
  const dist = await ensureExplorerBuilt({ log: (line) => console.log(`[explorer] ${line}`) });
  graph = await connectTestGraph();
  await resetGraph(graph);
  await loadSeedReports(graph, join(process.cwd(), 'seed', 'reports'));
  server = await startServer(graph, readServerConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test' }), createLogger(), { explorerDir: dist });
  audit = await auditPage(`${server.url}/`, { categories: ['performance', 'accessibility'] });
}, 600_000);

afterAll(async () => {
  await server?.close();
  await graph?.close();
});

describe('Lighthouse on the explorer (Chromium, seed reports)', () => {
  it('audits the page the server serves, with the explorer drawn', () => {
    expect(audit.lhr.requestedUrl).toBe(`${server.url}/`);
    // the same page at the end (the explorer writes the view it drew into the fragment)
    expect(audit.url.startsWith(`${server.url}/`)).toBe(true);
    expect(audit.lhr.runtimeError).toBeUndefined();
    // the page was not an error page: the explorer's own title
    expect(audit.lhr.audits['document-title']?.score).toBe(1);
  });

  it('scores at least 95 for accessibility', () => {
    expect(audit.scores.accessibility).toBeGreaterThanOrEqual(95);
  });

  it('passes every accessibility audit that applies to the page', () => {
    const failing = (audit.lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => audit.lhr.audits[ref.id]!)
      .filter((a) => (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'error') && a.score !== 1)
      .map((a) => `${a.id} (${a.title}): ${audit.failed.find((f) => f.id === a.id)?.items.join(' ; ') ?? a.errorMessage ?? ''}`);
    expect(failing).toEqual([]);
  });

  it('measures performance: a score, the blocking time and the largest paint (their targets are the audit command’s)', () => {
    expect(audit.scores.performance).toEqual(expect.any(Number));
    expect(audit.tbtMs).toEqual(expect.any(Number));
    expect(audit.lcpMs).toEqual(expect.any(Number));
    expect(audit.lhr.audits['total-blocking-time']?.scoreDisplayMode).toBe('numeric');
  });
});
