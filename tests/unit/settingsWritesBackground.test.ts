// The background as the one writer of settings, on the fake browser: pages' patches merged with
// what is stored, a refused write kept and retried by an alarm, a closing page's patch written.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETRY_ALARM, setupSettingsWrites } from '../../entrypoints/background/settingsWrites';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { saveSettingsPatch } from '../../src/platform/messages';
import { leaveSettingsPatch, loadPendingSettingsWrite, loadSettings } from '../../src/platform/settingsStore';
import { storedSettings, waitFor } from './setup';

/** storage.sync refusing every write, as Chrome does over its quota. */
function refuseSyncWrites() {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return vi
    .spyOn(fakeBrowser.storage.sync, 'set')
    .mockRejectedValue(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
}

beforeEach(() => {
  vi.restoreAllMocks();
  setupSettingsWrites();
});

describe('settings writes in the background', () => {
  it('writes a page’s changed fields over what is stored now, keeping a change made meanwhile elsewhere', async () => {
    // Another device's change arrived by sync after the page loaded.
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, badge: false } });
    expect(await saveSettingsPatch({ breakMinutes: 7 })).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, badge: false, breakMinutes: 7 },
    });
    expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, badge: false, breakMinutes: 7 });
  });

  it('writes nothing from a patch with an invalid field, and says which', async () => {
    const reply = await saveSettingsPatch({ breakMinutes: 99, sound: true } as never);
    expect(reply).toMatchObject({ ok: false, messageKey: 'settingsErrorInvalid', problems: [{ field: 'breakMinutes' }] });
    expect(await storedSettings()).toBeUndefined();
  });

  it('keeps a refused write, adds later changes to it, and writes them all when the retry alarm fires', async () => {
    const set = refuseSyncWrites();
    const before = Date.now();
    expect(await saveSettingsPatch({ breakMinutes: 8 })).toEqual({ ok: false, messageKey: 'settingsErrorSaveRetrying' });
    expect(await saveSettingsPatch({ sound: true })).toEqual({ ok: false, messageKey: 'settingsErrorSaveRetrying' });
    const pending = await loadPendingSettingsWrite();
    expect(pending).toMatchObject({ patch: { breakMinutes: 8, sound: true }, attempts: 2 });
    const alarm = await fakeBrowser.alarms.get(RETRY_ALARM);
    expect(alarm!.scheduledTime).toBeGreaterThanOrEqual(before + 2 * 60_000);
    expect(await storedSettings()).toBeUndefined();

    // The quota allows again; nobody touches anything.
    set.mockRestore();
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await waitFor(async () => expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, breakMinutes: 8, sound: true }));
    await waitFor(async () => expect(await loadPendingSettingsWrite()).toBeNull());
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('a later save that goes through carries the refused one with it', async () => {
    const set = refuseSyncWrites();
    await saveSettingsPatch({ voice: true });
    set.mockRestore();
    expect(await saveSettingsPatch({ snoozeMinutes: 15 })).toMatchObject({ ok: true });
    expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, voice: true, snoozeMinutes: 15 });
    expect(await loadPendingSettingsWrite()).toBeNull();
  });

  it('takes a left patch once, though a stopped worker finds it stored and then hears of it', async () => {
    // The page left its patch while the worker was stopped; the worker starts and scans storage.
    fakeBrowser.reset();
    await fakeBrowser.storage.session.set({ 'settingsPatchLeft.1.a': { breakMinutes: 6 } });
    setupSettingsWrites();
    await waitFor(async () => expect(await storedSettings()).toMatchObject({ breakMinutes: 6 }));
    // Another page saves a newer value; then the change event of the left patch arrives.
    expect(await saveSettingsPatch({ breakMinutes: 7 })).toMatchObject({ ok: true });
    await fakeBrowser.storage.session.onChanged.trigger({ 'settingsPatchLeft.1.a': { newValue: { breakMinutes: 6 } } });
    await fakeBrowser.storage.onChanged.trigger({ 'settingsPatchLeft.1.a': { newValue: { breakMinutes: 6 } } }, 'session');
    await waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
    expect(await storedSettings()).toMatchObject({ breakMinutes: 7 });
  });

  it('writes the patch a page left as it closed, and removes it', async () => {
    leaveSettingsPatch({ breakMinutes: 6 });
    await waitFor(async () => expect(await storedSettings()).toEqual({ ...DEFAULT_SETTINGS, breakMinutes: 6 }));
    await waitFor(async () => expect(await fakeBrowser.storage.session.get(null)).toEqual({}));
  });

  it('re-arms the retry of a write still waiting when the browser starts (alarms may be gone after a restart)', async () => {
    const retryAt = Date.now() + 45_000;
    await fakeBrowser.storage.local.set({ settingsWritePending: { patch: { sound: true }, attempts: 1, retryAt } });
    setupSettingsWrites();
    await fakeBrowser.runtime.onStartup.trigger();
    await waitFor(async () => expect((await fakeBrowser.alarms.get(RETRY_ALARM))?.scheduledTime).toBe(retryAt));
    expect((await loadSettings()).value.sound).toBe(false);
  });
});
