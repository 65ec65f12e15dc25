import type { HistoryEntry } from './history';
import type { PauseChoice } from './scheduleEvents';

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
