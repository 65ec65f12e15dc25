import { formatNumber, t, tn, uiLanguage } from '../platform/i18n';

export { formatNumber };

/** "32 min", "1 h 5 min": whole minutes, never negative. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return t('durationMinutes', minutes);
  return t('durationHoursMinutes', [Math.floor(minutes / 60), minutes % 60]);
}

/** "1:05" for a countdown. */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export function formatPercent(fraction: number): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** "1 day", "3 days". */
export function formatDays(n: number): string {
  return tn('optDays', n);
}
