import type { Equipment, Position } from './catalogue';

export type NudgeLevel = 'badge' | 'notification' | 'window';
export type Theme = 'system' | 'light' | 'dark';
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
  positions: PositionChoice[];
  equipment: Equipment[];
  sound: boolean;
  soundVolume: number;
  badge: boolean;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = {
  intervalMinutes: 45,
  breakMinutes: 2,
  snoozeMinutes: 10,
  awayMinutes: 5,
  activeHours: { enabled: false, days: [1, 2, 3, 4, 5], startMinute: 9 * 60, endMinute: 17 * 60 },
  nudgeLevel: 'window',
  positions: ['seated', 'standing'],
  equipment: [],
  sound: false,
  soundVolume: 60,
  badge: true,
  theme: 'system',
};
