// The subscriber API and the digest preview, through a real HTTP server on a real database.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { previewDigest, type DigestPreview } from '../../src/digest/service.ts';
import { subscribe, unsubscribe, type Subscriber } from '../../src/subscribers/service.ts';
import { addArticle, addMilestone, API_TOKEN, startDigestEnv, TOPIC, type DigestTestEnv } from './helpers.ts';

let env: DigestTestEnv;
beforeEach(async () => {
  env = await startDigestEnv({ now: '2026-03-08T00:00:00Z' });
});
afterEach(() => env.close());

interface ApiBody {
  error: { code: string; message: string; field?: string };
  subscriber: Subscriber;
  subscribers: Subscriber[];
  previews: DigestPreview[];
}
const json = (r: Response) => r.json() as Promise<ApiBody>;

const auth = { authorization: `Bearer ${API_TOKEN}`, 'content-type': 'application/json' };
const api = (path: string, init: RequestInit = {}) => fetch(`${env.appUrl}${path}`, { ...init, headers: { ...auth, ...init.headers } });
const post = (body: unknown, headers: Record<string, string> = {}) => api('/api/subscribers', { method: 'POST', body: JSON.stringify(body), headers });

test('POST /api/subscribers validates, needs the token, and is idempotent', async () => {
  const noToken = await fetch(`${env.appUrl}/api/subscribers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal(noToken.status, 401);
  assert.equal((await json(noToken)).error.code, 'unauthorized');

  const bad = await post({ email: 'not-an-email', topic: TOPIC.slug });
  assert.equal(bad.status, 400);
  assert.deepEqual((await json(bad)).error, { code: 'validation_failed', message: 'body.email: must be an email address', field: 'email' });
  const unknownTopic = await post({ email: 'a@example.test', topic: 'nope' });
  assert.equal(unknownTopic.status, 404);
  assert.equal((await json(unknownTopic)).error.code, 'not_found');

  const first = await post({ email: ' Ann@Example.TEST ', topic: TOPIC.slug });
  assert.equal(first.status, 201);
  const { subscriber } = await json(first);
  assert.deepEqual({ ...subscriber, id: 0 }, {
    id: 0,
    email: 'ann@example.test',
    topic: TOPIC.slug,
    active: true,
    subscribedAt: '2026-03-08T00:00:00.000Z',
    unsubscribedAt: null,
  });
  const second = await json(await post({ email: 'ann@example.test', topic: TOPIC.slug }));
  assert.equal(second.subscriber.id, subscriber.id);
  assert.equal(await env.ctx.db.subscriber.count(), 1);
});

test('GET lists without tokens, DELETE removes, and re-subscribing re-activates with a fresh window', async () => {
  const a = await subscribe(env.ctx, { email: 'a@example.test', topicSlug: TOPIC.slug });
  await subscribe(env.ctx, { email: 'b@example.test', topicSlug: TOPIC.slug });
  assert.equal((await fetch(`${env.appUrl}/api/subscribers`)).status, 401);
  const list = await json(await api(`/api/subscribers?topic=${TOPIC.slug}`));
  assert.deepEqual(list.subscribers.map((s) => s.email), ['a@example.test', 'b@example.test']);
  assert.ok(!JSON.stringify(list).includes('oken'), 'unsubscribe tokens never leave the server');
  assert.equal((await api('/api/subscribers?topic=nope')).status, 404);

  const row = await env.ctx.db.subscriber.findFirstOrThrow({ where: { id: a.id } });
  env.clock.set('2026-03-09T00:00:00Z');
  assert.equal((await unsubscribe(env.ctx, row.unsubscribeToken)).alreadyUnsubscribed, false);
  env.clock.set('2026-03-10T00:00:00Z');
  const back = await subscribe(env.ctx, { email: 'a@example.test', topicSlug: TOPIC.slug });
  assert.deepEqual([back.id, back.active, back.subscribedAt, back.unsubscribedAt], [a.id, true, '2026-03-10T00:00:00.000Z', null]);

  assert.equal((await api(`/api/subscribers/${a.id}`, { method: 'DELETE' })).status, 204);
  const gone = await api(`/api/subscribers/${a.id}`, { method: 'DELETE' });
  assert.equal(gone.status, 404);
  assert.equal((await json(gone)).error.code, 'not_found');
  assert.equal((await api('/api/subscribers/abc', { method: 'DELETE' })).status, 400);
  assert.equal(await env.ctx.db.subscriber.count(), 1);
});

test('previewDigest shows the next digest without sending or recording anything', async () => {
  await addArticle(env.ctx.db, env.topicId, { title: 'Preview <b>item</b>', createdAt: '2026-03-07T12:00:00Z' });
  await addArticle(env.ctx.db, env.topicId, { title: 'Too old for the preview', createdAt: '2026-03-01T00:00:00Z' });
  await addMilestone(env.ctx.db, env.topicId, { title: 'Pledge B', date: '2026-09', createdAt: '2026-03-01T00:00:00Z', pledgeStatus: 'open', deadline: '2026-09-30' });
  await addMilestone(env.ctx.db, env.topicId, { title: 'Pledge A', date: '2026-06', createdAt: '2026-03-01T00:00:00Z', pledgeStatus: 'open', deadline: '2026-06-30' });
  const [p] = await previewDigest(env.ctx, { topicSlug: TOPIC.slug });
  assert.equal(p?.topic.slug, TOPIC.slug);
  assert.equal(p?.hasNews, true);
  assert.equal(p?.subject, `${TOPIC.name}: 0 new milestones, 1 article (2026-03-08)`);
  assert.ok(p?.html.includes('Preview &lt;b&gt;item&lt;/b&gt;'));
  assert.ok(p?.text.includes('Preview <b>item</b>') && !p.text.includes('Too old'));
  assert.ok(p?.text.includes('- Pledge A, due 2026-06-30\n- Pledge B, due 2026-09-30'), 'soonest deadline first');
  assert.equal(await env.ctx.db.digestDelivery.count(), 0);

  const viaApi = await json(await api(`/api/digest/preview?topic=${TOPIC.slug}`));
  assert.equal(viaApi.previews[0]?.subject, p?.subject);
  await assert.rejects(previewDigest(env.ctx, { topicSlug: 'nope' }), { code: 'not_found' });
});
