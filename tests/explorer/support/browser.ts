import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

/**
 * Debian's Chromium for the browser tests. When it is missing and we are
 * root on Debian, installs it once; otherwise fails with the exact command
 * to run. Browser tests are never skipped.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    log('Chromium is missing: installing Debian\'s chromium package (apt-get install -y chromium)…');
    try {
      execFileSync('/bin/sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'], { stdio: 'inherit', timeout: 600_000 });
    } catch (err) {
      throw new Error(`Installing Chromium failed (${(err as Error).message}). Install it with:\n  ${INSTALL_COMMAND}`);
    }
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  throw new Error(`The explorer's browser tests need Debian's Chromium at ${CHROMIUM}. Install it with:\n  ${INSTALL_COMMAND}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
