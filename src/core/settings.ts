/**
 * The settings: their shape, defaults and limits, and the reading of stored or imported settings
 * field by field. Reading is all the popup and the background need; form text is read by
 * settingsFields.ts and settings files by settingsFile.ts.
 */
import type { Equipment, Position } from './catalogue';
import {
  checkWholeNumber,
  distinctList,
  isBoolean,
  isIntegerInRange,
  isOneOf,
  isPlainObject,
  ownField,
  readSafely,
  type Checked,
  type Parsed,
  type Problem,
} from './guards';
import { LANGUAGE_CHOICES, type LanguageSetting } from './language';

type NudgeLevel = 'badge' | 'notification' | 'window';
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

export type SettingsField = keyof Settings;

/** A problem with one field of the settings. */
export interface FieldProblem extends Problem {
  field: SettingsField;
  /** For `activeHours`: which part of it the message is about, so the form can show it beside that input. */
  subfield?: keyof ActiveHours;
}

/** The fields whose value is a number. */
type NumberValuedField = { [K in SettingsField]: Settings[K] extends number ? K : never }[SettingsField];

/** The whole-number fields: the form holds them as typed text; each has its limits just below. */
export const NUMERIC_FIELDS = ['intervalMinutes', 'breakMinutes', 'snoozeMinutes', 'awayMinutes', 'soundVolume'] as const satisfies readonly NumberValuedField[];
export type NumericField = (typeof NUMERIC_FIELDS)[number];

/** Inclusive whole-number limits of each numeric field, for the form's `min`/`max`. */
export const SETTINGS_LIMITS: Readonly<Record<NumericField, { readonly min: number; readonly max: number }>> = {
  intervalMinutes: { min: 10, max: 180 },
  breakMinutes: { min: 1, max: 10 },
  snoozeMinutes: { min: 1, max: 60 },
  awayMinutes: { min: 1, max: 30 },
  soundVolume: { min: 0, max: 100 },
};

/** Limits of `activeHours.startMinute` / `endMinute` (minutes after local midnight). */
const MINUTE_OF_DAY_LIMITS = { min: 0, max: 1439 } as const;

/** Interval choices the form offers as one-click buttons. */
export const INTERVAL_QUICK_PICKS: readonly number[] = [30, 45, 60, 90];

export const NUDGE_LEVELS: readonly NudgeLevel[] = ['badge', 'notification', 'window'];
export const WARNING_CHOICES: readonly WarningSeconds[] = [0, 30, 60, 120];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const POSITION_CHOICES: readonly PositionChoice[] = ['seated', 'standing', 'floor'];
export const EQUIPMENT_CHOICES: readonly Equipment[] = ['band', 'dumbbells', 'foamRoller'];
export const EXERCISE_SOURCES: readonly ExerciseSource[] = ['mixed', 'mine'];

/**
 * The fields of `Settings`, in their canonical order: the defaults' keys, which the type makes
 * complete, so a new setting cannot be left out of reading, comparing and importing.
 */
export const SETTINGS_FIELDS = Object.keys(DEFAULT_SETTINGS) as readonly SettingsField[];

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

type FieldCheck<K extends SettingsField> = (raw: unknown) => Checked<Settings[K], FieldProblem>;

const ok = <T>(value: T): Checked<T, FieldProblem> => ({ ok: true, value });
const fail = <T>(field: SettingsField, messageKey: string, subfield?: keyof ActiveHours): Checked<T, FieldProblem> => ({
  ok: false,
  problem: { field, messageKey, ...(subfield ? { subfield } : {}) },
});

function wholeNumber<K extends NumericField>(field: K, raw: unknown): Checked<Settings[K], FieldProblem> {
  const { min, max } = SETTINGS_LIMITS[field];
  const r = checkWholeNumber(raw, min, max);
  return r.ok ? ok(r.value as Settings[K]) : { ok: false, problem: { field, ...r.problem } };
}

function choice<K extends SettingsField>(field: K, raw: unknown, choices: readonly Settings[K][]): Checked<Settings[K], FieldProblem> {
  return isOneOf(raw, choices) ? ok(raw) : fail(field, 'settingsErrorChoice');
}

function flag<K extends 'countWatching' | 'sound' | 'voice' | 'badge'>(field: K, raw: unknown): Checked<Settings[K], FieldProblem> {
  return isBoolean(raw) ? ok(raw as Settings[K]) : fail(field, 'settingsErrorBoolean');
}

const isDay = (v: unknown): v is number => isIntegerInRange(v, 0, 6);
const isMinuteOfDay = (v: unknown): v is number => isIntegerInRange(v, MINUTE_OF_DAY_LIMITS.min, MINUTE_OF_DAY_LIMITS.max);

function checkActiveHours(raw: unknown): Checked<ActiveHours, FieldProblem> {
  const field = 'activeHours';
  if (!isPlainObject(raw)) return fail(field, 'settingsErrorActiveHours');
  const enabled = ownField(raw, 'enabled');
  if (!isBoolean(enabled)) return fail(field, 'settingsErrorBoolean', 'enabled');
  const days = distinctList(ownField(raw, 'days'), isDay, 7);
  if (!days) return fail(field, 'settingsErrorDays', 'days');
  if (enabled && days.length === 0) return fail(field, 'settingsErrorDaysEmpty', 'days');
  const startMinute = ownField(raw, 'startMinute');
  if (!isMinuteOfDay(startMinute)) return fail(field, 'settingsErrorTime', 'startMinute');
  const endMinute = ownField(raw, 'endMinute');
  if (!isMinuteOfDay(endMinute)) return fail(field, 'settingsErrorTime', 'endMinute');
  if (startMinute === endMinute) return fail(field, 'settingsErrorSameTime', 'endMinute');
  return ok({ enabled, days, startMinute, endMinute });
}

function checkPositions(raw: unknown): Checked<PositionChoice[], FieldProblem> {
  const list = distinctList(raw, (v): v is PositionChoice => isOneOf(v, POSITION_CHOICES), POSITION_CHOICES.length);
  if (!list) return fail('positions', 'settingsErrorPositions');
  return list.length === 0 ? fail('positions', 'settingsErrorPositionsEmpty') : ok(list);
}

/** A list of distinct equipment (shared with the person's own exercises). */
export function checkEquipment(raw: unknown): Equipment[] | null {
  return distinctList(raw, (v): v is Equipment => isOneOf(v, EQUIPMENT_CHOICES), EQUIPMENT_CHOICES.length);
}

/**
 * Each field's check of a stored value (numbers as numbers, not text): plain functions, not
 * built by calls, so a page that imports only the shape of the settings drops them.
 */
const FIELD_CHECKS: { [K in SettingsField]: FieldCheck<K> } = {
  intervalMinutes: (raw) => wholeNumber('intervalMinutes', raw),
  breakMinutes: (raw) => wholeNumber('breakMinutes', raw),
  snoozeMinutes: (raw) => wholeNumber('snoozeMinutes', raw),
  awayMinutes: (raw) => wholeNumber('awayMinutes', raw),
  activeHours: checkActiveHours,
  nudgeLevel: (raw) => choice('nudgeLevel', raw, NUDGE_LEVELS),
  warningSeconds: (raw) => choice('warningSeconds', raw, WARNING_CHOICES),
  countWatching: (raw) => flag('countWatching', raw),
  positions: checkPositions,
  equipment: (raw) => {
    const list = checkEquipment(raw);
    return list ? ok(list) : fail('equipment', 'settingsErrorEquipment');
  },
  exerciseSource: (raw) => choice('exerciseSource', raw, EXERCISE_SOURCES),
  sound: (raw) => flag('sound', raw),
  soundVolume: (raw) => wholeNumber('soundVolume', raw),
  voice: (raw) => flag('voice', raw),
  badge: (raw) => flag('badge', raw),
  theme: (raw) => choice('theme', raw, THEMES),
  language: (raw) => choice('language', raw, LANGUAGE_CHOICES),
};

/** One field's value (as stored: numbers, not text) -> the value, or its problem. Never throws. */
export function checkSettingsField<K extends SettingsField>(field: K, raw: unknown): Checked<Settings[K], FieldProblem> {
  const check = FIELD_CHECKS[field] as FieldCheck<K>;
  // A hostile value (a throwing getter or proxy) is just an invalid value.
  return readSafely(() => check(raw), () => fail(field, 'settingsErrorChoice'));
}

export interface ParsedSettings extends Parsed<Settings, FieldProblem> {
  /** Keys that are not settings and were ignored (e.g. from a newer version or a hand-edited file). */
  ignoredKeys: string[];
}

/**
 * Stored or imported settings, field by field: valid fields kept, missing or invalid ones
 * fall back to their default and are reported (`settingsProblemMissing` for a missing field);
 * unknown keys are ignored and listed in `ignoredKeys`. A non-object gives the defaults, with
 * every field reported as missing. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const obj = readSafely<Record<string, unknown>>(() => (isPlainObject(raw) ? raw : {}), () => ({}));
  const ignoredKeys = readSafely(
    () => Object.keys(obj).filter((key) => !isOneOf(key, SETTINGS_FIELDS)),
    () => [],
  );
  const { value: fields, problems } = parseSettingsPatch(obj);
  for (const field of SETTINGS_FIELDS)
    if (!(field in fields) && !problems.some((p) => p.field === field)) problems.push({ field, messageKey: 'settingsProblemMissing' });
  return { value: { ...defaultSettings(), ...fields }, problems, ignoredKeys };
}

/**
 * Untrusted value (stored, imported, a page's message, a pending write) -> its valid settings
 * fields and the problems with the others. Fields it does not hold and keys that are not settings
 * are left out. Never throws.
 */
export function parseSettingsPatch(raw: unknown): Parsed<Partial<Settings>, FieldProblem> {
  const fields: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  if (!isPlainObject(raw)) return { value: fields, problems };
  for (const field of SETTINGS_FIELDS) {
    // A field that cannot be read (a throwing getter) is there, and invalid: null is no setting's value.
    const value = readSafely(() => ownField(raw, field), () => null);
    if (value === undefined) continue;
    const result = checkSettingsField(field, value);
    if (result.ok) fields[field] = result.value;
    else problems.push(result.problem);
  }
  return { value: fields as Partial<Settings>, problems };
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
