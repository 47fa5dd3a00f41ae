// `tidemark timex --published 2023-06-03 [--lang en|ko|ja] [FILE|-]`: prints the tagged expressions as JSON.
import { tagDates } from './tagger.ts';
import type { Lang } from './types.ts';

export interface TimexIo {
  stdout: (s: string) => void;
  readStdin: () => Promise<string>;
  readFile: (p: string) => Promise<string>;
}

interface TimexArgs {
  published: string;
  lang?: Lang;
  file: string;
}

const USAGE = 'usage: tidemark timex --published YYYY-MM-DD [--lang en|ko|ja] [FILE|-]';
const LANGS: readonly string[] = ['en', 'ko', 'ja'];

function parseArgs(args: string[]): TimexArgs | string {
  let published: string | undefined;
  let lang: Lang | undefined;
  let file = '-';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--published' || flag === '--lang') {
      const v = inline ?? args[++i];
      if (v === undefined) return `${flag} needs a value`;
      if (flag === '--published') published = v;
      else if (LANGS.includes(v)) lang = v as Lang;
      else return `--lang must be one of en, ko, ja (got "${v}")`;
    } else if (flag === '--help' || flag === '-h') {
      return USAGE;
    } else if (flag.startsWith('--')) {
      return `unknown option ${flag}`;
    } else {
      file = a;
    }
  }
  if (!published) return '--published is required';
  if (!/^\d{4}-\d\d-\d\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.test(published) || Number.isNaN(Date.parse(published))) {
    return `--published must be a date like 2023-06-03 (got "${published}")`;
  }
  return { published, lang, file };
}

export async function timexCommand(args: string[], io: TimexIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stdout(`${parsed}\n${parsed === USAGE ? '' : `${USAGE}\n`}`);
    return parsed === USAGE ? 0 : 2;
  }
  let text: string;
  try {
    text = parsed.file === '-' ? await io.readStdin() : await io.readFile(parsed.file);
  } catch (err) {
    io.stdout(`timex: cannot read ${parsed.file}: ${(err as Error).message}\n`);
    return 1;
  }
  const timexes = tagDates(text, { published: parsed.published, ...(parsed.lang ? { lang: parsed.lang } : {}) });
  io.stdout(`${JSON.stringify(timexes, null, 2)}\n`);
  return 0;
}
