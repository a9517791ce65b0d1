/**
 * Adding and removing reports in Debian's Chromium against the real server
 * and Neo4j, from the keyboard: a curator previews a report (entities
 * highlighted by type, each new or in the graph already), loads it and sees
 * it on the canvas, and re-sending it says "unchanged"; bad input is refused
 * in the form; an admin removes a report once the confirmation has listed
 * what goes; the details of an event two reports date differently show both
 * dates with their reports. axe-core checks each new view. Screenshots go
 * to test-results/explorer/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readServerConfig } from '../../api/config.ts';
import { createLogger } from '../../api/logger.ts';
import { startServer, type RunningServer } from '../../api/server.ts';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import { loadExtraction, noResolution, type Graph } from '../../graph/index.ts';
import type { Entity } from '../../seed/extraction.ts';
import { event, extraction, org, rel } from '../support/extractions.ts';
import { connectTestGraph, resetGraph } from '../support/testGraph.ts';
import { launchChromium } from './support/browser.ts';
import { pollWithin, postGraphql, WorkbenchPage } from './support/workbenchPage.ts';

const OUT = join(process.cwd(), 'test-results', 'explorer');
mkdirSync(OUT, { recursive: true });
const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

// Invented for these tests: an institute two reports name, and a forum they date differently.
const INSTITUTE = { id: 'org:lakeside-pedagogical-institute', name: 'Lakeside Pedagogical Institute' };
const FORUM = { id: 'event:steppe-forum-on-rural-teaching', name: 'Steppe Forum on Rural Teaching' };
const EARLY = { title: 'Steppe forum announced', date: '2025-05-12' };
const LATE = { title: 'Steppe forum: the programme', date: '2025-06-02' };

const REPORT = `Autumn seminar on teacher mentoring

On 3 October 2025 the Lakeside Pedagogical Institute held the Autumn Seminar on Teacher Mentoring in Pavlodar, Kazakhstan. The Blue River Education Fund was a partner of the seminar.`;
const REPORT_URL = 'https://example.org/autumn-seminar-mentoring';

let graph: Graph;
let server: RunningServer;
let browser: Browser;
let tab: WorkbenchPage;
let page: Page;
let curatorToken = '';

const gql = <T>(query: string, variables: Record<string, unknown>, token?: string) => postGraphql<T>(server.url, query, variables, token);

/** Two reports on one forum that disagree on its date, both naming the institute. */
async function loadForumReports(g: Graph): Promise<void> {
  for (const r of [EARLY, LATE]) {
    const text = `${r.title}. The ${INSTITUTE.name} organized the ${FORUM.name} on ${r.date}.`;
    await loadExtraction(
      g,
      extraction({
        text,
        title: r.title,
        url: `https://example.org/${r.date}`,
        publishedAt: r.date,
        entities: [org(INSTITUTE.id, INSTITUTE.name, [], { kind: 'institute', countryCode: 'KZ' } as Partial<Entity>), event(FORUM.id, FORUM.name, r.date, r.date)],
        relations: [rel('ORGANIZED', INSTITUTE.id, FORUM.id, `The ${INSTITUTE.name} organized the ${FORUM.name} on ${r.date}.`)],
      }),
      { resolve: noResolution },
    );
  }
}

beforeAll(async () => {
  browser = await launchChromium();
  const dist = await ensureExplorerBuilt({ log: (line) => console.log(`[explorer] ${line}`) });
  graph = await connectTestGraph();
  await resetGraph(graph);
  await loadForumReports(graph);
  server = await startServer(graph, readServerConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', EDUGRAPH_ADMIN_TOKEN: ADMIN_TOKEN }), createLogger(false), { explorerDir: dist });
  const res = await gql<{ createAccount: { token: string } }>('mutation { createAccount(name: "cora", role: CURATOR, reason: "e2e") { token } }', {}, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  curatorToken = res.data!.createAccount.token;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await graph?.close();
});

beforeEach(async () => {
  tab = await WorkbenchPage.open(browser, server.url, 30_000);
  page = tab.page;
});

afterEach(async (ctx) => {
  await tab.close(ctx.task.name);
  expect(tab.errors, 'errors in the page').toEqual([]);
});

const poll = pollWithin(30_000);

/** Fills the Add report form from the keyboard: the body as typed-in text, then each field. */
async function fillReport(text: string, url: string): Promise<void> {
  await page.focus('#report-text');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await page.focus('#report-url');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(url);
  await page.focus('#report-language');
  await page.keyboard.press('ArrowDown'); // Detect → English
  await expect(page.inputValue('#report-language')).resolves.toBe('en');
}

/** Focus on Preview, Enter, and the preview's Load button gets the keyboard. */
async function preview(): Promise<void> {
  await page.focus('[data-action=report-preview]');
  await page.keyboard.press('Enter');
  await page.locator('.preview').waitFor({ timeout: 30_000 });
}

const reportCount = async () => (await gql<{ reports: { totalCount: number } }>('{ reports(first: 1) { totalCount } }', {})).data!.reports.totalCount;

describe('adding a report (browser)', () => {
  it('a curator previews a report — entities highlighted by type, new or in the graph — loads it, sees it on the canvas, and sending it again says unchanged', async () => {
    await tab.home();
    await expect(page.locator('#tab-add').isHidden()).resolves.toBe(true);
    await tab.signIn(curatorToken);
    await tab.openTab('add');
    expect(await tab.axeViolations(), 'add report form').toEqual([]);

    await fillReport(REPORT, REPORT_URL);
    await preview();
    await expect(page.locator('.add-note').textContent()).resolves.toMatch(/^A new report: \d+ entities \(\d+ new, \d+ already in the graph, 0 uncertain\)/);
    // the institute is the one the graph has; the fund is new
    const institute = page.locator(`.preview-entity[data-id="${INSTITUTE.id}"]`);
    await expect(institute.getAttribute('data-identity')).resolves.toBe('match');
    await expect(institute.locator('.identity-why').textContent()).resolves.toMatch(/the graph knows it by this name/);
    const fund = page.locator('.preview-entity', { hasText: 'Blue River Education Fund' });
    await expect(fund.getAttribute('data-identity')).resolves.toBe('new');
    const fundId = (await fund.getAttribute('data-id'))!;
    // every mention is marked in the text with its type
    const marks = await page.locator('.report-text mark.mention').evaluateAll((els) => els.map((m) => [m.getAttribute('data-type'), m.textContent]));
    // a town inside an event's name is marked inside the event's mark
    expect(marks).toContainEqual(['Organization', INSTITUTE.name]);
    expect(marks).toContainEqual(['Organization', 'Blue River Education Fund']);
    expect(marks).toContainEqual(['City', 'Pavlodar']);
    await expect(page.locator('.preview-relation[data-type=PARTNERED] .evidence').first().textContent()).resolves.toBe('The Blue River Education Fund was a partner of the seminar.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('report-load');
    await page.screenshot({ path: join(OUT, 'add-report-preview.png') });
    expect(await tab.axeViolations(), 'preview').toEqual([]);
    const before = await reportCount();

    await page.keyboard.press('Enter');
    await poll(() => page.locator('.add-note').textContent()).toBe('Loaded “Autumn seminar on teacher mentoring” as a new report.');
    expect(await reportCount()).toBe(before + 1);
    // on the canvas: the seminar with its partner
    await poll(() => page.evaluate((id) => (window as unknown as { edugraph: { state: { shown: string[] } } }).edugraph.state.shown.includes(id), fundId)).toBe(true);
    // the page stays on Add report, the keyboard on its next step
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('report-again');

    await page.keyboard.press('Enter');
    await preview();
    await expect(page.locator('.add-note').textContent()).resolves.toBe('Unchanged: this exact report is loaded already, so loading it again changes nothing.');
    await page.focus('[data-action=report-load]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.add-note').textContent()).toBe('Unchanged: “Autumn seminar on teacher mentoring” was loaded already; nothing was written.');
    expect(await reportCount()).toBe(before + 1);

    // a changed text at the same address is a new version, and says which one it replaces
    await page.focus('[data-action=report-again]');
    await page.keyboard.press('Enter');
    await page.focus('#report-text');
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(' About forty teachers attended.');
    await preview();
    await expect(page.locator('.add-note').textContent()).resolves.toMatch(/^A new version: loading it replaces “Autumn seminar on teacher mentoring” \(report:[0-9a-f]+\)/);
  });

  it('refuses a binary file, an empty text and a report in a third language in the form, naming the problem; nothing is written', async () => {
    await tab.home();
    await tab.signIn(curatorToken);
    await tab.openTab('add');
    const before = await reportCount();
    const problem = page.locator('.add-problem');
    await page.setInputFiles('#report-file', { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await poll(() => problem.textContent()).toBe('scan.txt is a binary file, not text: save the report as UTF-8 text, Markdown or HTML.');
    await page.setInputFiles('#report-file', { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await poll(() => problem.textContent()).toMatch(/^notes\.pdf is not a report file: choose a \.txt, \.md or \.html file/);
    await page.focus('[data-action=report-preview]');
    await page.keyboard.press('Enter');
    await poll(() => problem.textContent()).toBe('The text is empty: paste the report, or choose a .txt, .md or .html file.');
    // written for this test: a short report in German
    await page.focus('#report-text');
    await page.keyboard.insertText('Am 14. März fand in Görlitz eine Fachtagung zur inklusiven Bildung statt. Die Stiftung Lernwege und die Hochschule Görlitz haben sie gemeinsam organisiert.');
    await page.focus('[data-action=report-preview]');
    await page.keyboard.press('Enter');
    await poll(() => problem.textContent()).toMatch(/seems to be in German, and EduGraph extracts English and Russian reports only/);
    await expect(page.locator('.preview').count()).resolves.toBe(0);
    expect(await tab.axeViolations(), 'form with a problem').toEqual([]);
    expect(await reportCount()).toBe(before);
  });

  it('an admin removes a report from the details panel after a confirmation that lists what goes', async () => {
    const text = 'Spring webinar on school libraries. On 4 April 2025 the Northwind Library Trust organized a webinar on school libraries with the Lakeside Pedagogical Institute.';
    const added = await gql<{ ingestReport: { reportId: string; title: string } }>('mutation ($text: String!) { ingestReport(text: $text, language: "en") { reportId title } }', { text }, ADMIN_TOKEN);
    expect(added.errors).toBeUndefined();
    const { reportId } = added.data!.ingestReport;
    await tab.home();
    await tab.signIn(ADMIN_TOKEN);
    await page.fill('#search', 'Northwind Library Trust');
    await page.locator('.search-option', { hasText: 'Northwind Library Trust' }).first().waitFor();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#details-name').textContent()).toBe('Northwind Library Trust');
    await page.focus(`[data-report="${reportId}"] [data-action=remove-report]`);
    await page.keyboard.press('Enter');
    const confirm = page.locator('[data-action=confirm-remove-report]');
    await confirm.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('confirm-remove-report');
    const going = await page.locator('.removal-entities .removal-name').allTextContents();
    expect(going).toContain('Northwind Library Trust');
    // other reports name the institute: it stays
    expect(going).not.toContain(INSTITUTE.name);
    await expect(page.locator('.removal p').first().textContent()).resolves.toMatch(/These go with it: \d+ entit(y|ies) and \d+ relationships? no other report supports\. \d+ other entit/);
    await page.screenshot({ path: join(OUT, 'remove-report-confirmation.png') });
    expect(await tab.axeViolations(), 'removal confirmation').toEqual([]);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.removal-note').textContent()).toMatch(/^Removed “Spring webinar on school libraries/);
    expect((await gql<{ node: unknown }>('query ($id: ID!) { node(id: $id) { id } }', { id: reportId })).data!.node).toBeNull();
  });

  it('a curator is offered no removal, and the server refuses one forced with their token', async () => {
    await tab.home();
    await tab.signIn(curatorToken);
    await page.fill('#search', INSTITUTE.name);
    await page.locator('.search-option', { hasText: INSTITUTE.name }).first().waitFor();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#details-name').textContent()).toBe(INSTITUTE.name);
    await expect(page.locator('[data-action=remove-report]').count()).resolves.toBe(0);
    const refused = await page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('edugraph.token')}` },
        body: JSON.stringify({ query: 'mutation { removeReport(id: "report:0000000000000000") { status } }' }),
      });
      return ((await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
    });
    expect(refused).toBe('FORBIDDEN');
  });

  it('the details of an event two reports date differently show both dates, each with its report', async () => {
    await tab.home();
    await page.fill('#search', FORUM.name);
    await page.locator('.search-option', { hasText: FORUM.name }).first().waitFor();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#details-name').textContent()).toBe(FORUM.name);
    const conflict = page.locator('.conflicts .conflict[data-property=startDate]');
    await conflict.waitFor();
    const claims = await conflict.locator('.claim').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-value'), li.querySelector('.claim-reports')?.textContent]));
    expect(claims).toEqual([
      [EARLY.date, EARLY.title],
      [LATE.date, LATE.title],
    ]);
    expect(await tab.axeViolations('.details'), 'details with conflicts').toEqual([]);
  });
});
