import type { Equipment, Position } from './catalogue';
import { isIntegerInRange, isPlainObject } from './guards';
import { LANGUAGE_CHOICES, type LanguageSetting } from './language';

export type NudgeLevel = 'badge' | 'notification' | 'window';
export type Theme = 'system' | 'light' | 'dark';
/** Which exercises are served: the article's and the person's own, or only their own. */
export type ExerciseSource = 'mixed' | 'mine';
/** How long before a break the warning comes; 0 = no warning. */
export type WarningSeconds = 0 | 30 | 60 | 120;
/** Positions a person can choose; kneeling moves come with "floor". */
export type PositionChoice = Extract<Position, 'seated' | 'standing' | 'floor'>;

export interface ActiveHours {
  enabled: boolean;
  /** Days of the week the hours apply, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Minutes after local midnight, 0–1439. End before start spans midnight. */
  startMinute: number;
  endMinute: number;
}

export interface Settings {
  intervalMinutes: number;
  breakMinutes: number;
  snoozeMinutes: number;
  awayMinutes: number;
  activeHours: ActiveHours;
  nudgeLevel: NudgeLevel;
  warningSeconds: WarningSeconds;
  /** A fullscreen window or a tab playing sound counts as sitting, even with no input. */
  countWatching: boolean;
  positions: PositionChoice[];
  equipment: Equipment[];
  exerciseSource: ExerciseSource;
  sound: boolean;
  soundVolume: number;
  /** Speak each step of a stretch aloud (Web Speech), in the page's language. */
  voice: boolean;
  badge: boolean;
  theme: Theme;
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = {
  intervalMinutes: 45,
  breakMinutes: 2,
  snoozeMinutes: 10,
  awayMinutes: 5,
  activeHours: { enabled: false, days: [1, 2, 3, 4, 5], startMinute: 9 * 60, endMinute: 17 * 60 },
  nudgeLevel: 'window',
  warningSeconds: 60,
  countWatching: true,
  positions: ['seated', 'standing'],
  equipment: [],
  exerciseSource: 'mixed',
  sound: false,
  soundVolume: 60,
  voice: false,
  badge: true,
  theme: 'system',
  language: 'browser',
};

// ---------------------------------------------------------------------------
// Validation of untrusted input: storage (older versions, other devices via
// sync, corruption), imported files and form fields. Pure: no browser API.
// ---------------------------------------------------------------------------

export type SettingsField = keyof Settings;

/** A problem with one field. `messageKey` is an i18n key; `args` its `$1`, `$2` substitutions. */
export interface FieldProblem {
  field: SettingsField;
  messageKey: string;
  args?: string[];
  /** For `activeHours`: which part of it the message is about, so the form can show it beside that input. */
  subfield?: keyof ActiveHours;
}

export type NumericField = 'intervalMinutes' | 'breakMinutes' | 'snoozeMinutes' | 'awayMinutes' | 'soundVolume';

/** Inclusive whole-number limits of each numeric field, for the form's `min`/`max`. */
export const SETTINGS_LIMITS: Readonly<Record<NumericField, { readonly min: number; readonly max: number }>> = {
  intervalMinutes: { min: 10, max: 180 },
  breakMinutes: { min: 1, max: 10 },
  snoozeMinutes: { min: 1, max: 60 },
  awayMinutes: { min: 1, max: 30 },
  soundVolume: { min: 0, max: 100 },
};

/** Limits of `activeHours.startMinute` / `endMinute` (minutes after local midnight). */
export const MINUTE_OF_DAY_LIMITS = { min: 0, max: 1439 } as const;

/** Interval choices the form offers as one-click buttons. */
export const INTERVAL_QUICK_PICKS: readonly number[] = [30, 45, 60, 90];

export const NUDGE_LEVELS: readonly NudgeLevel[] = ['badge', 'notification', 'window'];
export const WARNING_CHOICES: readonly WarningSeconds[] = [0, 30, 60, 120];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const POSITION_CHOICES: readonly PositionChoice[] = ['seated', 'standing', 'floor'];
export const EQUIPMENT_CHOICES: readonly Equipment[] = ['band', 'dumbbells', 'foamRoller'];
export const EXERCISE_SOURCES: readonly ExerciseSource[] = ['mixed', 'mine'];

/** The fields of `Settings`, in their canonical order. */
export const SETTINGS_FIELDS: readonly SettingsField[] = [
  'intervalMinutes',
  'breakMinutes',
  'snoozeMinutes',
  'awayMinutes',
  'activeHours',
  'nudgeLevel',
  'warningSeconds',
  'countWatching',
  'positions',
  'equipment',
  'exerciseSource',
  'sound',
  'soundVolume',
  'voice',
  'badge',
  'theme',
  'language',
];

/** A deep copy of the defaults, safe to mutate. */
export function defaultSettings(): Settings {
  return cloneSettings(DEFAULT_SETTINGS);
}

export function cloneSettings(s: Settings): Settings {
  return {
    ...s,
    activeHours: { ...s.activeHours, days: [...s.activeHours.days] },
    positions: [...s.positions],
    equipment: [...s.equipment],
  };
}

/** "HH:MM" for a minute of the day, e.g. 540 -> "09:00" (for `<input type="time">`). */
export function minuteToTime(minute: number): string {
  const m = ((Math.trunc(minute) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

type Result<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(
  field: SettingsField,
  messageKey: string,
  args?: string[],
  subfield?: keyof ActiveHours,
): Result<T> => ({
  ok: false,
  problem: { field, messageKey, ...(args ? { args } : {}), ...(subfield ? { subfield } : {}) },
});

type NumberCheck = { ok: true; value: number } | { ok: false; messageKey: string };

/**
 * A whole number within [min, max] from a number or a form string.
 * Strings: optional surrounding spaces, optional minus sign, digits only ("4.5", "1e9", "0x10" are not whole numbers).
 */
export function checkWholeNumber(raw: unknown, min: number, max: number): NumberCheck {
  let n: number;
  if (typeof raw === 'number') {
    n = raw;
  } else if (typeof raw === 'string') {
    const s = raw.trim();
    if (s === '') return { ok: false, messageKey: 'settingsErrorRequired' };
    if (!/^[+-]?\d+$/.test(s)) return { ok: false, messageKey: 'settingsErrorWholeNumber' };
    n = Number(s);
  } else if (raw === undefined || raw === null) {
    return { ok: false, messageKey: 'settingsErrorRequired' };
  } else {
    return { ok: false, messageKey: 'settingsErrorWholeNumber' };
  }
  if (!Number.isFinite(n) || !Number.isInteger(n)) return { ok: false, messageKey: 'settingsErrorWholeNumber' };
  if (n < min || n > max) return { ok: false, messageKey: 'settingsErrorRange' };
  return { ok: true, value: n === 0 ? 0 : n }; // no -0
}

function validateNumber(field: NumericField, raw: unknown): Result<number> {
  const { min, max } = SETTINGS_LIMITS[field];
  const r = checkWholeNumber(raw, min, max);
  return r.ok ? ok(r.value) : fail(field, r.messageKey, [String(min), String(max)]);
}

/** A minute of the day from a number, a digit string, or "HH:MM" (what `<input type="time">` gives). */
function checkMinuteOfDay(raw: unknown): NumberCheck {
  if (typeof raw === 'string') {
    const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(raw);
    if (m) {
      const h = Number(m[1]);
      const min = Number(m[2]);
      if (h > 23 || min > 59) return { ok: false, messageKey: 'settingsErrorTime' };
      return { ok: true, value: h * 60 + min };
    }
  }
  const r = checkWholeNumber(raw, MINUTE_OF_DAY_LIMITS.min, MINUTE_OF_DAY_LIMITS.max);
  return r.ok ? r : { ok: false, messageKey: 'settingsErrorTime' };
}

function validateBoolean(field: SettingsField, raw: unknown): Result<boolean> {
  return typeof raw === 'boolean' ? ok(raw) : fail(field, 'settingsErrorBoolean');
}

function validateChoice<T extends string>(field: SettingsField, raw: unknown, choices: readonly T[]): Result<T> {
  return typeof raw === 'string' && (choices as readonly string[]).includes(raw)
    ? ok(raw as T)
    : fail(field, 'settingsErrorChoice');
}

/** An array of distinct members of `choices` (order kept). */
function checkSubset<T extends string>(raw: unknown, choices: readonly T[]): T[] | null {
  if (!Array.isArray(raw)) return null;
  const seen = new Set<string>();
  for (const v of raw) {
    if (typeof v !== 'string' || !(choices as readonly string[]).includes(v) || seen.has(v)) return null;
    seen.add(v);
  }
  return [...raw] as T[];
}

function validatePositions(raw: unknown): Result<PositionChoice[]> {
  const list = checkSubset(raw, POSITION_CHOICES);
  if (!list) return fail('positions', 'settingsErrorPositions');
  if (list.length === 0) return fail('positions', 'settingsErrorPositionsEmpty');
  return ok(list);
}

function validateEquipment(raw: unknown): Result<Equipment[]> {
  const list = checkSubset(raw, EQUIPMENT_CHOICES);
  return list ? ok(list) : fail('equipment', 'settingsErrorEquipment');
}

function validateActiveHours(raw: unknown): Result<ActiveHours> {
  const field = 'activeHours';
  if (!isPlainObject(raw)) return fail(field, 'settingsErrorActiveHours');
  if (typeof raw.enabled !== 'boolean') return fail(field, 'settingsErrorBoolean', undefined, 'enabled');
  const enabled = raw.enabled;

  const daysRaw = raw.days;
  if (!Array.isArray(daysRaw)) return fail(field, 'settingsErrorDays', undefined, 'days');
  const days: number[] = [];
  for (const d of daysRaw) {
    if (!isIntegerInRange(d, 0, 6) || days.includes(d)) {
      return fail(field, 'settingsErrorDays', undefined, 'days');
    }
    days.push(d);
  }
  if (enabled && days.length === 0) return fail(field, 'settingsErrorDaysEmpty', undefined, 'days');

  const start = checkMinuteOfDay(raw.startMinute);
  if (!start.ok) return fail(field, start.messageKey, undefined, 'startMinute');
  const end = checkMinuteOfDay(raw.endMinute);
  if (!end.ok) return fail(field, end.messageKey, undefined, 'endMinute');
  if (start.value === end.value) return fail(field, 'settingsErrorSameTime', undefined, 'endMinute');

  return ok({ enabled, days, startMinute: start.value, endMinute: end.value });
}

/** One of the warning choices, from a number or a form string ("60"). */
function validateWarning(raw: unknown): Result<WarningSeconds> {
  const n = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  return (WARNING_CHOICES as readonly unknown[]).includes(n) ? ok(n as WarningSeconds) : fail('warningSeconds', 'settingsErrorChoice');
}

type Validators = { [K in SettingsField]: (raw: unknown) => Result<Settings[K]> };

const VALIDATORS: Validators = {
  intervalMinutes: (raw) => validateNumber('intervalMinutes', raw),
  breakMinutes: (raw) => validateNumber('breakMinutes', raw),
  snoozeMinutes: (raw) => validateNumber('snoozeMinutes', raw),
  awayMinutes: (raw) => validateNumber('awayMinutes', raw),
  activeHours: validateActiveHours,
  nudgeLevel: (raw) => validateChoice('nudgeLevel', raw, NUDGE_LEVELS),
  warningSeconds: validateWarning,
  countWatching: (raw) => validateBoolean('countWatching', raw),
  positions: validatePositions,
  equipment: validateEquipment,
  exerciseSource: (raw) => validateChoice('exerciseSource', raw, EXERCISE_SOURCES),
  sound: (raw) => validateBoolean('sound', raw),
  soundVolume: (raw) => validateNumber('soundVolume', raw),
  voice: (raw) => validateBoolean('voice', raw),
  badge: (raw) => validateBoolean('badge', raw),
  theme: (raw) => validateChoice('theme', raw, THEMES),
  language: (raw) => validateChoice('language', raw, LANGUAGE_CHOICES),
};

/**
 * One form field's raw value (strings from inputs, numbers, arrays) -> the valid value or a problem.
 * Numbers accept "45" but not "", "4.5", "1e9", "NaN"; active-hours times also accept "HH:MM".
 * Never throws.
 */
export function validateField<K extends SettingsField>(
  field: K,
  raw: unknown,
): { ok: true; value: Settings[K] } | { ok: false; problem: FieldProblem } {
  const validator = (VALIDATORS as Partial<Validators>)[field] as ((raw: unknown) => Result<Settings[K]>) | undefined;
  if (!validator) {
    return { ok: false, problem: { field, messageKey: 'settingsErrorChoice' } };
  }
  try {
    return validator(raw);
  } catch {
    // A hostile value (a throwing getter or proxy) is just an invalid value.
    return fail(field, 'settingsErrorChoice');
  }
}

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were missing or invalid and now hold their default. */
  problems: FieldProblem[];
  /** Keys that are not settings and were ignored (e.g. from a newer version or a hand-edited file). */
  ignoredKeys: string[];
}

/**
 * Untrusted value -> settings, field by field: valid fields kept, missing or invalid ones
 * fall back to their default and are reported (`settingsProblemMissing` for a missing field);
 * unknown keys are ignored and listed in `ignoredKeys`. A non-object gives the defaults, with
 * every field reported as missing. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings = defaultSettings();
  const problems: FieldProblem[] = [];
  const ignoredKeys: string[] = [];
  let obj: Record<string, unknown> = {};
  try {
    if (isPlainObject(raw)) {
      obj = raw;
      for (const key of Object.keys(raw)) {
        if (!(SETTINGS_FIELDS as readonly string[]).includes(key)) ignoredKeys.push(key);
      }
    }
  } catch {
    obj = {};
  }
  for (const field of SETTINGS_FIELDS) {
    let value: unknown;
    let present: boolean;
    try {
      present = Object.prototype.hasOwnProperty.call(obj, field);
      value = present ? obj[field] : undefined;
    } catch {
      present = true;
      value = undefined;
    }
    if (!present) {
      problems.push({ field, messageKey: 'settingsProblemMissing' });
      continue;
    }
    const r = validateField(field, value);
    if (r.ok) {
      (settings as unknown as Record<string, unknown>)[field] = r.value;
    } else {
      problems.push(r.problem);
    }
  }
  return { settings, problems, ignoredKeys };
}

/** True when two settings objects hold the same values. */
export function settingsEqual(a: Settings, b: Settings): boolean {
  const canon = (s: Settings) =>
    JSON.stringify(
      SETTINGS_FIELDS.map((f) =>
        f === 'activeHours'
          ? [s.activeHours.enabled, s.activeHours.days, s.activeHours.startMinute, s.activeHours.endMinute]
          : s[f],
      ),
    );
  return canon(a) === canon(b);
}
