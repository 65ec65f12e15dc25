/** The break history wired to the stored log and the background: loaded when the section comes near the screen. */
import '../../src/ui/options/history.css';
import type { HistoryEntry } from '../../src/core/history';
import { statusOfStored } from '../../src/core/scheduleStatus';
import type { Settings } from '../../src/core/settings';
import { loadHistory, watchHistory } from '../../src/platform/historyStore';
import { t } from '../../src/platform/i18n';
import { importHistoryInBackground, sendToBackground } from '../../src/platform/messages';
import { loadScheduleRaw, watchSchedule } from '../../src/platform/stateStore';
import { useNow, useStored } from '../../src/ui/hooks';
import { HistorySection, type HistoryActions } from '../../src/ui/options/HistorySection';

const actions: HistoryActions = {
  importEntries: importHistoryInBackground,
  // The log has one writer, the background.
  clear: () => sendToBackground({ type: 'clearHistory' }),
  load: loadHistory,
};

export function HistoryView({ settings }: { settings: Settings }) {
  const now = useNow(30_000);
  const history = useStored<HistoryEntry[]>(loadHistory, (cb) => watchHistory(cb));
  // The sitting stretch under way, for "longest sitting today".
  const schedule = useStored<unknown>(loadScheduleRaw, watchSchedule);
  if (history === undefined || schedule === undefined)
    return (
      <p role="status" aria-busy="true">
        {t('loading')}
      </p>
    );
  const { sittingMs } = statusOfStored(schedule, now, settings);
  return <HistorySection history={history} sittingMs={sittingMs} now={now} actions={actions} />;
}
