/**
 * Grouped pictures in Debian's Chromium against the real server and Neo4j
 * (issue 21, item 2): a view over the drawing budget shows groups; opening
 * one shows its members and the breadcrumb returns; an opened group is an
 * undo step and in the link (reload, Back); a grouped view's GraphML holds
 * every entity in it with its group; expanding a hub shows its neighbours
 * not drawn yet grouped by type and country, and "Show all" draws them all.
 * The graph is synthetic, written with Cypher: a school with 1,100 partner
 * organizations in three countries, each country's partners in a chain.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import { encodeView } from '../../explorer/src/state/urlState.ts';
import { addEntities, emptyView, select } from '../../explorer/src/state/ViewState.ts';
import type { Graph } from '../../graph/index.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';
import { launchChromium } from './support/browser.ts';

const OUT = join(process.cwd(), 'test-results', 'explorer');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
mkdirSync(OUT, { recursive: true });

const HUB = 'org:grouping-hub';
const COUNTRIES = [
  ['kz', 'KZ', 500],
  ['uz', 'UZ', 400],
  ['kg', 'KG', 200],
] as const;
const PARTNERS = COUNTRIES.flatMap(([key, , n]) => Array.from({ length: n }, (_, i) => `org:partner-${key}-${String(i).padStart(3, '0')}`));

let graph: Graph;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const dist = await ensureExplorerBuilt({ log: (line) => console.log(`[explorer] ${line}`) });
  graph = await connectTestGraph();
  await resetGraph(graph);
  await graph.writeRows(`CREATE (:Entity:Organization {id: $hub, name: 'Grouping Hub Academy', countryCode: 'KZ'})`, { hub: HUB });
  for (const [key, code, n] of COUNTRIES) {
    await graph.writeRows(
      `MATCH (hub:Organization {id: $hub})
       UNWIND range(0, $n - 1) AS i
       CREATE (o:Entity:Organization {id: 'org:partner-' + $key + '-' + right('00' + toString(i), 3), name: 'Partner ' + $code + ' ' + toString(i), countryCode: $code})
       CREATE (o)-[:PART_OF]->(hub)`,
      { hub: HUB, key, code, n },
    );
    await graph.writeRows(
      `UNWIND range(1, $n - 1) AS i
       MATCH (a:Organization {id: 'org:partner-' + $key + '-' + right('00' + toString(i - 1), 3)}), (b:Organization {id: 'org:partner-' + $key + '-' + right('00' + toString(i), 3)})
       CREATE (a)-[:PARTNERED]->(b)`,
      { key, n },
    );
  }
  server = await startServer(graph, readServerConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test' }), createLogger(), { explorerDir: dist });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (graph) await resetGraph(graph);
  await graph?.close();
});

beforeEach(async () => {
  // bypassCSP: axe-core is injected as an inline script, which the server's policy refuses; the page's own code is unchanged
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  page = await context.newPage();
  pageErrors.length = 0;
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterEach(async (ctx) => {
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);
  await page.screenshot({ path: join(OUT, `grouping-${name}.png`) }).catch(() => {});
  await context.close();
  expect(pageErrors, 'errors in the page').toEqual([]);
});

type Cy = import('cytoscape').Core;

/** What the canvas shows: entities, groups (by their screen-reader names) and the counts on meta-edges. */
function canvas() {
  return page.evaluate(() => {
    const cy = (window as unknown as { edugraph: { view: { cy: Cy } } }).edugraph.view.cy;
    return {
      entities: cy.nodes().not('.group').map((n) => n.id()),
      groups: cy
        .nodes('.group')
        .map((n) => String(n.data('aria')))
        .sort(),
      metaCounts: cy
        .edges('.meta')
        .map((e) => Number(e.data('count')))
        .sort((a, b) => a - b),
    };
  });
}

async function settle(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.app')?.hasAttribute('aria-busy'));
  await page.waitForTimeout(700); // layout animation
}

async function open(hash: string): Promise<void> {
  await page.goto(`${server.url}/${hash}`);
  await page.waitForFunction(() => {
    const app = (window as unknown as { edugraph?: { view: { cy: Cy } } }).edugraph;
    return !!app && app.view.cy.nodes().length > 0;
  });
  await settle();
}

/** Clicks a node where it is drawn, as a person would. */
async function clickNode(find: { id?: string; ariaStartsWith?: string }): Promise<void> {
  const at = await page.evaluate((f) => {
    const cy = (window as unknown as { edugraph: { view: { cy: Cy } } }).edugraph.view.cy;
    const nodes = f.id ? cy.nodes().filter((n) => n.id() === f.id) : cy.nodes('.group').filter((g) => String(g.data('aria')).startsWith(f.ariaStartsWith!));
    const p = nodes.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    return { x: (p.x1 + p.x2) / 2, y: (p.y1 + p.y2) / 2 };
  }, find);
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

/** The groups drawn outside the canvas, where no click reaches them. */
async function groupsOffScreen(): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { edugraph: { view: { cy: Cy } } }).edugraph.view.cy;
    return cy
      .nodes('.group')
      .filter((g) => {
        const p = g.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
      })
      .map((g) => String(g.data('aria')));
  });
}

/** axe-core's serious and critical violations in the page. */
async function axeViolations(): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id} at ${v.targets.join(' ')}`);
}

const allPartnersView = () => `#${encodeView(addEntities(emptyView(), [HUB, ...PARTNERS]))}`;

describe('grouped pictures (browser, synthetic graph)', () => {
  it('shows a view over the drawing budget as groups by country, named for screen readers and reachable by keyboard', async () => {
    await open(allPartnersView());
    const c = await canvas();
    expect(c.groups).toEqual(['Kazakhstan: 501 organizations', 'Kyrgyzstan: 200 organizations', 'Uzbekistan: 400 organizations']);
    expect(c.entities).toEqual([]);
    // each country's partners are tied to the school, which is in Kazakhstan
    expect(c.metaCounts).toEqual([200, 400]);
    await expect(page.locator('[data-testid=groups]').textContent()).resolves.toContain('3 groups');
    await expect(page.locator('nav.crumbs').textContent()).resolves.toBe('All 1,101 entities');
    expect(await page.locator('#grouping').inputValue()).toBe('country');
    // the keyboard reaches groups like entities, and they are read out by what they hold
    for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement?.id)) !== 'cy'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#canvas-focus').textContent()).resolves.toMatch(/^Group: (Kazakhstan: 501|Kyrgyzstan: 200|Uzbekistan: 400) organizations · /);
    expect(await axeViolations()).toEqual([]);
    // another grouping, chosen by the person
    await page.selectOption('#grouping', 'community');
    await page.waitForFunction(() => (window as unknown as { edugraph: { view: { cy: Cy } } }).edugraph.view.cy.nodes('.group').some((n) => String(n.data('aria')).startsWith('Around ')));
    await settle();
    const communities = await canvas();
    expect(communities.groups.length).toBeGreaterThanOrEqual(2);
    // a community is named after its most connected member; beyond 24, the smallest share one "Other" group
    expect(communities.groups.every((g) => /^(Around |Other \(\d+ groups\): )/.test(g))).toBe(true);
    expect(communities.groups).toContainEqual(expect.stringMatching(/^Around /));
  });

  it('opens a group in place, its members drawn, and the breadcrumb leads back', async () => {
    await open(allPartnersView());
    await clickNode({ ariaStartsWith: 'Kyrgyzstan' });
    await page.waitForFunction(() => document.querySelectorAll('nav.crumbs li').length === 2);
    await settle();
    const opened = await canvas();
    expect(opened.entities.sort()).toEqual(PARTNERS.filter((id) => id.includes('-kg-')).sort());
    expect(opened.groups).toEqual(['Kazakhstan: 501 organizations', 'Uzbekistan: 400 organizations']);
    await expect(page.locator('nav.crumbs li').allTextContents()).resolves.toEqual(['All 1,101 entities', 'Kyrgyzstan']);
    expect(await axeViolations()).toEqual([]); // the breadcrumb and the grouping choice
    await page.screenshot({ path: join(OUT, 'grouping-opened-kyrgyzstan.png') });
    await page.locator('nav.crumbs button', { hasText: 'All 1,101 entities' }).click();
    await page.waitForFunction(() => document.querySelectorAll('nav.crumbs li').length === 1);
    await settle();
    const back = await canvas();
    expect(back.groups).toHaveLength(3);
    expect(back.entities).toEqual([]);
    await expect(page.locator('nav.crumbs li').allTextContents()).resolves.toEqual(['All 1,101 entities']);
  });

  it('keeps an opened group in the undo history and in the link: Ctrl+Z and Ctrl+Shift+Z, a reload and Back bring it back', async () => {
    const crumbs = () => page.locator('nav.crumbs li').allTextContents();
    const waitCrumbs = async (n: number) => {
      await page.waitForFunction((k) => document.querySelectorAll('nav.crumbs li').length === k, n);
      await settle();
    };
    const kyrgyz = PARTNERS.filter((id) => id.includes('-kg-')).sort();
    await open(allPartnersView());
    const closedHash = await page.evaluate(() => location.hash);
    await clickNode({ ariaStartsWith: 'Kyrgyzstan' });
    await waitCrumbs(2);
    await page.waitForFunction(() => location.hash.includes('&o=group%3A0%3Acountry%3AKG'));

    // undo closes it, redo opens it again, from the keyboard
    await page.locator('#cy').focus();
    await page.keyboard.press('Control+z');
    await waitCrumbs(1);
    expect((await canvas()).groups).toHaveLength(3);
    await page.waitForFunction(() => !location.hash.includes('&o='));
    await page.keyboard.press('Control+Shift+Z');
    await waitCrumbs(2);
    expect((await canvas()).entities.sort()).toEqual(kyrgyz);
    await page.waitForFunction(() => location.hash.includes('&o=group%3A0%3Acountry%3AKG'));

    // a reload reopens the group
    await page.reload();
    await page.waitForFunction(() => !!(window as unknown as { edugraph?: { view: { cy: Cy } } }).edugraph?.view.cy.nodes().length);
    await waitCrumbs(2);
    await expect(crumbs()).resolves.toEqual(['All 1,101 entities', 'Kyrgyzstan']);
    expect((await canvas()).entities.sort()).toEqual(kyrgyz);

    // a link to the closed picture, then Back to the opened one: the address bar leads
    await page.goto(`${server.url}/${closedHash}`);
    await waitCrumbs(1);
    expect((await canvas()).entities).toEqual([]);
    await page.goBack();
    await page.waitForFunction(() => location.hash.includes('&o=group%3A0%3Acountry%3AKG'));
    await waitCrumbs(2);
    expect((await canvas()).entities.sort()).toEqual(kyrgyz);
  }, 120_000);

  it('exports a grouped view with every entity in it: the GraphML parses, with a node per entity, its group, and every relationship', async () => {
    const exportGraphml = async (name: string) => {
      await page.click('[data-action=export-menu]');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action=export-graphml]')]);
      const path = join(OUT, name);
      await download.saveAs(path);
      // the browser's own XML parser refuses a document that is not well-formed
      return page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const ns = 'http://graphml.graphdrawing.org/xmlns';
        const keys = new Map([...doc.getElementsByTagNameNS(ns, 'key')].map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')]));
        const groupOf: Record<string, string | null> = {};
        for (const n of doc.getElementsByTagNameNS(ns, 'node')) {
          groupOf[n.getAttribute('id')!] = [...n.getElementsByTagNameNS(ns, 'data')].find((d) => keys.get(d.getAttribute('key')) === 'group')?.textContent ?? null;
        }
        const edges = [...doc.getElementsByTagNameNS(ns, 'edge')].map((e) => `${e.getAttribute('source')}|${e.getAttribute('target')}`);
        return { error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null, groupOf, edges };
      }, readFileSync(path, 'utf8'));
    };
    // 1,100 PART_OF to the school and each country's chain of partners: 499 + 399 + 199
    const relationships = 1100 + 499 + 399 + 199;

    await open(allPartnersView());
    expect((await canvas()).entities).toEqual([]); // three groups on the canvas, no entity drawn as itself
    const grouped = await exportGraphml('grouped-view.graphml');
    expect(grouped.error).toBeNull();
    expect(Object.keys(grouped.groupOf).sort()).toEqual([HUB, ...PARTNERS].sort());
    expect(grouped.edges).toHaveLength(relationships);
    expect(new Set(grouped.edges).size).toBe(relationships);
    expect(grouped.groupOf[HUB]).toBe('Kazakhstan');
    expect(grouped.groupOf['org:partner-uz-123']).toBe('Uzbekistan');
    await expect(page.locator('.status .note').textContent()).resolves.toMatch(/Saved edugraph-view-.*\.graphml: 1101 entities, 2197 relationships\./);

    // an opened group's members are drawn as themselves: still in the file, without a group
    await clickNode({ ariaStartsWith: 'Kyrgyzstan' });
    await page.waitForFunction(() => document.querySelectorAll('nav.crumbs li').length === 2);
    await settle();
    const opened = await exportGraphml('grouped-view-opened.graphml');
    expect(Object.keys(opened.groupOf)).toHaveLength(1101);
    expect(opened.edges).toHaveLength(relationships);
    expect(opened.groupOf['org:partner-kg-007']).toBeNull();
    expect(opened.groupOf['org:partner-kz-007']).toBe('Kazakhstan');
  }, 120_000);

  it('counts a hub’s neighbours without those already drawn: opening a group adds exactly what it said', async () => {
    const drawn = PARTNERS.filter((id) => id.includes('-kg-')).slice(0, 150);
    // the school selected by the link: among 150 partners a click may land on one of them
    await open(`#${encodeView(select(addEntities(emptyView(), [HUB, ...drawn]), HUB))}`);
    await page.keyboard.press('e');
    await page.locator('[data-action=show-all]').waitFor();
    await settle();
    const grouped = await canvas();
    expect(grouped.groups).toEqual(['Kazakhstan: 500 organizations', 'Kyrgyzstan: 50 organizations', 'Uzbekistan: 400 organizations']);
    await expect(page.locator('[data-action=show-all]').textContent()).resolves.toBe('Show all 950');
    // the view takes in the hub's groups beside the 150 partners drawn before, so a click reaches them
    expect(await groupsOffScreen()).toEqual([]);
    await clickNode({ ariaStartsWith: 'Kyrgyzstan' });
    await page.waitForFunction(() => (window as unknown as { edugraph: { view: { cy: Cy } } }).edugraph.view.cy.nodes().not('.group').length === 201, undefined, { timeout: 60_000 });
    await settle();
    const opened = await canvas();
    expect(opened.entities.filter((id) => id !== HUB).sort()).toEqual(PARTNERS.filter((id) => id.includes('-kg-')).sort());
    expect(opened.groups).toEqual(['Kazakhstan: 500 organizations', 'Uzbekistan: 400 organizations']);
  }, 120_000);

  it('expands a hub into its neighbours grouped by type and country, and "Show all" draws every one', async () => {
    await open(`#${encodeView(addEntities(emptyView(), [HUB]))}`);
    await clickNode({ id: HUB });
    await page.waitForFunction((hub) => (window as unknown as { edugraph: { state: { selected: string | null } } }).edugraph.state.selected === hub, HUB);
    await page.keyboard.press('e'); // expand the selection
    await page.locator('[data-action=show-all]').waitFor();
    await settle();
    const grouped = await canvas();
    expect(grouped.entities).toEqual([HUB]);
    expect(grouped.groups).toEqual(['Kazakhstan: 500 organizations', 'Kyrgyzstan: 200 organizations', 'Uzbekistan: 400 organizations']);
    expect(grouped.metaCounts).toEqual([200, 400, 500]);
    expect(await groupsOffScreen()).toEqual([]);
    await expect(page.locator('[data-action=show-all]').textContent()).resolves.toBe('Show all 1,100');
    await page.screenshot({ path: join(OUT, 'grouping-hub-grouped.png') });
    // one group opened: just its members are fetched and drawn, the other groups stay
    await clickNode({ ariaStartsWith: 'Kyrgyzstan' });
    await page.waitForFunction(() => (window as unknown as { edugraph: { view: { cy: Cy } } }).edugraph.view.cy.nodes().not('.group').length === 201, undefined, { timeout: 60_000 });
    await settle();
    const kyrgyz = await canvas();
    expect(kyrgyz.entities.filter((id) => id !== HUB).sort()).toEqual(PARTNERS.filter((id) => id.includes('-kg-')).sort());
    expect(kyrgyz.groups).toEqual(['Kazakhstan: 500 organizations', 'Uzbekistan: 400 organizations']);
    await expect(page.locator('[data-action=show-all]').textContent()).resolves.toBe('Show all 900'); // what is left to fetch
    await page.locator('[data-action=show-all]').click();
    await page.waitForFunction(() => (window as unknown as { edugraph: { view: { cy: Cy } } }).edugraph.view.cy.nodes().length >= 1101, undefined, { timeout: 60_000 });
    await settle();
    const all = await canvas();
    expect(all.entities).toHaveLength(1101);
    expect(all.groups).toEqual([]);
    expect(await page.locator('[data-action=show-all]').count()).toBe(0);
    // all 1,100 with their relationships exceed the budget: grouping was turned off to draw them, and the page says so
    expect(await page.locator('#grouping').inputValue()).toBe('off');
    await expect(page.locator('.status .note').textContent()).resolves.toContain('all 1,100 neighbours shown');
  }, 120_000);
});
