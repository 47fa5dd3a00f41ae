// Form pieces shared by the pages.
import { html, type Html } from '../html.ts';

export interface TopicOption {
  slug: string;
  name: string;
}

export type FormValues = Record<string, string | undefined>;

export function topicSelect(topics: TopicOption[], selected: string | undefined, name = 'topic'): Html {
  const options = topics.map((t) => html`<option value="${t.slug}"${t.slug === selected ? html` selected` : ''}>${t.name} (${t.slug})</option>`);
  return html`<select id="${name}" name="${name}" required>${options}</select>`;
}

/** Links that filter a list by topic. */
export function topicFilter(base: string, topics: TopicOption[], current: string | undefined): Html {
  const all = html`<a href="${base}" class="${current ? '' : 'active'}">all topics</a> `;
  return html`<p class="filters">${all}${topics.map((t) => html`<a href="${base}?topic=${t.slug}" class="${t.slug === current ? 'active' : ''}">${t.slug}</a> `)}</p>`;
}
