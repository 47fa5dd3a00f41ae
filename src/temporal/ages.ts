// Tells a count of units that gives someone's age from a length of time: "17 years old", "aged six months to 12 years".

/** Whether the count of units matched at `m` is an age (of a person or an age band), not a length of time. */
export function anAge(m: RegExpExecArray, text: string): boolean {
  // "17 years old", "14 to 17 years of age", "eight years older than me": an age or a difference of ages; "the 30-50 year
  // group" an age band (a pregnancy's "seven months pregnant" stays a length, as the blind annotators write it)
  if (/^['’]?[\s-]olds?\b|^\s+of\s+age\b|^\s+(?:older|younger)\b|^\s+(?:age\s+)?(?:groups?|bands?|brackets?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return true;
  // "children aged six months to 12 years", "aged between 18 months and 60 years", "some as young as two months", "under
  // the age of 25 years", "between the ages of 30 and 50 years": ages too
  // (not "in the age of 24-hour drinking", an era)
  const ageBefore = /\b(?:aged|(?<of>ages?\s+of)|as\s+(?:young|old)\s+as)\s+(?:between\s+)?(?:[\w.]+(?:\s+(?:days?|weeks?|months?|years?))?\s*(?:\bto\b|\band\b|-|–)\s*)?$/i.exec(text.slice(Math.max(0, m.index - 40), m.index));
  return ageBefore !== null && !(ageBefore.groups?.of && /-/.test(m[0]));
}
