// Curation from the admin page over HTTP on a real database: edit, merge and split a milestone extracted from
// the demo articles, show the form errors naming the field, refuse forms without the CSRF token, and check that
// every decision still holds after the topic is re-extracted.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { reextractTopic } from '../../src/milestones/service.ts';
import { getTimeline } from '../../src/timeline/service.ts';
import type { TestContext } from '../support/context.ts';
import { AdminClient, seedMilestones, signedInAdmin, type SignedIn } from './helpers.ts';

const SLUG = 'kr-us-jp-missile-warning';
const XSS = '<script>alert(1)</script>';

let t: TestContext;
let admin: AdminClient;
let csrf: string;
let session: SignedIn | undefined;

before(async () => {
  session = await signedInAdmin();
  ({ t, admin, csrf } = session);
  assert.ok((await seedMilestones(t.ctx)) > 0);
});
after(async () => {
  await session?.close();
});

const milestones = async () => (await getTimeline(t.ctx, SLUG)).milestones;
const byKey = async (key: string) => (await milestones()).find((m) => m.key === key);
const articlesOf = (m: { evidence: { articleId: number }[] } | undefined) => [...new Set(m?.evidence.map((e) => e.articleId))].sort();
const curations = () => t.ctx.db.curation.count();
/** The demo story's milestones, found by what they are rather than by their order. */
const find = async (what: 'agreement' | 'summit' | 'pledge' | 'ministers') => {
  const all = await milestones();
  const m = all.find((x) =>
    what === 'agreement' ? x.kind === 'agreement' : what === 'pledge' ? x.status === 'planned' : x.title.includes(what === 'summit' ? 'Phnom Penh' : 'defence ministers'),
  );
  assert.ok(m, `the demo ${what} milestone`);
  return m;
};
/** Keys the re-extraction test looks for: the merged-away milestone and the split-off one. */
const decided = { mergedAway: '', splitOff: '' };

/** The edit form as the browser sends it: every field, prefilled with the milestone's values. */
async function editForm(id: number, changes: Record<string, string>): Promise<Record<string, string>> {
  const m = (await milestones()).find((x) => x.id === id)!;
  return { title: m.title, date: m.date, kind: m.kind, status: m.status, deadline: m.pledge?.dueDate ?? '', ...changes, _csrf: csrf };
}

test('the curation page offers edit, merge into another milestone, and split by article', async () => {
  const [agreement, summit] = [await find('agreement'), await find('summit')];
  const res = await admin.get(`/admin/milestones/${summit.id}`);
  assert.equal(res.status, 200);
  const page = await res.text();
  assert.match(page, /<form method="post" action="\/admin\/milestones\/\d+\/edit"/);
  assert.ok(page.includes(`value="${summit.date}"`));
  assert.ok(page.includes(`<option value="${agreement.key}">${agreement.date} — ${agreement.title}</option>`));
  assert.ok(!page.includes(`<option value="${summit.key}">`), 'not merged into itself');
  for (const id of articlesOf(summit)) assert.ok(page.includes(`name="articleIds" value="${id}"`));
  assert.equal(page.match(/name="_csrf"/g)?.length, 6); // sign-out, pin, reject, edit, merge, split
  const list = await (await admin.get(`/admin/milestones?topic=${SLUG}`)).text();
  assert.ok(list.includes(`href="/admin/milestones/${summit.id}"`));
  assert.equal((await admin.get('/admin/milestones/999999')).status, 404);
});

test('editing keeps only the changed fields and shows the milestone as edited', async () => {
  const agreement = await find('agreement');
  const res = await admin.post(`/admin/milestones/${agreement.id}/edit`, await editForm(agreement.id, { title: `TISA signed ${XSS}`, date: '2014-12-29' }));
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `/admin/milestones?topic=${SLUG}&done=milestone-edit#milestone-${agreement.id}`);
  const record = await t.ctx.db.curation.findFirstOrThrow({ orderBy: { id: 'desc' } });
  assert.deepEqual(record.payload, { action: 'edit', title: `TISA signed ${XSS}`, date: '2014-12-29' });
  const list = await (await admin.get(`/admin/milestones?topic=${SLUG}&done=milestone-edit`)).text();
  assert.match(list, /Milestone edited/);
  assert.ok(list.includes('TISA signed &lt;script&gt;alert(1)&lt;/script&gt;') && !list.includes(XSS));
  assert.match(list, /<time>2014-12-29<\/time>/);
  assert.match(list, /class="tag curated"[^>]*>edited</);
  const before = await curations();
  const same = await admin.post(`/admin/milestones/${agreement.id}/edit`, await editForm(agreement.id, {}));
  assert.equal(same.status, 303);
  assert.match(same.headers.get('location') ?? '', /done=milestone-unchanged/);
  assert.equal(await curations(), before, 'nothing recorded');
});

test('a bad edit re-shows the form with a 400 naming the field, and records nothing', async () => {
  const pledge = await find('pledge');
  const before = await curations();
  const cases: [Record<string, string>, RegExp][] = [
    [{ date: '10 June 2023' }, /date: must be YYYY, YYYY-MM or YYYY-MM-DD/],
    [{ date: '2023-02-30' }, /date: 2023-02-30 is not a date on the calendar/],
    [{ title: '' }, /title: must not be empty/],
    [{ deadline: '2023-12' }, /deadline: must be YYYY-MM-DD/],
    [{ kind: 'party' }, /kind: /],
    [{ status: 'rumoured' }, /status: /],
  ];
  for (const [changes, message] of cases) {
    const res = await admin.post(`/admin/milestones/${pledge.id}/edit`, await editForm(pledge.id, changes));
    assert.equal(res.status, 400, JSON.stringify(changes));
    const page = await res.text();
    assert.match(page, message);
    assert.match(page, /<p class="error" role="alert">/);
    assert.match(page, /<label class="[^"]*invalid/);
  }
  const typed = await (await admin.post(`/admin/milestones/${pledge.id}/edit`, await editForm(pledge.id, { date: '2023-02-30' }))).text();
  assert.ok(typed.includes('value="2023-02-30"'), 'what was typed is shown again');
  assert.equal(await curations(), before);
});

test('forms without the CSRF token are refused with 403 and change nothing', async () => {
  const [agreement, summit] = [await find('agreement'), await find('summit')];
  const before = await curations();
  const { _csrf: _dropped, ...noToken } = await editForm(agreement.id, { title: 'Forged' });
  assert.equal((await admin.post(`/admin/milestones/${agreement.id}/edit`, noToken)).status, 403);
  assert.equal((await admin.post(`/admin/milestones/${agreement.id}/merge`, { into: summit.key })).status, 403);
  assert.equal((await admin.post(`/admin/milestones/${summit.id}/split`, { articleIds: '4', _csrf: 'wrong' })).status, 403);
  assert.equal(await curations(), before);
});

test('merging moves the sources into the chosen milestone; a missing or self target names the field', async () => {
  const [pledge, ministers] = [await find('pledge'), await find('ministers')];
  let res = await admin.post(`/admin/milestones/${pledge.id}/merge`, { into: '', _csrf: csrf });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /into: choose the milestone to merge into/);
  res = await admin.post(`/admin/milestones/${pledge.id}/merge`, { into: pledge.key, _csrf: csrf });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /into: Cannot merge a milestone into itself/);
  res = await admin.post(`/admin/milestones/${pledge.id}/merge`, { into: 'no:such-key', _csrf: csrf });
  assert.equal(res.status, 400);
  assert.match(await res.text(), /into: No milestone with key/);
  res = await admin.post(`/admin/milestones/${pledge.id}/merge`, { into: ministers.key, _csrf: csrf });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `/admin/milestones?topic=${SLUG}&done=milestone-merge`);
  assert.equal(await byKey(pledge.key), undefined);
  decided.mergedAway = pledge.key;
  const merged = await byKey(ministers.key);
  assert.equal(merged!.id, ministers.id);
  assert.ok(merged!.curated);
  assert.ok(merged!.evidence.length > ministers.evidence.length);
});

test('splitting moves the ticked articles to a milestone of their own; it must leave at least one', async () => {
  const summit = await find('summit');
  const own = articlesOf(summit);
  const bad: [Record<string, string | string[]>, RegExp][] = [
    [{}, /articleIds: tick at least one article/],
    [{ articleIds: '999' }, /articleIds: only this milestone/],
  ];
  for (const [form, message] of bad) {
    const res = await admin.post(`/admin/milestones/${summit.id}/split`, { ...(form as Record<string, string>), _csrf: csrf });
    assert.equal(res.status, 400);
    assert.match(await res.text(), message);
  }
  // every article ticked: URLSearchParams repeats the field as a browser does
  const all = new URLSearchParams([['_csrf', csrf], ...own.map((id): [string, string] => ['articleIds', String(id)])]);
  const everyOne = await fetch(`${session!.app.url}/admin/milestones/${summit.id}/split`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: admin.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    body: all.toString(),
  });
  assert.equal(everyOne.status, 400);
  assert.match(await everyOne.text(), /articleIds: leave at least one article/);

  const moved = own[own.length - 1]!;
  const res = await admin.post(`/admin/milestones/${summit.id}/split`, { articleIds: String(moved), _csrf: csrf });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `/admin/milestones?topic=${SLUG}&done=milestone-split#milestone-${summit.id}`);
  const rest = await byKey(summit.key);
  assert.deepEqual(articlesOf(rest), own.filter((id) => id !== moved));
  const apart = await byKey(`${summit.key}~${moved}`);
  assert.deepEqual(articlesOf(apart), [moved]);
  decided.splitOff = apart!.key;
});

test('after re-extraction the timeline still shows the edit, the merge and the split', async () => {
  const before = await milestones();
  assert.deepEqual(await reextractTopic(t.ctx, SLUG), { milestones: 0, evidence: 0, topics: 1 });
  // Even from scratch: milestones deleted, then rebuilt from the stored articles and the recorded decisions.
  await t.ctx.db.milestone.deleteMany({});
  await reextractTopic(t.ctx, SLUG);
  const after = await milestones();
  const shape = (ms: typeof before) => ms.map((m) => ({ key: m.key, date: m.date, title: m.title, curated: m.curated, articles: articlesOf(m) }));
  assert.deepEqual(shape(after), shape(before));
  const edited = after.find((m) => m.kind === 'agreement');
  assert.equal(edited?.title, `TISA signed ${XSS}`);
  assert.equal(edited?.precision, 'day');
  assert.ok(decided.mergedAway && decided.splitOff);
  assert.equal(await byKey(decided.mergedAway), undefined, 'the merged pledge stays merged');
  assert.ok(await byKey(decided.splitOff), 'the split-off milestone stays apart');
  const list = await (await admin.get(`/admin/milestones?topic=${SLUG}`)).text();
  assert.match(list, /<time>2014-12-29<\/time>/);
});
