// Plain-text views for the terminal.
import type { FeedDto } from '../feeds/present.ts';

export function formatFeeds(feeds: FeedDto[]): string {
  if (!feeds.length) return 'No feeds.';
  return feeds
    .map((f) => {
      const state = !f.enabled ? `disabled (${f.disabledReason ?? ''})` : (f.lastStatus ?? 'never checked');
      const err = f.lastError ? `\n      last error [${f.lastErrorCode}]: ${f.lastError}` : '';
      return `${String(f.id).padStart(4)}  ${f.topic}  ${f.url}\n      ${state}; next check ${f.nextCheckAt}${err}`;
    })
    .join('\n');
}

interface TimelineLike {
  topic: { slug: string; name: string };
  milestones: Array<{ date: string; title: string; status: string; kind: string; evidence: unknown[] }>;
}

export function formatTimeline(t: TimelineLike): string {
  const lines = t.milestones.map((m) => `${m.date.padEnd(10)}  ${m.status === 'planned' ? '[planned] ' : ''}${m.title}  (${m.kind}; ${m.evidence.length} source${m.evidence.length === 1 ? '' : 's'})`);
  return [`${t.topic.name} (${t.topic.slug})`, ...(lines.length ? lines : ['No milestones yet.'])].join('\n');
}
