import { useState } from 'preact/hooks';
import { countPresent, HISTORY_MAX_ENTRIES, type HistoryEntry, type HistoryImportSummary } from '../../core/history';
import { historyToCsv, historyToJson, parseHistoryImport } from '../../core/historyFile';
import { dailyTotals, historyStats, type HistoryStats, type WeekTotals } from '../../core/historyStats';
import { t, tn } from '../../platform/i18n';
import { BarChart } from './BarChart';
import { ConfirmAction } from './ConfirmAction';
import { downloadText, exportFilename, readImport } from './files';
import { ImportReport, type Report } from './ImportReport';
import { JsonFileField } from './JsonFileField';
import { formatDays, formatDuration, formatNumber, formatPercent } from '../format';

/** What the section does with the stored log. */
export interface HistoryActions {
  /** Adds the entries; resolves to what became of them, rejects when no answer came. */
  importEntries(entries: HistoryEntry[]): Promise<HistoryImportSummary>;
  clear(): Promise<void>;
  /** The log as stored now. */
  load(): Promise<HistoryEntry[]>;
}

interface HistorySectionProps {
  history: HistoryEntry[];
  /** The sitting stretch under way now, for "longest sitting today". */
  sittingMs: number;
  now: number;
  actions: HistoryActions;
}

function Counts({ c }: { c: WeekTotals }) {
  return (
    <>
      <span class="stat-main">{tn('optStatDone', c.done)}</span>{' '}
      <span class="stat-more">
        {[tn('optStatStoppedEarly', c.stoppedEarly), tn('optStatSkipped', c.skipped), tn('optStatSnoozed', c.snoozed)].join(' · ')}
      </span>
    </>
  );
}

function completion(stats: HistoryStats): string {
  if (stats.completionRate === null) return t('optStatCompletionNone');
  const attempted = stats.week.done + stats.week.stoppedEarly + stats.week.skipped;
  return t('optStatCompletionValue', [
    formatPercent(stats.completionRate),
    formatNumber(stats.week.done),
    formatNumber(attempted),
  ]);
}

/** Breaks taken, skipped and snoozed; the streak; two bar charts; and the log's files. */
export function HistorySection({ history, sittingMs, now, actions }: HistorySectionProps) {
  const stats = historyStats(history, now, sittingMs);
  const week = dailyTotals(history, now, 7);
  const month = dailyTotals(history, now, 30);

  return (
    <>
      {history.length === 0 && <p class="hint">{t('optNoHistory')}</p>}
      <dl class="stats" data-testid="stats">
        <div>
          <dt>{t('optStatToday')}</dt>
          <dd data-testid="stat-today">
            <Counts c={stats.today} />
          </dd>
        </div>
        <div>
          <dt>{t('optStatWeek')}</dt>
          <dd data-testid="stat-week">
            <Counts c={stats.week} />
          </dd>
        </div>
        <div>
          <dt>{t('optStatStreak')}</dt>
          <dd data-testid="stat-streak">{formatDays(stats.streakDays)}</dd>
        </div>
        <div>
          <dt>{t('optStatLongest')}</dt>
          <dd data-testid="stat-longest">{formatDuration(stats.longestSittingTodayMs)}</dd>
        </div>
        <div>
          <dt>{t('optStatCompletion')}</dt>
          <dd data-testid="stat-completion">{completion(stats)}</dd>
        </div>
      </dl>
      <h3 id="chart7-heading">{t('optChart7')}</h3>
      <BarChart days={week} />
      <h3 id="chart30-heading">{t('optChart30')}</h3>
      <BarChart days={month} />
      <HistoryFiles history={history} actions={actions} />
    </>
  );
}

/** What an import did, one sentence per kind of outcome that happened. */
function importSummaryLines(summary: HistoryImportSummary): string[] {
  const lines = [tn('optImportHistoryDone', summary.added, [formatNumber(summary.added), formatNumber(summary.alreadyThere)])];
  if (summary.tooOld > 0) lines.push(tn('optImportHistoryTooOld', summary.tooOld));
  if (summary.inFuture > 0) lines.push(tn('optImportHistoryInFuture', summary.inFuture));
  if (summary.overLimit > 0)
    lines.push(tn('optImportHistoryOverLimit', summary.overLimit, [formatNumber(summary.overLimit), formatNumber(HISTORY_MAX_ENTRIES)]));
  return lines;
}

function HistoryFiles({ history, actions }: { history: HistoryEntry[]; actions: HistoryActions }) {
  const [report, setReport] = useState<Report>(null);

  const exportAs = (kind: 'csv' | 'json') => {
    const now = Date.now();
    if (kind === 'csv') downloadText(exportFilename('history', 'csv', now), historyToCsv(history, Intl.DateTimeFormat().resolvedOptions().timeZone), 'text/csv');
    else downloadText(exportFilename('history', 'json', now), historyToJson(history), 'application/json');
  };

  const onFile = async (input: HTMLInputElement) => {
    const parsed = await readImport(input, parseHistoryImport, setReport);
    if (!parsed) return;
    let lines: string[];
    try {
      lines = importSummaryLines(await actions.importEntries(parsed.value));
    } catch {
      // No answer is not "nothing happened": the worker may have stopped after writing. Look.
      const present = countPresent(await actions.load(), parsed.value);
      if (present === 0) {
        setReport({ tone: 'error', text: `${t('optImportReadError')} ${t('importNothingChanged')}` });
        return;
      }
      lines = [tn('optImportHistoryPresent', present)];
    }
    if (parsed.rejected > 0) lines.push(tn('importRejectedEntries', parsed.rejected));
    setReport({
      tone: lines.length > 1 ? 'warn' : 'ok',
      text: lines.join(' '),
      ...(parsed.rejected > 0
        ? { details: parsed.problems.map((p) => t(p.messageKey, p.args)), detailsLabel: t('optImportWhy') }
        : {}),
    });
  };

  return (
    <>
      <h3>{t('optDataHeading')}</h3>
      <p class="hint">{t('optDataHint')}</p>
      <div class="actions">
        <div class="files">
          <button type="button" onClick={() => exportAs('csv')}>
            {t('optExportHistoryCsv')}
          </button>
          <button type="button" onClick={() => exportAs('json')}>
            {t('optExportHistoryJson')}
          </button>
          <JsonFileField id="import-history" label={t('optImportHistory')} onFile={(input) => void onFile(input)} />
        </div>
        <ConfirmAction
          label={t('optClearHistory')}
          question={tn('optClearConfirm', history.length)}
          confirmLabel={t('optClearYes')}
          testId="clear-history"
          onConfirm={async () => {
            await actions.clear();
            setReport({ tone: 'ok', text: t('optClearDone') });
          }}
        />
      </div>
      <ImportReport id="history-import-report" report={report} />
    </>
  );
}
