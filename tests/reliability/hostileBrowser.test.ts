/**
 * Stored text never executes in the explorer: a report whose organization
 * names, aliases, evidence, title and text carry <img onerror> and <script>
 * payloads is loaded into the real graph, then searched for and opened in
 * Debian's Chromium, with the server's CSP and — to prove the explorer
 * escapes by itself — with CSP bypassed. The explorer and the GraphQL IDE
 * also run under the CSP without a single violation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import { type Graph } from '../../graph/index.ts';
import { loadExtraction } from '../support/seedLoad.ts';
import { launchChromium } from '../explorer/support/browser.ts';
import { startTestApi, TEST_ADMIN_TOKEN, type TestApi } from '../support/apiServer.ts';
import { event, extraction, org, rel } from '../support/extractions.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

const IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1;alert(1)">';
const SCRIPT = '<script>window.__pwned=(window.__pwned||0)+1;alert(2)</script>';
const SVG = '<svg onload="window.__pwned=(window.__pwned||0)+1">';
const NAME = `Pwnd ${IMG} Foundation ${SCRIPT}`;

let graph: Graph;
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  const dist = await ensureExplorerBuilt({ log: (line) => console.log(`[explorer] ${line}`) });
  expect(dist).toBeTruthy();
  browser = await launchChromium();
  graph = await connectSeededGraph();
  const text = `The ${NAME} organized the ${SVG} Seminar in Almaty. ${IMG} ${SCRIPT} It was a partner of UNESCO.`;
  await loadExtraction(
    graph,
    extraction({
      text,
      title: `Hostile ${SCRIPT} report ${IMG}`,
      url: 'https://example.org/"><script>alert(3)</script>',
      entities: [
        org('org:pwnd-foundation', NAME, [`${SVG} alias`, `javascript:alert(4)`]),
        event('event:pwnd-seminar', `${SVG} Seminar ${IMG}`, '2024-03-12', '2024-03-12'),
        org('org:unesco', 'UNESCO'),
      ],
      relations: [
        rel('ORGANIZED', 'org:pwnd-foundation', 'event:pwnd-seminar', `The ${NAME} organized the ${SVG} Seminar in Almaty.`),
        rel('PARTICIPATED_IN', 'org:unesco', 'event:pwnd-seminar', `${IMG} ${SCRIPT} It was a partner of UNESCO.`),
      ],
    }),
  );
  // and a report text with payloads through the API, as a client would send it
  // production, with introspection on: the IDE reads the schema through it
  api = await startTestApi(graph, { NODE_ENV: 'production', EDUGRAPH_INTROSPECTION: 'true' });
  const res = await api.gql(
    'mutation ($text: String!, $title: String) { ingestReport(text: $text, title: $title) { reportId } }',
    { text: `On 12 March 2024 the ${IMG} Institute organized a seminar in Almaty, Kazakhstan. ${SCRIPT}`, title: `API ${SCRIPT}` },
    { token: TEST_ADMIN_TOKEN },
  );
  expect(res.errors).toBeUndefined();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await graph?.close();
});

interface Watch {
  page: Page;
  context: BrowserContext;
  dialogs: string[];
  errors: string[];
  pwned(): Promise<unknown>;
  violations(): Promise<string[]>;
}

async function open(opts: { bypassCSP: boolean }): Promise<Watch> {
  const context = await browser.newContext({ bypassCSP: opts.bypassCSP, viewport: { width: 1280, height: 800 } });
  // Init scripts run before the page's own and are not subject to its CSP.
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    page,
    context,
    dialogs,
    errors,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

/** Searches for the hostile foundation, opens it, its evidence and the report excerpt. */
async function browseHostileEntity(w: Watch): Promise<void> {
  const { page } = w;
  await page.goto(`${api.server.url}/`);
  // Wait for the first overview: a search result chosen while it loads is lost (it replaces the canvas).
  await page.waitForFunction(() => {
    const app = (window as unknown as { edugraph?: { view: { cy: { nodes(): { length: number } } } } }).edugraph;
    return !!app && app.view.cy.nodes().length > 0 && !document.querySelector('.app')?.hasAttribute('aria-busy');
  });
  await page.fill('#search', 'Pwnd');
  const option = page.locator('.search-option', { hasText: 'Pwnd' }).first();
  await option.waitFor();
  await expect(option.textContent()).resolves.toContain('<img src=x');
  await option.click();
  await page.waitForTimeout(1000);
  expect(await w.violations(), 'CSP violations').toEqual([]);
  expect(w.errors, 'page errors').toEqual([]);
  await expect.poll(() => page.locator('#details-name').textContent(), { timeout: 20_000 }).toContain('<script>');
  const evidence = page.locator('.evidence').first();
  await evidence.waitFor();
  await expect(evidence.textContent()).resolves.toMatch(/<img src=x|<svg onload/);
  const show = page.locator('button', { hasText: 'Show in report' }).first();
  if (await show.count()) {
    await show.click();
    await page.locator('.excerpt').first().waitFor();
    await expect(page.locator('.excerpt').first().textContent()).resolves.toMatch(/<script>|<img/);
  }
  // also the API-ingested report's institute, by search
  await page.fill('#search', 'Institute');
  await page.waitForTimeout(1500);
  // nothing from the payloads became an element anywhere in the document
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
  await page.waitForTimeout(500); // onerror of a broken image would fire by now
}

describe('stored text in the explorer', () => {
  it.each([
    ['with the server CSP', false],
    ['with CSP bypassed (the explorer escapes by itself)', true],
  ])('never executes: searching for and opening the entity and its evidence %s', { timeout: 180_000 }, async (_name, bypassCSP) => {
    const w = await open({ bypassCSP });
    try {
      await browseHostileEntity(w);
      expect(await w.pwned()).toBeUndefined();
      expect(w.dialogs).toEqual([]);
      expect(w.errors).toEqual([]);
      if (!bypassCSP) expect(await w.violations()).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('the Content-Security-Policy in a real browser', () => {
  it('the GraphQL IDE loads and answers under its CSP with no violation', { timeout: 120_000 }, async () => {
    const w = await open({ bypassCSP: false });
    try {
      await w.page.goto(`${api.server.url}/graphql`);
      await w.page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
      await expect.poll(() => w.page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toMatch(/RoundTablePartners/);
      await w.page.click('.graphiql-execute-button');
      await expect.poll(() => w.page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toMatch(/"data"/);
      expect(await w.violations()).toEqual([]);
      expect(w.errors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });

  it('an inline script injected into the explorer page is blocked by the CSP', async () => {
    const w = await open({ bypassCSP: false });
    try {
      await w.page.goto(`${api.server.url}/`);
      await w.page.waitForFunction(() => !!(window as unknown as { edugraph?: unknown }).edugraph);
      await w.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = 1';
        document.body.append(s);
      });
      expect(await w.pwned()).toBeUndefined();
      expect((await w.violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    } finally {
      await w.context.close();
    }
  });
});
