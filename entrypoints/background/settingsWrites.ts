/**
 * The one writer of settings: pages send the fields a person changed, and each write merges them
 * with what is stored at that moment, so no page overwrites another's change with a stale copy.
 * A page closing sends its last change through storage.session rather than a message: a message
 * to a stopped worker is dropped when its page goes before the worker is up.
 * A write the browser refuses (the sync write quota) is kept in storage and retried by an alarm,
 * which wakes the worker even after it stopped.
 */
import { browser } from 'wxt/browser';
import { parseSettingsPatch } from '../../src/core/settings';
import { coalescedWrites, mergeSettingsPatches, patchFields, refusedWrite, type SaveSettingsReply, type SettingsPatch } from '../../src/core/settingsWrites';
import { clearAlarm, setAlarm } from '../../src/platform/alarms';
import { parseSaveSettingsRequest } from '../../src/platform/messages';
import {
  loadPendingSettingsWrite,
  loadSettings,
  savePendingSettingsWrite,
  watchLeftSettingsPatches,
  writeSettingsPatch,
} from '../../src/platform/settingsStore';

export const RETRY_ALARM = 'settingsWriteRetry';

export function setupSettingsWrites(): void {
  browser.runtime.onMessage.addListener((message) => {
    const request = parseSaveSettingsRequest(message);
    if (!request) return undefined;
    if (request.problems.length > 0)
      return Promise.resolve<SaveSettingsReply>({ ok: false, messageKey: 'settingsErrorInvalid', problems: request.problems });
    return saveSettings(request.value);
  });
  // What a page had not sent yet when it closed.
  // Removed even if the write failed: replayed later, it could undo a newer change.
  watchLeftSettingsPatches((raw, done) => {
    void saveSettings(parseSettingsPatch(raw).value).finally(done);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void saveSettings({});
  });
  // Alarms may be gone after a browser restart or an update: a write still waiting gets its alarm back.
  browser.runtime.onStartup.addListener(() => void restoreRetryAlarm());
  browser.runtime.onInstalled.addListener(() => void restoreRetryAlarm());
}

async function restoreRetryAlarm(): Promise<void> {
  const pending = await loadPendingSettingsWrite();
  if (pending) await setAlarm(RETRY_ALARM, pending.retryAt, undefined);
}

/** Patches arriving during a write go together in the next one. */
const saveSettings = coalescedWrites((patch) => writeWithPending(patch, Date.now()));

/** Writes the patch together with any refused earlier one; on a refusal keeps both for the retry. */
async function writeWithPending(patch: SettingsPatch, now: number): Promise<SaveSettingsReply> {
  const pending = await loadPendingSettingsWrite();
  const merged = mergeSettingsPatches(pending?.patch ?? {}, patch);
  if (patchFields(merged).length === 0) return { ok: true, settings: (await loadSettings()).value };
  const written = await writeSettingsPatch(merged);
  if (written.ok) {
    if (pending) {
      await savePendingSettingsWrite(null);
      await clearAlarm(RETRY_ALARM);
    }
    return written;
  }
  const next = refusedWrite(merged, pending, now);
  await savePendingSettingsWrite(next);
  await setAlarm(RETRY_ALARM, next.retryAt, undefined);
  return { ok: false, messageKey: 'settingsErrorSaveRetrying' };
}
