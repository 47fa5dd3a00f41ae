// Email-specific text helpers over the shared escaping rules.

import { escapeHtml, safeHttpUrl } from '../escape.ts';

export { escapeHtml, safeHttpUrl };

/** A link when the URL is http(s), else just the escaped label. */
export function linkOrText(label: string, url: string | null | undefined): string {
  const href = safeHttpUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/** Plain text must stay on one line per item: feeds put newlines and tabs anywhere. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Cuts long feed text at a word boundary so one runaway quote cannot swamp the email. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
