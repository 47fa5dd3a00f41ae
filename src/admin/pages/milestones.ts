// Milestones of one topic with their evidence, conflicts, pledge state and importance, and curation buttons.
import type { Notice } from '../form.ts';
import { externalLink, html, when, type Html } from '../html.ts';
import { layout, postButton } from '../layout.ts';
import type { TopicOption } from './controls.ts';

export interface EvidenceView {
  articleId?: number;
  articleUrl: string;
  outlet?: string | null;
  publishedAt?: string | Date | null;
  quote: string;
}

/** What the page reads of a timeline milestone; the optional fields appear when the timeline gives them. */
export interface MilestoneView {
  id: number;
  key?: string;
  date: string;
  precision?: string;
  endDate?: string | null;
  kind: string;
  title: string;
  status: string;
  confidence: number;
  evidence: EvidenceView[];
  importance?: number | null;
  pinned?: boolean;
  curated?: boolean;
  pledge?: { status?: string | null; dueDate?: string | null } | null;
  conflict?: unknown;
}

export interface MilestonesView {
  csrfToken: string;
  notice?: Notice;
  error?: string;
  topics: TopicOption[];
  topic: TopicOption;
  milestones: MilestoneView[];
}

const SOURCES_SHOWN = 2;

interface ConflictClaim {
  date: string;
  sources?: unknown;
}

const isClaim = (c: unknown): c is ConflictClaim => !!c && typeof c === 'object' && typeof (c as ConflictClaim).date === 'string';

function conflictOf(conflict: unknown): Html {
  if (!Array.isArray(conflict) || conflict.length < 2) return html``;
  const claims = conflict.filter(isClaim).map((c) => {
    const list: unknown[] = Array.isArray(c.sources) ? c.sources : [];
    const outlets = [...new Set(list.map((s) => (s as { outlet?: unknown } | null)?.outlet).filter((o): o is string => typeof o === 'string' && o !== ''))];
    return html`<li><strong>${c.date}</strong>${outlets.length ? html` — ${outlets.join(', ')}` : ''}</li>`;
  });
  return html`<div class="conflict"><strong>Sources disagree on the date:</strong><ul>${claims}</ul></div>`;
}

function evidenceOf(e: EvidenceView): Html {
  return html`<li><blockquote>${e.quote}</blockquote>
<small>${externalLink(e.articleUrl, e.outlet || e.articleUrl)}${e.publishedAt ? html` · published ${when(e.publishedAt)}` : ''}</small></li>`;
}

/** The first sources in full; the rest one click away. */
export function sources(evidence: EvidenceView[]): Html {
  const first = evidence.slice(0, SOURCES_SHOWN);
  const rest = evidence.slice(SOURCES_SHOWN);
  return html`<ul class="evidence">${first.map(evidenceOf)}</ul>
${rest.length ? html`<details><summary>${rest.length} more source${rest.length === 1 ? '' : 's'}</summary><ul class="evidence">${rest.map(evidenceOf)}</ul></details>` : ''}`;
}

export function badges(m: MilestoneView): Html {
  const p = m.pledge;
  const pledge = p
    ? html`<span class="status status-pledge-${p.status ?? 'open'}">pledge ${p.status ?? 'open'}</span>${p.dueDate ? html` <small>due ${p.dueDate}</small>` : ''}`
    : '';
  return html`<span class="tag">${m.kind}</span> <span class="tag">${m.status}</span> ${pledge}
<small class="muted">confidence ${m.confidence.toFixed(2)}${typeof m.importance === 'number' ? ` · importance ${m.importance.toFixed(2)}` : ''}</small>
${m.pinned ? html`<span class="tag pinned">pinned</span>` : ''}${m.curated ? html` <span class="tag curated" title="edited, merged or split by an admin">edited</span>` : ''}`;
}

function curation(m: MilestoneView, view: MilestonesView): Html {
  const to = (action: string) => `/admin/milestones/${m.id}/${action}?topic=${encodeURIComponent(view.topic.slug)}`;
  const pin = m.pinned ? postButton(to('unpin'), 'Unpin', view.csrfToken, 'secondary') : postButton(to('pin'), 'Pin', view.csrfToken, 'secondary');
  const curate = html`<a class="button secondary" href="/admin/milestones/${m.id}">Edit, merge or split…</a>`;
  return html`<div class="actions">${curate} ${pin} ${postButton(to('reject'), 'Reject', view.csrfToken, 'danger')}</div>`;
}

function milestone(m: MilestoneView, view: MilestonesView): Html {
  const span = m.endDate ? `${m.date} – ${m.endDate}` : m.date;
  return html`<article class="milestone card" id="milestone-${m.id}">
<div class="when"><time>${span}</time>${m.precision ? html`<small class="muted">${m.precision}</small>` : ''}</div>
<div class="what">
<h3>${m.title}</h3>
<p>${badges(m)}</p>
${conflictOf(m.conflict)}
${sources(m.evidence)}
${curation(m, view)}
</div>
</article>`;
}

export function milestonesPage(view: MilestonesView): string {
  const tabs = view.topics.map(
    (t) => html`<a href="/admin/milestones?topic=${t.slug}" class="${t.slug === view.topic.slug ? 'active' : ''}">${t.slug}</a> `,
  );
  return layout(
    { title: `Milestones: ${view.topic.name}`, active: 'milestones', csrfToken: view.csrfToken, notice: view.notice, error: view.error },
    html`<p class="filters">${tabs}</p>
${view.milestones.length ? view.milestones.map((m) => milestone(m, view)) : html`<p class="muted">No milestones for this topic yet. They appear once its feeds have been checked.</p>`}`,
  );
}
