/**
 * What the break log says: totals per local day, the week, the streak. Days are the person's
 * local days (the zone the code runs in), computed with date-fns so that 23- and 25-hour days
 * around daylight saving are right. Pure: the current time is always an argument.
 */
import { addDays, startOfDay, subDays } from 'date-fns';
import { BREAK_OUTCOMES, type HistoryEntry } from './history';

export interface DayTotals {
  /** Local calendar day, yyyy-MM-dd. */
  day: string;
  done: number;
  stoppedEarly: number;
  skipped: number;
  snoozed: number;
}

export interface WeekTotals {
  done: number;
  stoppedEarly: number;
  skipped: number;
  snoozed: number;
}

export interface HistoryStats {
  today: DayTotals;
  /** The last 7 local days including today. */
  week: WeekTotals;
  /** Consecutive local days with at least one 'done', ending today (or yesterday when today has none yet). */
  streakDays: number;
  /** The longest sitting stretch today: the longest recorded one or the current one. */
  longestSittingTodayMs: number;
  /** done / (done + stoppedEarly + skipped) over the week; null when there is nothing to divide. */
  completionRate: number | null;
}


const MAX_DAYS = 3660;

/** Start of each of the `days` local days ending with today, oldest first, plus the start of tomorrow. */
function dayStarts(now: number, days: number): number[] {
  const today = startOfDay(now);
  const starts: number[] = [];
  for (let i = days - 1; i >= 0; i--) starts.push(subDays(today, i).getTime());
  starts.push(addDays(today, 1).getTime());
  return starts;
}

/** Index i with starts[i] <= at < starts[i + 1], or -1. */
function dayIndex(starts: readonly number[], at: number): number {
  if (starts.length < 2 || at < starts[0]! || at >= starts[starts.length - 1]!) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Totals for each of the last `days` local days ending today, oldest first, zero-filled. */
export function dailyTotals(entries: readonly HistoryEntry[], now: number, days: number): DayTotals[] {
  const n = Number.isFinite(days) ? Math.min(MAX_DAYS, Math.max(0, Math.floor(days))) : 0;
  if (n === 0) return [];
  const starts = dayStarts(now, n);
  const totals: DayTotals[] = starts
    .slice(0, n)
    .map((s) => ({ day: localDay(s), done: 0, stoppedEarly: 0, skipped: 0, snoozed: 0 }));
  for (const e of entries) {
    const i = dayIndex(starts, e.at);
    if (i >= 0 && (BREAK_OUTCOMES as readonly string[]).includes(e.outcome)) totals[i]![e.outcome]++;
  }
  return totals;
}

/** Local day key (yyyy-MM-dd) of a time. */
export function localDay(at: number): string {
  const d = new Date(at);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function historyStats(entries: readonly HistoryEntry[], now: number, currentSittingMs: number): HistoryStats {
  const lastWeek = dailyTotals(entries, now, 7);
  const today = lastWeek[lastWeek.length - 1]!;
  const week: WeekTotals = { done: 0, stoppedEarly: 0, skipped: 0, snoozed: 0 };
  for (const d of lastWeek) {
    week.done += d.done;
    week.stoppedEarly += d.stoppedEarly;
    week.skipped += d.skipped;
    week.snoozed += d.snoozed;
  }

  // Streak: walk back day by day over the local days that have a 'done'.
  const doneTimes = entries.filter((e) => e.outcome === 'done').map((e) => e.at).sort((a, b) => a - b);
  const hasDoneBetween = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = doneTimes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doneTimes[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < doneTimes.length && doneTimes[lo]! < to;
  };
  let dayStart = startOfDay(now);
  let dayEnd = addDays(dayStart, 1);
  let streakDays = 0;
  if (!hasDoneBetween(dayStart.getTime(), dayEnd.getTime())) {
    dayEnd = dayStart;
    dayStart = subDays(dayStart, 1);
  }
  while (streakDays <= MAX_DAYS && hasDoneBetween(dayStart.getTime(), dayEnd.getTime())) {
    streakDays++;
    dayEnd = dayStart;
    dayStart = subDays(dayStart, 1);
  }

  const todayStart = startOfDay(now).getTime();
  const tomorrowStart = addDays(todayStart, 1).getTime();
  let longestSittingTodayMs = Number.isFinite(currentSittingMs) ? Math.max(0, currentSittingMs) : 0;
  for (const e of entries) {
    if (e.at >= todayStart && e.at < tomorrowStart && e.sittingMs > longestSittingTodayMs) {
      longestSittingTodayMs = e.sittingMs;
    }
  }

  const attempted = week.done + week.stoppedEarly + week.skipped;
  const completionRate = attempted === 0 ? null : week.done / attempted;

  return { today, week, streakDays, longestSittingTodayMs, completionRate };
}
