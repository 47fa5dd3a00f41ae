// Finding the element that holds an article's text by the names content
// management systems give it, most specific names first (after trafilatura's
// body expressions).
import { isBoilerplate } from './extract-clean.ts';
import { collapse, tagOf, type DomDocument, type DomElement } from './extract-dom.ts';

interface ContainerRule {
  tags: Set<string>;
  matches: (cls: string, id: string, el: DomElement) => boolean;
}

// Enough to find the article among teasers without measuring every <div> of a page.
const MAX_MATCHES = 30;
const SECTIONS = new Set(['article', 'div', 'main', 'section']);

const ARTICLE_BODY_CLASS =
  /post[-_]?(text|body|entry|content|inner)|postcontent|article[-_]{0,2}(text|content|body|container)|entry[-_]content|page-content|text-content|body-text|art-content|articlebody|story[-_]?(body|content|text)|storycontent/i;
const ARTICLE_BODY_ID = /entry-content|article[-_]{0,2}(content|body)|articlebody|body-text|art-content|story[-_]?body/i;

const STORY_CLASS =
  /post-bodycopy|theme-content|blog-content|section-content|single-content|single-post|main-column|wpb_text_column|field-body|fulltext|field-name-body|node-content|entry-body|news-?text|article__text|text-article/i;

const CONTENT_CLASS = /content[-_]{1,2}(main|body)|contentbody|main[-_]?content|page[-_]?content|^content$|^inhalt$/i;

const RULES: ContainerRule[] = [
  {
    tags: SECTIONS,
    matches: (cls, id, el) =>
      /^(post|entry)$/i.test(cls) || ARTICLE_BODY_CLASS.test(cls) || ARTICLE_BODY_ID.test(id) ||
      el.getAttribute('itemprop') === 'articleBody',
  },
  { tags: new Set(['article']), matches: () => true },
  {
    tags: SECTIONS,
    matches: (cls, id, el) =>
      STORY_CLASS.test(cls) || /^(postarea|art-postcontent|text|cell|story)$/i.test(cls) || /^article /i.test(cls) ||
      /^primary/i.test(id) || /^(article|story)$/i.test(id) || el.getAttribute('role') === 'article',
  },
  { tags: SECTIONS, matches: (cls, id) => CONTENT_CLASS.test(cls) || CONTENT_CLASS.test(id) },
  {
    tags: SECTIONS,
    matches: (cls, id, el) =>
      tagOf(el) === 'main' || /^main/i.test(cls) || /^main/i.test(id) || /^main/i.test(el.getAttribute('role') ?? ''),
  },
];

function textLength(el: DomElement): number {
  return collapse(el.textContent).length;
}

/**
 * Candidate containers in order of trust, at most one per rule, no repeats.
 * Within a rule the match with the most text wins: the first <article> of a
 * page is often a teaser or a picture.
 */
export function containerCandidates(doc: DomDocument): DomElement[] {
  const elements = doc.querySelectorAll('article, div, main, section');
  const found: DomElement[][] = RULES.map(() => []);
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    // "related-post-content" names a teaser, not the article.
    if (isBoilerplate(el)) continue;
    const tag = tagOf(el);
    const cls = (el.getAttribute('class') ?? '').trim();
    const id = (el.getAttribute('id') ?? '').trim();
    RULES.forEach((rule, r) => {
      if (rule.tags.has(tag) && rule.matches(cls, id, el)) found[r]!.push(el);
    });
  }
  const unique: DomElement[] = [];
  for (const matches of found) {
    let best: DomElement | undefined;
    let bestLength = -1;
    for (const el of matches.slice(0, MAX_MATCHES)) {
      const length = textLength(el);
      if (length > bestLength) [best, bestLength] = [el, length];
    }
    if (best && !unique.includes(best)) unique.push(best);
  }
  return unique;
}
