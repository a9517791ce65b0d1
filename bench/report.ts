/**
 * Results as JSON (every figure) and Markdown (the same, readable, with the
 * targets met or missed), named by date and scale under bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOAD_PHASES } from '../graph/index.ts';
import type { ApiResult, Cell } from './apiLoad.ts';
import type { CorpusTruth, ScaleName } from './corpus/index.ts';
import { OVERVIEW_TARGETS, type OverviewResult } from './explorerOverview.ts';
import { EXPLORER_TARGETS, type ExplorerResult, type ExplorerRow } from './explorerRender.ts';
import type { ExtractResult } from './extract.ts';
import type { LoadResult } from './load.ts';
import type { MachineInfo } from './support/machine.ts';
import type { MemoryPeaks } from './support/memory.ts';

export const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));

export interface BenchReport {
  date: string;
  command: string;
  scale: ScaleName;
  seed: number;
  machine: MachineInfo;
  neo4j: { version: string; heapMiB: number; pageCacheMiB: number } | null;
  corpus: CorpusTruth | null;
  extract: ExtractResult | null;
  load: LoadResult | null;
  api: ApiResult | null;
  explorer: ExplorerResult | null;
  /** the real explorer over the loaded corpus; `loaded`: the corpus loaded for it (null: the graph the load benchmark left) */
  explorerOverview?: (OverviewResult & { loaded: { reports: number; seconds: number } | null }) | null;
  memory: Record<string, MemoryPeaks>;
  targets: Target[];
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | null;
  why?: string;
}

const fmt = (x: number | null | undefined, d = 1): string => (x == null ? '—' : Number.isInteger(x) ? x.toLocaleString('en-US') : x.toFixed(d));

/** The targets of issue 6, judged from the figures. */
export function judgeTargets(r: BenchReport): Target[] {
  const out: Target[] = [];
  if (r.api) {
    const ratios = Object.entries(r.api.p50VsRaw).flatMap(([q, byC]) => Object.entries(byC).map(([c, v]) => ({ q, c, v })));
    const worst = ratios.filter((x) => x.v != null).sort((a, b) => b.v! - a.v!);
    const over = worst.filter((x) => x.v! > 1.3);
    out.push({
      name: 'API p50 overhead',
      goal: '≤ 1.3× raw Cypher at p50, every query and concurrency',
      measured: worst.length ? `worst ${fmt(worst[0]!.v, 2)}× (${worst[0]!.q}, ${worst[0]!.c}); ${over.length} of ${worst.length} cells over 1.3×` : 'not measured',
      met: worst.length ? over.length === 0 : null,
    });
    const tp = Object.entries(r.api.rpsVsNeo4jGraphql).flatMap(([q, byC]) => Object.entries(byC).map(([c, v]) => ({ q, c, v })));
    const below = tp.filter((x) => x.v != null && x.v < 1);
    out.push({
      name: 'API throughput vs @neo4j/graphql',
      goal: '≥ 1× req/s on every query both serve',
      measured: tp.length ? tp.map((x) => `${x.q} ${x.c}: ${fmt(x.v, 2)}×`).join('; ') : 'not measured',
      met: tp.length ? below.length === 0 : null,
    });
  }
  if (r.extract) {
    const x = r.extract;
    out.push({ name: 'Extraction throughput', goal: '≥ 30 reports/s on one core', measured: `${fmt(x.reportsPerSecond)} reports/s`, met: x.reportsPerSecond >= 30 });
    const f = x.firstReport;
    out.push({
      name: 'First report',
      goal: '< 2 s after Node starts, dictionaries included (issue 18)',
      measured: f ? `${Object.entries(f.medianMs).map(([k, v]) => `${k} ${fmt(v)} ms`).join(', ')} (median of ${f.runs} fresh processes, \`npm run extract\`'s modules unless marked)` : 'not measured',
      met: f ? f.worstMedianMs < 2000 : null,
    });
  }
  if (r.load) {
    const x = r.load.headToHead.loaderVsNaive;
    out.push({ name: 'Loading vs naive', goal: '≥ 10× relationships/s', measured: `${fmt(x, 2)}×`, met: x == null ? null : x >= 10 });
  }
  if (r.explorer) {
    // this checkout's rows (a same-run comparison also has the baseline's); the median page per size
    const current = r.explorer.rows.filter((row) => row.renderer === 'canvas' && row.code !== 'baseline');
    for (const [elements, t] of Object.entries(EXPLORER_TARGETS)) {
      const rows = current.filter((row) => row.elements === Number(elements));
      const med = (f: (row: ExplorerRow) => number): number | null => median(rows.map(f));
      // with an even count the middle pair's worse one: the later first picture, the lower frame rates
      const first = -med((x) => -x.firstRenderMs)!;
      const pan = med((x) => x.panFps);
      const zoom = med((x) => x.zoomFps);
      const drag = med((x) => x.dragFps);
      const node = med((x) => x.nodeDragFps);
      const goals = [`first picture ≤ ${t.firstRenderMs / 1000} s`, `pan and zoom ≥ ${t.panZoomFps} fps`, ...(t.nodeDragFps ? [`dragging a node ≥ ${t.nodeDragFps} fps`] : [])];
      out.push({
        name: `Explorer at ${fmt(Number(elements))} elements (canvas)`,
        goal: `${goals.join(', ')} (issue 21)`,
        measured: rows.length
          ? `first picture ${fmt(first)} ms; pan from script ${fmt(pan)} fps, mouse drag ${fmt(drag)} fps, wheel zoom ${fmt(zoom)} fps; dragging a node ${fmt(node)} fps${rows.length > 1 ? ` (medians of ${rows.length} pages, the worse middle one)` : ''}`
          : 'not measured',
        met: rows.length ? first <= t.firstRenderMs && Math.min(pan!, zoom!, drag!) >= t.panZoomFps && (!t.nodeDragFps || node! >= t.nodeDragFps) : null,
      });
    }
  }
  if (r.explorerOverview) {
    const o = r.explorerOverview;
    const scale = `${fmt(o.graph.reports)} reports, ${fmt(o.graph.relationships)} relationships`;
    const ms = (x: number | null): string => (x == null ? 'never readable' : `${fmt(x)} ms`);
    out.push({
      name: 'Explorer overview of a big graph',
      goal: `readable ≤ ${OVERVIEW_TARGETS.overviewMs / 1000} s from navigation (issue 21: at 100,000 reports, or medium)`,
      measured: `median ${ms(o.overviewMsMedian)} over ${o.runs.length} runs (${o.runs.map((x) => ms(x.overview.readableMs)).join(', ')}); ${scale}`,
      met: o.overviewMsMedian == null ? false : o.overviewMsMedian <= OVERVIEW_TARGETS.overviewMs,
    });
    out.push({
      name: 'Explorer: the busiest country, grouped',
      goal: `its grouped picture readable ≤ ${OVERVIEW_TARGETS.expandMs / 1000} s after expanding it (issue 21)`,
      measured: `${o.country.name}, ${fmt(o.country.degree)} relationships: median ${ms(o.expandMsMedian)} (${o.runs.map((x) => ms(x.expand.readableMs)).join(', ')}); drawn and still, groups on screen or not: ${o.runs.map((x) => ms(x.expand.drawnMs)).join(', ')}`,
      met: o.expandMsMedian == null ? false : o.expandMsMedian <= OVERVIEW_TARGETS.expandMs,
    });
  }
  return out;
}

function cellTable(cells: Cell[]): string[] {
  const lines = ['| server | query | clients | req/s | p50 ms | p95 ms | p99 ms | errors |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const c of cells) lines.push(`| ${c.target} | ${c.query} | ${c.connections} | ${fmt(c.rps)} | ${fmt(c.p50, 2)} | ${fmt(c.p95, 2)} | ${fmt(c.p99, 2)} | ${c.errors + c.non2xx} |`);
  return lines;
}

export function toMarkdown(r: BenchReport): string {
  const m = r.machine;
  const L: string[] = [];
  L.push(`# EduGraph benchmarks — ${r.date}, scale \`${r.scale}\`, \`npm run ${r.command}\``, '');
  L.push('## Machine and versions', '');
  L.push(`- ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}`);
  L.push(`- Node ${m.node}; ${m.java ?? 'Java ?'}; ${m.chromium ?? 'Chromium ?'}; commit ${m.commit ?? '?'}`);
  if (r.neo4j) L.push(`- Neo4j ${r.neo4j.version} (project-managed local, fresh temp data dir, heap ${r.neo4j.heapMiB} MiB, page cache ${r.neo4j.pageCacheMiB} MiB)`);
  L.push(`- ${Object.entries(m.packages).map(([k, v]) => `${k} ${v ?? '—'}`).join(', ')}`);
  L.push(`- corpus seed ${r.seed}; 1-minute load average at start ${m.loadAverageAtStart} on ${m.cores} cores${m.loadAverageAtStart > m.cores ? ' — the machine was busy with other work (other sessions\' test runs and Neo4j instances), which slows every figure here' : ''}`, '');

  L.push('## Targets', '', '| target | goal | measured | met |', '| --- | --- | --- | --- |');
  for (const t of r.targets) L.push(`| ${t.name} | ${t.goal} | ${t.measured} | ${t.met == null ? '—' : t.met ? 'yes' : '**no**'} |`);
  L.push('');

  if (r.corpus) {
    const c = r.corpus;
    L.push('## Corpus', '');
    L.push(`${fmt(c.reports)} reports (${fmt(c.languages.en)} EN, ${fmt(c.languages.ru)} RU), ${fmt(c.characters)} characters, ${fmt(c.events)} events.`);
    L.push(`Entities stated: ${Object.entries(c.entities).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}. Distinct facts: ${fmt(c.relationships)}; mentions ${fmt(c.mentions)}.`);
    L.push(`Skew: the top 1 % of organizations hold ${fmt(c.top1PercentOrgShare * 100)} % of organization mentions; ${fmt(c.orgsWithSeveralNames)} organizations appear under more than one name (aliases, quote marks, typos).`, '');
  }
  if (r.extract) {
    const x = r.extract;
    L.push('## Extraction (single core)', '');
    L.push('| | reports/s | chars/s |', '| --- | ---: | ---: |');
    L.push(`| seed extractReport | ${fmt(x.reportsPerSecond)} | ${fmt(x.charsPerSecond)} |`);
    L.push(`| baseline: parseReport only | ${fmt(x.baselines.parseOnly.reportsPerSecond)} | ${fmt(x.baselines.parseOnly.charsPerSecond)} |`);
    L.push(`| baseline: regular expressions | ${fmt(x.baselines.regex.reportsPerSecond)} | ${fmt(x.baselines.regex.charsPerSecond)} |`, '');
    L.push(`${fmt(x.reports)} reports in ${fmt(x.seconds, 2)} s; per report p50 ${fmt(x.msPerReportP50, 2)} ms, p95 ${fmt(x.msPerReportP95, 2)} ms. ` +
      `extractReport is ${fmt(x.ratios.extractVsParseOnly)}× slower than reading alone and ${fmt(x.ratios.extractVsRegex)}× slower than the regex baseline. ` +
      `By language: ${Object.entries(x.byLanguage).map(([k, v]) => `${k} ${fmt(v.reportsPerSecond)} reports/s`).join(', ')}.`);
    if (x.firstReport) {
      const f = x.firstReport;
      L.push(`First report in a fresh process (Node starting, modules, curated data, gazetteers, dictionaries, one extraction), ms after the process started, median of ${f.runs}, run as \`npm run extract\` runs (its bundle) unless marked (via seed/index.ts: under tsx, as the API): ${Object.entries(f.medianMs).map(([k, v]) => `${k} ${fmt(v)} (runs ${f.ms[k]!.map((m) => fmt(m)).join(', ')})`).join('; ')}.`);
    }
    L.push(`Quality against the corpus: ${fmt(x.quality.relationsPerStatedFact, 2)} relations extracted per stated fact; ${fmt(x.quality.entitiesPerReport.extracted)} entities per report extracted vs ${fmt(x.quality.entitiesPerReport.stated)} stated; ${fmt(x.quality.orgIdsPerTrueOrg, 2)} distinct organization ids per true organization before cross-report resolution.`, '');
  }
  if (r.load) {
    const l = r.load;
    const h = l.headToHead;
    L.push('## Loading', '');
    L.push(`Input: ${l.source === 'text' ? 'Extractions from the report texts (extract step above)' : 'Extractions generated directly from the corpus world, bypassing text (see bench/corpus/toExtraction.ts)'}.`, '');
    L.push('| loader | reports | relationships | seconds | relationships/s | reports/s |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    L.push(`| graph/load loadExtractions, ${fmt(l.batchSize)} reports per transaction | ${fmt(h.loader.reports)} | ${fmt(h.loader.relationships)} | ${fmt(h.loader.seconds, 2)} | ${fmt(h.loader.relationshipsPerSecond)} | ${fmt(h.loader.reportsPerSecond)} |`);
    L.push(`| baseline: one statement per fact | ${fmt(h.naive.reports)} | ${fmt(h.naive.relationships)} | ${fmt(h.naive.seconds, 2)} | ${fmt(h.naive.relationshipsPerSecond)} | ${fmt(h.naive.reportsPerSecond)} |`, '');
    L.push(`Loader vs naive: **${fmt(h.loaderVsNaive, 2)}×** relationships/s (${fmt(h.naive.statements)} statements for the naive run).`, '');
    const w = l.wholeScale;
    L.push(`Whole scale: ${fmt(w.reports)} reports → ${fmt(w.nodes)} nodes, ${fmt(w.relationships)} relationships in ${fmt(w.seconds, 2)} s ` +
      `(${fmt(w.relationshipsPerSecond)} relationships/s, ${fmt(w.reportsPerSecond)} reports/s; per report, as its batch's time over its reports: p50 ${fmt(w.msPerReportP50)} ms, p95 ${fmt(w.msPerReportP95)} ms)` +
      `${w.complete ? '' : `; stopped at the time limit — the whole scale extrapolates to ${fmt(w.secondsForScale)} s`}. Outcomes: ${Object.entries(w.statuses).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
    if (w.segments.length > 1) {
      L.push('', `Loaded in ${w.segments.length} segments (\`--keep\`: each run continued the store the last one left; the seconds above are their load times summed, each segment's restart included): ` +
        w.segments.map((g) => `${fmt(g.from)}–${fmt(g.to)} in ${fmt(g.seconds, 1)} s (${g.commit ?? 'unknown commit'}, ${g.startedAt.slice(0, 16).replace('T', ' ')}${g.note ? `; ${g.note}` : ''})`).join('; ') + '.');
    }
    if (w.windows.length > 0) {
      L.push('', 'Where a report\'s time goes as the graph grows (ms per report, in each window of the whole-scale run; reads and writes are round trips to Neo4j, resolve and plan are this process):', '');
      L.push(`| reports loaded | ms/report | ${LOAD_PHASES.join(' | ')} |`, `| ---: | ---: | ${LOAD_PHASES.map(() => '---:').join(' | ')} |`);
      for (const x of sampled(w.windows, 6)) L.push(`| ${fmt(x.reports)} | ${fmt(x.msPerReport, 1)} | ${LOAD_PHASES.map((p) => fmt(x.phases[p] ?? 0, 1)).join(' | ')} |`);
      if (w.growth) L.push('', `Fitted: ms per report ≈ ${fmt(w.growth.a, 1)} + ${fmt(w.growth.b * 1000, 3)} per thousand reports already loaded${w.complete ? '' : ' (the extrapolation above integrates this, so it grows with the graph)'}.`);
    }
    if (l.afterLoad) {
      const { hub, removals } = l.afterLoad;
      L.push(
        `On the loaded graph: the relationship most reports assert (${hub.key}, ${fmt(hub.sourceCount)} sources) answers its first page of 20 sources in ${fmt(hub.firstPageMsP50, 2)} ms and a page from its middle in ${fmt(hub.laterPageMsP50, 2)} ms (median of 20, graph query, no HTTP); ` +
          `removing a report took ${removals.map((r) => `${fmt(r.ms, 0)} ms`).join(', ')}.`,
      );
    }
    if (l.identity) L.push(`Identity: ${fmt(l.identity.organizationNodes)} Organization nodes for ${fmt(l.identity.trueOrganizations)} true organizations (${fmt(l.identity.nodesPerTrueOrg, 2)} per organization; 1.00 is perfect).`);
    L.push('');
  }
  if (r.api) {
    const a = r.api;
    L.push('## API under load', '');
    L.push(`autocannon over loopback, ${a.durationSeconds} s per cell after a 2 s warm-up; inputs rotate through ${a.inputs.organizations} organizations (the 20 most connected, then a random spread). The load generator, the server and Neo4j share the machine's cores.`, '');
    L.push(...cellTable(a.cells), '');
    L.push('EduGraph p50 ÷ raw Cypher p50 (target ≤ 1.3):', '', '| query | 1 | 8 | 32 |', '| --- | ---: | ---: | ---: |');
    for (const [q, v] of Object.entries(a.p50VsRaw)) L.push(`| ${q} | ${fmt(v.c1, 2)} | ${fmt(v.c8, 2)} | ${fmt(v.c32, 2)} |`);
    L.push('', 'EduGraph req/s ÷ @neo4j/graphql req/s (target ≥ 1):', '', '| query | 1 | 8 | 32 |', '| --- | ---: | ---: | ---: |');
    for (const [q, v] of Object.entries(a.rpsVsNeo4jGraphql)) L.push(`| ${q} | ${fmt(v.c1, 2)} | ${fmt(v.c8, 2)} | ${fmt(v.c32, 2)} |`);
    L.push('', `Server peak RSS: ${Object.entries(a.serverRssMiB).map(([k, v]) => `${k} ${v} MiB`).join(', ')}.`, '');
    for (const n of a.notes) L.push(`- ${n}`);
    L.push('');
  }
  if (r.explorer) {
    const e = r.explorer;
    L.push('## Explorer (headless Chromium)', '');
    L.push('| elements | nodes | edges | renderer | code | first render ms (CPU) | layout ms | nodes moved | pan from script fps (worst frame ms) | mouse drag fps | wheel zoom fps (worst frame ms) | node drag fps (worst frame ms) |', '| ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const x of e.rows) {
      L.push(`| ${fmt(x.elements)} | ${fmt(x.nodes)} | ${fmt(x.edges)} | ${x.renderer}${x.webglActive !== (x.renderer === 'webgl') ? ' (fell back)' : ''} | ${x.code ?? 'current'} | ${fmt(x.firstRenderMs)} (${fmt(x.firstRenderCpuMs)}) | ${fmt(x.layoutMs)} | ${fmt(x.layoutMoved)} | ${fmt(x.panFps)} (${fmt(x.panWorstFrameMs)}) | ${fmt(x.dragFps)} | ${fmt(x.zoomFps)} (${fmt(x.zoomWorstFrameMs)}) | ${fmt(x.nodeDragFps)} (${fmt(x.nodeDragWorstFrameMs)}) |`);
    }
    L.push('');
    for (const n of e.notes) L.push(`- ${n}`);
    L.push('');
  }
  if (r.explorerOverview) {
    const o = r.explorerOverview;
    L.push('## Explorer over the loaded graph (headless Chromium, the real server)', '');
    L.push(
      `Graph: ${fmt(o.graph.reports)} reports, ${fmt(o.graph.nodes)} nodes, ${fmt(o.graph.relationships)} relationships${o.loaded ? ` (loaded for this run in ${fmt(o.loaded.seconds)} s, untimed)` : ' (the graph the load benchmark left)'}. ` +
        `Viewport ${o.viewport.width}×${o.viewport.height}, canvas renderer as the page chooses. The busiest country: ${o.country.name} (\`${o.country.id}\`, ${fmt(o.country.degree)} relationships).`,
      '',
    );
    L.push('| run | overview readable ms | its layout done ms | nodes | named | country step | grouped picture readable ms | drawn and still ms | its layout done ms | groups (on screen) | nodes |', '| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
    o.runs.forEach((x, i) => {
      L.push(`| ${i + 1} | ${fmt(x.overview.readableMs)} | ${fmt(x.overview.noteMs)} | ${fmt(x.overview.nodes)} | ${fmt(x.overview.labelled)} | ${x.countryStep} | ${x.expand.readableMs == null ? 'never' : fmt(x.expand.readableMs)} | ${fmt(x.expand.drawnMs)} | ${fmt(x.expand.noteMs)} | ${fmt(x.expand.groups)} (${fmt(x.expand.groupsOnScreen)}) | ${fmt(x.expand.nodes)} |`);
    });
    const drawnMedian = median(o.runs.map((x) => x.expand.drawnMs));
    L.push('', `Medians: overview ${fmt(o.overviewMsMedian)} ms, the country's grouped picture ${o.expandMsMedian == null ? 'not readable in every run' : `${fmt(o.expandMsMedian)} ms`} (drawn and still: ${fmt(drawnMedian)} ms).`, '');
    const first = o.runs[0];
    if (first) L.push(`What the pictures said: overview “${first.overview.note ?? '—'}”; the country “${first.expand.note ?? '—'}”.`, '');
    for (const n of o.notes) L.push(`- ${n}`);
    L.push('');
  }
  if (Object.keys(r.memory).length) {
    L.push('## Memory (peaks)', '', '| phase | this Node process MiB | API server MiB | JVM RSS MiB | JVM heap used MiB | JVM heap max MiB |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [phase, p] of Object.entries(r.memory)) {
      L.push(`| ${phase} | ${fmt(p.nodeRssMiB)} | ${Object.entries(p.childRssMiB).map(([k, v]) => `${k.replace('api:', '')} ${v}`).join(', ') || '—'} | ${fmt(p.jvmRssMiB)} | ${fmt(p.jvmHeapUsedMiB)} | ${fmt(p.jvmHeapMaxMiB)} |`);
    }
    L.push('');
  }
  return L.join('\n');
}

export function writeReport(r: BenchReport): { json: string; md: string } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const base = join(RESULTS_DIR, `${r.date}-${r.scale}${r.command === 'bench' ? '' : `-${r.command.replace('bench:', '')}`}`);
  writeFileSync(`${base}.json`, JSON.stringify(r, null, 2) + '\n');
  writeFileSync(`${base}.md`, toMarkdown(r) + '\n');
  return { json: `${base}.json`, md: `${base}.md` };
}

function median(xs: Array<number | null>): number | null {
  const s = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return s.length === xs.length && s.length > 0 ? s[Math.floor((s.length - 1) / 2)]! : null;
}

/** At most `n` items, evenly spaced, the first and the last among them. */
function sampled<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}
