// The options form shows settings as its inputs hold them (numbers and times as text): each
// shown value must read back as the very value saved, or opening the page would flag a setting
// the person chose, or change it on the next save.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_FIELDS, type Settings } from '../../../src/core/settings';
import { validateField } from '../../../src/core/settingsFields';
import { toDraft } from '../../../src/ui/options/draft';

const CHOSEN: Settings = {
  ...DEFAULT_SETTINGS,
  intervalMinutes: 180,
  breakMinutes: 1,
  snoozeMinutes: 60,
  awayMinutes: 30,
  activeHours: { enabled: true, days: [0, 6], startMinute: 22 * 60 + 5, endMinute: 0 },
  warningSeconds: 0,
  countWatching: false,
  positions: ['floor'],
  equipment: ['band', 'foamRoller'],
  exerciseSource: 'mine',
  sound: true,
  soundVolume: 0,
  theme: 'dark',
  language: 'ja',
};

describe('the settings form draft', () => {
  for (const [name, settings] of [['defaults', DEFAULT_SETTINGS], ['edge values', CHOSEN]] as const) {
    it(`shows each of the ${name} as a value that reads back unchanged`, () => {
      const draft = toDraft(settings);
      for (const field of SETTINGS_FIELDS) expect([field, validateField(field, draft[field])]).toEqual([field, { ok: true, value: settings[field] }]);
    });
  }

  it('holds numbers and times as text, and its lists apart from the settings', () => {
    const draft = toDraft(CHOSEN);
    expect(draft.soundVolume).toBe('0');
    expect(draft.activeHours).toEqual({ enabled: true, days: [0, 6], startMinute: '22:05', endMinute: '00:00' });
    draft.positions.push('seated');
    draft.activeHours.days.push(1);
    expect(CHOSEN.positions).toEqual(['floor']);
    expect(CHOSEN.activeHours.days).toEqual([0, 6]);
  });
});
