// End to end: real database, real SMTP server, real HTTP server for the unsubscribe link.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { createMailer, createSmtpMailer } from '../../src/digest/mailer.ts';
import { runDigest } from '../../src/digest/service.ts';
import { listDeliveries } from '../../src/digest/store.ts';
import { subscribe } from '../../src/subscribers/service.ts';
import {
  addArticle,
  addMilestone,
  deadSmtpUrl,
  headerLine,
  recipients,
  startDigestEnv,
  startSmtp,
  TOPIC,
  type DigestTestEnv,
  type TestSmtp,
} from './helpers.ts';

const SUBSCRIBED = '2026-03-08T00:00:00Z';
const NEWS = '2026-03-09T00:00:00Z';
const T0 = '2026-03-10T00:00:00Z'; // 09:00 in Seoul: digest day 2026-03-10

let env: DigestTestEnv;
let smtp: TestSmtp;

beforeEach(async () => {
  env = await startDigestEnv({ now: SUBSCRIBED });
  smtp = await startSmtp();
});

afterEach(async () => {
  await smtp.close();
  await env.close();
});

const sub = (email: string) => subscribe(env.ctx, { email, topicSlug: TOPIC.slug });
const run = (ctx = env.ctx, mailer = createSmtpMailer(smtp.url)) => runDigest(ctx, { mailer, trigger: 'cli' });
const isActive = async (email: string) => (await env.ctx.db.subscriber.findFirstOrThrow({ where: { email } })).active;

test('sends each subscriber an escaped digest whose unsubscribe link and one-click POST work', async () => {
  await sub('alice@example.test');
  await sub('Bob@Example.test');
  const db = env.ctx.db;
  const hostile = `<script>alert('t')</script> Trilateral warning-data deal`;
  const articleId = await addArticle(db, env.topicId, { title: hostile, outlet: 'Outlet <b>', createdAt: NEWS });
  await addArticle(db, env.topicId, { title: 'Bad link', url: 'javascript:alert(1)', createdAt: NEWS });
  await addArticle(db, env.topicId, { title: 'Skipped story', createdAt: NEWS, status: 'skipped' });
  await addMilestone(db, env.topicId, { title: hostile, date: '2026-03-09', createdAt: NEWS, articleId, quote: 'Seoul said "<img src=x onerror=alert(1)>"' });
  await addMilestone(db, env.topicId, { title: 'Open pledge to share data', date: '2026-12', createdAt: '2026-03-01T00:00:00Z', pledgeStatus: 'open', deadline: '2026-12-31' });
  env.clock.set(T0);

  assert.deepEqual(await run(), { sent: 2, failed: 0, skipped: 0 });
  assert.deepEqual(recipients(smtp.messages), ['alice@example.test', 'bob@example.test']);
  const mail = smtp.messages.find((m) => recipients([m])[0] === 'alice@example.test')!;
  assert.equal(mail.subject, `${TOPIC.name}: 1 new milestone, 2 articles (2026-03-10)`);
  assert.equal(mail.from?.value[0]?.address, 'digest@tidemark.test');
  const html = String(mail.html);
  assert.ok(!html.includes('<script>') && !html.includes('<img'), 'feed markup is never live');
  assert.ok(html.includes('&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; Trilateral warning-data deal'));
  assert.ok(html.includes('&quot;&lt;img src=x onerror=alert(1)&gt;&quot;'));
  assert.ok(!/href="javascript/i.test(html) && html.includes('Bad link'));
  assert.ok(html.includes('Open pledges') && html.includes('due 2026-12-31'));
  const text = mail.text ?? '';
  assert.ok(text.includes(`- 2026-03-09  ${hostile} (agreement, happened)`), text);
  assert.ok(text.includes('Open pledge to share data, due 2026-12-31') && !text.includes('Skipped story'));

  const link = /Unsubscribe: (\S+)/.exec(text)?.[1] ?? '';
  assert.ok(link.startsWith(`${env.appUrl}/unsubscribe?token=`), link);
  assert.equal(headerLine(mail, 'List-Unsubscribe'), `<${link}>`);
  assert.equal(headerLine(mail, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click');
  assert.ok(html.includes(`href="${link}"`));

  const page = await fetch(link);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  const body = await page.text();
  assert.ok(body.includes('You are unsubscribed') && body.includes('alice@example.test'));
  assert.equal(await isActive('alice@example.test'), false);
  const again = await fetch(link);
  assert.equal(again.status, 200, 'unsubscribing twice is fine');
  assert.ok((await again.text()).includes('already been unsubscribed'));

  const bobMail = smtp.messages.find((m) => recipients([m])[0] === 'bob@example.test')!;
  const oneClick = /^<(.+)>$/.exec(headerLine(bobMail, 'List-Unsubscribe') ?? '')?.[1] ?? '';
  const post = await fetch(oneClick, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  assert.equal(post.status, 200);
  assert.equal(await isActive('bob@example.test'), false);

  env.clock.set('2026-03-11T00:00:00Z');
  await addArticle(db, env.topicId, { title: 'Later news', createdAt: '2026-03-10T12:00:00Z' });
  assert.deepEqual(await run(), { sent: 0, failed: 0, skipped: 0 }, 'nobody is subscribed any more');
  assert.equal(smtp.messages.length, 2);
});

test('a bad unsubscribe link gets a clear HTML page, never a 500', async () => {
  const unknown = await fetch(`${env.appUrl}/unsubscribe?token=${'x'.repeat(32)}`);
  assert.equal(unknown.status, 404);
  assert.match(unknown.headers.get('content-type') ?? '', /text\/html/);
  assert.ok((await unknown.text()).includes('does not match any subscription'));
  const malformed = await fetch(`${env.appUrl}/unsubscribe?token=%3Cscript%3E`);
  assert.equal(malformed.status, 404);
  assert.ok(!(await malformed.text()).includes('<script>'));
  const missing = await fetch(`${env.appUrl}/unsubscribe`);
  assert.equal(missing.status, 400);
  assert.ok((await missing.text()).includes('missing its token'));
  const postUnknown = await fetch(`${env.appUrl}/unsubscribe?token=${'y'.repeat(32)}`, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(postUnknown.status, 404);
});

test('running twice the same day sends once; the next day covers only what is new since', async () => {
  await sub('carol@example.test');
  await addArticle(env.ctx.db, env.topicId, { title: 'Old item', createdAt: NEWS });
  env.clock.set(T0);
  assert.deepEqual(await run(), { sent: 1, failed: 0, skipped: 0 });
  await addArticle(env.ctx.db, env.topicId, { title: 'Afternoon item', createdAt: '2026-03-10T05:00:00Z' });
  env.clock.set('2026-03-10T06:00:00Z');
  assert.deepEqual(await run(), { sent: 0, failed: 0, skipped: 1 });
  assert.equal(smtp.messages.length, 1);

  env.clock.set('2026-03-11T00:00:00Z');
  assert.deepEqual(await run(), { sent: 1, failed: 0, skipped: 0 });
  const second = smtp.messages[1]?.text ?? '';
  assert.ok(second.includes('Afternoon item') && !second.includes('Old item'), second);
  const [d1, d2] = await listDeliveries(env.ctx.db, { topicId: env.topicId });
  assert.equal(d1?.day, '2026-03-10');
  assert.equal(d2?.day, '2026-03-11');
  assert.equal(d2?.periodStart.toISOString(), d1?.periodEnd.toISOString());
  const runs = await env.ctx.db.run.findMany({ where: { kind: 'digest' }, orderBy: { id: 'asc' } });
  assert.deepEqual(runs.map((r) => [r.trigger, r.status, r.counts]), [
    ['cli', 'ok', { sent: 1, failed: 0, skipped: 0 }],
    ['cli', 'ok', { sent: 0, failed: 0, skipped: 1 }],
    ['cli', 'ok', { sent: 1, failed: 0, skipped: 0 }],
  ]);
});

test('concurrent runs on separate database connections send each digest once', async () => {
  const emails = ['p1@example.test', 'p2@example.test', 'p3@example.test', 'p4@example.test'];
  for (const e of emails) await sub(e);
  await addArticle(env.ctx.db, env.topicId, { title: 'Race item', createdAt: NEWS });
  env.clock.set(T0);
  const others = [await env.secondContext(), await env.secondContext()];
  const results = await Promise.all([run(), run(others[0]), run(others[1]), run()]);
  assert.equal(results.reduce((n, r) => n + r.sent, 0), emails.length);
  assert.equal(results.reduce((n, r) => n + r.failed, 0), 0);
  assert.deepEqual(recipients(smtp.messages), emails);
  const deliveries = await listDeliveries(env.ctx.db);
  assert.deepEqual(deliveries.map((d) => [d.status, d.attempts]), emails.map(() => ['sent', 1]));
});

test('a failed send (server down, then refusing) stays retryable and the next run sends it once', async () => {
  await sub('dave@example.test');
  await addArticle(env.ctx.db, env.topicId, { title: 'Retry item', createdAt: NEWS });
  env.clock.set(T0);
  assert.deepEqual(await run(env.ctx, createSmtpMailer(await deadSmtpUrl())), { sent: 0, failed: 1, skipped: 0 });
  let [d] = await listDeliveries(env.ctx.db);
  assert.equal(d?.status, 'failed');
  assert.equal(d?.attempts, 1);
  assert.match(d?.lastError ?? '', /ECONNREFUSED|connect/i);
  const failedRun = await env.ctx.db.run.findFirstOrThrow({ where: { kind: 'digest' } });
  assert.equal(failedRun.status, 'partial');

  smtp.rejectWith = 451;
  env.clock.set('2026-03-10T00:10:00Z');
  assert.deepEqual(await run(), { sent: 0, failed: 1, skipped: 0 });
  [d] = await listDeliveries(env.ctx.db);
  assert.equal(d?.attempts, 2);
  assert.match(d?.lastError ?? '', /451/);

  smtp.rejectWith = null;
  env.clock.set('2026-03-10T00:20:00Z');
  assert.deepEqual(await run(), { sent: 1, failed: 0, skipped: 0 });
  [d] = await listDeliveries(env.ctx.db);
  assert.deepEqual([d?.status, d?.attempts, d?.lastError, d?.sentAt?.toISOString()], ['sent', 3, null, '2026-03-10T00:20:00.000Z']);
  assert.equal(smtp.messages.length, 1);
  assert.ok(smtp.messages[0]?.text?.includes('Retry item'));
  assert.deepEqual(await run(), { sent: 0, failed: 0, skipped: 1 });
  assert.equal(smtp.messages.length, 1);
});

test('without SMTP_URL deliveries fail with a clear reason and are sent once it is configured', async () => {
  await sub('frank@example.test');
  await addArticle(env.ctx.db, env.topicId, { title: 'Config item', createdAt: NEWS });
  env.clock.set(T0);
  assert.equal(env.ctx.config.SMTP_URL, undefined);
  assert.deepEqual(await run(env.ctx, createMailer(env.ctx.config)), { sent: 0, failed: 1, skipped: 0 });
  const [d] = await listDeliveries(env.ctx.db);
  assert.deepEqual([d?.status, d?.lastError], ['failed', 'SMTP_URL not configured']);
  assert.deepEqual(await run(env.ctx, createMailer({ SMTP_URL: smtp.url })), { sent: 1, failed: 0, skipped: 0 });
});

test('nothing new: no email, the day is recorded as skipped, and the news waits for the next day', async () => {
  await sub('erin@example.test');
  await addArticle(env.ctx.db, env.topicId, { title: 'Before subscribing', createdAt: '2026-03-07T00:00:00Z' });
  env.clock.set(T0);
  assert.deepEqual(await run(), { sent: 0, failed: 0, skipped: 1 });
  assert.equal(smtp.messages.length, 0);
  assert.equal((await listDeliveries(env.ctx.db))[0]?.status, 'skipped');

  await addArticle(env.ctx.db, env.topicId, { title: 'Arrived later', createdAt: '2026-03-10T03:00:00Z' });
  env.clock.set('2026-03-10T04:00:00Z');
  assert.deepEqual(await run(), { sent: 0, failed: 0, skipped: 1 }, 'one digest decision per day');
  env.clock.set('2026-03-11T00:00:00Z');
  assert.deepEqual(await run(), { sent: 1, failed: 0, skipped: 0 });
  const text = smtp.messages[0]?.text ?? '';
  assert.ok(text.includes('Arrived later') && !text.includes('Before subscribing'));
});
