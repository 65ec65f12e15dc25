import { browser } from 'wxt/browser';
import { parseHistory, type HistoryEntry, type HistoryImportSummary } from '../core/history';
import { isIntegerInRange, isPlainObject } from '../core/guards';
import type { PauseChoice } from '../core/scheduleEvents';

/** What the pages ask the background to do; the background owns every state change. */
export type UiRequest =
  | { type: 'startStretch' }
  /** The stretch moves to the break window, which keeps playing when the popup closes. */
  | { type: 'handOverStretch' }
  | { type: 'pauseStretch' }
  | { type: 'resumeStretch' }
  | { type: 'anotherExercise' }
  | { type: 'finishStretch' }
  | { type: 'dismissStretch' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  // The history log has one writer, the background, so an import never races a new break.
  | { type: 'importHistory'; entries: HistoryEntry[] }
  | { type: 'clearHistory' };

const REQUEST_TYPES = new Set<UiRequest['type']>([
  'startStretch',
  'handOverStretch',
  'pauseStretch',
  'resumeStretch',
  'anotherExercise',
  'finishStretch',
  'dismissStretch',
  'snooze',
  'skip',
  'pause',
  'resume',
  'importHistory',
  'clearHistory',
]);
const PAUSE_CHOICES = new Set<PauseChoice>(['minutes30', 'hour1', 'tomorrow', 'untilResumed']);

/** Messages arrive from any extension page; anything else is ignored. */
export function parseUiRequest(raw: unknown): UiRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, choice } = raw as { type?: unknown; choice?: unknown };
  if (typeof type !== 'string' || !REQUEST_TYPES.has(type as UiRequest['type'])) return null;
  if (type === 'pause') return PAUSE_CHOICES.has(choice as PauseChoice) ? { type, choice: choice as PauseChoice } : null;
  if (type === 'importHistory') return { type, entries: parseHistory((raw as { entries?: unknown }).entries).value };
  return { type } as UiRequest;
}

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
