// Feeds: the add form and the list with each feed's health and its actions.
import type { FeedDto } from '../../feeds/present.ts';
import type { Notice } from '../form.ts';
import { externalLink, html, when, type Html } from '../html.ts';
import { csrfInput, layout, postButton } from '../layout.ts';
import { topicFilter, topicSelect, type FormValues, type TopicOption } from './controls.ts';

export interface FeedsView {
  csrfToken: string;
  notice?: Notice;
  error?: string;
  feeds: FeedDto[];
  topics: TopicOption[];
  topic?: string; // list filter
  form?: FormValues; // values to show again after a form error
}

function state(f: FeedDto): Html {
  if (!f.enabled) return html`<span class="status status-disabled">disabled</span>${f.disabledReason ? html`<br><small class="muted">${f.disabledReason}</small>` : ''}`;
  if (!f.lastStatus) return html`<span class="status">new</span>`;
  return html`<span class="status status-${f.lastStatus}">${f.lastStatus}</span>${f.lastHttpStatus ? html` <small class="muted">HTTP ${f.lastHttpStatus}</small>` : ''}`;
}

function feedRow(f: FeedDto, csrfToken: string): Html {
  const toggle = f.enabled
    ? postButton(`/admin/feeds/${f.id}/disable`, 'Disable', csrfToken, 'secondary')
    : postButton(`/admin/feeds/${f.id}/enable`, 'Enable', csrfToken, 'secondary');
  return html`<tr id="feed-${f.id}">
<td class="wrap">${f.title ? html`<strong>${f.title}</strong><br>` : ''}<small>${externalLink(f.url)}</small></td>
<td><code>${f.topic}</code></td>
<td>${state(f)}</td>
<td>${when(f.lastCheckedAt) || html`<span class="muted">never</span>`}</td>
<td>${f.enabled ? when(f.nextCheckAt) : ''}</td>
<td class="num">${f.consecutiveFailures}</td>
<td class="wrap">${f.lastError ? html`${f.lastErrorCode ? html`<code>${f.lastErrorCode}</code> ` : ''}${f.lastError}` : ''}</td>
<td class="actions">${postButton(`/admin/feeds/${f.id}/check`, 'Check now', csrfToken)} ${toggle}</td>
</tr>`;
}

export function feedsPage(view: FeedsView): string {
  const form = view.form ?? {};
  const list = view.feeds.length
    ? html`<table class="feeds"><thead><tr><th>Feed</th><th>Topic</th><th>Status</th><th>Last check</th><th>Next check</th><th class="num">Failures</th><th>Last error</th><th></th></tr></thead>
<tbody>${view.feeds.map((f) => feedRow(f, view.csrfToken))}</tbody></table>`
    : html`<p class="muted">No feeds${view.topic ? ' for this topic' : ''} yet.</p>`;
  return layout(
    { title: 'Feeds', active: 'feeds', csrfToken: view.csrfToken, notice: view.notice, error: view.error },
    html`<form method="post" action="/admin/feeds" class="card">
<h2>Add a feed</h2>
${csrfInput(view.csrfToken)}
<div class="fields">
<label>Feed URL <input name="url" type="url" required placeholder="https://example.com/feed.xml" value="${form.url ?? ''}"></label>
<label>Topic ${topicSelect(view.topics, form.topic ?? view.topic)}</label>
<label>Title <input name="title" maxlength="300" placeholder="optional: the feed's own title is used" value="${form.title ?? ''}"></label>
</div>
<button type="submit">Add feed</button>
</form>
<h2>Followed feeds</h2>
${topicFilter('/admin/feeds', view.topics, view.topic)}
${list}`,
  );
}
