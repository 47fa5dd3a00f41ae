// The admin page over a real HTTP server and a real database: sign-in, sessions, CSRF, forms, escaping.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createTestContext, startApp, type TestContext, type TestServer } from '../support/context.ts';
import { AdminClient, hiddenField } from './helpers.ts';

const XSS = '<script>alert(1)</script>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

let t: TestContext;
let app: TestServer;
let admin: AdminClient;
let csrf: string;

before(async () => {
  // The demo story's "now": its year-end pledge is still open.
  t = await createTestContext({ now: '2023-06-10T00:00:00Z' });
  app = await startApp(t.ctx);
  admin = new AdminClient(app.url);
});
after(async () => {
  await app?.close();
  await t?.close();
});

describe('signing in', () => {
  test('every admin page but the login page redirects to it when not signed in', async () => {
    const anon = new AdminClient(app.url);
    for (const path of ['/admin', '/admin/', '/admin/feeds', '/admin/topics', '/admin/runs', '/admin/milestones', '/admin/subscribers', '/admin/digest', '/admin/nothing']) {
      const res = await anon.get(path);
      assert.equal(res.status, 303, path);
      assert.equal(res.headers.get('location'), '/admin/login', path);
    }
    const post = await anon.post('/admin/feeds', { url: 'http://127.0.0.1:9/feed.xml', topic: 'kr-us-jp-missile-warning' });
    assert.equal(post.status, 303);
    assert.equal(post.headers.get('location'), '/admin/login');
    assert.equal(await t.ctx.db.feed.count(), 0);
  });

  test('the login page is HTML under a strict CSP and its stylesheet is served', async () => {
    const res = await new AdminClient(app.url).get('/admin/login');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const body = await res.text();
    assert.match(body, /<link rel="stylesheet" href="\/admin\/admin.css">/);
    assert.doesNotMatch(body, /<script|style=/);
    const css = await fetch(`${app.url}/admin/admin.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    assert.match(await css.text(), /\.milestone/);
  });

  test('a wrong password is rejected and gives no session', async () => {
    const res = await admin.signIn('not-the-password');
    assert.equal(res.status, 401);
    assert.match(await res.text(), /Wrong password/);
    assert.equal(admin.cookies.has('tidemark_admin'), false);
    assert.equal(await t.ctx.db.adminSession.count(), 0);
    assert.equal((await admin.get('/admin')).status, 303);
  });

  test('a sign-in without the login form token is refused', async () => {
    const res = await new AdminClient(app.url).post('/admin/login', { password: 'test-admin-password' });
    assert.equal(res.status, 403);
    assert.equal(res.headers.getSetCookie().some((c) => c.startsWith('tidemark_admin=')), false);
  });

  test('the right password signs in with a safe cookie whose value is not stored', async () => {
    const res = await admin.signIn();
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tidemark_admin='));
    assert.ok(cookie);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Strict/i);
    assert.match(cookie, /Path=\/admin/);
    assert.match(cookie, /Max-Age=43200/);
    assert.doesNotMatch(cookie, /Secure/i); // PUBLIC_URL is http here
    const value = admin.cookies.get('tidemark_admin')!;
    assert.equal(Buffer.from(value, 'base64url').length, 32);
    const [row] = await t.ctx.db.adminSession.findMany();
    assert.equal(row?.id, sha256(value));
    assert.notEqual(row?.id, value);
    const page = await admin.get('/admin');
    assert.equal(page.status, 200);
    const body = await page.text();
    assert.match(body, /Dashboard/);
    assert.match(body, /kr-us-jp-missile-warning/);
    csrf = hiddenField(body, '_csrf');
    assert.equal(csrf, row?.csrfToken);
  });
});

describe('CSRF', () => {
  test('a form without the token, or with a wrong one, is refused with a 403 page', async () => {
    const form = { url: 'http://127.0.0.1:9/csrf.xml', topic: 'kr-us-jp-missile-warning' };
    for (const extra of [{}, { _csrf: 'wrong' }, { _csrf: '' }] as Record<string, string>[]) {
      const res = await admin.post('/admin/feeds', { ...form, ...extra });
      assert.equal(res.status, 403);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await res.text(), /Forbidden/);
    }
    assert.equal(await t.ctx.db.feed.count(), 0);
  });

  test('a form sent from another origin is refused even with the token', async () => {
    const res = await admin.post('/admin/feeds', { url: 'http://127.0.0.1:9/o.xml', topic: 'kr-us-jp-missile-warning', _csrf: csrf }, { origin: 'https://evil.example' });
    assert.equal(res.status, 403);
    assert.equal(await t.ctx.db.feed.count(), 0);
  });
});

describe('feeds', () => {
  test('a feed added through the form is listed, with its title escaped', async () => {
    const url = 'http://127.0.0.1:9/feed.xml';
    const res = await admin.post('/admin/feeds', { url, topic: 'kr-us-jp-missile-warning', title: `Feed ${XSS}`, _csrf: csrf }, { origin: app.url });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/feeds?done=feed-added');
    const page = await (await admin.get('/admin/feeds?done=feed-added')).text();
    assert.match(page, /Feed added/);
    assert.ok(page.includes(`href="${url}" rel="noopener noreferrer nofollow"`));
    assert.ok(page.includes(`Feed ${ESCAPED}`));
    assert.ok(!page.includes(XSS));
  });

  test('form errors name the field and keep what was typed', async () => {
    const bad = await admin.post('/admin/feeds', { url: 'javascript:alert(1)', topic: 'kr-us-jp-missile-warning', _csrf: csrf });
    assert.equal(bad.status, 400);
    const page = await bad.text();
    assert.match(page, /class="error"[^>]*>url: must be an http\(s\) URL/);
    assert.match(page, /value="javascript:alert\(1\)"/);
    const dup = await admin.post('/admin/feeds', { url: 'http://127.0.0.1:9/feed.xml', topic: 'kr-us-jp-missile-warning', _csrf: csrf });
    assert.equal(dup.status, 400);
    assert.match(await dup.text(), /url: Feed http:\/\/127.0.0.1:9\/feed.xml is already followed/);
    const topic = await admin.post('/admin/feeds', { url: 'http://127.0.0.1:9/x.xml', topic: 'Not A Slug', _csrf: csrf });
    assert.equal(topic.status, 400);
    assert.match(await topic.text(), /topic: must be lowercase letters/);
  });

  test('a feed error from the network is shown escaped', async () => {
    await t.ctx.db.feed.updateMany({ data: { lastStatus: 'error', lastError: `HTTP 500 ${XSS}`, consecutiveFailures: 3 } });
    const page = await (await admin.get('/admin/feeds')).text();
    assert.ok(page.includes(`HTTP 500 ${ESCAPED}`));
    assert.ok(!page.includes(XSS));
    assert.match(page, /<td class="num">3<\/td>/);
  });

  test('disable, enable and check now', async () => {
    const feed = await t.ctx.db.feed.findFirstOrThrow();
    let res = await admin.post(`/admin/feeds/${feed.id}/disable`, { _csrf: csrf });
    assert.equal(res.status, 303);
    assert.equal((await t.ctx.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).enabled, false);
    assert.match(await (await admin.get('/admin/feeds')).text(), /status-disabled/);
    res = await admin.post(`/admin/feeds/${feed.id}/enable`, { _csrf: csrf });
    assert.equal(res.status, 303);
    assert.equal((await t.ctx.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).enabled, true);
    // Port 9 on 127.0.0.1 refuses: the check runs, fails, and says so on the page and in the runs.
    res = await admin.post(`/admin/feeds/${feed.id}/check`, { _csrf: csrf });
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /^\/admin\/feeds\?done=checked-(failed|partial)#feed-\d+$/);
    const after = await t.ctx.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
    assert.equal(after.lastStatus, 'error');
    const runs = await (await admin.get('/admin/runs')).text();
    assert.match(runs, /<td>admin<\/td>/);
    assert.match(runs, /status-failed/);
  });

  test('an unknown feed id is a 404 page, not a 500', async () => {
    const res = await admin.post('/admin/feeds/99999/check', { _csrf: csrf });
    assert.equal(res.status, 404);
    assert.match(await res.text(), /Feed 99999 not found/);
    assert.equal((await admin.post('/admin/feeds/abc/disable', { _csrf: csrf })).status, 400);
  });
});

describe('signing out', () => {
  test('sign-out needs the token, then ends the session for good', async () => {
    const value = admin.cookies.get('tidemark_admin')!;
    assert.equal((await admin.post('/admin/logout', {})).status, 403);
    const res = await admin.post('/admin/logout', { _csrf: csrf });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/login');
    assert.equal(admin.cookies.has('tidemark_admin'), false);
    assert.equal(await t.ctx.db.adminSession.count({ where: { id: sha256(value) } }), 0);
    // The old cookie value is worthless now.
    const replay = await fetch(`${app.url}/admin`, { redirect: 'manual', headers: { cookie: `tidemark_admin=${value}` } });
    assert.equal(replay.status, 303);
  });
});
