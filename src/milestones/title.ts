// Short plain English titles built from language-independent features, so every language yields the same one.
import { OBJECTS } from './lexicon.ts';
import type { Kind, Status } from './types.ts';

export interface TitleParts {
  kind: Kind;
  status: Status;
  actors: string[];
  role: string | null;
  objects: string[];
  place: string | null;
  /** Sources say the step was decided (by one side) rather than agreed. */
  decided?: boolean;
}

const SHORT: Record<string, string> = { 'United States': 'US' };

export function who(actors: string[]): string {
  const names = actors.map((a) => SHORT[a] ?? a);
  if (names.length === 0) return 'The allies';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const label = (id: string | undefined) => OBJECTS.find((o) => o.id === id)?.label ?? null;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// What an agreement or decision is about, as a verb phrase after "agree".
const AGREE_ON: Record<string, string> = {
  'warning-system': ' to run a combined missile-warning data system',
  'real-time-sharing': ' to share missile-warning data in real time',
  'info-sharing-arrangement': ' on an information-sharing arrangement',
  'security-framework': ' to institutionalise trilateral security cooperation',
};

/** Subject and a verb that agrees with it: one named country takes "agrees", a group "agree". */
function clause(p: TitleParts, plural: string, singular: string, withRole = true): string {
  const role = withRole && p.role ? p.role : '';
  const one = p.actors.length === 1 && !role;
  const name = p.actors.length === 0 && role ? cap(role) : `${who(p.actors)}${role ? ` ${role}` : ''}`;
  return `${name} ${one ? singular : plural}`;
}

const leaders = (p: TitleParts) => (p.actors.length >= 2 ? `${who(p.actors)} leaders` : 'Leaders');

function planned(p: TitleParts, object: string | null, at: string): string {
  if (p.kind === 'operational') return `${cap(object ?? 'the system')} due to start operating`;
  if (p.kind === 'summit') return `${leaders(p)} to hold a summit${at}`;
  if (p.kind === 'meeting') return `${clause(p, 'to meet', 'to meet')}${at}`;
  if (p.kind === 'exercise') return `${clause(p, 'to hold', 'to hold', false)} ${object ?? 'a joint exercise'}`;
  if (p.kind === 'agreement') return `${clause(p, 'to sign', 'to sign', false)} ${object ?? 'an agreement'}`;
  return `Pledge: ${object ?? 'next step'}`;
}

export function makeTitle(p: TitleParts): string {
  const at = p.place ? ` in ${p.place}` : '';
  const id = p.objects[0];
  const object = label(id);
  if (p.status === 'planned') return planned(p, object, at);
  const about = (id && AGREE_ON[id]) ?? (object ? ` on the ${object}` : '');
  switch (p.kind) {
    case 'agreement':
      return `${clause(p, 'sign', 'signs', false)} ${object ?? 'an agreement'}`;
    case 'summit':
      return about ? `${leaders(p)} agree${about} at summit${at}` : `${leaders(p)} hold a summit${at}`;
    case 'decision':
      if (p.decided && object) return `Decision on the ${object}${at}`;
      return about ? `${clause(p, 'agree', 'agrees')}${about}${at}` : `${clause(p, 'reach', 'reaches')} a decision${at}`;
    case 'meeting':
      return about ? `${clause(p, 'agree', 'agrees')}${about}${at}` : `${clause(p, 'meet', 'meets')}${at}`;
    case 'operational':
      return `${cap(object ?? 'the system')} becomes operational`;
    case 'exercise':
      return `${clause(p, 'hold', 'holds', false)} ${object ?? 'a joint exercise'}`;
    case 'statement':
      return `${clause(p, 'issue', 'issues')} a joint statement${at}`;
    default:
      return `${who(p.actors)}: ${object ?? p.kind}`;
  }
}
