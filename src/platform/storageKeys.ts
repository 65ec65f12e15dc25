/**
 * Where each stored value lives, as `area:key`: the WXT storage items (written by the background
 * and the options page) and the popup's direct reads (`storedValues.ts`) name the same keys.
 */
export const STORAGE_KEYS = {
  settings: 'sync:settings',
  schedule: 'local:schedule',
  stretch: 'local:stretch',
  history: 'local:history',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];
