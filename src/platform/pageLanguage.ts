import type { LanguageSetting } from '../core/language';
import { watchSettings } from './settingsStore';

/** Calls `cb` with the language setting whenever settings change: what `mountPage` follows. */
export function watchLanguageSetting(cb: (language: LanguageSetting) => void): () => void {
  return watchSettings(({ value }) => cb(value.language));
}
