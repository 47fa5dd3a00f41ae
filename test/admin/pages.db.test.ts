// Admin pages over HTTP on a real database: topics, subscribers, milestones with curation, runs, digest preview.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TestContext } from '../support/context.ts';
import { AdminClient, seedMilestones, signedInAdmin, type SignedIn } from './helpers.ts';

const XSS = '<script>alert(1)</script>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';

let t: TestContext;
let admin: AdminClient;
let csrf: string;
let session: SignedIn | undefined;

before(async () => {
  session = await signedInAdmin();
  ({ t, admin, csrf } = session);
});
after(async () => {
  await session?.close();
});

describe('topics and subscribers', () => {
  test('a topic is added with comma-separated terms; a bad slug names the field', async () => {
    const res = await admin.post('/admin/topics', { slug: 'gsomia', name: `GSOMIA ${XSS}`, terms: 'GSOMIA, intelligence pact ,', _csrf: csrf });
    assert.equal(res.status, 303);
    const topic = await t.ctx.db.topic.findUniqueOrThrow({ where: { slug: 'gsomia' } });
    assert.deepEqual(topic.terms, ['GSOMIA', 'intelligence pact']);
    const page = await (await admin.get('/admin/topics')).text();
    assert.ok(page.includes(`GSOMIA ${ESCAPED}`) && !page.includes(XSS));
    const bad = await admin.post('/admin/topics', { slug: 'Bad Slug', name: 'x', terms: 'a', _csrf: csrf });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /slug: must be lowercase/);
    const noTerms = await admin.post('/admin/topics', { slug: 'empty', name: 'x', terms: ' , ', _csrf: csrf });
    assert.equal(noTerms.status, 400);
    assert.match(await noTerms.text(), /terms: must list 1 to 200 terms/);
  });

  test('subscribers are added, listed and removed', async () => {
    const res = await admin.post('/admin/subscribers', { email: 'Analyst@Example.org', topic: 'kr-us-jp-missile-warning', _csrf: csrf });
    assert.equal(res.status, 303);
    let page = await (await admin.get('/admin/subscribers')).text();
    assert.match(page, /analyst@example\.org/);
    const bad = await admin.post('/admin/subscribers', { email: 'not-an-email', topic: 'kr-us-jp-missile-warning', _csrf: csrf });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /email: must be an email address/);
    const sub = await t.ctx.db.subscriber.findFirstOrThrow();
    assert.equal((await admin.post(`/admin/subscribers/${sub.id}/remove`, { _csrf: csrf })).status, 303);
    page = await (await admin.get('/admin/subscribers')).text();
    assert.doesNotMatch(page, /analyst@example\.org/);
  });
});

describe('milestones, runs and digest', () => {
  test('milestones show their evidence with quotes, outlets and links, all escaped', async () => {
    assert.ok((await seedMilestones(t.ctx, { outlet: `Evil ${XSS} Times` })) > 0);
    const ev = await t.ctx.db.evidence.findFirstOrThrow();
    await t.ctx.db.evidence.update({ where: { id: ev.id }, data: { quote: `They agreed ${XSS} to share data.` } });
    const conflict = [
      { date: '2023-06-03', precision: 'day', sources: [{ outlet: 'Defense Ministries Press Office' }, { outlet: `Wire ${XSS}` }] },
      { date: '2023-06-04', precision: 'day', sources: [{ outlet: 'Pacific Ledger' }] },
    ];
    await t.ctx.db.milestone.updateMany({ where: { title: { contains: 'defence ministers' } }, data: { conflict } });
    const res = await admin.get('/admin/milestones?topic=kr-us-jp-missile-warning');
    assert.equal(res.status, 200);
    const page = await res.text();
    assert.ok(page.includes(`They agreed ${ESCAPED} to share data.`));
    assert.ok(page.includes(`Evil ${ESCAPED} Times`));
    assert.ok(!page.includes(XSS));
    assert.match(page, /<blockquote>/);
    assert.match(page, /rel="noopener noreferrer nofollow"/);
    assert.match(page, /Phnom Penh/);
    assert.match(page, /pledge open<\/span> <small>due 2023-12-31/);
    assert.match(page, /Sources disagree on the date:.*<strong>2023-06-03<\/strong> — Defense Ministries Press Office, Wire &lt;script&gt;/s);
    assert.match(page, /importance \d/);
  });

  test('a milestone can be pinned and rejected from the page', async () => {
    const m = await t.ctx.db.milestone.findFirstOrThrow({ where: { title: { contains: 'Phnom Penh' } } });
    let res = await admin.post(`/admin/milestones/${m.id}/pin?topic=kr-us-jp-missile-warning`, { _csrf: csrf });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/milestones?topic=kr-us-jp-missile-warning&done=milestone-pin');
    assert.equal((await t.ctx.db.milestone.findFirstOrThrow({ where: { key: m.key } })).pinned, true);
    const pinned = await t.ctx.db.milestone.findFirstOrThrow({ where: { key: m.key } });
    res = await admin.post(`/admin/milestones/${pinned.id}/reject?topic=kr-us-jp-missile-warning`, { _csrf: csrf });
    assert.equal(res.status, 303);
    assert.equal(await t.ctx.db.milestone.count({ where: { key: m.key } }), 0);
    assert.doesNotMatch(await (await admin.get('/admin/milestones')).text(), /Phnom Penh/);
    assert.equal((await admin.post(`/admin/milestones/${m.id}/explode`, { _csrf: csrf })).status, 400);
  });

  test('dashboard counts, runs page and digest preview render', async () => {
    const dash = await (await admin.get('/admin')).text();
    // The shipped topic: no feeds, the 5 demo articles, 3 milestones left after the rejection, 0 subscribers.
    const row = dash.split('<tr>').find((r) => r.includes('<code>kr-us-jp-missile-warning</code>')) ?? '';
    const counts = [...row.matchAll(/<td class="num">(?:<a [^>]+>)?(\d+)/g)].map((m) => Number(m[1]));
    assert.deepEqual(counts, [0, 5, 3, 0]);
    assert.equal((await admin.get('/admin/runs?kind=ingest')).status, 200);
    assert.equal((await admin.get('/admin/runs?kind=bogus')).status, 400);
    const digest = await admin.get('/admin/digest?topic=kr-us-jp-missile-warning');
    assert.equal(digest.status, 200);
    const page = await digest.text();
    assert.match(page, /<pre class="mail">/);
    assert.match(page, /<iframe class="mail" sandbox=""/);
    const frame = await admin.get('/admin/digest/html?topic=kr-us-jp-missile-warning');
    assert.equal(frame.status, 200);
    assert.match(frame.headers.get('content-security-policy') ?? '', /sandbox/);
    assert.match(frame.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal((await admin.get('/admin/digest?topic=no-such-topic')).status, 404);
  });
});
