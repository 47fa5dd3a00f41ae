// Loads the demo article pages as the ingestion would see them: main text, outlet, publication date.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../src/articles/extract.ts';
import { extractCandidates } from '../../src/milestones/extract.ts';
import type { Claim } from '../../src/milestones/types.ts';
import { defaultTopic } from '../../src/topics/defaults.ts';

export const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo');

export interface DemoArticle {
  id: number;
  url: string;
  outlet: string;
  publishedAt: Date;
  text: string;
  language: string | null;
}

export function demoArticles(): DemoArticle[] {
  const dir = join(demoDir, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file, i) => {
      const url = `http://127.0.0.1/articles/${file}`;
      const page = extractArticle(readFileSync(join(dir, file), 'utf8'), { url });
      if (!page.publishedAt) throw new Error(`${file}: no publication date`);
      return { id: i + 1, url: page.canonicalUrl ?? url, outlet: page.outlet ?? file, publishedAt: page.publishedAt, text: page.text, language: page.language };
    });
}

export function claimsOf(articles: DemoArticle[], terms = defaultTopic.terms): Claim[] {
  return articles.flatMap((a) =>
    extractCandidates({ text: a.text, publishedAt: a.publishedAt, language: a.language }, { terms }).map((c) => ({
      ...c,
      articleId: a.id,
      articleUrl: a.url,
      outlet: a.outlet,
      publishedAt: a.publishedAt,
    })),
  );
}
