/** How a page changes settings: patches of the changed fields, written by the background. */
import type { PendingSettingsWrite, SettingsPatch } from '../core/settingsWrites';
import { saveSettingsPatch, type SaveSettingsReply } from './messages';
import { leaveSettingsPatch, watchPendingSettingsWrite } from './settingsStore';

export interface SettingsWriter {
  /** Sends the patch; resolves to what became of it. */
  save(patch: SettingsPatch): Promise<SaveSettingsReply>;
  /** For a page that is closing: the patch outlives it, with no reply. */
  leave(patch: SettingsPatch): void;
  /** A refused save kept for a retry (null: none waiting, e.g. written at last). */
  watchPending(cb: (pending: PendingSettingsWrite | null) => void): () => void;
}

export const settingsWriter: SettingsWriter = {
  save: saveSettingsPatch,
  leave: (patch) => {
    if (!leaveSettingsPatch(patch)) void saveSettingsPatch(patch);
  },
  watchPending: watchPendingSettingsWrite,
};
