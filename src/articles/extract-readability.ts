// Main text by Mozilla Readability, run on a linkedom document.
import { Readability } from '@mozilla/readability';
import { paragraphsOf } from './extract-blocks.ts';
import type { DomDocument, DomElement } from './extract-dom.ts';

// Readability throws past this many elements; the caller then has our own pass.
const MAX_ELEMENTS = 30_000;

// Below this share of text left after link filtering, the links were the content.
const MIN_KEPT_SHARE = 0.3;

function charCount(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + p.length, 0);
}

/**
 * Readability's article as paragraphs, or null when it finds none. It changes
 * the document it reads, so callers pass a copy they no longer need.
 */
export function readabilityParagraphs(doc: DomDocument): string[] | null {
  try {
    const reader = new Readability<DomElement>(doc as never, {
      serializer: (node) => node as unknown as DomElement,
      charThreshold: 200,
      disableJSONLD: true,
      maxElemsToParse: MAX_ELEMENTS,
    });
    const article = reader.parse();
    if (!article?.content) return null;
    // Readability keeps what sits inside its chosen container; link lists
    // there go the same way as in our own pass, unless links are the post.
    const filtered = paragraphsOf(article.content, { dropLinkLists: true });
    const all = paragraphsOf(article.content);
    return charCount(filtered) >= MIN_KEPT_SHARE * charCount(all) ? filtered : all;
  } catch {
    return null;
  }
}
