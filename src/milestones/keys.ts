// Event identity. Kinds that describe one gathering (a summit, the meeting, what it decided, its statement)
// share a family, so the sentences "met on Saturday" and "agreed Saturday" land on one milestone.
import type { Kind, Precision, Status } from './types.ts';

export const FAMILY: Record<Kind, string> = {
  agreement: 'agreement',
  summit: 'gathering',
  meeting: 'gathering',
  decision: 'gathering',
  statement: 'gathering',
  operational: 'operational',
  exercise: 'exercise',
  pledge: 'pledge',
  launch: 'launch',
  action: 'action',
  incident: 'incident',
  legal: 'legal',
  election: 'election',
  death: 'death',
  personnel: 'personnel',
};

// Families that recur within a year are told apart by month; one-off ones (an agreement, a system going
// live) by year, so "the 2014 arrangement" and "signed on Dec. 29, 2014" share a key.
const RECURRING = new Set(['gathering', 'exercise']);

/**
 * `[due:]family:period`; the generic layer adds its event's lemma to the family (`legal/sentence:2024`) so
 * that different steps of one kind, reported days apart or in the same month, stay apart.
 */
export function eventKey(family: string, status: Status, date: string, precision: Precision): string {
  const prefix = status === 'planned' ? 'due:' : '';
  const period = isRecurring(family) && precision !== 'year' ? date.slice(0, 7) : date.slice(0, 4);
  return `${prefix}${family}:${period}`;
}

/** The key without its period: claims with one base and compatible dates may be one event. */
export const baseOf = (key: string) => key.slice(0, key.lastIndexOf(':'));

export const isRecurring = (family: string) => RECURRING.has(family.split('/')[0]!);

/** Keys of the generic layer carry the event's lemma after the family. */
export const isGenericKey = (key: string) => key.includes('/');

// When one gathering is told by several kinds, the milestone takes the most telling one.
const KIND_RANK: Kind[] = [
  'agreement', 'summit', 'decision', 'operational', 'meeting', 'exercise', 'statement', 'pledge',
  'launch', 'incident', 'legal', 'election', 'death', 'personnel', 'action',
];
export const kindRank = (k: Kind) => KIND_RANK.indexOf(k);
