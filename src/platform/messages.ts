import { browser } from 'wxt/browser';
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
  | { type: 'resume' };

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
]);
const PAUSE_CHOICES = new Set<PauseChoice>(['minutes30', 'hour1', 'tomorrow', 'untilResumed']);

/** Messages arrive from any extension page; anything else is ignored. */
export function parseUiRequest(raw: unknown): UiRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { type, choice } = raw as { type?: unknown; choice?: unknown };
  if (typeof type !== 'string' || !REQUEST_TYPES.has(type as UiRequest['type'])) return null;
  if (type === 'pause') return PAUSE_CHOICES.has(choice as PauseChoice) ? { type, choice: choice as PauseChoice } : null;
  return { type } as UiRequest;
}

export async function sendToBackground(request: UiRequest): Promise<void> {
  await browser.runtime.sendMessage(request);
}
