/**
 * What form inputs give (text, as typed) turned into the values the parsers check. These never
 * fail: text that is not a number stays text, and the parser says what is wrong with it.
 */

/** "45" or " 45 " -> 45; "" -> undefined (nothing entered); "4.5", "1e9", "0x2d" stay text (not whole numbers). */
export function numberFromText(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  const s = raw.trim();
  if (s === '') return undefined;
  return /^[+-]?\d+$/.test(s) ? Number(s) : raw;
}

/** "HH:MM" (what `<input type="time">` gives) or digits -> minutes after midnight; "25:00" -> NaN. */
export function minuteOfDayFromText(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(raw);
  if (!m) return numberFromText(raw);
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h > 23 || min > 59 ? Number.NaN : h * 60 + min;
}

/** "HH:MM" for a minute of the day, e.g. 540 -> "09:00" (for `<input type="time">`). */
export function minuteToTime(minute: number): string {
  const m = ((Math.trunc(minute) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
