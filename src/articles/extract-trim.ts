// Trimming the edges of the main text: the headline (a field of its own),
// datelines and copyright lines that sit above or below the story.

const YEAR_OR_TIME = /\b(19|20)\d{2}\b|\b\d{1,2}:\d{2}\b/;
const DATELINE_MAX = 70;
const COPYRIGHT = /^(©|\(c\)|copyright\b)/i;
// How far in from either edge a dateline is looked for.
const EDGE = 2;

/** A short line that is mostly a date or time: "Posted: 21 April 2022, 10:11". */
export function isDateline(text: string): boolean {
  if (text.length > DATELINE_MAX || !YEAR_OR_TIME.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length <= 5 && !/[.!?]$/.test(text.replace(/\b(\d+|[a-z]{1,4})\.$/i, ''));
}

function isHeadline(first: string, title: string | null): boolean {
  if (!title) return false;
  return first === title || (first.length >= 10 && first.length <= title.length + 40 && title.includes(first));
}

export function trimEdges(paragraphs: string[], title: string | null): string[] {
  let out = paragraphs;
  if (out[0] !== undefined && isHeadline(out[0], title)) out = out.slice(1);
  out = out.filter((p, i) => !((i < EDGE || i >= out.length - EDGE) && isDateline(p)));
  while (out.length > 1 && COPYRIGHT.test(out[out.length - 1]!)) out = out.slice(0, -1);
  return out;
}
