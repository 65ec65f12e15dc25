// Background wake-ups and storage writes per simulated hour of active use, measured on the
// real handlers with the fake browser: every alarm that would fire is fired, in time order.
import { it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../src/core/settings';
import type { AlarmName } from '../src/core/schedule';
import { handleScheduleEvent } from '../entrypoints/background/nudges';
import { saveSettings } from '../src/platform/settingsStore';

const HOUR = 3_600_000;
const START = new Date('2026-11-23T09:00:00+01:00').getTime();

async function simulate(settings: Settings, hours: number) {
  Object.assign(fakeBrowser.idle, { setDetectionInterval: vi.fn(), queryState: vi.fn(async () => 'active') });
  await saveSettings(settings);
  await handleScheduleEvent({ type: 'installed' }, START);
  // Spies outlive fakeBrowser.reset(): start each run's count from zero.
  const writes = [vi.spyOn(fakeBrowser.storage.local, 'set'), vi.spyOn(fakeBrowser.storage.sync, 'set')];
  for (const spy of writes) spy.mockClear();
  const end = START + hours * HOUR;
  let wakeUps = 0;
  for (;;) {
    const next = (await fakeBrowser.alarms.getAll()).sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
    if (!next || next.scheduledTime > end) break;
    // A periodic alarm comes back one period later, as the browser would do it.
    if (next.periodInMinutes)
      await fakeBrowser.alarms.create(next.name, {
        when: next.scheduledTime + next.periodInMinutes * 60_000,
        periodInMinutes: next.periodInMinutes,
      });
    else await fakeBrowser.alarms.clear(next.name);
    wakeUps++;
    await handleScheduleEvent({ type: 'alarm', name: next.name as AlarmName }, next.scheduledTime);
  }
  const storageWrites = writes.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  return { wakeUpsPerHour: wakeUps / hours, writesPerHour: storageWrites / hours };
}

it('prints background wake-ups and storage writes per hour', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const rows: string[] = [];
  for (const [label, settings] of [
    ['badge on (default)', DEFAULT_SETTINGS],
    ['badge off', { ...DEFAULT_SETTINGS, badge: false }],
  ] as const) {
    fakeBrowser.reset();
    const { wakeUpsPerHour, writesPerHour } = await simulate(settings, 8);
    rows.push(`  ${label.padEnd(20)} ${wakeUpsPerHour.toFixed(1).padStart(6)} wake-ups/h ${writesPerHour.toFixed(1).padStart(7)} storage writes/h`);
  }
  console.log(`\nBackground, 8 simulated hours of active sitting (nudges ignored):\n${rows.join('\n')}`);
});
