/**
 * One event at a time: each one reads what the previous one wrote, with fresh settings and
 * any stretch that ran out while nobody watched recorded first.
 */
import type { Settings } from '../../src/core/settings';
import { loadLanguage } from '../../src/platform/i18n';
import { loadSettings } from '../../src/platform/settingsStore';
import { oneAtATime } from '../../src/platform/turns';
import { endFinishedStretch } from './stretch';

const serialized = oneAtATime();

/** The settings, with their language ready for anything the background says (notifications, badge title, menu). */
export async function currentSettings(): Promise<Settings> {
  const { value: settings, problems } = await loadSettings();
  if (problems.length) console.warn('Unhunch: some stored settings were invalid and use defaults', problems);
  await loadLanguage(settings.language);
  return settings;
}

export function inTurn<T>(now: number, task: (settings: Settings) => Promise<T>): Promise<T> {
  return serialized(async () => {
    const settings = await currentSettings();
    await endFinishedStretch(now, settings);
    return task(settings);
  });
}
