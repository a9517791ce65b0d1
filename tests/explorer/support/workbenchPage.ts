/**
 * A person's browser tab on the curation workbench, for the end-to-end
 * tests: one Chromium page against a running server, the errors it shows,
 * and the keyboard steps every workbench test takes (open, sign in, change
 * tab, ask axe-core).
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

const OUT = join(process.cwd(), 'test-results', 'explorer');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export type GraphqlAnswer<T> = { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };

/** POST /graphql as a script would, with a token when given. */
export async function postGraphql<T>(serverUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphqlAnswer<T>> {
  const res = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphqlAnswer<T>;
}

/** Waits for what the page shows next, as long as a busy machine may take over a write and its reads. */
export const pollWithin =
  (timeout: number) =>
  <T>(fn: () => T | Promise<T>) =>
    expect.poll(fn, { timeout, interval: 100 });

export class WorkbenchPage {
  /** Errors and dialogs the page raised: each test expects none. */
  readonly errors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly serverUrl: string,
    private readonly poll: ReturnType<typeof pollWithin>,
  ) {}

  static async open(browser: Browser, serverUrl: string, pollTimeout: number): Promise<WorkbenchPage> {
    // bypassCSP: the server allows no inline script, and axe-core is injected as one; the page's own code is unchanged
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true });
    const tab = new WorkbenchPage(context, await context.newPage(), serverUrl, pollWithin(pollTimeout));
    tab.page.on('pageerror', (err) => tab.errors.push(err.message));
    tab.page.on('dialog', (d) => {
      tab.errors.push(`unexpected dialog: ${d.message()}`);
      void d.dismiss();
    });
    return tab;
  }

  /** The explorer's first page, once its graph is drawn. */
  async home(): Promise<void> {
    await this.page.goto(`${this.serverUrl}/`);
    await this.page.waitForFunction(() => {
      const app = (window as unknown as { edugraph?: { view: { cy: { nodes(): { length: number } } } } }).edugraph;
      return !!app && app.view.cy.nodes().length > 0;
    });
  }

  /** Signs in with the keyboard alone: focus "Sign in", Enter opens the form (focus in the field), type, Enter. */
  async signIn(token: string): Promise<void> {
    await this.openSignIn();
    await this.page.keyboard.type(token);
    await this.page.keyboard.press('Enter');
    await this.page.locator('[data-testid=viewer]').waitFor();
  }

  /** Opens the sign-in form from the keyboard; the form opens a frame later, so typing waits for its field to take focus. */
  async openSignIn(): Promise<void> {
    await this.page.focus('[data-action=sign-in]');
    await this.page.keyboard.press('Enter');
    await this.poll(() => this.page.evaluate(() => document.activeElement?.id)).toBe('signin-token');
  }

  /** Opens a tab with the keyboard: to the shown tab (the tab list's one Tab stop), then the arrows. */
  async openTab(name: string): Promise<void> {
    const { page } = this;
    await page.focus('[role=tab][aria-selected=true]');
    for (let i = 0; i < 8 && (await page.getAttribute(`#tab-${name}`, 'aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getAttribute(`#tab-${name}`, 'aria-selected')).resolves.toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`tab-${name}`);
  }

  /** axe-core's serious and critical violations in the page (or in `selector`). */
  async axeViolations(selector?: string): Promise<string[]> {
    await this.page.addScriptTag({ path: AXE });
    const found = await this.page.evaluate(async (sel) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
      const result = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
    }, selector ?? null);
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id} at ${v.targets.join(' ')}`);
  }

  /** Saves a screenshot named after the test to test-results/explorer/ and closes the tab. */
  async close(testName: string): Promise<void> {
    mkdirSync(OUT, { recursive: true });
    const name = testName.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);
    await this.page.screenshot({ path: join(OUT, `${name}.png`) }).catch(() => {});
    await this.context.close();
  }
}
