/**
 * The curation workbench in Debian's Chromium against the real server and
 * Neo4j (seed reports plus two open merge suggestions), used with the
 * keyboard as a curator would: an admin creates the accounts, a curator
 * signs in, reviews and merges a suggestion, undoes it, and reads both steps
 * in the entity's History; a reader is offered no merge and the server
 * refuses one forced with their token. axe-core checks each view.
 * Screenshots go to test-results/explorer/.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import type { Graph } from '../../graph/index.ts';
import { loadSeedReports } from '../../seed/index.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';
import { launchChromium } from './support/browser.ts';
import { COLLEGE, loadReviewPairs, PERSON } from './support/reviewPairs.ts';

const OUT = join(process.cwd(), 'test-results', 'explorer');
mkdirSync(OUT, { recursive: true });
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

let graph: Graph;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const tokens = { curator: '', reader: '' };

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as never;
}

beforeAll(async () => {
  browser = await launchChromium();
  const dist = await ensureExplorerBuilt({ log: (line) => console.log(`[explorer] ${line}`) });
  graph = await connectTestGraph();
  await resetGraph(graph);
  await loadSeedReports(graph, join(process.cwd(), 'seed', 'reports'));
  await loadReviewPairs(graph);
  server = await startServer(graph, readServerConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', EDUGRAPH_ADMIN_TOKEN: ADMIN_TOKEN }), createLogger(false), { explorerDir: dist });
  // the admin creates the accounts, as `npm run accounts -- add` or an admin's createAccount would
  const create = 'mutation ($name: String!, $role: Role!) { createAccount(name: $name, role: $role, reason: "e2e") { token } }';
  for (const [name, role] of [['carla', 'curator'], ['rita', 'reader']] as const) {
    const res = await gql<{ createAccount: { token: string } }>(create, { name, role: role.toUpperCase() }, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
    tokens[role] = res.data!.createAccount.token;
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await graph?.close();
});

beforeEach(async () => {
  // bypassCSP: the server allows no inline script, and axe-core is injected as one; the page's own code is unchanged
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
  page = await context.newPage();
  pageErrors.length = 0;
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('dialog', (d) => {
    pageErrors.push(`unexpected dialog: ${d.message()}`);
    void d.dismiss();
  });
});

afterEach(async (ctx) => {
  const name = ctx.task.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);
  await page.screenshot({ path: join(OUT, `${name}.png`) }).catch(() => {});
  await context.close();
  expect(pageErrors, 'errors in the page').toEqual([]);
});

/** Waits for what the page shows next; a busy machine may take seconds over a write and two details reads. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

async function openHome(): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => {
    const app = (window as unknown as { edugraph?: { view: { cy: { nodes(): { length: number } } } } }).edugraph;
    return !!app && app.view.cy.nodes().length > 0;
  });
}

/** Signs in with the keyboard alone: focus "Sign in", Enter opens the form (focus in the field), type, Enter. */
async function signIn(token: string): Promise<void> {
  await page.focus('[data-action=sign-in]');
  await page.keyboard.press('Enter');
  await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('signin-token');
  await page.keyboard.type(token);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=viewer]').waitFor();
}

/** Opens a tab with the keyboard: to the shown tab (the tab list's one Tab stop), then the arrows. */
async function openTab(name: string): Promise<void> {
  await page.focus('[role=tab][aria-selected=true]');
  for (let i = 0; i < 6 && (await page.getAttribute(`#tab-${name}`, 'aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getAttribute(`#tab-${name}`, 'aria-selected')).resolves.toBe('true');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`tab-${name}`);
}

/** axe-core's serious and critical violations in the page (or in `selector`). */
async function axeViolations(selector?: string): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
  }, selector ?? null);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id} at ${v.targets.join(' ')}`);
}

describe('curation workbench (browser)', () => {
  it('a curator signs in, merges the most certain suggestion with m, undoes it with u, and History lists both steps with their name', async () => {
    await openHome();
    await expect(page.locator('#tab-review').isHidden()).resolves.toBe(true);
    await page.focus('[data-action=sign-in]');
    await page.keyboard.press('Enter');
    expect(await axeViolations(), 'sign-in form').toEqual([]);
    await page.keyboard.press('Escape');

    await signIn(tokens.curator);
    await expect(page.locator('[data-testid=viewer]').textContent()).resolves.toBe('Signed in as carlacurator');
    // the token stays in this tab's session storage: never in the address, never in local storage
    expect(page.url()).not.toContain(tokens.curator);
    expect(await page.evaluate(() => [sessionStorage.getItem('edugraph.token') !== null, localStorage.length])).toEqual([true, 0]);
    expect(await axeViolations(), 'signed in').toEqual([]);

    await openTab('review');
    const sides = page.locator('.review-side');
    await poll(() => sides.count()).toBe(2);
    await expect(sides.nth(0).locator('.review-name').textContent()).resolves.toBe(COLLEGE.keepName);
    await expect(sides.nth(1).locator('.review-name').textContent()).resolves.toBe(COLLEGE.mergeName);
    await expect(page.locator('.review-evidence').textContent()).resolves.toMatch(/0\.90.*Northern.*Suggested by.*Autumn forum of pedagogical colleges/);
    await expect(sides.nth(1).locator('.evidence').first().textContent()).resolves.toMatch(/North Teachers' College took part/);
    await expect(page.locator('[data-action=review-merge]').getAttribute('aria-keyshortcuts')).resolves.toBe('m');
    await page.screenshot({ path: join(OUT, 'workbench-review.png') });
    expect(await axeViolations(), 'review').toEqual([]);

    await page.keyboard.press('m');
    await poll(() => page.locator('.review-note').textContent()).toBe(`Merged ${COLLEGE.mergeName} into ${COLLEGE.keepName}. Undo splits them again.`);
    expect((await gql<{ node: { id: string } }>(`{ node(id: "${COLLEGE.merge}") { id } }`, {})).data!.node.id).toBe(COLLEGE.keep);
    await page.keyboard.press('u');
    await poll(() => page.locator('.review-note').textContent()).toMatch(/^Undone: North Teachers' College is an entity of its own again/);
    expect((await gql<{ node: { id: string } }>(`{ node(id: "${COLLEGE.merge}") { id } }`, {})).data!.node.id).toBe(COLLEGE.merge);

    await page.fill('#search', 'Northern Teachers College');
    await page.locator('.search-option', { hasText: COLLEGE.keepName }).first().waitFor();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#details-name').textContent()).toBe(COLLEGE.keepName);
    await openTab('history');
    const entries = page.locator('.log-entry');
    await poll(() => entries.count()).toBe(2);
    expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-action-kind')))).toEqual(['SPLIT_ENTITY', 'ACCEPT_MERGE_SUGGESTION']);
    expect(await entries.locator('.log-curator').allTextContents()).toEqual(['carla', 'carla']);
    await expect(entries.nth(0).locator('.log-what').textContent()).resolves.toMatch(/^Split .* back out of Northern Teachers College/);
    await page.screenshot({ path: join(OUT, 'workbench-history.png') });
    expect(await axeViolations(), 'history').toEqual([]);

    await page.focus('[data-action=sign-out]');
    await page.keyboard.press('Enter');
    await page.locator('[data-action=sign-in]').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('edugraph.token'))).toBeNull();
    await expect(page.locator('#tab-history').isHidden()).resolves.toBe(true);
  });

  it('a reader signed in is offered no Review and no merge, and the server refuses a merge forced with their token', async () => {
    await openHome();
    await signIn(tokens.reader);
    await expect(page.locator('[data-testid=viewer]').textContent()).resolves.toBe('Signed in as ritareader');
    await expect(page.locator('#tab-review').isHidden()).resolves.toBe(true);
    await expect(page.locator('#tab-history').isHidden()).resolves.toBe(true);
    await page.fill('#search', 'Northern Teachers College');
    await page.locator('.search-option', { hasText: COLLEGE.keepName }).first().waitFor();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#details-name').textContent()).toBe(COLLEGE.keepName);
    await expect(page.locator('[data-action=pick-merge]').count()).resolves.toBe(0);

    // the button forced: the same mutation the Review tab sends, with the token this tab holds
    const refused = await page.evaluate(async ([keep, merge]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('edugraph.token')}` },
        body: JSON.stringify({ query: 'mutation ($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { id } }', variables: { keep, merge } }),
      });
      return ((await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> }).errors?.[0];
    }, [COLLEGE.keep, COLLEGE.merge]);
    expect(refused?.extensions?.code).toBe('FORBIDDEN');
    expect(refused?.message).toMatch(/"rita" is a reader account/);
    expect(refused?.message).not.toContain(tokens.reader);
    expect((await gql<{ node: { id: string } }>(`{ node(id: "${COLLEGE.merge}") { id } }`, {})).data!.node.id).toBe(COLLEGE.merge);
  });

  it('a wrong token is refused in the form without being shown again', async () => {
    await openHome();
    const wrong = 'wrong-token-0123456789abcdef';
    await page.focus('[data-action=sign-in]');
    await page.keyboard.press('Enter');
    // the form opens on the next frame: typing before the field has focus would go nowhere
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('signin-token');
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    const error = page.locator('.signin-error');
    await poll(() => error.textContent()).toMatch(/not the token of an enabled account/);
    expect(await page.content()).not.toContain(wrong);
    expect(await page.evaluate(() => sessionStorage.getItem('edugraph.token'))).toBeNull();
  });

  it('a curator picks two people on the canvas, merges them from Review, and undoes it', async () => {
    await openHome();
    await signIn(tokens.curator);
    for (const name of [PERSON.keepName, PERSON.mergeName]) {
      await page.fill('#search', name);
      // the two spellings are each other's nearest hit: choose this one by its text
      await page.locator('.search-option', { hasText: name }).first().click();
      await poll(() => page.locator('#details-name').textContent()).toBe(name);
      await page.focus('[data-action=pick-merge]');
      await page.keyboard.press('Enter');
    }
    await poll(() => page.locator('.review-side .review-name').allTextContents()).toEqual([PERSON.keepName, PERSON.mergeName]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-review');
    await expect(page.locator('.review-note').textContent()).resolves.toBe(`Comparing two entities picked on the canvas: Merge keeps ${PERSON.keepName}.`);
    await page.focus('[data-action=review-merge]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.review-note').textContent()).toBe(`Merged ${PERSON.mergeName} into ${PERSON.keepName}. Undo splits them again.`);
    await poll(() => page.evaluate(() => (window as unknown as { edugraph: { state: { shown: string[]; selected: string | null } } }).edugraph.state.selected)).toBe(PERSON.keep);
    await page.keyboard.press('u');
    await poll(() => page.locator('.review-note').textContent()).toMatch(/^Undone: Aygerim Sadykova is an entity of its own again/);
    expect((await gql<{ node: { id: string } }>(`{ node(id: "${PERSON.merge}") { id } }`, {})).data!.node.id).toBe(PERSON.merge);
  });

  it('an admin reads the whole log and filters it by curator', async () => {
    await openHome();
    await signIn(ADMIN_TOKEN);
    await expect(page.locator('[data-testid=viewer]').textContent()).resolves.toBe('Signed in as bootstrap:adminadmin');
    await openTab('log');
    await poll(() => page.locator('.log-entry').count()).toBeGreaterThanOrEqual(2);
    await page.focus('#log-curator');
    await page.keyboard.type('bootstrap:admin');
    await page.keyboard.press('Enter');
    // the accounts the admin created for these tests, newest first
    await poll(() => page.locator('.log-what').allTextContents()).toEqual(['Created the account rita (reader)', 'Created the account carla (curator)']);
    expect(await page.locator('.log-curator').allTextContents()).toEqual(['bootstrap:admin', 'bootstrap:admin']);
    expect(await axeViolations(), 'log').toEqual([]);
  });
});
