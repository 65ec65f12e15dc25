/**
 * Where the values the pages read directly (`storedValues.ts`) live, as `area:key`; the
 * background's storage items and the settings store name the same keys.
 */
export const STORAGE_KEYS = {
  settings: 'sync:settings',
  schedule: 'local:schedule',
  stretch: 'local:stretch',
  history: 'local:history',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
