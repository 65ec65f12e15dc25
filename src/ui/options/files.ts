/** Saving a file to the person's computer and reading one they picked: no network involved. */
import { localDay } from '../../core/historyStats';
import { t, type MessageKey } from '../../platform/i18n';
import type { Report } from './ImportReport';

/** Offers `text` as a download named `filename` (a Blob and an `<a download>`). */
export function downloadText(filename: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; keep the URL a little longer for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "unhunch-history-2024-06-03.csv" */
export function exportFilename(kind: 'history' | 'settings', extension: 'csv' | 'json', now: number): string {
  return `unhunch-${kind}-${localDay(now)}.${extension}`;
}

/** The text of a picked file (`File.text()`, with a FileReader fallback for older engines). */
function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/**
 * Reads the file picked in `input` and parses it. Says on `report` that it is reading, or why
 * the file was refused (nothing changed); returns the parsed file, or null when refused.
 */
export async function readImport<T extends { ok: true }>(
  input: HTMLInputElement,
  parse: (text: string) => T | { ok: false; problemKey: string },
  report: (report: Report) => void,
): Promise<T | null> {
  const file = input.files?.[0];
  input.value = ''; // the same file can be picked again
  if (!file) return null;
  report({ tone: 'ok', text: t('optImportingFile') });
  let text: string;
  try {
    text = await readFileText(file);
  } catch {
    report({ tone: 'error', text: `${t('optImportReadError')} ${t('importNothingChanged')}` });
    return null;
  }
  const parsed = parse(text);
  if (!parsed.ok) {
    report({ tone: 'error', text: `${t(parsed.problemKey as MessageKey)} ${t('importNothingChanged')}` });
    return null;
  }
  return parsed;
}
