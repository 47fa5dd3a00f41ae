// Main text of a page. Our own pass first: a container found by name, cleaned
// of boilerplate; then Readability on a fresh copy, and the two compared by
// length the way trafilatura does; all paragraphs as the last resort.
import { blocksOf, dropOrphanHeadings, paragraphsOf, type Paragraph } from './extract-blocks.ts';
import { pruneBoilerplate, removeNoise } from './extract-clean.ts';
import { containerCandidates } from './extract-container.ts';
import { collapse, nestsDeeperThan, parseDocument, type DomDocument, type DomElement } from './extract-dom.ts';
import { readabilityParagraphs } from './extract-readability.ts';

/** Below this many characters a container is taken to have missed the text. */
const MIN_TEXT = 250;
const READABILITY_LONGER = 1.5;
// Readability's time grows steeply with nesting depth and element count;
// pages beyond these are malformed or machine-made and get our own pass only.
const READABILITY_MAX_DEPTH = 120;
const WILD_SELECTOR = 'p, blockquote, pre, h2, h3, h4, h5, h6, table, ul, ol, dl';

interface Candidate {
  paragraphs: string[];
  length: number;
  hasParagraphs: boolean;
}

function candidate(paragraphs: string[], hasParagraphs: boolean): Candidate {
  return { paragraphs, length: paragraphs.reduce((n, p) => n + p.length, 0), hasParagraphs };
}

function hasParagraphText(root: DomElement): boolean {
  const ps = root.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) if (collapse(ps[i]!.textContent).length > 0) return true;
  return false;
}

function fromContainers(doc: DomDocument): Candidate | null {
  let best: Candidate | null = null;
  for (const container of containerCandidates(doc)) {
    pruneBoilerplate(container);
    const found = candidate(paragraphsOf(container, { dropLinkLists: true }), hasParagraphText(container));
    if (found.length >= MIN_TEXT) return found;
    if (!best || found.length > best.length) best = found;
  }
  return best;
}

/** Text blocks anywhere in the page, outermost first, for pages with no named container. */
function wildText(doc: DomDocument): Candidate {
  const body = doc.body;
  if (!body) return candidate([], false);
  pruneBoilerplate(body);
  const blocks = body.querySelectorAll(WILD_SELECTOR);
  const out: Paragraph[] = [];
  // In document order a descendant follows its ancestor, so the last block
  // taken is the only one that can contain the next.
  let last: DomElement | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const el = blocks[i]!;
    if (last && contains(last, el)) continue;
    last = el;
    out.push(...blocksOf(el, { dropLinkLists: true }));
  }
  return candidate(dropOrphanHeadings(out).map((p) => p.text), true);
}

function contains(ancestor: DomElement, el: DomElement): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p === ancestor) return true;
  return false;
}

/**
 * trafilatura's rule of thumb for choosing between our result and
 * Readability's, with Readability's side at 1.5× rather than 2× (measured on
 * the dev set: our pass more often misses part of a split article body).
 */
function preferReadability(own: Candidate, algo: Candidate): boolean {
  if (algo.length === 0 || algo.length === own.length) return false;
  if (own.length === 0) return true;
  if (own.length > 2 * algo.length) return false;
  if (algo.length > READABILITY_LONGER * own.length) return true;
  return !own.hasParagraphs && algo.length > 2 * MIN_TEXT;
}

/**
 * Paragraphs of the main text; [] when the page has none. `doc` is the page
 * parsed from `html`; it is changed, so read anything else from it first.
 */
export function mainText(doc: DomDocument, html: string): string[] {
  removeNoise(doc);
  let own = fromContainers(doc);
  if (!own || own.length < MIN_TEXT) {
    const wild = wildText(doc);
    if (!own || wild.length > own.length) own = wild;
  }
  const copy = nestsDeeperThan(doc.documentElement, READABILITY_MAX_DEPTH) ? null : parseDocument(html);
  if (copy) removeNoise(copy);
  const algo = candidate((copy && readabilityParagraphs(copy)) ?? [], true);
  const chosen = preferReadability(own, algo) ? algo : own;
  if (chosen.length > 0 || !doc.body) return chosen.paragraphs;
  return paragraphsOf(doc.body);
}
