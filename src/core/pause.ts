/** How long a pause lasts: the choices a person has, and how far ahead one may end. */
import { hoursOf, tomorrowStart, type Hours } from './activeHours';
import type { PauseChoice } from './scheduleEvents';
import type { Settings } from './settings';
import { HOUR_MS, MINUTE_MS } from './time';

/**
 * How far ahead a pause can end: "until tomorrow" is at most ~25 h ahead (DST), or with
 * active hours up to the first session start in the week after tomorrow (< 8 days + 1 h).
 */
const MAX_PAUSE_AHEAD_MS = 25 * HOUR_MS;
const MAX_PAUSE_AHEAD_HOURS_MS = 8 * 24 * HOUR_MS + HOUR_MS;

/**
 * When a pause chosen at `now` ends: null = until resumed; 'tomorrow' = the next local
 * midnight, or with active hours enabled the first start of active hours at or after it.
 */
export function pauseEnd(choice: PauseChoice, now: number, settings: Settings): number | null {
  switch (choice) {
    case 'minutes30':
      return now + 30 * MINUTE_MS;
    case 'hour1':
      return now + HOUR_MS;
    case 'tomorrow':
      return tomorrowStart(now, hoursOf(settings.activeHours));
    case 'untilResumed':
      return null;
  }
}

/** How far ahead of `now` a pause may end: a clock set back never stretches a pause further. */
export function maxPauseAheadMs(hours: Hours): number {
  return hours ? MAX_PAUSE_AHEAD_HOURS_MS : MAX_PAUSE_AHEAD_MS;
}
