// The parsed shape of a feed, whatever its format. Text fields are plain text; contentHtml is the
// publisher's HTML with relative URLs made absolute (sanitising happens at display time).

export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  summary: string | null;
  contentHtml: string | null;
  author: string | null;
  publishedAt: Date | null;
  updatedAt: Date | null;
  categories: string[];
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json';
  /** The format's own version, e.g. "2.0", "0.91", "1.0", "0.3", "1.1"; null when the document does not say. */
  version: string | null;
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  ttlMinutes: number | null;
  charset: string;
  items: FeedItem[];
  /** What we had to forgive to read it (bad XML repaired, charset guessed, …). Empty for a clean feed. */
  warnings: string[];
}

export type FeedHead = Omit<ParsedFeed, 'format' | 'version' | 'charset' | 'items' | 'warnings'>;
