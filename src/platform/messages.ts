import { browser } from 'wxt/browser';
import type { HistoryEntry, HistoryImportSummary } from '../core/history';
import { isIntegerInRange, isPlainObject, ownField, type Parsed } from '../core/guards';
import type { UiRequest } from '../core/uiRequest';
import { parseSettingsPatch, type FieldProblem } from '../core/settings';
import type { SaveSettingsReply, SettingsPatch } from '../core/settingsWrites';

export async function sendToBackground(request: UiRequest): Promise<void> {
  await browser.runtime.sendMessage(request);
}

const SUMMARY_FIELDS = ['added', 'alreadyThere', 'tooOld', 'inFuture', 'overLimit'] as const;

/**
 * Adds the entries to the history log; resolves to what happened to each of them. Rejects when
 * no answer came (the worker stopped mid-import, say): the caller then looks at the log itself.
 */
export async function importHistoryInBackground(entries: HistoryEntry[]): Promise<HistoryImportSummary> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'importHistory', entries } satisfies UiRequest);
  if (!isPlainObject(reply) || !SUMMARY_FIELDS.every((f) => isIntegerInRange(reply[f], 0, entries.length)))
    throw new Error('no import summary in the reply');
  return reply as unknown as HistoryImportSummary;
}

/** A page's changed settings fields; the background, their one writer, merges them with what is stored. */
interface SaveSettingsRequest {
  type: 'saveSettings';
  patch: SettingsPatch;
}

/** The patch of a save request from any extension page, or null for any other message. */
export function parseSaveSettingsRequest(raw: unknown): Parsed<SettingsPatch, FieldProblem> | null {
  if (!isPlainObject(raw) || raw.type !== 'saveSettings') return null;
  return parseSettingsPatch(ownField(raw, 'patch'));
}

/**
 * Sends the changed fields to the background. The message leaves at once, before the first
 * await, so a page calling this while it closes (pagehide) still has it delivered.
 */
export async function saveSettingsPatch(patch: SettingsPatch): Promise<SaveSettingsReply> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type: 'saveSettings', patch } satisfies SaveSettingsRequest);
    if (isPlainObject(reply) && typeof reply.ok === 'boolean') return reply as unknown as SaveSettingsReply;
  } catch {
    // no answer: reported below
  }
  return { ok: false, messageKey: 'settingsErrorSaveFailed' };
}
