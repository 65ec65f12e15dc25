/** The settings form's draft: what its inputs hold, made from settings. */
import { minuteToTime } from '../../core/formText';
import { NUMERIC_FIELDS, type ActiveHours, type NumericField, type Settings, type SettingsField } from '../../core/settings';

/** Active hours as their inputs hold them: the times as text. */
type ActiveHoursDraft = { [P in keyof ActiveHours]: ActiveHours[P] extends number ? string : ActiveHours[P] };

/** What the inputs hold: text for numbers and times (as typed), the rest as in the settings. */
export type Draft = {
  [K in SettingsField]: K extends NumericField ? string : K extends 'activeHours' ? ActiveHoursDraft : Settings[K];
};

export function toDraft(settings: Settings): Draft {
  const numbers = Object.fromEntries(NUMERIC_FIELDS.map((field) => [field, String(settings[field])])) as Record<NumericField, string>;
  const a = settings.activeHours;
  return {
    ...settings,
    ...numbers,
    activeHours: { ...a, days: [...a.days], startMinute: minuteToTime(a.startMinute), endMinute: minuteToTime(a.endMinute) },
    positions: [...settings.positions],
    equipment: [...settings.equipment],
  };
}
