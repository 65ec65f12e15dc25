/** How a page changes settings: patches of the changed fields, written by the background. */
import type { SettingsWriter } from '../core/settingsWrites';
import { saveSettingsPatch } from './messages';
import { leaveSettingsPatch, watchPendingSettingsWrite } from './settingsStore';

export const settingsWriter: SettingsWriter = {
  save: saveSettingsPatch,
  leave: (patch) => {
    if (!leaveSettingsPatch(patch)) void saveSettingsPatch(patch);
  },
  watchPending: watchPendingSettingsWrite,
};
