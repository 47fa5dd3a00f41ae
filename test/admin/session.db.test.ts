// Admin sessions over HTTP: the sign-in limit, the 12 h lifetime, Secure cookies behind https.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createTestContext, startApp } from '../support/context.ts';
import { AdminClient } from './helpers.ts';

describe('limits and deployment', () => {
  test('after 5 failed sign-ins in a minute even the right password waits, then works again', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const t = await createTestContext({ clock: { now: () => now } });
    const server = await startApp(t.ctx);
    try {
      const c = new AdminClient(server.url);
      for (let i = 0; i < 5; i++) assert.equal((await c.signIn('wrong-password')).status, 401);
      const res = await c.signIn();
      assert.equal(res.status, 429);
      const wait = Number(res.headers.get('retry-after'));
      assert.ok(wait > 0 && wait <= 60, `Retry-After ${wait}`);
      assert.match(await res.text(), /Too many failed sign-ins/);
      assert.equal(c.cookies.has('tidemark_admin'), false);
      now = new Date('2026-01-01T00:01:00Z');
      assert.equal((await c.signIn()).status, 303);
    } finally {
      await server.close();
      await t.close();
    }
  });

  test('sessions expire after 12 hours', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const clocked = await createTestContext({ clock: { now: () => now } });
    const server = await startApp(clocked.ctx);
    try {
      const c = new AdminClient(server.url);
      assert.equal((await c.signIn()).status, 303);
      now = new Date('2026-01-01T11:59:00Z');
      assert.equal((await c.get('/admin')).status, 200);
      now = new Date('2026-01-01T12:00:01Z');
      assert.equal((await c.get('/admin')).status, 303);
    } finally {
      await server.close();
      await clocked.close();
    }
  });

  test('cookies are Secure when the public URL is https', async () => {
    const secure = await createTestContext({ env: { PUBLIC_URL: 'https://tidemark.example' } });
    const server = await startApp(secure.ctx);
    try {
      const c = new AdminClient(server.url);
      const res = await c.signIn();
      assert.equal(res.status, 303);
      const cookie = res.headers.getSetCookie().find((x) => x.startsWith('tidemark_admin='));
      assert.match(cookie ?? '', /;\s*Secure/i);
      // A form posted from the public origin is accepted.
      const token = await c.csrf();
      const ok = await c.post('/admin/topics', { slug: 'from-public', name: 'x', terms: 'a', _csrf: token }, { origin: 'https://tidemark.example' });
      assert.equal(ok.status, 303);
    } finally {
      await server.close();
      await secure.close();
    }
  });
});
