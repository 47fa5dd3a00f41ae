// Shapes shared by the milestone pipeline: sentence candidates, sourced claims, consolidated milestones.
import type { Kind } from './lexicon.ts';

export type { Kind };
export type Precision = 'day' | 'month' | 'year';
export type Status = 'happened' | 'planned';
export type PledgeStatus = 'open' | 'fulfilled' | 'missed' | 'superseded';

/** One dated event stated by one sentence of one article. */
export interface Candidate {
  /** Identity of the event (kind family + period), the same in every language; consolidation may refine it. */
  key: string;
  family: string;
  kind: Kind;
  title: string;
  actors: string[];
  /** Language-independent ids of what the event is about and where it was ('warning-system', 'Singapore'). */
  objects: string[];
  place: string | null;
  role: string | null;
  status: Status;
  confidence: number;
  date: string;
  precision: Precision;
  endDate: string | null;
  /** For planned events: the last day they are due (YYYY-MM-DD). */
  deadline: string | null;
  quote: string;
  dateText: string;
  sentenceIndex: number;
}

/** A candidate with the article it came from. */
export interface Claim extends Candidate {
  articleId: number;
  articleUrl: string;
  outlet: string;
  publishedAt: Date;
  /** Syndicated copies share a story key; they are one source, not several. */
  storyKey?: string | null;
}

export interface DateClaim {
  date: string;
  precision: Precision;
  sources: { outlet: string; articleUrl: string; publishedAt: string; quote: string }[];
}

/** A milestone as consolidation produces it, before storage. */
export interface MilestoneDraft {
  key: string;
  date: string;
  precision: Precision;
  endDate: string | null;
  sortDate: string;
  kind: Kind;
  title: string;
  actors: string[];
  status: Status;
  confidence: number;
  importance: number;
  deadline: string | null;
  pledgeStatus: PledgeStatus | null;
  /** Keys (not ids) of linked milestones; the store turns them into ids. */
  fulfilledByKey: string | null;
  supersededByKey: string | null;
  conflict: DateClaim[] | null;
  pinned: boolean;
  curated: boolean;
  claims: Claim[];
}
