// The few DOM shapes the extractor uses, and parsing a page into them.
// The project compiles without the DOM lib, so linkedom's document is seen
// through these structural types.
import { DOMParser } from 'linkedom';

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  replaceChildren(): void;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  cloneNode(deep: boolean): DomElement;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Parses HTML into a document; never throws and always has a root element. */
export function parseDocument(html: string): DomDocument | null {
  // linkedom gives no root element unless the markup has an <html> tag.
  const source = /<html[\s>]/i.test(html) ? html : `<html><head></head><body>${html}</body></html>`;
  try {
    const doc = new DOMParser().parseFromString(source, 'text/html') as unknown as DomDocument;
    return doc.documentElement ? doc : null;
  } catch {
    return null;
  }
}

/**
 * Marks an element as removed boilerplate: emptied but left in place, so that
 * text extraction can also drop the label that introduced it ("Read more:").
 */
export const DROPPED_ATTR = 'data-tm-dropped';

export function dropElement(el: DomElement): void {
  el.replaceChildren();
  el.setAttribute(DROPPED_ATTR, '');
}

/** Element tag name in lower case. */
export function tagOf(el: DomElement): string {
  return el.tagName.toLowerCase();
}

export function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether elements nest deeper than `limit` below `root`; stops at the first such element. */
export function nestsDeeperThan(root: DomElement, limit: number): boolean {
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = el.children;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return false;
}
