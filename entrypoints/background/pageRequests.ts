/** What the popup, the break window, the options page and the toolbar menu ask the background to do. */
import { browser } from 'wxt/browser';
import type { HistoryImportSummary } from '../../src/core/history';
import { openBreakWindow } from '../../src/platform/breakWindow';
import { clearHistory, importHistoryEntries } from '../../src/platform/historyStore';
import { parseUiRequest, type UiRequest } from '../../src/core/uiRequest';
import { changeReminders } from './nudges';
import { runStretchCommand, startStretch, switchExercise } from './stretch';
import { inTurn } from './turn';

export function setupPageRequests(): void {
  browser.runtime.onMessage.addListener((message) => {
    const { value: request, problems } = parseUiRequest(message);
    for (const problem of problems) console.warn(`Unhunch: ${problem}`);
    return request ? handleUiRequest(request) : undefined;
  });
}

/** Resolves to what the page asked for: what an import did, else nothing. */
export function handleUiRequest(request: UiRequest, now = Date.now()): Promise<HistoryImportSummary | void> {
  return inTurn(now, async (settings) => {
    switch (request.type) {
      case 'startStretch':
        return startStretch(now, settings);
      case 'handOverStretch':
        return openBreakWindow({ focused: true });
      case 'pauseStretch':
        return runStretchCommand({ type: 'pause' }, now, settings);
      case 'resumeStretch':
        return runStretchCommand({ type: 'resume' }, now, settings);
      case 'anotherExercise':
        return switchExercise(now, settings);
      case 'finishStretch':
        return runStretchCommand({ type: 'finish' }, now, settings);
      case 'dismissStretch':
        return runStretchCommand({ type: 'dismiss' }, now, settings);
      case 'snooze':
      case 'skip':
      case 'resume':
      case 'pause':
        return changeReminders(request, now, settings);
      case 'importHistory':
        return importHistoryEntries(request.entries, now);
      case 'clearHistory':
        return clearHistory();
    }
  });
}
