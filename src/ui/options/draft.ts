/** The settings form's draft: what its inputs hold, made from settings. */
import type { Equipment } from '../../core/catalogue';
import type { LanguageSetting } from '../../core/language';
import { minuteToTime } from '../../core/formText';
import {
  SETTINGS_FIELDS,
  type ExerciseSource,
  type NudgeLevel,
  type PositionChoice,
  type Settings,
  type SettingsField,
  type Theme,
  type WarningSeconds,
} from '../../core/settings';

/** What the inputs hold: text for numbers and times (as typed), the rest as values. */
export interface Draft {
  intervalMinutes: string;
  breakMinutes: string;
  snoozeMinutes: string;
  awayMinutes: string;
  activeHours: { enabled: boolean; days: number[]; startMinute: string; endMinute: string };
  nudgeLevel: NudgeLevel;
  warningSeconds: WarningSeconds;
  countWatching: boolean;
  positions: PositionChoice[];
  equipment: Equipment[];
  exerciseSource: ExerciseSource;
  sound: boolean;
  soundVolume: string;
  voice: boolean;
  badge: boolean;
  theme: Theme;
  language: LanguageSetting;
}

export function draftOf<K extends SettingsField>(settings: Settings, field: K): Draft[K] {
  const value = settings[field];
  switch (field) {
    case 'intervalMinutes':
    case 'breakMinutes':
    case 'snoozeMinutes':
    case 'awayMinutes':
    case 'soundVolume':
      return String(value) as Draft[K];
    case 'activeHours': {
      const a = settings.activeHours;
      return {
        enabled: a.enabled,
        days: [...a.days],
        startMinute: minuteToTime(a.startMinute),
        endMinute: minuteToTime(a.endMinute),
      } as Draft[K];
    }
    case 'positions':
    case 'equipment':
      return [...(value as string[])] as Draft[K];
    default:
      return value as unknown as Draft[K];
  }
}

export function toDraft(settings: Settings): Draft {
  const draft = {} as Record<SettingsField, unknown>;
  for (const field of SETTINGS_FIELDS) draft[field] = draftOf(settings, field);
  return draft as unknown as Draft;
}
