// Hand-made claims for consolidation tests.
import type { Claim, Kind, Precision, Status } from '../../src/milestones/types.ts';

export interface ClaimSpec {
  articleId: number;
  date: string;
  precision?: Precision;
  outlet: string;
  kind?: Kind;
  status?: Status;
  key?: string;
  deadline?: string;
  published?: string;
  url?: string;
  storyKey?: string;
  objects?: string[];
}

export function claim(s: ClaimSpec): Claim {
  const kind = s.kind ?? 'agreement';
  const status = s.status ?? 'happened';
  return {
    key: s.key ?? `${status === 'planned' ? 'due:' : ''}${kind === 'agreement' ? 'agreement' : kind}:${s.date.slice(0, 4)}`,
    family: kind,
    kind,
    title: `${kind} ${s.date}`,
    actors: ['South Korea', 'United States', 'Japan'],
    objects: s.objects ?? [],
    place: null,
    role: null,
    status,
    confidence: 0.8,
    date: s.date,
    precision: s.precision ?? 'day',
    endDate: null,
    deadline: s.deadline ?? null,
    quote: `Article ${s.articleId} says ${s.date}.`,
    dateText: s.date,
    sentenceIndex: 0,
    articleId: s.articleId,
    articleUrl: s.url ?? `https://news.example/${s.articleId}`,
    outlet: s.outlet,
    publishedAt: new Date(`${s.published ?? '2015-01-05'}T00:00:00Z`),
    storyKey: s.storyKey ?? null,
  };
}
