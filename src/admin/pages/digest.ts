// Digest preview: what the next email of each topic would say, as text and as the HTML mail in a sandboxed frame.
import type { DigestPreview } from '../../digest/service.ts';
import { html, when } from '../html.ts';
import { layout } from '../layout.ts';
import { topicFilter, type TopicOption } from './controls.ts';

export function digestPage(view: { csrfToken: string; previews: DigestPreview[]; topics: TopicOption[]; topic?: string }): string {
  const sections = view.previews.map(
    (p) => html`<section class="card">
<h2>${p.topic.name}</h2>
<p><strong>Subject:</strong> ${p.subject}<br>
<small class="muted">News since ${when(p.periodStart)}. ${p.hasNews ? 'A digest would be sent now.' : 'Nothing new: no digest would be sent now.'}</small></p>
<details open><summary>Text version</summary><pre class="mail">${p.text}</pre></details>
<details><summary>HTML version</summary>
<iframe class="mail" sandbox="" title="HTML digest for ${p.topic.slug}" src="/admin/digest/html?topic=${encodeURIComponent(p.topic.slug)}"></iframe>
</details>
</section>`,
  );
  return layout(
    { title: 'Digest preview', active: 'digest', csrfToken: view.csrfToken },
    html`${topicFilter('/admin/digest', view.topics, view.topic)}${view.previews.length ? sections : html`<p class="muted">No topics.</p>`}`,
  );
}
