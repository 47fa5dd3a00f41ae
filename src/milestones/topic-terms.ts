// Whether a sentence mentions a topic, by its terms or a close variant of them. Pure.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isCjk = (s: string) => /[\u3040-\u30ff\u3131-\ud7a3\u4e00-\u9fff]/.test(s);

/**
 * One term as a pattern: any case, a hyphen, a space or nothing between its words ("e-bike", "e bike",
 * "ebike"), and a plural ending on its last word. CJK terms match as substrings, since words run together.
 */
function termPattern(term: string): string | null {
  const t = term.trim();
  if (!t) return null;
  if (isCjk(t)) return escape(t).replace(/\s+/g, '\\s*');
  const words = t.split(/[\s-]+/).map(escape);
  const tail = /[a-z]$/i.test(t) ? "(?:s|es|'s)?" : '';
  // letters of any script bound a term, so "Zürich", "Éire" and "#MeToo" match as whole words too
  return `(?<![\\p{L}\\p{N}])${words.join('[-\\s]?')}${tail}(?![\\p{L}\\p{N}])`;
}

/** A test for mentions of any of the terms; it never matches when there are none. */
export function termMatcher(terms: string[]): (text: string) => boolean {
  const parts = terms.map(termPattern).filter((p): p is string => p !== null);
  if (parts.length === 0) return () => false;
  const re = new RegExp(parts.join('|'), 'iu');
  return (text) => re.test(text);
}
