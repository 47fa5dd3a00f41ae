// Removing what is never main text: non-content tags, hidden elements, and
// elements whose class or id names a page part (comments, sharing, related
// links, navigation, ads…). No site-specific rules.
import { collapse, DROPPED_ATTR, dropElement, tagOf, type DomDocument, type DomElement } from './extract-dom.ts';

const NOISE_TAGS = [
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'applet', 'canvas',
  'audio', 'video', 'map', 'button', 'select', 'option', 'input', 'textarea', 'label', 'dialog', 'frame',
  'frameset', 'link', 'nav', 'aside', 'footer', 'menu', 'figure', 'figcaption', 'picture', 'source',
];
// A <time> inside running text is part of the sentence; elsewhere it is a dateline.
const TEXT_PARENTS = new Set(['p', 'li', 'td', 'blockquote', 'dd', 'em', 'strong', 'b', 'i']);

const HIDDEN_TOKEN = /^(hidden|hide|d-none|sr-only|visually-?hidden|screen-reader-text|invisible)$/;
const RESPONSIVE_TOKEN = /:|^d-(sm|md|lg|xl)-/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

// Substrings of one class or id token that mark a page part other than the
// text: names of what a part is, and layout words for where it sits.
const STRONG = new RegExp(
  [
    'related', 'viral', '^shar', 'share', 'sharing', 'social', 'sociable', 'syndication', 'newsletter', 'cookie',
    'breadcrumb', '^ads?$', '^ad[-_]', '[-_]ads?$', '[-_]ad[-_]', 'advert', 'anzeige', 'outbrain', 'taboola',
    'criteo', 'consent', 'comment', 'kommentar', '^reply', 'respond', 'akismet', 'disqus', 'promo', 'sponsor',
    'recommend', 'jp-relatedposts', 'sharedaddy', 'dpsp-', 'addtoany', 'popular', 'more-?(stories|articles|news)',
    'next-?post', 'prev-?post', 'post-?nav', 'subscri', 'signup', 'login', 'skip-?link',
  ].join('|'),
);
const WEAK = new RegExp(
  [
    'footer', 'subnav', '^tags?$', 'tag-?list', 'tag-?cloud', '^tags?[-_]', 'sidebar', 'banner', '^menu', '[-_]menu',
    'navbar', 'navigation', '^nav$', '^nav[-_]', '[-_]nav$', 'byline', '^author', '[-_]author', 'rating', '^widget',
    'attachment', 'timestamp', 'user-?info', 'user-?profile', 'modal', 'popup', 'paywall', 'pagination', 'pager',
    'toolbar', '[-_]meta$', '^meta[-_]', '^meta$', 'caption', 'credit', 'copyright', 'read-?more', '^rail', '[-_]rail',
    'print-?link', 'print-?button', 'noprint', 'entry-?footer', 'article-?footer', 'article-?tools', 'article-?info',
    'infoline', 'dateline', '^date$', '^(pub|post|entry|publish|published)[-_]?date', '[-_]date$', 'posted-?on',
  ].join('|'),
);
const WRAPPER_SHARE = 0.8;
const NAV_ROLE = /^(navigation|banner|contentinfo|complementary|menu|menubar|search|dialog)$/i;

function tokensOf(el: DomElement): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/\s+/).filter((t) => t.length > 0);
}

export function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return true;
  const tokens = tokensOf(el);
  return tokens.some((t) => HIDDEN_TOKEN.test(t)) && !tokens.some((t) => RESPONSIVE_TOKEN.test(t));
}

export function isBoilerplate(el: DomElement): boolean {
  if (NAV_ROLE.test(el.getAttribute('role') ?? '')) return true;
  return tokensOf(el).some((t) => STRONG.test(t) || WEAK.test(t));
}

function removeAll(root: DomElement | DomDocument, selector: string, keep?: (el: DomElement) => boolean): void {
  const found = root.querySelectorAll(selector);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (!keep?.(el)) el.remove();
  }
}

function hasTextParent(el: DomElement): boolean {
  const parent = el.parentElement;
  return parent !== null && TEXT_PARENTS.has(tagOf(parent));
}

/** Pages built as one big <form> (ASP.NET) keep it; small forms go. */
function isPageForm(form: DomElement): boolean {
  return form.querySelectorAll('p').length >= 3;
}

/** Removes tags that never hold main text, hidden elements and stray datelines. */
export function removeNoise(doc: DomDocument): void {
  removeAll(doc, NOISE_TAGS.join(','));
  removeAll(doc, 'form', isPageForm);
  removeAll(doc, 'time', hasTextParent);
  const all = doc.querySelectorAll('body *');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (isHidden(el)) el.remove();
  }
}

/**
 * Removes boilerplate parts inside a main-text container. A part that holds
 * nearly all of the container's text is a wrapper with an unlucky class
 * ("content-with-sidebar"), so it stays.
 */
export function pruneBoilerplate(root: DomElement): void {
  const total = collapse(root.textContent).length;
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.hasAttribute(DROPPED_ATTR) || !isBoilerplate(el)) continue;
    const own = collapse(el.textContent).length;
    if (total > 0 && own > WRAPPER_SHARE * total && el.querySelectorAll('p').length >= 2) continue;
    dropElement(el);
  }
}
