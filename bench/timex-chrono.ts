// chrono-node used as is, its results mapped to TIMEX3 at the precision chrono is certain of.
import * as chrono from 'chrono-node';
import type { Span } from './timex-score.ts';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function chronoSpans(text: string, ref: Date): Span[] {
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const y = c.get('year') ?? 0;
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    let value = pad(y, 4);
    let type = 'DATE';
    if (c.isCertain('day') || c.isCertain('weekday')) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    else if (c.isCertain('month')) value = `${pad(y, 4)}-${pad(m)}`;
    else if (!c.isCertain('year')) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    if (c.isCertain('hour')) {
      type = 'TIME';
      value = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    }
    return { start: r.index, end: r.index + r.text.length, type, value };
  });
}
