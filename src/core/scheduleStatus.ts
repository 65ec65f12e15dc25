/** What the popup and the toolbar badge say about the sitting clock at a moment. */
import { hoursOf, insideHours, nextHoursChange, type Hours } from './activeHours';
import { parseScheduleState, settle, sittingAt, type ScheduleState } from './scheduleState';
import type { Settings } from './settings';
import { MINUTE_MS } from './time';

type StatusKind = 'sitting' | 'due' | 'away' | 'paused' | 'outsideHours' | 'doneForToday';

export interface Status {
  kind: StatusKind;
  sittingMs: number;
  /**
   * 'sitting': when the break falls due; 'due': when it fell due (≤ now); null for every
   * other kind (the clock stands still, or the break would fall due after active hours).
   */
  nextBreakAt: number | null;
  /** null with kind 'paused' = until resumed; null for every other kind. */
  pausedUntil: number | null;
  /** 'outsideHours' and 'doneForToday': when active hours start again (null if never). */
  resumesAt: number | null;
  /** The coming break was put off once already (another snooze waits until it falls due). */
  snoozed: boolean;
}

/** Message keys `badgeFor` uses for the toolbar button's title (English in public/_locales/en). */
type BadgeTitleKey =
  | 'badgeTitleNext'
  | 'badgeTitleDue'
  | 'badgeTitlePausedUntil'
  | 'badgeTitlePausedUntilResumed'
  | 'badgeTitleOutsideHours'
  | 'badgeTitleDoneForToday'
  | 'badgeTitleAway';

export interface Badge {
  text: string;
  color: string;
  /** A message key; `titleArgs` are its $1, $2 … substitutions. */
  titleKey: BadgeTitleKey;
  titleArgs: string[];
  /**
   * An epoch-ms time the title names as its $1 (then `titleArgs` is empty); the platform
   * formats it in the person's locale. null for titles without a time.
   */
  titleTime: number | null;
}

export const BADGE_COLORS = {
  /** Counting down normally. */
  calm: '#2b7a78',
  /** A break is due, or about to be. */
  alert: '#c2410c',
  /** Paused, away, outside active hours. */
  quiet: '#6b7280',
} as const;

/** Badge text while paused ('❚❚' does not render in every font). */
const PAUSED_BADGE_TEXT = 'II';
const DUE_BADGE_TEXT = '!';

/** The sitting a break falls due at, ms. */
export function targetMs(s: ScheduleState, settings: Settings): number {
  return settings.intervalMinutes * MINUTE_MS + s.extraAllowanceMs;
}

/** The status of settled facts (see `settle`). */
export function statusOf(s: ScheduleState, now: number, settings: Settings): Status {
  const hours: Hours = hoursOf(settings.activeHours);
  const sittingMs = sittingAt(s, now, hours);
  const base = { sittingMs, nextBreakAt: null, pausedUntil: null, resumesAt: null, snoozed: s.snoozed };
  if (s.paused) return { ...base, kind: 'paused', pausedUntil: s.pausedUntil };
  if (!insideHours(now, hours)) return { ...base, kind: 'outsideHours', resumesAt: nextHoursChange(now, hours) };
  if (s.awaySince !== null) return { ...base, kind: 'away' };
  const left = targetMs(s, settings) - sittingMs;
  if (left <= 0) return { ...base, kind: 'due', nextBreakAt: now + left };
  const sessionEnd = nextHoursChange(now, hours);
  if (sessionEnd !== null && now + left > sessionEnd) {
    return { ...base, kind: 'doneForToday', resumesAt: nextHoursChange(sessionEnd, hours) };
  }
  return { ...base, kind: 'sitting', nextBreakAt: now + left };
}

/** What the popup shows; counts the time since the facts were stored as the next step would. */
export function scheduleStatus(state: ScheduleState, now: number, settings: Settings): Status {
  const s = { ...state };
  settle(s, now, Number.POSITIVE_INFINITY);
  return statusOf(s, now, settings);
}

/** The status of a sitting clock as stored (untrusted): a damaged one reads as a fresh clock. */
export function statusOfStored(raw: unknown, now: number, settings: Settings): Status {
  return scheduleStatus(parseScheduleState(raw, now).value, now, settings);
}

/** Whole minutes to the break, rounded up, never 0: "1" in its last minute. */
function minutesUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / MINUTE_MS));
}

export function badgeFor(status: Status, now: number, settings: Settings): Badge {
  const quiet = (titleKey: BadgeTitleKey, titleTime: number | null = null): Badge => ({
    text: '',
    color: BADGE_COLORS.quiet,
    titleKey,
    titleArgs: [],
    titleTime,
  });
  let badge: Badge;
  switch (status.kind) {
    case 'sitting': {
      const at = status.nextBreakAt ?? now;
      const minutes = minutesUntil(at, now);
      const warning = settings.warningSeconds * 1000 >= at - now;
      badge = {
        // The warning: the due colour, with the seconds left.
        text: warning ? `${Math.ceil((at - now) / 1000)}s` : String(minutes),
        color: warning ? BADGE_COLORS.alert : BADGE_COLORS.calm,
        titleKey: 'badgeTitleNext',
        titleArgs: [String(minutes)],
        titleTime: null,
      };
      break;
    }
    case 'due':
      badge = { text: DUE_BADGE_TEXT, color: BADGE_COLORS.alert, titleKey: 'badgeTitleDue', titleArgs: [], titleTime: null };
      break;
    case 'paused':
      // The end time, not "for another N min": no tick runs while paused, so a count would go stale.
      badge = {
        text: PAUSED_BADGE_TEXT,
        color: BADGE_COLORS.quiet,
        titleKey: status.pausedUntil === null ? 'badgeTitlePausedUntilResumed' : 'badgeTitlePausedUntil',
        titleArgs: [],
        titleTime: status.pausedUntil,
      };
      break;
    case 'doneForToday':
      badge = status.resumesAt === null ? quiet('badgeTitleOutsideHours') : quiet('badgeTitleDoneForToday', status.resumesAt);
      break;
    case 'outsideHours':
      badge = quiet('badgeTitleOutsideHours');
      break;
    case 'away':
      badge = quiet('badgeTitleAway');
      break;
  }
  if (!settings.badge) badge.text = '';
  return badge;
}

/** The badge counts down (and needs a minute tick) only in these states. */
export function badgeCountsDown(status: Status, settings: Settings): boolean {
  return settings.badge && status.kind === 'sitting';
}
