// Curation in a real headless Chromium, without scripts: open a milestone, see a bad date named, edit it,
// merge one milestone into another and split an article off a third. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { ADMIN_PASSWORD, createTestContext, startApp } from '../support/context.ts';
import { args, executablePath, haveBrowser, shots, skip, watchErrors } from './browser.ts';
import { seedMilestones } from './helpers.ts';

test('an admin edits, merges and splits milestones from the page', { skip, timeout: 120_000 }, async () => {
  assert.ok(haveBrowser, `REQUIRE_BROWSER=1 but no Chromium at ${executablePath}`);
  const t = await createTestContext({ now: '2023-06-10T00:00:00Z' });
  const app = await startApp(t.ctx);
  const browser = await chromium.launch({ executablePath, args });
  try {
    await seedMilestones(t.ctx);
    mkdirSync(shots, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${app.url}/admin/login`);
    await page.fill('#password', ADMIN_PASSWORD);
    await page.click('button[type=submit]');
    await page.click('nav >> text=Milestones');

    const summit = page.locator('article.milestone', { hasText: 'Phnom Penh' });
    await summit.locator('a.button').click();
    assert.match((await page.textContent('h1')) ?? '', /Curate milestone/);
    await page.screenshot({ path: join(shots, 'admin-curate.png'), fullPage: true });

    await page.fill('input[name=date]', '2022-11-31');
    await page.click('form[action$="/edit"] button[type=submit]');
    assert.match((await page.textContent('.error')) ?? '', /date: 2022-11-31 is not a date on the calendar/);
    assert.equal(await page.inputValue('input[name=date]'), '2022-11-31');
    await page.screenshot({ path: join(shots, 'admin-curate-error.png'), fullPage: true });
    // Chromium logs the 400 answer as a failed load; that one is expected.
    assert.ok(errors.every((e) => /status of 400|http 400/.test(e)), errors.join('\n'));
    errors.length = 0;

    await page.fill('input[name=date]', '2022-11-13');
    await page.fill('input[name=title]', 'Phnom Penh summit: leaders agree to share missile-warning data');
    await page.click('form[action$="/edit"] button[type=submit]');
    assert.match((await page.textContent('.notice')) ?? '', /Milestone edited/);

    await page.locator('article.milestone', { hasText: 'due to start operating' }).locator('a.button').click();
    const into = await page.locator('select[name=into] option', { hasText: 'defence ministers' }).getAttribute('value');
    await page.selectOption('select[name=into]', into ?? '');
    await page.click('form[action$="/merge"] button[type=submit]');
    assert.match((await page.textContent('.notice')) ?? '', /Milestones merged/);

    await page.locator('article.milestone', { hasText: 'Phnom Penh summit' }).locator('a.button').click();
    await page.locator('input[name=articleIds]').last().check();
    await page.click('form[action$="/split"] button[type=submit]');
    assert.match((await page.textContent('.notice')) ?? '', /split off/);
    assert.equal(await page.locator('article.milestone').count(), 4);
    assert.ok((await page.locator('.tag.curated').count()) >= 3);
    await page.screenshot({ path: join(shots, 'admin-curated-list.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await app.close();
    await t.close();
  }
});
