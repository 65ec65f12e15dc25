/** Lengths of time in milliseconds, the unit every time in Unhunch is counted in. */
export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
/** A day of 24 hours (not a calendar day: those can have 23 or 25 around daylight saving). */
export const DAY_MS = 24 * HOUR_MS;
