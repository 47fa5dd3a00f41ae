// Is an article about the topic? Distinct topic terms found in the title count double.
export interface Relevance {
  score: number;
  matched: string[];
  relevant: boolean;
}

export const RELEVANCE_THRESHOLD = 2;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ');

export function scoreRelevance(title: string | null, text: string, terms: string[]): Relevance {
  const t = fold(title ?? '');
  const body = fold(text);
  const matched: string[] = [];
  let score = 0;
  for (const term of terms) {
    const needle = fold(term).trim();
    if (!needle) continue;
    const inTitle = t.includes(needle);
    const inBody = body.includes(needle);
    if (inTitle || inBody) matched.push(term);
    score += (inTitle ? 2 : 0) + (inBody ? 1 : 0);
  }
  return { score, matched, relevant: score >= RELEVANCE_THRESHOLD };
}
