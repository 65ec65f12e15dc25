import type { ComponentChildren } from 'preact';

export type Report = { tone: 'ok' | 'warn' | 'error'; text: string; details?: string[]; detailsLabel?: string } | null;

/**
 * What an import or another data action did. The region is always in the page so that screen
 * readers announce the change; `tone` only changes its look (the text says what happened).
 */
export function ImportReport({ id, report, children }: { id: string; report: Report; children?: ComponentChildren }) {
  return (
    <div id={id} class={`report${report ? ` ${report.tone}` : ''}`} role="status" data-testid={id}>
      {report && (
        <>
          <p>{report.text}</p>
          {report.details && report.details.length > 0 && (
            <>
              {report.detailsLabel && <p>{report.detailsLabel}</p>}
              <ul>
                {report.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {children}
    </div>
  );
}
