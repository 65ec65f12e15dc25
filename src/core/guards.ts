/**
 * Small type guards for parsing untrusted values (storage, imported files). Pure; never throw
 * on ordinary values.
 */

/** An object that is not null and not an array (what a JSON object parses to). */
export function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/** A number that is not NaN or ±Infinity. */
export function isFiniteNumber(v: unknown): v is number {
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
