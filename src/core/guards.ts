/**
 * The one way Unhunch reads untrusted data (storage written by older versions, other devices or
 * damage; imported files; form fields): small guards, and one result shape for every parser.
 * Pure; guards never throw on ordinary values, and `readSafely` turns a hostile one (a throwing
 * getter or proxy) into a problem.
 */

/** A problem a person may read: an i18n message key (public/_locales) and its $1, $2 substitutions. */
export interface Problem {
  messageKey: string;
  args?: string[];
}

/**
 * What every parser of untrusted data gives back: a value that is always safe to use (a default
 * where the input was bad, nothing valid dropped) and the problems it found. Stored state nobody
 * reads about (the sitting clock, a running stretch) reports its problems as English text for the
 * console (`P = string`).
 */
export interface Parsed<T, P = Problem> {
  value: T;
  problems: P[];
}

/** One value checked on its own: the value, or the problem with it. */
export type Checked<T, P = Problem> = { ok: true; value: T } | { ok: false; problem: P };

/**
 * The latest moment a JavaScript date can hold (the year 275760): a later "time" is damage, not a
 * date. Times up to it are dates, so a far-future one is reported as in the future (by the history
 * import, which leaves it out) or brought back to now (by the sitting clock).
 */
export const LATEST_TIME_MS = 8.64e15;

/** An object that is not null and not an array (what a JSON object parses to). */
export function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/**
 * The object's own value at `key`: never one inherited from its prototype, so a stored
 * `__proto__`, `constructor` or a polluted `Object.prototype` reads as missing.
 */
export function ownField(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** A number that is not NaN or ±Infinity. */
function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A finite number with min <= v <= max. */
export function isNumberInRange(v: unknown, min: number, max: number): v is number {
  return isFiniteNumber(v) && v >= min && v <= max;
}

/** A whole number with min <= v <= max. */
export function isIntegerInRange(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** A moment as epoch ms: from 1970 up to `LATEST_TIME_MS`. */
export function isTime(v: unknown): v is number {
  return isNumberInRange(v, 0, LATEST_TIME_MS);
}

/** A length of time in ms, from 0 up to `max`. */
export function isDuration(v: unknown, max: number): v is number {
  return isNumberInRange(v, 0, max);
}

export function isBoolean(v: unknown): v is boolean {
  return typeof v === 'boolean';
}

/** One of `choices` (compared with ===). */
export function isOneOf<T>(v: unknown, choices: readonly T[]): v is T {
  return (choices as readonly unknown[]).includes(v);
}

/**
 * An array of distinct items that each pass `isItem`, at most `maxLength` long (a huge array is
 * refused without walking it); a copy, or null when it is not one.
 */
export function distinctList<T>(raw: unknown, isItem: (v: unknown) => v is T, maxLength: number): T[] | null {
  if (!Array.isArray(raw) || raw.length > maxLength) return null;
  const list: T[] = [];
  for (const v of raw) {
    if (!isItem(v) || list.includes(v)) return null;
    list.push(v);
  }
  return list;
}

/**
 * A whole number from min to max, with the problem a person reads (`settingsErrorRequired`,
 * `settingsErrorWholeNumber`, `settingsErrorRange`, each with the range as $1 and $2).
 * Numbers only: form text is turned into one by `numberFromText` first.
 */
export function checkWholeNumber(raw: unknown, min: number, max: number): Checked<number> {
  const args = [String(min), String(max)];
  if (raw === undefined || raw === null) return { ok: false, problem: { messageKey: 'settingsErrorRequired', args } };
  if (typeof raw !== 'number' || !Number.isInteger(raw)) return { ok: false, problem: { messageKey: 'settingsErrorWholeNumber', args } };
  if (raw < min || raw > max) return { ok: false, problem: { messageKey: 'settingsErrorRange', args } };
  return { ok: true, value: raw === 0 ? 0 : raw }; // no -0
}

/** Runs a read of an untrusted value; a throwing getter or proxy gives `onThrow(error)` instead. */
export function readSafely<T>(read: () => T, onThrow: (error: unknown) => T): T {
  try {
    return read();
  } catch (error) {
    return onThrow(error);
  }
}
