// Main text by Mozilla Readability, run on a linkedom document.
import { Readability } from '@mozilla/readability';
import { paragraphsOf } from './extract-blocks.ts';
import type { DomDocument, DomElement } from './extract-dom.ts';

// Readability throws past this many elements; the caller then has our own pass.
const MAX_ELEMENTS = 30_000;

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
    return article?.content ? paragraphsOf(article.content) : null;
  } catch {
    return null;
  }
}
