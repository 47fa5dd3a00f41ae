// A tagged template that escapes every interpolation unless it is already Html (from raw() or another html``),
// so text from feeds can never become markup on the admin pages.

import { escapeHtml, safeHttpUrl } from '../escape.ts';

export { escapeHtml, safeHttpUrl };

/** Markup that is already safe; only html`` and raw() make one. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks trusted markup (our own constants) as not to be escaped. Never pass it feed data. */
export const raw = (markup: string): Html => new Html(markup);

type Part = Html | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** An outbound link for an http(s) URL, else the label as text. */
export function externalLink(url: string | null | undefined, label?: string | null): Html {
  const href = safeHttpUrl(url);
  const text = label || url || '';
  return href ? html`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>` : html`${text}`;
}

/** '2026-11-23T21:42:00.000Z' → '2026-11-23 21:42 UTC'; empty for null. */
export function when(iso: string | Date | null | undefined): string {
  if (!iso) return '';
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
