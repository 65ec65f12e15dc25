/** How a page changes settings: patches of the changed fields, written by the background. */
import type { SettingsWriter } from '../core/settingsWrites';
import { saveSettingsPatch } from './messages';
import { leaveSettingsPatch, watchPendingSettingsWrite, watchSettings } from './settingsStore';

export const settingsWriter: SettingsWriter = {
  save: saveSettingsPatch,
  leave: (patch) => {
    if (!leaveSettingsPatch(patch)) void saveSettingsPatch(patch);
  },
  watchPending: watchPendingSettingsWrite,
};

/** What a settings form needs: the stored settings as they change, and the writer. */
export const settingsFormStore = { watch: watchSettings, writer: settingsWriter };
