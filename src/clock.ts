// The clock is injected everywhere so tests can fix "now".
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
export const fixedClock = (iso: string | Date): Clock => ({ now: () => new Date(iso) });
