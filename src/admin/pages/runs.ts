// Recent runs: kind, trigger, status, counts and errors.
import type { RunDto } from '../../runs/store.ts';
import { html, when, type Html } from '../html.ts';
import { layout } from '../layout.ts';

const ERRORS_SHOWN = 5;

function counts(c: Record<string, number>): Html {
  const entries = Object.entries(c ?? {});
  if (entries.length === 0) return html`<span class="muted">none</span>`;
  return html`<span class="counts">${entries.map(([k, v]) => html`<span class="${v ? '' : 'muted'}">${k} ${v}</span> `)}</span>`;
}

function errors(list: RunDto['errors']): Html {
  if (!list?.length) return html``;
  const shown = list.slice(0, ERRORS_SHOWN).map(
    (e) => html`<li><code>${e.code}</code> ${e.feedId ? html`feed ${e.feedId}: ` : ''}${e.message}${e.url ? html` <span class="muted url">(${e.url})</span>` : ''}</li>`,
  );
  const more = list.length > ERRORS_SHOWN ? html`<li class="muted">and ${list.length - ERRORS_SHOWN} more</li>` : '';
  return html`<ul class="errors">${shown}${more}</ul>`;
}

function took(r: RunDto): string {
  if (!r.finishedAt) return '';
  const ms = Math.max(0, Date.parse(r.finishedAt) - Date.parse(r.startedAt));
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function runsTable(runs: RunDto[], withErrors = true): Html {
  if (runs.length === 0) return html`<p class="muted">No runs yet.</p>`;
  const rows = runs.map(
    (r) => html`<tr>
<td>#${r.id}</td><td>${r.kind}</td><td>${r.trigger}</td><td><span class="status status-${r.status}">${r.status}</span></td>
<td class="nowrap">${when(r.startedAt)}</td><td class="nowrap">${took(r)}</td>
<td>${counts(r.counts)}</td>${withErrors ? html`<td>${errors(r.errors)}</td>` : html`<td>${r.errors?.length || ''}</td>`}
</tr>`,
  );
  return html`<table>
<thead><tr><th>Run</th><th>Kind</th><th>Trigger</th><th>Status</th><th>Started</th><th>Took</th><th>Counts</th><th>Errors</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

export function runsPage(view: { csrfToken: string; runs: RunDto[]; kind?: string }): string {
  const filters = ['all', 'ingest', 'digest', 'reextract'].map(
    (k) => html`<a href="${k === 'all' ? '/admin/runs' : `/admin/runs?kind=${k}`}" class="${(view.kind ?? 'all') === k ? 'active' : ''}">${k}</a> `,
  );
  return layout({ title: 'Runs', active: 'runs', csrfToken: view.csrfToken }, html`<p class="filters">${filters}</p>${runsTable(view.runs)}`);
}
