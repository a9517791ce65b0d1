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
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import type { Graph } from '../../graph/index.ts';
import { loadSeedReports } from '../../seed/index.ts';
import { dumpWithoutDecisionOn } from '../support/graphDump.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';
import { launchChromium } from './support/browser.ts';
import { pollWithin, postGraphql, WorkbenchPage } from './support/workbenchPage.ts';
import { COLLEGE, loadReviewPairs, PERSON } from './support/reviewPairs.ts';

const OUT = join(process.cwd(), 'test-results', 'explorer');
mkdirSync(OUT, { recursive: true });
const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

let graph: Graph;
let server: RunningServer;
let browser: Browser;
let tab: WorkbenchPage;
let page: Page;
const tokens = { curator: '', reader: '' };

const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => postGraphql<T>(server.url, query, variables, token);

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
  tab = await WorkbenchPage.open(browser, server.url, 20_000);
  page = tab.page;
});

afterEach(async (ctx) => {
  await tab.close(ctx.task.name);
  expect(tab.errors, 'errors in the page').toEqual([]);
});

const poll = pollWithin(20_000);

describe('curation workbench (browser)', () => {
  it('a curator signs in, merges the most certain suggestion with m, undoes it with u, and History lists both steps with their name', async () => {
    await tab.home();
    await expect(page.locator('#tab-review').isHidden()).resolves.toBe(true);
    await page.focus('[data-action=sign-in]');
    await page.keyboard.press('Enter');
    expect(await tab.axeViolations(), 'sign-in form').toEqual([]);
    await page.keyboard.press('Escape');

    await tab.signIn(tokens.curator);
    await expect(page.locator('[data-testid=viewer]').textContent()).resolves.toBe('Signed in as carlacurator');
    // the token stays in this tab's session storage: never in the address, never in local storage
    expect(page.url()).not.toContain(tokens.curator);
    expect(await page.evaluate(() => [sessionStorage.getItem('edugraph.token') !== null, localStorage.length])).toEqual([true, 0]);
    expect(await tab.axeViolations(), 'signed in').toEqual([]);

    await tab.openTab('review');
    const sides = page.locator('.review-side');
    await poll(() => sides.count()).toBe(2);
    await expect(sides.nth(0).locator('.review-name').textContent()).resolves.toBe(COLLEGE.keepName);
    await expect(sides.nth(1).locator('.review-name').textContent()).resolves.toBe(COLLEGE.mergeName);
    await expect(page.locator('.review-evidence').textContent()).resolves.toMatch(/0\.90.*Northern.*Suggested by.*Autumn forum of pedagogical colleges/);
    await expect(sides.nth(1).locator('.evidence').first().textContent()).resolves.toMatch(/North Teachers' College took part/);
    await expect(page.locator('[data-action=review-merge]').getAttribute('aria-keyshortcuts')).resolves.toBe('m');
    await page.screenshot({ path: join(OUT, 'workbench-review.png') });
    expect(await tab.axeViolations(), 'review').toEqual([]);

    const beforeMerge = await dumpWithoutDecisionOn(graph, [COLLEGE.keep, COLLEGE.merge]);
    await page.keyboard.press('m');
    await poll(() => page.locator('.review-note').textContent()).toBe(`Merged ${COLLEGE.mergeName} into ${COLLEGE.keepName}. Undo splits them again.`);
    expect((await gql<{ node: { id: string } }>(`{ node(id: "${COLLEGE.merge}") { id } }`, {})).data!.node.id).toBe(COLLEGE.keep);
    await page.keyboard.press('u');
    await poll(() => page.locator('.review-note').textContent()).toMatch(/^Undone: North Teachers' College is an entity of its own again/);
    expect((await gql<{ node: { id: string } }>(`{ node(id: "${COLLEGE.merge}") { id } }`, {})).data!.node.id).toBe(COLLEGE.merge);
    // the merge undone from the browser leaves the graph as it was, but for the record of both steps
    expect(await dumpWithoutDecisionOn(graph, [COLLEGE.keep, COLLEGE.merge])).toEqual(beforeMerge);

    await page.fill('#search', 'Northern Teachers College');
    await page.locator('.search-option', { hasText: COLLEGE.keepName }).first().waitFor();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#details-name').textContent()).toBe(COLLEGE.keepName);
    await tab.openTab('history');
    const entries = page.locator('.log-entry');
    await poll(() => entries.count()).toBe(2);
    expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-action-kind')))).toEqual(['SPLIT_ENTITY', 'ACCEPT_MERGE_SUGGESTION']);
    expect(await entries.locator('.log-curator').allTextContents()).toEqual(['carla', 'carla']);
    await expect(entries.nth(0).locator('.log-what').textContent()).resolves.toMatch(/^Split .* back out of Northern Teachers College/);
    await page.screenshot({ path: join(OUT, 'workbench-history.png') });
    expect(await tab.axeViolations(), 'history').toEqual([]);

    await page.focus('[data-action=sign-out]');
    await page.keyboard.press('Enter');
    await page.locator('[data-action=sign-in]').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('edugraph.token'))).toBeNull();
    await expect(page.locator('#tab-history').isHidden()).resolves.toBe(true);
  });

  it('a reader signed in is offered no Review and no merge, and the server refuses a merge forced with their token', async () => {
    await tab.home();
    await tab.signIn(tokens.reader);
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
    await tab.home();
    const wrong = 'wrong-token-0123456789abcdef';
    await tab.openSignIn();
    await page.keyboard.type(wrong);
    await page.keyboard.press('Enter');
    const error = page.locator('.signin-error');
    await poll(() => error.textContent()).toMatch(/not the token of an enabled account/);
    expect(await page.content()).not.toContain(wrong);
    expect(await page.evaluate(() => sessionStorage.getItem('edugraph.token'))).toBeNull();
  });

  it('a curator picks two people on the canvas, merges them from Review, and undoes it', async () => {
    await tab.home();
    await tab.signIn(tokens.curator);
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
    await tab.home();
    await tab.signIn(ADMIN_TOKEN);
    await expect(page.locator('[data-testid=viewer]').textContent()).resolves.toBe('Signed in as bootstrap:adminadmin');
    await tab.openTab('log');
    await poll(() => page.locator('.log-entry').count()).toBeGreaterThanOrEqual(2);
    await page.focus('#log-curator');
    await page.keyboard.type('bootstrap:admin');
    await page.keyboard.press('Enter');
    // the accounts the admin created for these tests, newest first
    await poll(() => page.locator('.log-what').allTextContents()).toEqual(['Created the account rita (reader)', 'Created the account carla (curator)']);
    expect(await page.locator('.log-curator').allTextContents()).toEqual(['bootstrap:admin', 'bootstrap:admin']);
    expect(await tab.axeViolations(), 'log').toEqual([]);
  });
});
