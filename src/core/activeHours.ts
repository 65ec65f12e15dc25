/**
 * Active-hours calendar maths in local time (date-fns, the process time zone). A session
 * starts on a chosen day at startMinute and ends at endMinute the same day, or the next day
 * when endMinute ≤ startMinute (it spans midnight). Disabled hours (null) are always inside.
 */
import { addDays, getDay, startOfDay } from 'date-fns';
import type { ActiveHours } from './settings';

interface Span {
  start: number;
  end: number;
}

/** The hours that apply, or null when every moment is inside. */
export type Hours = ActiveHours | null;

export function hoursOf(activeHours: ActiveHours): Hours {
  return activeHours.enabled ? activeHours : null;
}

/** Epoch ms of a wall-clock minute on a local day (a time in the spring-forward gap lands after it). */
function atMinute(day: Date, minute: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minute / 60), minute % 60).getTime();
}

/** The sessions, merged, for the local days around [from, to]. */
function spans(from: number, to: number, hours: ActiveHours): Span[] {
  const out: Span[] = [];
  const last = addDays(startOfDay(to), 1).getTime();
  for (let day = addDays(startOfDay(from), -2); day.getTime() <= last; day = addDays(day, 1)) {
    if (!hours.days.includes(getDay(day))) continue;
    const start = atMinute(day, hours.startMinute);
    const end = atMinute(hours.endMinute > hours.startMinute ? day : addDays(day, 1), hours.endMinute);
    if (end <= start) continue;
    const prev = out[out.length - 1];
    if (prev && start <= prev.end) prev.end = Math.max(prev.end, end);
    else out.push({ start, end });
  }
  return out;
}

export function insideHours(t: number, hours: Hours): boolean {
  if (!hours) return true;
  return spans(t, t, hours).some((s) => s.start <= t && t < s.end);
}

/** The next moment after t when "inside active hours" changes; null if it never does. */
export function nextHoursChange(t: number, hours: Hours): number | null {
  if (!hours) return null;
  // A weekly pattern changes within 8 days if it changes at all; later edges are artefacts of the window.
  const horizon = addDays(startOfDay(t), 8).getTime();
  let best: number | null = null;
  for (const s of spans(t, horizon, hours)) {
    for (const edge of [s.start, s.end]) {
      if (edge > t && edge < horizon && (best === null || edge < best)) best = edge;
    }
  }
  return best;
}

/** Milliseconds of [from, to) inside active hours. */
export function activeMsBetween(from: number, to: number, hours: Hours): number {
  if (to <= from) return 0;
  if (!hours) return to - from;
  let total = 0;
  for (const s of spans(from, to, hours)) {
    const a = Math.max(from, s.start);
    const b = Math.min(to, s.end);
    if (b > a) total += b - a;
  }
  return total;
}

/**
 * The start of "tomorrow": the next local midnight, or with active hours the first day's
 * session start at or after it (a session running over midnight is today's, not tomorrow's).
 * With no chosen day in the week, the midnight.
 */
export function tomorrowStart(now: number, hours: Hours): number {
  const midnight = startOfDay(addDays(now, 1));
  if (hours) {
    for (let i = 0; i < 7; i++) {
      const day = addDays(midnight, i);
      if (hours.days.includes(getDay(day))) return atMinute(day, hours.startMinute);
    }
  }
  return midnight.getTime();
}
