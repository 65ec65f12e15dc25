import { intlFormat } from 'date-fns';
import { t, uiLanguage } from '../platform/i18n';

/** "32 min", "1 h 5 min": whole minutes, never negative. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return t('durationMinutes', minutes);
  return t('durationHoursMinutes', [Math.floor(minutes / 60), minutes % 60]);
}

/** A clock time in the person's locale, with their 12- or 24-hour habit. */
export function formatClockTime(epochMs: number): string {
  return intlFormat(epochMs, { hour: 'numeric', minute: '2-digit' }, { locale: uiLanguage() });
}

/** "1:05" for a countdown. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
