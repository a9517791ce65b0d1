/**
 * The GraphQL IDE at /graphql in a real browser: bundled GraphiQL loads with
 * no request leaving the server (EduGraph works offline), opens on the first
 * example question and answers it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureExplorerBuilt } from '../../explorer/index.ts';
import type { Graph } from '../../graph/index.ts';
import { launchChromium } from '../explorer/support/browser.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;
let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  await ensureExplorerBuilt({ log: (line) => console.log(`[explorer] ${line}`) });
  browser = await launchChromium();
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
  page = await browser.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith(api.server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
  await graph?.close();
});

describe('the GraphQL IDE', () => {
  it('loads from this server only and answers the first example question', async () => {
    await page.goto(`${api.server.url}/graphql`);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
    // The first example tab is the round-table partners question.
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toMatch(/RoundTablePartners/);
    await page.click('.graphiql-execute-button');
    // Monaco renders only the visible lines, with non-breaking spaces.
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toMatch(/org:investment-in-the-future[\s\S]*sources[\s\S]*report:/);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('links to the schema as SDL, for code generators', async () => {
    await page.goto(`${api.server.url}/graphql`);
    const link = page.locator('.graphiql-logo a[href="/schema.graphql"]');
    await link.waitFor({ timeout: 60_000 });
    const sdl = await page.request.get(new URL((await link.getAttribute('href'))!, api.server.url).href);
    expect(sdl.status()).toBe(200);
    expect(await sdl.text()).toMatch(/^type Query \{/m);
  });
});
