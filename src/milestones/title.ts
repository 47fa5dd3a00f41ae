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
}

const SHORT: Record<string, string> = { 'South Korea': 'South Korea', 'United States': 'US', Japan: 'Japan' };

export function who(actors: string[]): string {
  const names = actors.map((a) => SHORT[a] ?? a);
  if (names.length === 0) return 'The allies';
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const label = (id: string | undefined) => OBJECTS.find((o) => o.id === id)?.label ?? null;

// What an agreement or decision is about, as a verb phrase.
const AGREE_ON: Record<string, string> = {
  'warning-system': 'agree to run a combined missile-warning data system',
  'real-time-sharing': 'agree to share missile-warning data in real time',
  'info-sharing-arrangement': 'agree on an information-sharing arrangement',
  gsomia: 'decide on the GSOMIA intelligence pact',
  'security-framework': 'agree to institutionalise trilateral security cooperation',
};

function subject(p: TitleParts): string {
  const base = who(p.actors);
  return p.role ? `${base} ${p.role}` : base;
}

export function makeTitle(p: TitleParts): string {
  const at = p.place ? ` in ${p.place}` : '';
  const object = label(p.objects[0]);
  const agree = AGREE_ON[p.objects[0] ?? ''] ?? (object ? `agree on ${object}` : 'reach an agreement');
  if (p.status === 'planned') {
    if (p.kind === 'operational') return `${cap(object ?? 'the system')} due to start operating`;
    if (p.kind === 'summit' || p.kind === 'meeting') return `${subject(p)} to meet${at}`;
    if (p.kind === 'exercise') return `${who(p.actors)} to hold ${object ?? 'a joint exercise'}`;
    return `Pledge: ${object ?? 'next step'}`;
  }
  switch (p.kind) {
    case 'agreement':
      return `${who(p.actors)} sign ${object ?? 'an agreement'}`;
    case 'summit':
      return `${who(p.actors)} leaders ${object ? agree : 'hold a summit'} at summit${at}`.replace(' hold a summit at summit', ' hold a summit');
    case 'decision':
      return object ? `${subject(p)} ${agree}${at}` : `${subject(p)} reach a decision${at}`;
    case 'meeting':
      return object ? `${subject(p)} ${agree}${at}` : `${subject(p)} meet${at}`;
    case 'operational':
      return `${cap(object ?? 'the system')} becomes operational`;
    case 'exercise':
      return `${who(p.actors)} hold ${object ?? 'a joint exercise'}`;
    case 'statement':
      return `${subject(p)} issue a joint statement${at}`;
    default:
      return `${subject(p)}: ${object ?? p.kind}`;
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
