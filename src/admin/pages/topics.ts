// Topics: the list and a form to add one (slug, name, comma-separated terms).
import type { Notice } from '../form.ts';
import { html } from '../html.ts';
import { csrfInput, layout } from '../layout.ts';
import type { FormValues } from './controls.ts';

export interface TopicsView {
  csrfToken: string;
  notice?: Notice;
  error?: string;
  topics: { slug: string; name: string; terms: string[] }[];
  form?: FormValues;
}

export function topicsPage(view: TopicsView): string {
  const form = view.form ?? {};
  const rows = view.topics.map(
    (t) => html`<tr><td><strong>${t.name}</strong></td><td><code>${t.slug}</code></td><td class="wrap">${t.terms.join(', ')}</td>
<td class="actions"><a href="/admin/feeds?topic=${t.slug}">feeds</a> · <a href="/admin/milestones?topic=${t.slug}">milestones</a></td></tr>`,
  );
  return layout(
    { title: 'Topics', active: 'topics', csrfToken: view.csrfToken, notice: view.notice, error: view.error },
    html`<form method="post" action="/admin/topics" class="card">
<h2>Add a topic</h2>
${csrfInput(view.csrfToken)}
<div class="fields">
<label>Slug <input name="slug" required pattern="[a-z0-9][a-z0-9\\-]{0,79}" placeholder="kr-us-jp-missile-warning" value="${form.slug ?? ''}"></label>
<label>Name <input name="name" required maxlength="200" value="${form.name ?? ''}"></label>
<label class="wide">Terms <small class="muted">(comma-separated)</small> <input name="terms" required placeholder="missile warning, early warning data" value="${form.terms ?? ''}"></label>
</div>
<button type="submit">Add topic</button>
</form>
<h2>Topics</h2>
${view.topics.length ? html`<table><thead><tr><th>Name</th><th>Slug</th><th>Terms</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">No topics yet.</p>`}`,
  );
}
