// Form plumbing shared by the admin routes: read string fields, turn a service's 4xx into a message that names
// the field, and the fixed notices shown after a redirect.
import type { Request } from 'express';
import { AppError } from '../errors.ts';
import type { FormValues } from './pages/controls.ts';

/** The named string fields of a urlencoded form; empty or repeated fields count as absent. */
export function formValues(req: Request, names: string[]): FormValues {
  const body = req.body && typeof req.body === 'object' ? (req.body as Record<string, unknown>) : {};
  const out: FormValues = {};
  for (const name of names) {
    const v = body[name];
    if (typeof v === 'string' && v.trim() !== '') out[name] = v;
  }
  return out;
}

/** Runs a form's use case; a validation, conflict or not-found error becomes a message, anything else throws. */
export async function tryForm(work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (err) {
    if (err instanceof AppError && err.status < 500 && err.status !== 403) return formMessage(err);
    throw err;
  }
}

/** 'body.url: must be an http(s) URL' → 'url: must be an http(s) URL'. */
export function formMessage(err: AppError): string {
  const message = err.message.replace(/^(body|query|params)\./, '');
  return err.field && !message.startsWith(`${err.field}:`) ? `${err.field}: ${message}` : message;
}

export interface Notice {
  text: string;
  bad?: boolean; // shown as a warning, not a success
}

const notices: Record<string, string | Notice> = {
  'signed-in': 'Signed in.',
  'feed-added': 'Feed added. It is checked on the next ingest run, or now with “Check now”.',
  'feed-enabled': 'Feed enabled; it will be checked on the next run.',
  'feed-disabled': 'Feed disabled.',
  'checked-ok': 'Feed checked: ok.',
  'checked-partial': { text: 'Feed checked, with errors (see the feed row and the runs page).', bad: true },
  'checked-failed': { text: 'Feed check failed (see the feed row and the runs page).', bad: true },
  'checked-skipped': { text: 'Feed check skipped: another run is busy.', bad: true },
  'topic-added': 'Topic added. Add feeds for it on the feeds page.',
  'subscriber-added': 'Subscriber added.',
  'subscriber-removed': 'Subscriber removed.',
  'milestone-pin': 'Milestone pinned.',
  'milestone-unpin': 'Milestone unpinned.',
  'milestone-reject': 'Milestone rejected; it stays out of the timeline after re-extraction too.',
  'milestone-edit': 'Milestone edited; the changed fields are kept after re-extraction too.',
  'milestone-unchanged': { text: 'Nothing was changed: every field had its current value.', bad: true },
  'milestone-merge': 'Milestones merged; they stay one after re-extraction too.',
  'milestone-split': 'Articles split off into a milestone of their own; it stays apart after re-extraction too.',
};

/** Only our own texts: the query parameter picks one, it is never shown itself. */
export function noticeOf(req: Request): Notice | undefined {
  const done = req.query.done;
  if (typeof done !== 'string' || !Object.hasOwn(notices, done)) return undefined;
  const n = notices[done]!;
  return typeof n === 'string' ? { text: n } : n;
}
