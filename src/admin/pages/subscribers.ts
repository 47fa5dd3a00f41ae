// Digest subscribers: the list, a form to add one and a remove button each.
import type { Subscriber } from '../../subscribers/service.ts';
import type { Notice } from '../form.ts';
import { html, when } from '../html.ts';
import { csrfInput, layout, postButton } from '../layout.ts';
import { topicFilter, topicSelect, type FormValues, type TopicOption } from './controls.ts';

export interface SubscribersView {
  csrfToken: string;
  notice?: Notice;
  error?: string;
  subscribers: Subscriber[];
  topics: TopicOption[];
  topic?: string;
  form?: FormValues;
}

export function subscribersPage(view: SubscribersView): string {
  const form = view.form ?? {};
  const rows = view.subscribers.map(
    (s) => html`<tr><td>${s.email}</td><td><code>${s.topic}</code></td>
<td>${s.active ? html`<span class="status status-ok">active</span>` : html`<span class="status status-disabled">unsubscribed</span> <small class="muted">${when(s.unsubscribedAt)}</small>`}</td>
<td>${when(s.subscribedAt)}</td>
<td class="actions">${postButton(`/admin/subscribers/${s.id}/remove`, 'Remove', view.csrfToken, 'danger')}</td></tr>`,
  );
  return layout(
    { title: 'Subscribers', active: 'subscribers', csrfToken: view.csrfToken, notice: view.notice, error: view.error },
    html`<form method="post" action="/admin/subscribers" class="card">
<h2>Add a subscriber</h2>
${csrfInput(view.csrfToken)}
<div class="fields">
<label>Email <input name="email" type="email" required value="${form.email ?? ''}"></label>
<label>Topic ${topicSelect(view.topics, form.topic ?? view.topic)}</label>
</div>
<button type="submit">Subscribe</button>
</form>
<h2>Subscribers</h2>
${topicFilter('/admin/subscribers', view.topics, view.topic)}
${view.subscribers.length ? html`<table><thead><tr><th>Email</th><th>Topic</th><th>State</th><th>Since</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="muted">No subscribers${view.topic ? ' for this topic' : ''}.</p>`}`,
  );
}
