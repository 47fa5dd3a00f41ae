// Shared by the real-browser tests: where Chromium is, how it is launched, and what counts as a page error.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const haveBrowser = existsSync(executablePath);
const required = process.env.REQUIRE_BROWSER === '1';
export const skip = !haveBrowser && !required ? `no Chromium at ${executablePath} (set CHROMIUM_PATH, or REQUIRE_BROWSER=1 to fail instead)` : false;
export const shots = join(process.cwd(), 'test-results');

export const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Console errors and uncaught page errors (CSP violations land here too). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && r.status() !== 401) errors.push(`http ${r.status()}: ${r.url()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`); // an alert() would mean injected script ran
    void d.dismiss();
  });
  return errors;
}
