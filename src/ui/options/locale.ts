/** Dates, times and numbers for the options page's settings, in the browser's locale (Intl). */
import { formatClockTime, t, uiLanguage } from '../../platform/i18n';

/** A minute of the day (0–1439) as a clock time in the person's locale, e.g. 540 -> "9:00 AM". */
export function formatMinuteOfDay(minute: number): string {
  return formatClockTime(new Date(2021, 0, 4, 0, minute).getTime());
}

/** 2021-01-03 was a Sunday: day d (0 = Sunday) is January 3 + d. */
function weekdayDate(day: number): Date {
  return new Date(2021, 0, 3 + day);
}

export function weekdayName(day: number, width: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(uiLanguage(), { weekday: width }).format(weekdayDate(day));
}

/** The locale's first day of the week, 0 = Sunday … 6 = Saturday (Monday when the browser cannot say). */
function firstDayOfWeek(): number {
  try {
    const locale = new Intl.Locale(uiLanguage()) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    const first = info?.firstDay;
    return typeof first === 'number' && first >= 1 && first <= 7 ? first % 7 : 1;
  } catch {
    return 1;
  }
}

/** 0–6 in the order the locale's week runs. */
export function weekdaysInOrder(): number[] {
  const first = firstDayOfWeek();
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

/** "Mon, Tue and Fri" in the locale, days in week order. */
export function formatDayList(days: readonly number[]): string {
  const ordered = weekdaysInOrder().filter((d) => days.includes(d));
  if (ordered.length === 0) return t('optActiveHoursNoDays');
  const names = ordered.map((d) => weekdayName(d, 'short'));
  try {
    return new Intl.ListFormat(uiLanguage(), { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
