/** The break log as a file: CSV for spreadsheets, JSON to import again. */
import { lightFormat } from 'date-fns';
import { readImportEnvelope } from './exportFile';
import { parseHistory, type HistoryEntry, type ParsedHistory } from './history';
import { localDay } from './historyStats';

const HISTORY_FILE_VERSION = 1;

const HISTORY_CSV_COLUMNS = [
  'time_utc',
  'local_date',
  'local_time',
  'utc_offset',
  'time_zone',
  'outcome',
  'sitting_minutes',
  'exercise_id',
  'duration_seconds',
] as const;

/** One CSV field, RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The local time's offset from UTC at `d`, e.g. "+01:00" (it changes with daylight saving). */
function utcOffset(d: Date): string {
  const minutes = -d.getTimezoneOffset();
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The log as CSV (RFC 4180: CRLF line ends, quoted fields where needed), with a header row.
 * Dates and times are ISO (yyyy-MM-dd, HH:mm) so every spreadsheet reads them the same way:
 * time_utc (ISO 8601), local_date and local_time in the zone the code runs in, that zone's
 * utc_offset at the time and its IANA `timeZone` name, outcome, sitting_minutes (one decimal),
 * exercise_id, duration_seconds. Header words are English identifiers, not translated.
 */
export function historyToCsv(entries: readonly HistoryEntry[], timeZone: string): string {
  const rows: string[] = [HISTORY_CSV_COLUMNS.join(',')];
  for (const e of entries) {
    const d = new Date(e.at);
    if (Number.isNaN(d.getTime())) continue;
    const fields = [
      d.toISOString(),
      localDay(e.at),
      lightFormat(d, 'HH:mm'),
      utcOffset(d),
      timeZone,
      e.outcome,
      (e.sittingMs / 60000).toFixed(1),
      e.exerciseId === undefined ? '' : neutralizeFormula(e.exerciseId),
      e.durationMs === undefined ? '' : String(Math.round(e.durationMs / 1000)),
    ];
    rows.push(fields.map(csvField).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

/** A history export file: `{ app: 'unhunch', kind: 'history', version: 1, entries }`. */
export function historyToJson(entries: readonly HistoryEntry[]): string {
  return JSON.stringify({ app: 'unhunch', kind: 'history', version: HISTORY_FILE_VERSION, entries }, null, 2);
}

/**
 * An exported history file -> its valid entries (invalid ones dropped and counted). A file that
 * is not JSON, not ours, another kind, from a newer version, without an entries list, or whose
 * entries are all unreadable gives `ok: false` and an i18n message key; the caller then changes nothing.
 */
export function parseHistoryImport(text: string): ({ ok: true } & ParsedHistory) | { ok: false; problemKey: string } {
  const env = readImportEnvelope(text, 'history', HISTORY_FILE_VERSION);
  if (!env.ok) return env;
  const raw = env.data.entries;
  if (!Array.isArray(raw)) return { ok: false, problemKey: 'importErrorNoEntries' };
  const parsed = parseHistory(raw);
  if (raw.length > 0 && parsed.value.length === 0) return { ok: false, problemKey: 'importErrorNoValidEntries' };
  return { ok: true, ...parsed };
}
