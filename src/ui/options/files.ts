/** Saving a file to the person's computer and reading one they picked: no network involved. */
import { format } from 'date-fns';

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
  return `unhunch-${kind}-${format(now, 'yyyy-MM-dd')}.${extension}`;
}

/** The text of a picked file (`File.text()`, with a FileReader fallback for older engines). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}
