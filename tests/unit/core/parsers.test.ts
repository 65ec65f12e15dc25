// Every parser of untrusted data against each kind of bad input: wrong types, out of range,
// NaN and Infinity, huge strings and lists, dates far in the past or future, prototype keys.
// Each one must not throw, give a safe value, say what was wrong, and keep what was valid.
import { describe, expect, it } from 'vitest';
import { parseCustomExercise } from '../../../src/core/customExerciseParser';
import { parseHistory } from '../../../src/core/history';
import { MAX_SITTING_MS, initialState, parseScheduleState } from '../../../src/core/scheduleState';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../src/core/settings';
import { parsePendingSettingsWrite } from '../../../src/core/settingsWrites';
import { applyStretchCommand, parseStretchSession } from '../../../src/core/stretch';
import { WALL_ANGEL } from '../exerciseFixtures';

const T0 = Date.UTC(2026, 11, 1, 9);
const HUGE_TEXT = 'x'.repeat(1_000_000);
const hugeList = (item: unknown): unknown[] => new Array(1_000_000).fill(item);
/** Values no stored field should ever be read as valid from. */
const NON_FINITE = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const FAR_DATES = [-1, -8.64e15, 8.64e15 + 1, 1e300];

describe('settings', () => {
  const MINE: Settings = { ...DEFAULT_SETTINGS, intervalMinutes: 60, theme: 'dark' };
  const withField = (field: string, value: unknown) => parseSettings({ ...structuredClone(MINE), [field]: value });

  it.each<[string, string, unknown]>([
    ['NaN', 'intervalMinutes', Number.NaN],
    ['Infinity', 'soundVolume', Number.POSITIVE_INFINITY],
    ['-Infinity', 'breakMinutes', Number.NEGATIVE_INFINITY],
    ['a huge string', 'theme', HUGE_TEXT],
    ['a huge list', 'positions', hugeList('seated')],
    ['a huge list of days', 'activeHours', { ...MINE.activeHours, days: hugeList(1) }],
    ['a number as text', 'awayMinutes', '5'],
    ['an object for a number', 'snoozeMinutes', { valueOf: () => 10 }],
  ])('%s: that field gets its default and is reported, the rest is kept', (_, field, bad) => {
    const { value, problems } = withField(field, bad);
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(value[field as keyof Settings]).toEqual(DEFAULT_SETTINGS[field as keyof Settings]);
    expect(value.intervalMinutes === MINE.intervalMinutes || field === 'intervalMinutes').toBe(true);
    expect(value.theme === MINE.theme || field === 'theme').toBe(true);
  });

  it('reads only its own keys: an inherited setting is missing, a __proto__ or constructor key is ignored', () => {
    const inherited = Object.assign(Object.create({ intervalMinutes: 30 }) as object, { theme: 'dark' });
    const r = parseSettings(inherited);
    expect(r.value.intervalMinutes).toBe(DEFAULT_SETTINGS.intervalMinutes);
    expect(r.problems).toContainEqual({ field: 'intervalMinutes', messageKey: 'settingsProblemMissing' });
    const json = parseSettings(JSON.parse(`{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "theme": "light"}`));
    expect(json.value.theme).toBe('light');
    expect(json.ignoredKeys.sort()).toEqual(['__proto__', 'constructor']);
    expect(json.value).not.toHaveProperty('polluted');
  });
});

describe('history', () => {
  const good = { at: T0, outcome: 'done', sittingMs: 45 * 60_000 };

  it.each<[string, unknown, string]>([
    ...NON_FINITE.map((at): [string, unknown, string] => [`time ${at}`, { ...good, at }, 'historyProblemTime']),
    ...FAR_DATES.map((at): [string, unknown, string] => [`time ${at}`, { ...good, at }, 'historyProblemTime']),
    ['a time as text', { ...good, at: new Date(T0).toISOString() }, 'historyProblemTime'],
    ['sitting of NaN', { ...good, sittingMs: Number.NaN }, 'historyProblemSitting'],
    ['sitting longer than the clock counts', { ...good, sittingMs: MAX_SITTING_MS + 1 }, 'historyProblemSitting'],
    ['a run of Infinity', { ...good, durationMs: Number.POSITIVE_INFINITY }, 'historyProblemDuration'],
    ['a huge exercise id', { ...good, exerciseId: HUGE_TEXT }, 'historyProblemExercise'],
    ['an outcome in another case', { ...good, outcome: 'Done' }, 'historyProblemOutcome'],
    ['fields only on the prototype', Object.create(good) as unknown, 'historyProblemTime'],
  ])('%s: the entry is dropped and reported, the valid one kept', (_, bad, messageKey) => {
    const r = parseHistory([bad, good]);
    expect(r.value).toEqual([good]);
    expect(r.rejected).toBe(1);
    expect(r.problems).toEqual([{ messageKey, args: ['1'] }]);
  });

  it('a huge log of damage keeps its valid entries and at most 21 notes', () => {
    const raw = [...hugeList('junk').slice(0, 200_000), good];
    const r = parseHistory(raw);
    expect(r.value).toEqual([good]);
    expect(r.rejected).toBe(200_000);
    expect(r.problems).toHaveLength(21);
    expect(r.problems[20]).toEqual({ messageKey: 'historyProblemMore', args: ['199980'] });
  });

  it('a __proto__ key from JSON is no field, and pollutes nothing', () => {
    const r = parseHistory(JSON.parse(`[{"__proto__": {"at": ${T0}, "polluted": 1}, "outcome": "done", "sittingMs": 0}]`));
    expect(r.value).toEqual([]);
    expect(r.problems).toEqual([{ messageKey: 'historyProblemTime', args: ['1'] }]);
  });
});

describe('the sitting clock', () => {
  const stored = (): Record<string, unknown> => ({ ...initialState(T0) });

  it.each<[string, Record<string, unknown>]>([
    ...NON_FINITE.map((v): [string, Record<string, unknown>] => [`banked ${v}`, { ...stored(), bankedMs: v }]),
    ...FAR_DATES.map((v): [string, Record<string, unknown>] => [`counting since ${v}`, { ...stored(), countingSince: v }]),
    ['banked more than the clock counts', { ...stored(), bankedMs: MAX_SITTING_MS + 1 }],
    ['a huge string for a flag', { ...stored(), paused: HUGE_TEXT }],
    ['a huge list for a count', { ...stored(), nudges: hugeList(0) }],
    ['a time as text', { ...stored(), countingSince: String(T0) }],
  ])('%s: a fresh clock and the reason', (_, raw) => {
    const r = parseScheduleState(raw, T0 + 1000);
    expect(r.value).toEqual(initialState(T0 + 1000));
    expect(r.problems).toHaveLength(1);
  });

  it('reads only its own fields: a state on the prototype or behind __proto__ is no state', () => {
    expect(parseScheduleState(Object.create(stored()), T0).problems).toEqual([expect.stringMatching(/version/)]);
    const json = JSON.parse(`{"__proto__": ${JSON.stringify(stored())}}`);
    expect(parseScheduleState(json, T0).problems).toEqual([expect.stringMatching(/version/)]);
  });

  it('a time far in the future but still a date is brought back to now by the clock, not dropped', () => {
    const r = parseScheduleState({ ...stored(), awaySince: 8.64e15, countingSince: null }, T0);
    expect(r.problems).toEqual([]);
    expect(r.value.awaySince).toBe(8.64e15);
  });
});

describe('the running stretch', () => {
  const running = applyStretchCommand(null, { type: 'start', exerciseId: 'catCow', breakMs: 120_000 }, T0).session!;
  const stored = (): Record<string, unknown> => JSON.parse(JSON.stringify(running));

  it('a good one is read as stored', () => {
    expect(parseStretchSession(stored(), T0 + 1000)).toEqual({ value: running, problems: [] });
  });

  it.each<[string, Record<string, unknown>]>([
    ...NON_FINITE.map((v): [string, Record<string, unknown>] => [`started at ${v}`, { ...stored(), startedAt: v }]),
    ...FAR_DATES.map((v): [string, Record<string, unknown>] => [`started at ${v}`, { ...stored(), startedAt: v }]),
    ['a break of Infinity', { ...stored(), breakMs: Number.POSITIVE_INFINITY }],
    ['a break of a year', { ...stored(), breakMs: 365 * 24 * 3_600_000 }],
    ['a huge exercise id', { ...stored(), exerciseId: HUGE_TEXT }],
    ['a huge list for a status', { ...stored(), status: hugeList('running') }],
    ['its own exercise with a huge name', { ...stored(), exerciseId: 'custom-x1', custom: { name: HUGE_TEXT } }],
  ])('%s: no stretch, and the reason', (_, raw) => {
    const r = parseStretchSession(raw, T0 + 1000);
    expect(r.value).toBeNull();
    expect(r.problems).toHaveLength(1);
  });

  it('reads only its own fields', () => {
    expect(parseStretchSession(Object.create(stored()), T0 + 1000).value).toBeNull();
    expect(parseStretchSession(JSON.parse(`{"__proto__": ${JSON.stringify(stored())}}`), T0 + 1000).value).toBeNull();
  });
});

describe('your own exercises', () => {
  const problemsOf = (raw: unknown) => {
    const r = parseCustomExercise(raw);
    return r.ok ? [] : r.problems.map((p) => [p.field, p.messageKey]);
  };

  it.each<[string, unknown, string[][]]>([
    ['a huge name', { ...WALL_ANGEL, name: HUGE_TEXT }, [['name', 'customErrorNameLong']]],
    ['a huge list of steps', { ...WALL_ANGEL, steps: hugeList('Step') }, [['steps', 'customErrorStepsMany']]],
    ['a huge step', { ...WALL_ANGEL, steps: [HUGE_TEXT] }, [['steps', 'customErrorStepLong']]],
    ['a hold of NaN', { ...WALL_ANGEL, dosage: { ...WALL_ANGEL.dosage, seconds: Number.NaN } }, [['seconds', 'settingsErrorWholeNumber']]],
    ['holds of Infinity', { ...WALL_ANGEL, dosage: { ...WALL_ANGEL.dosage, holds: Number.POSITIVE_INFINITY } }, [['holds', 'settingsErrorWholeNumber']]],
    ['a hold out of range', { ...WALL_ANGEL, dosage: { ...WALL_ANGEL.dosage, seconds: 1e9 } }, [['seconds', 'settingsErrorRange']]],
    ['a hold as text', { ...WALL_ANGEL, dosage: { ...WALL_ANGEL.dosage, seconds: '20' } }, [['seconds', 'settingsErrorWholeNumber']]],
    ['a huge list of equipment', { ...WALL_ANGEL, equipment: hugeList('band') }, [['equipment', 'settingsErrorEquipment']]],
    ['a dosage only on the prototype', { ...WALL_ANGEL, dosage: Object.create(WALL_ANGEL.dosage) }, [['dosage', 'settingsErrorChoice'], ['perSide', 'settingsErrorBoolean']]],
  ])('%s: refused, with why', (_, raw, expected) => {
    expect(problemsOf(raw)).toEqual(expected);
  });

  it('a __proto__ key from JSON is no field, and pollutes nothing', () => {
    const json = JSON.parse(`{"__proto__": {"polluted": 1, "name": "Sneaky"}, "id": "custom-p1"}`);
    const r = parseCustomExercise(json);
    expect(r.ok).toBe(false);
    expect(r.ok ? null : r.name).toBeNull();
  });
});

describe('a settings write waiting for a retry', () => {
  const pending = { patch: { sound: true }, attempts: 2, retryAt: T0 };

  it.each<[string, unknown]>([
    ...[...NON_FINITE, ...FAR_DATES, 'soon'].map((retryAt): [string, unknown] => [`retry at ${String(retryAt)}`, retryAt]),
  ])('%s: kept, and due at once', (_, retryAt) => {
    expect(parsePendingSettingsWrite({ ...pending, retryAt })).toEqual({ ...pending, retryAt: 0 });
  });

  it('attempts that are not a count start again at one; the change itself is kept', () => {
    for (const attempts of [0, -2, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', hugeList(1)])
      expect(parsePendingSettingsWrite({ ...pending, attempts }), String(attempts)).toEqual({ ...pending, attempts: 1 });
  });

  it('a patch only on the prototype or behind __proto__ is no write', () => {
    expect(parsePendingSettingsWrite(Object.create(pending))).toBeNull();
    expect(parsePendingSettingsWrite(JSON.parse(`{"__proto__": ${JSON.stringify(pending)}}`))).toBeNull();
  });
});

// Last, after every parser above has read the JSON `__proto__` keys.
it('no parser polluted Object.prototype', () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).intervalMinutes).toBeUndefined();
});
