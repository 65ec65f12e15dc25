import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import {
  DEFAULT_SETTINGS,
  INTERVAL_QUICK_PICKS,
  SETTINGS_FIELDS,
  SETTINGS_LIMITS,
  parseSettings,
  settingsEqual,
  type Settings,
  type SettingsField,
} from '../../../src/core/settings';
import { minuteToTime } from '../../../src/core/formText';
import { parseSettingsImport, settingsToJson } from '../../../src/core/settingsFile';
import { validateField } from '../../../src/core/settingsFields';
import { getMessage } from '../messages';

const VALID: Settings = {
  intervalMinutes: 60,
  breakMinutes: 3,
  snoozeMinutes: 15,
  awayMinutes: 10,
  activeHours: { enabled: true, days: [1, 3, 5], startMinute: 8 * 60 + 30, endMinute: 18 * 60 },
  nudgeLevel: 'notification',
  warningSeconds: 120,
  countWatching: false,
  positions: ['standing', 'floor'],
  equipment: ['band', 'foamRoller'],
  exerciseSource: 'mine',
  sound: true,
  soundVolume: 0,
  voice: true,
  badge: false,
  theme: 'dark',
  language: 'de',
};

const BAD_SCALARS: unknown[] = ['', '   ', 'abc', -1, 0, Number.NaN, Number.POSITIVE_INFINITY, 1e9, 4.5, null, true, [45], { n: 45 }];

/** Bad values for each field (every one must be rejected). */
const BAD: Record<SettingsField, unknown[]> = {
  intervalMinutes: [...BAD_SCALARS, 9, 181, '9', '181', '4.5', '1e9', 'NaN', 'Infinity', '-1', '0', '45min', '0x2d'],
  breakMinutes: [...BAD_SCALARS, 11, '11'],
  exerciseSource: ['', 'all', 'MINE', null, true, 1, ['mine'], { mine: true }],
  snoozeMinutes: [...BAD_SCALARS, 61],
  awayMinutes: [...BAD_SCALARS, 31],
  soundVolume: ['', 'abc', -1, 101, Number.NaN, Number.POSITIVE_INFINITY, 1e9, 4.5, null, true, [50], '50.5'],
  activeHours: [
    null,
    'always',
    42,
    [],
    true,
    { ...DEFAULT_SETTINGS.activeHours, enabled: 'yes' },
    { ...DEFAULT_SETTINGS.activeHours, enabled: true, days: [] },
    { ...DEFAULT_SETTINGS.activeHours, days: [7] },
    { ...DEFAULT_SETTINGS.activeHours, days: [-1] },
    { ...DEFAULT_SETTINGS.activeHours, days: [1, 1] },
    { ...DEFAULT_SETTINGS.activeHours, days: [1.5] },
    { ...DEFAULT_SETTINGS.activeHours, days: ['1'] },
    { ...DEFAULT_SETTINGS.activeHours, days: 'weekdays' },
    { ...DEFAULT_SETTINGS.activeHours, startMinute: 1440 },
    { ...DEFAULT_SETTINGS.activeHours, startMinute: -1 },
    { ...DEFAULT_SETTINGS.activeHours, startMinute: Number.NaN },
    { ...DEFAULT_SETTINGS.activeHours, startMinute: 540.5 },
    { ...DEFAULT_SETTINGS.activeHours, startMinute: '24:00' },
    { ...DEFAULT_SETTINGS.activeHours, endMinute: '' },
    { ...DEFAULT_SETTINGS.activeHours, endMinute: undefined },
    { ...DEFAULT_SETTINGS.activeHours, startMinute: 600, endMinute: 600 },
  ],
  nudgeLevel: ['', 'notify', 'loud', 0, null, ['window'], { level: 'window' }, true],
  warningSeconds: [-1, 1, 45, 90, 600, '', 'abc', '1 min', null, true, [60], 60.5],
  countWatching: ['true', 1, null, [true]],
  positions: [[], ['kneeling'], ['seated', 'seated'], 'seated', null, [1], {}, true, 0],
  equipment: [['kettlebell'], ['band', 'band'], 'band', null, [null], {}, false, 1],
  sound: ['true', 1, 0, null, [], {}, 'on'],
  voice: ['true', 1, 0, null, [], {}, 'on'],
  badge: ['false', 1, null, [true]],
  theme: ['', 'blue', 'Dark', 1, null, ['dark']],
  language: ['', 'DE', 'de-DE', 'pt-BR', 'pt', 'ru', 'auto', 0, null, ['de']],
};

describe('constants', () => {
  it('has quick picks inside the interval limits', () => {
    expect(INTERVAL_QUICK_PICKS).toEqual([30, 45, 60, 90]);
    for (const m of INTERVAL_QUICK_PICKS) {
      expect(validateField('intervalMinutes', m)).toEqual({ ok: true, value: m });
    }
  });
  it('has the documented limits', () => {
    expect(SETTINGS_LIMITS).toEqual({
      intervalMinutes: { min: 10, max: 180 },
      breakMinutes: { min: 1, max: 10 },
      snoozeMinutes: { min: 1, max: 60 },
      awayMinutes: { min: 1, max: 30 },
      soundVolume: { min: 0, max: 100 },
    });
  });
  it('defaults are valid and cover every field', () => {
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual([...SETTINGS_FIELDS].sort());
    const { value: settings, problems, ignoredKeys } = parseSettings(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
    expect(ignoredKeys).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });
  it('every message key used exists in the English messages', () => {
    const keys = new Set<string>();
    for (const field of SETTINGS_FIELDS) {
      for (const bad of BAD[field]) {
        const r = validateField(field, bad);
        if (!r.ok) keys.add(r.problem.messageKey);
      }
    }
    keys.add('settingsProblemMissing');
    for (const k of keys) expect(messages, k).toHaveProperty(k);
  });
});

describe('parseSettings', () => {
  it('round-trips a valid full object unchanged', () => {
    const { value: settings, problems, ignoredKeys } = parseSettings(structuredClone(VALID));
    expect(problems).toEqual([]);
    expect(ignoredKeys).toEqual([]);
    expect(settings).toEqual(VALID);
  });

  it('does not share arrays with its input or with the defaults', () => {
    const input = structuredClone(VALID);
    const { value: settings } = parseSettings(input);
    settings.positions.push('seated');
    settings.activeHours.days.push(0);
    expect(input.positions).toEqual(['standing', 'floor']);
    const d = parseSettings(null).value;
    d.positions.length = 0;
    d.activeHours.days.length = 0;
    expect(DEFAULT_SETTINGS.positions).toEqual(['seated', 'standing']);
    expect(DEFAULT_SETTINGS.activeHours.days).toEqual([1, 2, 3, 4, 5]);
  });

  for (const field of SETTINGS_FIELDS) {
    it(`${field}: each bad value falls back to the default, is reported, and the other fields are kept`, () => {
      for (const bad of BAD[field]) {
        const raw = { ...structuredClone(VALID), [field]: bad };
        const { value: settings, problems } = parseSettings(raw);
        expect(problems.map((p) => p.field), `${field} = ${JSON.stringify(bad)}`).toEqual([field]);
        expect(settings[field], `${field} = ${JSON.stringify(bad)}`).toEqual(DEFAULT_SETTINGS[field]);
        for (const other of SETTINGS_FIELDS) {
          if (other !== field) expect(settings[other]).toEqual(VALID[other]);
        }
      }
    });

    it(`${field}: a missing field gets its default and is reported as missing`, () => {
      const raw: Record<string, unknown> = { ...structuredClone(VALID) };
      delete raw[field];
      const { value: settings, problems } = parseSettings(raw);
      expect(problems).toEqual([{ field, messageKey: 'settingsProblemMissing' }]);
      expect(settings[field]).toEqual(DEFAULT_SETTINGS[field]);
    });
  }

  it('ignores unknown keys and reports them', () => {
    const { value: settings, problems, ignoredKeys } = parseSettings({
      ...VALID,
      colour: 'red',
      __proto__x: 1,
      intervalMin: 30,
    });
    expect(settings).toEqual(VALID);
    expect(problems).toEqual([]);
    expect(ignoredKeys).toEqual(['colour', '__proto__x', 'intervalMin']);
    expect(settings).not.toHaveProperty('colour');
  });

  it('is not fooled by a __proto__ key from JSON', () => {
    const raw = JSON.parse('{"__proto__": {"intervalMinutes": 99}, "theme": "light"}');
    const { value: settings, ignoredKeys } = parseSettings(raw);
    expect(settings.intervalMinutes).toBe(45);
    expect(settings.theme).toBe('light');
    expect(ignoredKeys).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).intervalMinutes).toBeUndefined();
  });

  it.each([null, undefined, 'settings', '', 42, 0, true, [], [VALID], () => 1])(
    'a whole non-object (%s) gives the defaults with every field reported',
    (raw) => {
      const { value: settings, problems } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problems.map((p) => p.field)).toEqual([...SETTINGS_FIELDS]);
      expect(problems.every((p) => p.messageKey === 'settingsProblemMissing')).toBe(true);
    },
  );

  it('never throws on a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    expect(() => parseSettings(hostile)).not.toThrow();
    expect(parseSettings(hostile).value).toEqual(DEFAULT_SETTINGS);
  });
});

describe('validateField with form input', () => {
  it('accepts whole-number strings', () => {
    expect(validateField('intervalMinutes', '45')).toEqual({ ok: true, value: 45 });
    expect(validateField('intervalMinutes', ' 90 ')).toEqual({ ok: true, value: 90 });
    expect(validateField('intervalMinutes', '10')).toEqual({ ok: true, value: 10 });
    expect(validateField('intervalMinutes', '180')).toEqual({ ok: true, value: 180 });
    expect(validateField('soundVolume', '0')).toEqual({ ok: true, value: 0 });
    expect(validateField('breakMinutes', 1)).toEqual({ ok: true, value: 1 });
  });

  it('says "required" for an empty field, with the range', () => {
    for (const raw of ['', '  ', undefined, null]) {
      const r = validateField('intervalMinutes', raw);
      expect(r).toEqual({
        ok: false,
        problem: { field: 'intervalMinutes', messageKey: 'settingsErrorRequired', args: ['10', '180'] },
      });
    }
  });

  it('says "not a whole number" for text, decimals, exponents, NaN and Infinity', () => {
    for (const raw of ['abc', '4.5', '45.0', '1e9', 'NaN', 'Infinity', '-Infinity', '0x2d', '45min', '4 5', 4.5, Number.NaN, Infinity, true, [45]]) {
      const r = validateField('intervalMinutes', raw);
      expect(r.ok, String(raw)).toBe(false);
      if (!r.ok) {
        expect(r.problem.messageKey, String(raw)).toBe('settingsErrorWholeNumber');
        expect(r.problem.args).toEqual(['10', '180']);
      }
    }
  });

  it('says "out of range" with the range in the message', () => {
    for (const raw of ['-1', '0', '9', '181', -1, 0, 1e9, '1000000000']) {
      const r = validateField('intervalMinutes', raw);
      expect(r).toEqual({
        ok: false,
        problem: { field: 'intervalMinutes', messageKey: 'settingsErrorRange', args: ['10', '180'] },
      });
    }
    const r = validateField('breakMinutes', '11');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(getMessage(r.problem.messageKey, r.problem.args)).toBe('Enter a whole number from 1 to 10.');
    }
  });

  it('gives a readable English message for each numeric problem', () => {
    const cases: Array<[unknown, string]> = [
      ['', 'This can’t be empty: enter a whole number from 1 to 60.'],
      ['abc', 'Enter a whole number (digits only, no decimals) from 1 to 60.'],
      ['61', 'Enter a whole number from 1 to 60.'],
    ];
    for (const [raw, text] of cases) {
      const r = validateField('snoozeMinutes', raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(getMessage(r.problem.messageKey, r.problem.args)).toBe(text);
    }
  });

  it('accepts "HH:MM" and minute strings for active-hours times', () => {
    const r = validateField('activeHours', { enabled: true, days: [1, 2], startMinute: '08:30', endMinute: '17:45' });
    expect(r).toEqual({ ok: true, value: { enabled: true, days: [1, 2], startMinute: 510, endMinute: 1065 } });
    const overnight = validateField('activeHours', { enabled: true, days: [0], startMinute: 1320, endMinute: '360' });
    expect(overnight).toEqual({ ok: true, value: { enabled: true, days: [0], startMinute: 1320, endMinute: 360 } });
    expect(minuteToTime(510)).toBe('08:30');
    expect(minuteToTime(0)).toBe('00:00');
    expect(minuteToTime(1439)).toBe('23:59');
  });

  it('allows no days while active hours are off', () => {
    expect(validateField('activeHours', { enabled: false, days: [], startMinute: 0, endMinute: 1439 })).toEqual({
      ok: true,
      value: { enabled: false, days: [], startMinute: 0, endMinute: 1439 },
    });
  });

  it('points active-hours problems at the part that is wrong', () => {
    const base = DEFAULT_SETTINGS.activeHours;
    const part = (raw: unknown) => {
      const r = validateField('activeHours', raw);
      return r.ok ? null : [r.problem.subfield, r.problem.messageKey];
    };
    expect(part({ ...base, enabled: true, days: [] })).toEqual(['days', 'settingsErrorDaysEmpty']);
    expect(part({ ...base, startMinute: '25:00' })).toEqual(['startMinute', 'settingsErrorTime']);
    expect(part({ ...base, endMinute: 1440 })).toEqual(['endMinute', 'settingsErrorTime']);
    expect(part({ ...base, startMinute: '09:00', endMinute: 540 })).toEqual(['endMinute', 'settingsErrorSameTime']);
  });

  it('positions must be a non-empty subset; equipment may be empty', () => {
    expect(validateField('positions', ['floor'])).toEqual({ ok: true, value: ['floor'] });
    const empty = validateField('positions', []);
    expect(empty.ok === false && empty.problem.messageKey).toBe('settingsErrorPositionsEmpty');
    expect(validateField('equipment', [])).toEqual({ ok: true, value: [] });
    expect(validateField('equipment', ['dumbbells', 'band', 'foamRoller'])).toEqual({
      ok: true,
      value: ['dumbbells', 'band', 'foamRoller'],
    });
  });

  it('reports an unknown field name instead of throwing', () => {
    const r = validateField('nope' as SettingsField, 1);
    expect(r.ok).toBe(false);
  });
});

describe('settingsEqual', () => {
  it('compares values, not key order', () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(VALID)).reverse()) as unknown as Settings;
    expect(Object.keys(reordered)[0]).toBe('language');
    expect(settingsEqual(VALID, reordered)).toBe(true);
    expect(settingsEqual(VALID, { ...VALID, soundVolume: 1 })).toBe(false);
    expect(settingsEqual(VALID, { ...VALID, language: 'ja' })).toBe(false);
    expect(settingsEqual(VALID, { ...VALID, activeHours: { ...VALID.activeHours, days: [1, 3] } })).toBe(false);
  });
});

describe('settings export and import', () => {
  it('round-trips through JSON', () => {
    const text = settingsToJson(VALID);
    expect(JSON.parse(text)).toEqual({ app: 'unhunch', kind: 'settings', version: 2, settings: VALID, exercises: [] });
    expect(parseSettingsImport(text)).toEqual({ ok: true, value: VALID, problems: [], ignoredKeys: [], custom: { value: [], problems: [] } });
  });
  it('stays far below the 8 KB sync item limit', () => {
    const largest: Settings = {
      ...VALID,
      activeHours: { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], startMinute: 1439, endMinute: 0 },
      positions: ['seated', 'standing', 'floor'],
      equipment: ['band', 'dumbbells', 'foamRoller'],
      nudgeLevel: 'notification',
      theme: 'system',
    };
    expect(JSON.stringify(largest).length).toBeLessThan(1024);
  });
  it('repairs a file field by field', () => {
    const text = JSON.stringify({ app: 'unhunch', kind: 'settings', version: 2, settings: { ...VALID, breakMinutes: 99 } });
    const r = parseSettingsImport(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual({ ...VALID, breakMinutes: 2 });
      expect(r.problems).toEqual([{ field: 'breakMinutes', messageKey: 'settingsErrorRange', args: ['1', '10'] }]);
    }
  });
  it('reports the fields an older file does not hold, so they keep their current values', () => {
    const { intervalMinutes, snoozeMinutes } = VALID;
    const text = JSON.stringify({ app: 'unhunch', kind: 'settings', version: 1, settings: { intervalMinutes, snoozeMinutes, nudge: 'badge' } });
    const r = parseSettingsImport(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      const reported = new Set(r.problems.map((p) => p.field));
      expect(reported.has('intervalMinutes') || reported.has('snoozeMinutes')).toBe(false);
      expect(reported.has('breakMinutes') && reported.has('nudgeLevel') && reported.has('theme')).toBe(true);
      expect(r.ignoredKeys).toEqual(['nudge']);
    }
  });
  it.each([
    ['', 'importErrorNotJson'],
    ['{not json', 'importErrorNotJson'],
    ['null', 'importErrorNotUnhunch'],
    ['[1,2]', 'importErrorNotUnhunch'],
    ['{"intervalMinutes": 30}', 'importErrorNotUnhunch'],
    ['{"app":"other","kind":"settings","version":2,"settings":{}}', 'importErrorNotUnhunch'],
    ['{"app":"unhunch","kind":"history","version":1,"entries":[]}', 'importErrorIsHistoryFile'],
    ['{"app":"unhunch","kind":"settings","version":3,"settings":{}}', 'importErrorNewerVersion'],
    ['{"app":"unhunch","kind":"settings","version":"2","settings":{}}', 'importErrorNotUnhunch'],
    ['{"app":"unhunch","kind":"settings","version":2}', 'importErrorNoSettings'],
    ['{"app":"unhunch","kind":"settings","version":2,"settings":"x"}', 'importErrorNoSettings'],
  ])('refuses %s with %s', (text, problemKey) => {
    expect(parseSettingsImport(text)).toEqual({ ok: false, problemKey });
    expect(messages).toHaveProperty(problemKey);
  });
});
