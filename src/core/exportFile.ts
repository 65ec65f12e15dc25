/**
 * The envelope every export file shares: `{ app: 'unhunch', kind, version, ... }`, read before
 * its contents so that a wrong, foreign or newer file is refused with a clear message.
 */
import { isPlainObject } from './guards';

/** Imported files larger than this are refused before parsing. */
const MAX_IMPORT_CHARS = 10_000_000;

type ImportHeaderResult = { ok: true; data: Record<string, unknown> } | { ok: false; problemKey: string };

/** Checks an export file's envelope: JSON, ours, the expected kind, a version we can read. */
export function readImportEnvelope(text: unknown, kind: 'settings' | 'history', maxVersion: number): ImportHeaderResult {
  if (typeof text !== 'string') return { ok: false, problemKey: 'importErrorNotJson' };
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problemKey: 'importErrorTooLarge' };
  if (text.trim() === '') return { ok: false, problemKey: 'importErrorNotJson' };
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problemKey: 'importErrorNotJson' };
  }
  if (!isPlainObject(data) || data.app !== 'unhunch') return { ok: false, problemKey: 'importErrorNotUnhunch' };
  if (data.kind !== kind) {
    if (data.kind === 'settings') return { ok: false, problemKey: 'importErrorIsSettingsFile' };
    if (data.kind === 'history') return { ok: false, problemKey: 'importErrorIsHistoryFile' };
    return { ok: false, problemKey: 'importErrorNotUnhunch' };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problemKey: 'importErrorNotUnhunch' };
  }
  if (version > maxVersion) return { ok: false, problemKey: 'importErrorNewerVersion' };
  return { ok: true, data };
}
