// Which days matter in a pile of articles: a generic date selector for timelines (HeidelTime-style salience).
// Each article votes for the days its sentences name (earlier sentences weigh more: news puts the event
// first) and, more weakly, for the day it was published. Pure: documents in, ranked days out.
import { calendarSpan, tagDates } from '../temporal/index.ts';

export interface DatedDocument {
  published: Date;
  sentences: string[];
}

export interface SalienceOptions {
  /** Only days inside [from, to] (YYYY-MM-DD) are ranked. */
  from?: string;
  to?: string;
  /** Weight of an article's own publication day. */
  publishedWeight?: number;
  /** How fast a mention's weight falls with its sentence's position (0 = flat). */
  positionDecay?: number;
}

export interface RankedDay {
  date: string;
  score: number;
  mentions: number;
}

/** The days named at day precision in one document, with their weights. */
export function documentVotes(doc: DatedDocument, decay: number): Map<string, number> {
  const votes = new Map<string, number>();
  doc.sentences.forEach((text, i) => {
    for (const t of tagDates(text, { published: doc.published })) {
      if (t.type !== 'DATE') continue;
      const span = calendarSpan(t);
      if (!span || span.precision !== 'day') continue;
      const w = 1 / (1 + decay * i);
      votes.set(span.date, Math.max(votes.get(span.date) ?? 0, w));
    }
  });
  return votes;
}

export function rankDays(docs: DatedDocument[], opts: SalienceOptions = {}): RankedDay[] {
  const decay = opts.positionDecay ?? 0.05;
  const pubWeight = opts.publishedWeight ?? 0.5;
  const score = new Map<string, RankedDay>();
  const add = (date: string, w: number, mention: boolean) => {
    if ((opts.from && date < opts.from) || (opts.to && date > opts.to)) return;
    const d = score.get(date) ?? { date, score: 0, mentions: 0 };
    d.score += w;
    if (mention) d.mentions += 1;
    score.set(date, d);
  };
  for (const doc of docs) {
    for (const [date, w] of documentVotes(doc, decay)) add(date, w, true);
    add(doc.published.toISOString().slice(0, 10), pubWeight, false);
  }
  return [...score.values()].sort((a, b) => b.score - a.score || a.date.localeCompare(b.date));
}

