// Read-only pages: dashboard, runs, digest preview (and the preview's HTML mail, framed by the digest page).
import { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { previewDigest } from '../../digest/service.ts';
import { slug } from '../../feeds/schema.ts';
import { parseInput } from '../../http/validate.ts';
import { recentRuns, RUN_KINDS } from '../../runs/service.ts';
import { allTopics } from '../../topics/service.ts';
import { noticeOf } from '../form.ts';
import { dashboardPage } from '../pages/dashboard.ts';
import { digestPage } from '../pages/digest.ts';
import { runsPage } from '../pages/runs.ts';
import { dashboard } from '../service.ts';
import { sessionOf } from '../session.ts';

const runsQuery = z.object({ kind: z.enum(RUN_KINDS).optional() });
const topicQuery = z.object({ topic: slug.optional() });
const oneTopicQuery = z.object({ topic: slug });

// The mail's own inline styles may apply inside the frame; nothing else may load or run there.
const MAIL_FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'";

export function reportRoutes(ctx: AppContext): Router {
  const r = Router();
  r.get('/', async (req, res) => {
    res.send(dashboardPage({ csrfToken: sessionOf(res).csrfToken, notice: noticeOf(req), ...(await dashboard(ctx)) }));
  });
  r.get('/runs', async (req, res) => {
    const { kind } = parseInput(runsQuery, req.query, 'query');
    res.send(runsPage({ csrfToken: sessionOf(res).csrfToken, runs: await recentRuns(ctx, { kind, limit: 50 }), kind }));
  });
  r.get('/digest', async (req, res) => {
    const { topic } = parseInput(topicQuery, req.query, 'query');
    const [previews, topics] = [await previewDigest(ctx, { topicSlug: topic }), await allTopics(ctx)];
    res.send(digestPage({ csrfToken: sessionOf(res).csrfToken, previews, topics, topic }));
  });
  r.get('/digest/html', async (req, res) => {
    const { topic } = parseInput(oneTopicQuery, req.query, 'query');
    const [preview] = await previewDigest(ctx, { topicSlug: topic });
    res.set({ 'Content-Security-Policy': MAIL_FRAME_CSP, 'X-Frame-Options': 'SAMEORIGIN' });
    res.type('html').send(preview?.html ?? '');
  });
  return r;
}
