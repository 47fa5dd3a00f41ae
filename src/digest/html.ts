// Escaping for anything that came from a feed, and the one rule for which URLs may become links.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** The URL, normalised, when it is http(s); null for javascript:, data:, relative or broken URLs. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

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
