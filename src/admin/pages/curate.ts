// One milestone's curation page: edit its fields, merge it into another milestone, split articles off it.
import { KINDS } from '../../milestones/lexicon.ts';
import type { Notice } from '../form.ts';
import { externalLink, html, when, type Html } from '../html.ts';
import { csrfInput, layout, postButton } from '../layout.ts';
import type { FormValues, TopicOption } from './controls.ts';
import { badges, sources, type EvidenceView, type MilestoneView } from './milestones.ts';

export interface CurateView {
  csrfToken: string;
  notice?: Notice;
  error?: string;
  form?: FormValues; // what was sent, shown again after an error
  milestone: MilestoneView & { key: string; topic: TopicOption; evidence: (EvidenceView & { articleId: number })[] };
  others: { key: string; date: string; title: string }[]; // the topic's other milestones, to merge into
}

/** The field an error message names ('date: must be …' → 'date'), to mark its input. */
const fieldOf = (error: string | undefined) => error?.split(':')[0];

/** The choices, plus the current value should it be none of them (a select must not change it silently). */
function options(values: string[], selected: string): Html[] {
  return [...new Set([...values, selected])].map((v) => html`<option value="${v}"${v === selected ? html` selected` : ''}>${v}</option>`);
}

function editForm(view: CurateView): Html {
  const m = view.milestone;
  const f = view.form ?? {};
  const bad = fieldOf(view.error);
  const mark = (name: string) => (bad === name ? 'invalid' : '');
  const value = (name: string, now: string | null | undefined) => f[name] ?? now ?? '';
  return html`<form method="post" action="/admin/milestones/${m.id}/edit" class="card">
<h2>Edit</h2>
${csrfInput(view.csrfToken)}
<div class="fields">
<label class="wide ${mark('title')}">Title <input name="title" maxlength="300" value="${value('title', m.title)}"></label>
<label class="${mark('date')}">Date <input name="date" placeholder="YYYY, YYYY-MM or YYYY-MM-DD" value="${value('date', m.date)}"></label>
<label class="${mark('kind')}">Kind <select name="kind">${options([...KINDS], value('kind', m.kind))}</select></label>
<label class="${mark('status')}">Status <select name="status">${options(['happened', 'planned'], value('status', m.status))}</select></label>
<label class="${mark('deadline')}">Deadline <input name="deadline" placeholder="YYYY-MM-DD, empty for none" value="${value('deadline', m.pledge?.dueDate)}"></label>
</div>
<p class="muted"><small>Only the fields you change are kept over what the sources say; the others still follow new reports.</small></p>
<button type="submit">Save changes</button>
</form>`;
}

function mergeForm(view: CurateView): Html {
  const m = view.milestone;
  if (view.others.length === 0) return html`<section class="card"><h2>Merge</h2><p class="muted">This topic has no other milestone to merge into.</p></section>`;
  const choices = view.others.map((o) => html`<option value="${o.key}"${o.key === view.form?.into ? html` selected` : ''}>${o.date} — ${o.title}</option>`);
  return html`<form method="post" action="/admin/milestones/${m.id}/merge" class="card">
<h2>Merge into…</h2>
${csrfInput(view.csrfToken)}
<div class="fields"><label class="wide ${fieldOf(view.error) === 'into' ? 'invalid' : ''}">The same event as <select name="into" required>
<option value="">choose a milestone</option>${choices}</select></label></div>
<p class="muted"><small>This milestone's sources join the chosen one, and this milestone leaves the timeline.</small></p>
<button type="submit">Merge</button>
</form>`;
}

/** The milestone's articles, each with its quotes (an article may give several). */
function articlesOf(m: CurateView['milestone']): { first: EvidenceView & { articleId: number }; quotes: string[] }[] {
  const byArticle = new Map<number, { first: EvidenceView & { articleId: number }; quotes: string[] }>();
  for (const e of m.evidence) {
    const a = byArticle.get(e.articleId) ?? { first: e, quotes: [] };
    a.quotes.push(e.quote);
    byArticle.set(e.articleId, a);
  }
  return [...byArticle.values()];
}

/** One checkbox per article, showing what it says, so the admin sees which ones report another event. */
function splitForm(view: CurateView): Html {
  const m = view.milestone;
  const articles = articlesOf(m);
  if (articles.length < 2) return html`<section class="card"><h2>Split</h2><p class="muted">One article supports this milestone: there is nothing to split off.</p></section>`;
  const boxes = articles.map(
    ({ first: e, quotes }) => html`<li><label><input type="checkbox" name="articleIds" value="${e.articleId}"> <strong>${e.outlet || e.articleUrl}</strong>${e.publishedAt ? html` <small class="muted">published ${when(e.publishedAt)}</small>` : ''}</label>
${quotes.map((q) => html`<blockquote>${q}</blockquote>`)}<small>${externalLink(e.articleUrl)}</small></li>`,
  );
  return html`<form method="post" action="/admin/milestones/${m.id}/split" class="card">
<h2>Split</h2>
${csrfInput(view.csrfToken)}
<fieldset class="${fieldOf(view.error) === 'articleIds' ? 'invalid' : ''}"><legend>Tick the articles that report a different event</legend><ul class="checks">${boxes}</ul></fieldset>
<p class="muted"><small>Their quotes become a milestone of their own.</small></p>
<button type="submit">Split off</button>
</form>`;
}

export function curatePage(view: CurateView): string {
  const m = view.milestone;
  const to = (action: string) => `/admin/milestones/${m.id}/${action}?topic=${encodeURIComponent(m.topic.slug)}`;
  const pin = m.pinned ? postButton(to('unpin'), 'Unpin', view.csrfToken, 'secondary') : postButton(to('pin'), 'Pin', view.csrfToken, 'secondary');
  return layout(
    { title: 'Curate milestone', active: 'milestones', csrfToken: view.csrfToken, notice: view.notice, error: view.error },
    html`<p><a href="/admin/milestones?topic=${m.topic.slug}#milestone-${m.id}">← ${m.topic.name}: all milestones</a></p>
<article class="milestone card" id="milestone-${m.id}">
<div class="when"><time>${m.endDate ? `${m.date} – ${m.endDate}` : m.date}</time><small class="muted">${m.precision ?? ''}</small></div>
<div class="what"><h2>${m.title}</h2><p>${badges(m)} <small class="muted">key <code>${m.key}</code></small></p>
${articlesOf(m).length < 2 ? sources(m.evidence) : html`<p class="muted"><small>Its sources are listed under Split below.</small></p>`}
<div class="actions">${pin} ${postButton(to('reject'), 'Reject', view.csrfToken, 'danger')}</div></div>
</article>
${editForm(view)}
${mergeForm(view)}
${splitForm(view)}`,
  );
}
