import { browser } from 'wxt/browser';

/** Arms an alarm, leaving it alone when it is already set for that time (re-creating one resets it). */
export async function setAlarm(name: string, at: number, periodMinutes: number | undefined): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing && Math.abs(existing.scheduledTime - at) < 1000 && existing.periodInMinutes === periodMinutes) return;
  await browser.alarms.create(name, periodMinutes === undefined ? { when: at } : { when: at, periodInMinutes: periodMinutes });
}

export async function clearAlarm(name: string): Promise<void> {
  await browser.alarms.clear(name);
}
