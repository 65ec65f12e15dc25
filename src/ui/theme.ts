import type { Theme } from '../core/settings';

/** "system" follows prefers-color-scheme in CSS; light and dark override it. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}
