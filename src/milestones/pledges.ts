// Pledge tracking over consolidated milestones. A planned milestone with a deadline is:
//   fulfilled  — a happened milestone of the same family (and object, when both name one) falls between the
//                pledge's first report and its deadline;
//   superseded — a later-stated pledge of the same family sets a different deadline;
//   missed     — the deadline has passed (against the injected clock) without either; a late achievement
//                is still linked as fulfilledBy so readers see when it came;
//   open       — otherwise.
import { FAMILY } from './keys.ts';
import type { MilestoneDraft } from './types.ts';

const firstReport = (m: MilestoneDraft) => Math.min(...m.claims.map((c) => c.publishedAt.getTime()));
const familyOf = (m: MilestoneDraft) => FAMILY[m.kind];
const objectsOf = (m: MilestoneDraft) => new Set(m.claims.flatMap((c) => c.objects));

function sameThing(pledge: MilestoneDraft, event: MilestoneDraft): boolean {
  if (familyOf(pledge) !== familyOf(event) && pledge.kind !== 'pledge') return false;
  if (pledge.kind === 'summit' && event.kind !== 'summit') return false; // a ministers' meeting is no summit
  const a = objectsOf(pledge);
  const b = objectsOf(event);
  if (a.size === 0 || b.size === 0) return pledge.kind !== 'pledge';
  return [...a].some((o) => b.has(o));
}

function achievement(pledge: MilestoneDraft, happened: MilestoneDraft[]): MilestoneDraft | null {
  const made = new Date(firstReport(pledge)).toISOString().slice(0, 10);
  const candidates = happened
    .filter((h) => sameThing(pledge, h) && h.sortDate >= made.slice(0, h.sortDate.length))
    .sort((a, b) => a.sortDate.localeCompare(b.sortDate));
  return candidates[0] ?? null;
}

function replacement(pledge: MilestoneDraft, planned: MilestoneDraft[]): MilestoneDraft | null {
  const made = firstReport(pledge);
  const later = planned
    .filter((p) => p !== pledge && p.deadline && p.deadline !== pledge.deadline)
    .filter((p) => familyOf(p) === familyOf(pledge) && firstReport(p) > made)
    .sort((a, b) => firstReport(a) - firstReport(b));
  return later[0] ?? null;
}

export function trackPledges(drafts: MilestoneDraft[], now: Date): MilestoneDraft[] {
  const happened = drafts.filter((d) => d.status === 'happened');
  const planned = drafts.filter((d) => d.status === 'planned' && d.deadline);
  const today = now.toISOString().slice(0, 10);
  return drafts.map((d) => {
    if (d.status !== 'planned' || !d.deadline) return d;
    const done = achievement(d, happened);
    if (done && done.sortDate <= d.deadline) return { ...d, pledgeStatus: 'fulfilled', fulfilledByKey: done.key };
    const next = replacement(d, planned);
    if (next) return { ...d, pledgeStatus: 'superseded', supersededByKey: next.key };
    if (d.deadline < today) return { ...d, pledgeStatus: 'missed', fulfilledByKey: done?.key ?? null };
    return { ...d, pledgeStatus: 'open' };
  });
}
