// chrono-node used as is (`chrono.parse(text, refDate)`), its results mapped to TIMEX3 at the precision chrono
// is certain of: a certain day → YYYY-MM-DD, else a certain month → YYYY-MM, else a certain year → YYYY; a result
// certain of none of them (a weekday, "tomorrow") keeps the day chrono resolved; a certain hour makes a TIME.
import * as chrono from 'chrono-node';
import type { Span } from './timex-score.ts';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function chronoSpans(text: string, ref: Date): Span[] {
  return chrono.parse(text, ref).map((r) => {
    const c = r.start;
    const y = pad(c.get('year') ?? 0, 4);
    const day = `${y}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    let value = day;
    if (!c.isCertain('day') && c.isCertain('month')) value = day.slice(0, 7);
    else if (!c.isCertain('day') && c.isCertain('year')) value = y;
    if (c.isCertain('hour')) return { start: r.index, end: r.index + r.text.length, type: 'TIME', value: `${day}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` };
    return { start: r.index, end: r.index + r.text.length, type: 'DATE', value };
  });
}
