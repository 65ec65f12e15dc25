/**
 * Settings are written as patches: a page sends only the fields a person changed, and the one
 * writer merges them with what is stored at the moment it writes. So two pages (or a page and
 * another device via sync) changing different fields at once both keep their change. Pure: no
 * browser API, time passed in.
 */
import { isIntegerInRange, isPlainObject, isTime, ownField } from './guards';
import { MINUTE_MS } from './time';
import { SETTINGS_FIELDS, cloneSettings, parseSettingsPatch, type FieldProblem, type Settings, type SettingsField } from './settings';

/** Some fields of the settings, each valid. */
export type SettingsPatch = Partial<Settings>;

/** The settings with the patch's fields in place of theirs (a copy; neither input changes). */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return cloneSettings({ ...settings, ...patch });
}

/** One patch from two, the newer one winning where both set a field (a burst becomes one write). */
export function mergeSettingsPatches(older: SettingsPatch, newer: SettingsPatch): SettingsPatch {
  return { ...older, ...newer };
}

export function patchFields(patch: SettingsPatch): SettingsField[] {
  return SETTINGS_FIELDS.filter((field) => field in patch);
}

/**
 * Writes patches one at a time; the patches that arrive while one is being written are merged and
 * go together in the next write, so a burst of clicks costs two writes, not one per click. Each
 * caller gets the result of the write that carried its patch. A write that throws rejects its callers only.
 */
export function coalescedWrites<R>(write: (patch: SettingsPatch) => Promise<R>): (patch: SettingsPatch) => Promise<R> {
  let next: { patch: SettingsPatch; callers: { resolve: (r: R) => void; reject: (e: unknown) => void }[] } | null = null;
  let writing = false;
  const drain = async () => {
    writing = true;
    while (next) {
      const batch = next;
      next = null;
      try {
        const result = await write(batch.patch);
        for (const caller of batch.callers) caller.resolve(result);
      } catch (error) {
        for (const caller of batch.callers) caller.reject(error);
      }
    }
    writing = false;
  };
  return (patch) =>
    new Promise<R>((resolve, reject) => {
      next = { patch: mergeSettingsPatches(next?.patch ?? {}, patch), callers: [...(next?.callers ?? []), { resolve, reject }] };
      if (!writing) void drain();
    });
}

/** A patch the browser refused to write (the sync write quota), kept until a retry writes it. */
export interface PendingSettingsWrite {
  patch: SettingsPatch;
  /** Refused writes in a row. */
  attempts: number;
  /** When the next try is due (epoch ms). */
  retryAt: number;
}

/** storage.sync allows 120 writes a minute and 1,800 an hour: wait a minute, then longer each time. */
const FIRST_RETRY_MS = MINUTE_MS;
const LONGEST_RETRY_MS = 15 * MINUTE_MS;

export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS);
}

/** The pending write after one more refusal at `now`. */
export function refusedWrite(patch: SettingsPatch, previous: PendingSettingsWrite | null, now: number): PendingSettingsWrite {
  const attempts = (previous?.attempts ?? 0) + 1;
  return { patch, attempts, retryAt: now + retryDelayMs(attempts) };
}

/** Stored pending write (untrusted) -> the write, or null when there is none or it is unusable. */
export function parsePendingSettingsWrite(raw: unknown): PendingSettingsWrite | null {
  if (!isPlainObject(raw)) return null;
  const { value: patch } = parseSettingsPatch(ownField(raw, 'patch'));
  if (patchFields(patch).length === 0) return null;
  const attempts = ownField(raw, 'attempts');
  const retryAt = ownField(raw, 'retryAt');
  return {
    patch,
    attempts: isIntegerInRange(attempts, 1, Number.MAX_SAFE_INTEGER) ? attempts : 1,
    // A damaged time means "due now": the change is written at the next chance, not lost.
    retryAt: isTime(retryAt) ? retryAt : 0,
  };
}

/** What became of a page's change: written, refused as invalid, kept for a retry, or unanswered. */
export type SaveSettingsReply =
  | { ok: true; settings: Settings }
  /** settingsErrorInvalid (see `problems`), nothing written. */
  | { ok: false; messageKey: 'settingsErrorInvalid'; problems: FieldProblem[] }
  /** Storage refused (the sync write quota): the background keeps the change and writes it by itself later. */
  | { ok: false; messageKey: 'settingsErrorSaveRetrying' }
  /** The background did not answer (it stopped mid-save, say). */
  | { ok: false; messageKey: 'settingsErrorSaveFailed' };

/** How a page changes settings: patches of the changed fields, written by the background. */
export interface SettingsWriter {
  /** Sends the patch; resolves to what became of it. */
  save(patch: SettingsPatch): Promise<SaveSettingsReply>;
  /** For a page that is closing: the patch outlives it, with no reply. */
  leave(patch: SettingsPatch): void;
  /** A refused save kept for a retry (null: none waiting, e.g. written at last). */
  watchPending(cb: (pending: PendingSettingsWrite | null) => void): () => void;
}
