import { browser } from 'wxt/browser';
import { parseHistory, type HistoryEntry } from '../core/history';
import type { PauseChoice } from '../core/schedule';

/** What the pages ask the background to do; the background owns every state change. */
export type UiRequest =
  | { type: 'startStretch' }
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
  if (type === 'importHistory') return { type, entries: parseHistory((raw as { entries?: unknown }).entries).entries };
  return { type } as UiRequest;
}

export async function sendToBackground(request: UiRequest): Promise<void> {
  await browser.runtime.sendMessage(request);
}

/** Adds the entries to the history log; resolves to how many were new. */
export async function importHistoryInBackground(entries: HistoryEntry[]): Promise<number> {
  const added: unknown = await browser.runtime.sendMessage({ type: 'importHistory', entries } satisfies UiRequest);
  return typeof added === 'number' ? added : 0;
}
