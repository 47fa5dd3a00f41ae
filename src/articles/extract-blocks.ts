// Turns a DOM subtree into plain text paragraphs: block elements start a new
// paragraph, <br> a new line, inline text runs together. With `dropLinkLists`,
// paragraphs and lists made mostly of links (menus, "read more" lists) go.
import { collapse, DROPPED_ATTR, isElement, TEXT_NODE, tagOf, type DomElement, type DomNode } from './extract-dom.ts';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
  'caption', 'center', 'menu',
]);
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select',
  'button', 'input', 'textarea', 'head', 'title',
]);
const CELL_TAGS = new Set(['td', 'th']);
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);

export interface BlockOptions {
  dropLinkLists: boolean;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SENTENCE_END = /[.!?…。！？'"”’»)\]]$/;
const LABEL_MAX = 40;
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

export interface Paragraph {
  text: string;
  /** 1–6 for a heading, 0 for other text. */
  level: number;
  listItem: boolean;
}

class ParagraphWriter {
  readonly paragraphs: Paragraph[] = [];
  headingLevel = 0;
  listDepth = 0;
  preDepth = 0;
  private current = '';
  private afterDrop = false;
  private linkChars = 0;

  constructor(private readonly options: BlockOptions) {}

  text(value: string, inLink: boolean): void {
    // Soft hyphens and zero-width characters are invisible and split words.
    value = value.replace(INVISIBLE, '');
    // Source line breaks are plain spaces except in <pre>; only <br> breaks a line.
    if (this.preDepth === 0) value = value.replace(/[\r\n]/g, ' ');
    this.current += value;
    if (inLink) this.linkChars += value.replace(/\s+/g, '').length;
  }

  /** <br>; two in a row end the paragraph, as pages without <p> use them. */
  lineBreak(): void {
    if (/\n[^\S\n]*$/.test(this.current)) this.flush();
    else this.current += '\n';
  }

  flush(): void {
    const lines = this.current
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0);
    const text = lines.join('\n');
    const chars = text.replace(/\s+/g, '').length;
    // A short paragraph that is mostly link text is navigation, not prose.
    const linky = this.options.dropLinkLists && chars < 200 && this.linkChars > 0.6 * chars;
    this.current = '';
    this.linkChars = 0;
    if (linky) this.dropped();
    else if (text) {
      this.paragraphs.push({ text, level: this.headingLevel, listItem: this.listDepth > 0 });
      this.afterDrop = false;
    }
  }

  /** Something was dropped here; a label just before it ("Read more:") goes with it. */
  dropped(): void {
    this.flush();
    if (this.afterDrop) return;
    this.afterDrop = true;
    const last = this.paragraphs[this.paragraphs.length - 1];
    if (last && isLabel(last)) this.paragraphs.pop();
  }
}

/** A heading, or a short line with no sentence ending: it introduces what follows. */
export function isLabel(p: Paragraph): boolean {
  if (p.level > 0) return true;
  return p.text.length <= LABEL_MAX && (p.text.endsWith(':') || (!p.listItem && !SENTENCE_END.test(p.text)));
}

/** Share of a list's visible characters that sit inside links. */
function linkShare(el: DomElement): number {
  const total = collapse(el.textContent).replace(/\s/g, '').length;
  if (total === 0) return 1;
  const links = el.querySelectorAll('a');
  let linked = 0;
  for (let i = 0; i < links.length; i++) linked += collapse(links[i]!.textContent).replace(/\s/g, '').length;
  return linked / total;
}

function walk(node: DomNode, out: ParagraphWriter, inLink: boolean, options: BlockOptions, depth: number): void {
  if (node.nodeType === TEXT_NODE) {
    out.text(node.textContent ?? '', inLink);
    return;
  }
  if (!isElement(node) || depth > 200) return;
  const tag = tagOf(node);
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'br') return out.lineBreak();
  if (options.dropLinkLists && (node.hasAttribute(DROPPED_ATTR) || (LIST_TAGS.has(tag) && linkShare(node) > 0.7))) {
    return out.dropped();
  }
  const block = BLOCK_TAGS.has(tag);
  const heading = HEADING_TAGS.has(tag);
  if (block) out.flush();
  const outerLevel = out.headingLevel;
  if (heading) out.headingLevel = Number(tag[1]);
  if (tag === 'li') out.listDepth++;
  if (tag === 'pre') out.preDepth++;
  if (CELL_TAGS.has(tag)) out.text(' ', false);
  const children = node.childNodes;
  const link = inLink || tag === 'a';
  for (let i = 0; i < children.length; i++) walk(children[i]!, out, link, options, depth + 1);
  if (CELL_TAGS.has(tag)) out.text(' ', false);
  if (block) out.flush();
  out.headingLevel = outerLevel;
  if (tag === 'li') out.listDepth--;
  if (tag === 'pre') out.preDepth--;
}

/**
 * A heading followed by nothing, or by a heading of the same or higher rank,
 * titled something that was removed ("Related stories").
 */
export function dropOrphanHeadings(paragraphs: Paragraph[]): Paragraph[] {
  return paragraphs.filter((p, i) => {
    if (p.level === 0) return true;
    const next = paragraphs[i + 1];
    return next !== undefined && (next.level === 0 || next.level > p.level);
  });
}

/** Paragraphs of an element, whitespace collapsed within each. */
export function blocksOf(root: DomElement, options: BlockOptions): Paragraph[] {
  const out = new ParagraphWriter(options);
  walk(root, out, false, options, 0);
  out.flush();
  return out.paragraphs;
}

/** Paragraph texts of an element; with `dropLinkLists`, orphan headings go too. */
export function paragraphsOf(root: DomElement, options: BlockOptions = { dropLinkLists: false }): string[] {
  const blocks = blocksOf(root, options);
  return (options.dropLinkLists ? dropOrphanHeadings(blocks) : blocks).map((p) => p.text);
}
