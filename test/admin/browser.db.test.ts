// The admin page in a real headless Chromium: sign in, add a feed, see it listed, read the milestones.
// Runs when Chromium is installed (/usr/bin/chromium or CHROMIUM_PATH); with REQUIRE_BROWSER=1 it must be.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { ADMIN_PASSWORD, createTestContext, startApp } from '../support/context.ts';
import { args, executablePath, haveBrowser, shots, skip, watchErrors } from './browser.ts';
import { seedMilestones } from './helpers.ts';

test('an admin signs in, adds a feed, sees it listed and reads the milestones', { skip, timeout: 120_000 }, async () => {
  assert.ok(haveBrowser, `REQUIRE_BROWSER=1 but no Chromium at ${executablePath}`);
  const t = await createTestContext();
  const app = await startApp(t.ctx);
  // launch() gives each run a fresh temporary profile (its own --user-data-dir).
  const browser = await chromium.launch({ executablePath, args });
  try {
    await seedMilestones(t.ctx, { outlet: 'Evil <script>alert(1)</script> Times' });
    mkdirSync(shots, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);

    await page.goto(`${app.url}/admin/feeds`);
    assert.equal(new URL(page.url()).pathname, '/admin/login');
    await page.screenshot({ path: join(shots, 'admin-login.png') });
    await page.fill('#password', 'wrong-password');
    await page.click('button[type=submit]');
    assert.match(await page.textContent('.error') ?? '', /Wrong password/);
    // Chromium logs the 401 answer to a wrong password as a failed load; that one is expected, nothing else.
    assert.deepEqual(errors, ['console: Failed to load resource: the server responded with a status of 401 (Unauthorized)']);
    errors.length = 0;
    await page.fill('#password', ADMIN_PASSWORD);
    await page.click('button[type=submit]');
    assert.equal(new URL(page.url()).pathname, '/admin');
    assert.match(await page.textContent('h1') ?? '', /Dashboard/);
    assert.match(await page.textContent('main') ?? '', /kr-us-jp-missile-warning/);

    await page.click('nav >> text=Feeds');
    await page.fill('input[name=url]', 'http://127.0.0.1:9/ministry-feed.xml');
    await page.selectOption('select[name=topic]', 'kr-us-jp-missile-warning');
    await page.fill('input[name=title]', 'Ministry of National Defense <b>briefings</b>');
    await page.click('form[action="/admin/feeds"] button[type=submit]');
    assert.match(await page.textContent('.notice') ?? '', /Feed added/);
    const row = (await page.textContent('table.feeds tbody')) ?? '';
    assert.match(row, /Ministry of National Defense <b>briefings<\/b>/); // shown as text, not markup
    assert.match(row, /http:\/\/127\.0\.0\.1:9\/ministry-feed\.xml/);
    assert.match(row, /Check now/);
    // Nothing listens on port 9: "Check now" runs, fails, and the row and the runs page say why.
    await page.click('table.feeds button >> text=Check now');
    assert.match(await page.textContent('.notice') ?? '', /Feed check failed/);
    assert.match(await page.textContent('table.feeds tbody') ?? '', /error/);
    await page.screenshot({ path: join(shots, 'admin-feeds.png'), fullPage: true });
    await page.click('nav >> text=Runs');
    assert.match(await page.textContent('table tbody') ?? '', /ingest\s*admin\s*failed/);
    await page.screenshot({ path: join(shots, 'admin-runs.png'), fullPage: true });

    await page.click('nav >> text=Milestones');
    assert.match(await page.textContent('h1') ?? '', /Milestones/);
    const main = (await page.textContent('main')) ?? '';
    assert.match(main, /Phnom Penh/);
    assert.match(main, /Evil <script>alert\(1\)<\/script> Times/);
    assert.ok((await page.locator('article.milestone').count()) >= 4);
    assert.ok((await page.locator('blockquote').count()) >= 4);
    await page.screenshot({ path: join(shots, 'admin-milestones.png'), fullPage: true });

    await page.click('nav >> text=Dashboard');
    await page.screenshot({ path: join(shots, 'admin-dashboard.png'), fullPage: true });
    await page.click('nav >> text=Digest');
    assert.match(await page.textContent('main') ?? '', /Subject:/);
    await page.click('summary >> text=HTML version');
    await page.screenshot({ path: join(shots, 'admin-digest.png'), fullPage: true });
    await page.click('header >> text=Sign out');
    assert.equal(new URL(page.url()).pathname, '/admin/login');

    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await app.close();
    await t.close();
  }
});
