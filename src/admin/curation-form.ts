// The curation forms (edit, merge, split) read into the curation service's input. An edit carries only the
// fields the admin changed, so the fields left alone keep following the sources on later re-extractions.
import { AppError } from '../errors.ts';
import { parseInput } from '../http/validate.ts';
import { curationSchema, type CurationAction } from '../milestones/curation.ts';

export const editFields = ['title', 'date', 'kind', 'status', 'deadline'] as const;
export type EditForm = Partial<Record<(typeof editFields)[number], string>>;

/** What the edit form compares against: the milestone as the timeline shows it now. */
export interface EditedMilestone {
  title: string;
  date: string;
  kind: string;
  status: string;
  deadline: string | null;
}

const fieldError = (field: string, message: string) => new AppError('validation_failed', `${field}: ${message}`, field);

/** The named fields of a urlencoded form, trimmed; unlike formValues an emptied field stays '' (a change). */
export function textFields<N extends string>(body: unknown, names: readonly N[]): Partial<Record<N, string>> {
  const all = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const out: Partial<Record<N, string>> = {};
  for (const name of names) {
    const v = all[name];
    if (typeof v === 'string') out[name] = v.trim();
  }
  return out;
}

/** The fields whose value differs from the milestone's; null when nothing changed. An emptied deadline clears it. */
export function editChanges(form: EditForm, now: EditedMilestone): Record<string, string | null> | null {
  const changes: Record<string, string | null> = {};
  for (const name of ['title', 'date', 'kind', 'status'] as const) {
    const v = form[name];
    if (v !== undefined && v !== now[name]) changes[name] = v;
  }
  const deadline = form.deadline === '' ? null : form.deadline;
  if (deadline !== undefined && deadline !== now.deadline) changes.deadline = deadline;
  return Object.keys(changes).length ? changes : null;
}

/** YYYY, YYYY-MM or YYYY-MM-DD that names a real month or day (the schema checks only the shape). */
function checkDay(value: string, field: string, dayOnly: boolean): void {
  const shape = dayOnly ? /^\d{4}-\d\d-\d\d$/ : /^\d{4}(-\d\d(-\d\d)?)?$/;
  if (!shape.test(value)) throw fieldError(field, dayOnly ? 'must be YYYY-MM-DD' : 'must be YYYY, YYYY-MM or YYYY-MM-DD');
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) throw fieldError(field, `${value} is not a date on the calendar`);
}

export function editAction(changes: Record<string, string | null>): CurationAction {
  if (typeof changes.date === 'string') checkDay(changes.date, 'date', false);
  if (typeof changes.deadline === 'string') checkDay(changes.deadline, 'deadline', true);
  if (changes.title === '') throw fieldError('title', 'must not be empty');
  return parseInput(curationSchema, { action: 'edit', ...changes }, 'body');
}

export function mergeAction(into: string | undefined): CurationAction {
  if (!into) throw fieldError('into', 'choose the milestone to merge into');
  return parseInput(curationSchema, { action: 'merge', into }, 'body');
}

/** The ticked articles, which must be some but not all of the milestone's own. */
export function splitAction(body: unknown, ownArticleIds: number[]): CurationAction {
  const ticked = body && typeof body === 'object' ? (body as Record<string, unknown>).articleIds : undefined;
  const list: unknown[] = ticked === undefined ? [] : Array.isArray(ticked) ? ticked : [ticked];
  const ids = [...new Set(list.map(Number))];
  const own = new Set(ownArticleIds);
  if (ids.length === 0) throw fieldError('articleIds', 'tick at least one article to move to a milestone of its own');
  if (ids.some((id) => !own.has(id))) throw fieldError('articleIds', "only this milestone's own articles can be split off");
  if (ids.length >= own.size) throw fieldError('articleIds', 'leave at least one article with this milestone');
  return parseInput(curationSchema, { action: 'split', articleIds: ids }, 'body');
}
