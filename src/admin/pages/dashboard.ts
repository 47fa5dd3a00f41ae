// The first page after sign-in: each topic with its counts, and the latest runs.
import type { RunDto } from '../../runs/store.ts';
import type { Notice } from '../form.ts';
import { html } from '../html.ts';
import { layout } from '../layout.ts';
import type { TopicCounts } from '../store.ts';
import { runsTable } from './runs.ts';

export function dashboardPage(view: { csrfToken: string; notice?: Notice; topics: TopicCounts[]; runs: RunDto[] }): string {
  const rows = view.topics.map(
    (t) => html`<tr>
<td><strong>${t.name}</strong><br><code>${t.slug}</code></td>
<td class="num"><a href="/admin/feeds?topic=${t.slug}">${t.feeds}</a></td>
<td class="num">${t.articles}</td>
<td class="num"><a href="/admin/milestones?topic=${t.slug}">${t.milestones}</a></td>
<td class="num"><a href="/admin/subscribers?topic=${t.slug}">${t.subscribers}</a></td>
</tr>`,
  );
  return layout(
    { title: 'Dashboard', active: 'dashboard', csrfToken: view.csrfToken, notice: view.notice },
    html`<h2>Topics</h2>
${view.topics.length ? html`<table><thead><tr><th>Topic</th><th class="num">Feeds</th><th class="num">Articles</th><th class="num">Milestones</th><th class="num">Subscribers</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">No topics yet. <a href="/admin/topics">Add one</a>.</p>`}
<h2>Latest runs</h2>
${runsTable(view.runs, false)}
<p><a href="/admin/runs">All runs</a></p>`,
  );
}
