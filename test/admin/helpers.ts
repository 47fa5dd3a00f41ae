// An admin "browser" over fetch: keeps the cookies the admin page sets and reads the form tokens.
import assert from 'node:assert/strict';
import type { AppContext } from '../../src/context.ts';
import { extractMilestonesForArticles } from '../../src/milestones/service.ts';
import { defaultTopic } from '../../src/topics/defaults.ts';
import { getTopic } from '../../src/topics/service.ts';
import { demoArticles } from '../milestones/demo-pages.ts';
import { ADMIN_PASSWORD, createTestContext, startApp, type TestContext, type TestServer } from '../support/context.ts';

export class AdminClient {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async get(path: string): Promise<Response> {
    const res = await fetch(`${this.base}${path}`, { redirect: 'manual', headers: { cookie: this.cookieHeader() } });
    this.remember(res);
    return res;
  }

  async post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });
    this.remember(res);
    return res;
  }

  /** Opens the sign-in page and sends the password; returns the POST's response. */
  async signIn(password = ADMIN_PASSWORD): Promise<Response> {
    const page = await (await this.get('/admin/login')).text();
    return this.post('/admin/login', { _login: hiddenField(page, '_login'), password });
  }

  /** The CSRF token of the signed-in session, read from a page's form. */
  async csrf(): Promise<string> {
    const res = await this.get('/admin');
    assert.equal(res.status, 200, 'signed in');
    return hiddenField(await res.text(), '_csrf');
  }
}

export function hiddenField(page: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]+)"`).exec(page);
  assert.ok(match?.[1], `hidden field ${name} on the page`);
  return match[1];
}

/** Stores the demo articles for the shipped topic and extracts their milestones, as ingestion would. */
export async function seedMilestones(ctx: AppContext, opts: { outlet?: string } = {}): Promise<number> {
  const topic = await getTopic(ctx, defaultTopic.slug);
  const ids: number[] = [];
  for (const [i, a] of demoArticles().entries()) {
    const row = await ctx.db.article.create({
      data: {
        topicId: topic.id,
        canonicalUrl: a.url,
        url: a.url,
        outlet: i === 0 && opts.outlet ? opts.outlet : a.outlet,
        language: a.language,
        publishedAt: a.publishedAt,
        fetchedAt: a.publishedAt,
        text: a.text,
        contentHash: `demo-${i}`,
        status: 'relevant',
        relevance: 1,
      },
    });
    ids.push(row.id);
  }
  return (await extractMilestonesForArticles(ctx, topic.id, ids)).milestones;
}

export interface SignedIn {
  t: TestContext;
  app: TestServer;
  admin: AdminClient;
  csrf: string;
  close(): Promise<void>;
}

/** A fresh database and app with an admin signed in. The demo story's "now": its year-end pledge is still open. */
export async function signedInAdmin(now = '2023-06-10T00:00:00Z'): Promise<SignedIn> {
  const t = await createTestContext({ now });
  const app = await startApp(t.ctx);
  const admin = new AdminClient(app.url);
  assert.equal((await admin.signIn()).status, 303);
  const csrf = await admin.csrf();
  return { t, app, admin, csrf, close: async () => { await app.close(); await t.close(); } };
}
