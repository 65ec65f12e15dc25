// The history section as a component: plain props in, its actions called back; no browser.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { HistoryEntry, HistoryImportSummary } from '../../src/core/history';
import { HistorySection, type HistoryActions } from '../../src/ui/options/HistorySection';
import { LazySection } from '../../src/ui/options/LazySection';
import { pickFile, queriesIn } from './queries';
import { useRenderRoot } from './renderRoot';
import { waitFor } from './setup';

const MINUTE = 60_000;
const root = useRenderRoot();

const { $, text, button } = queriesIn(root);

const now = new Date(2026, 5, 3, 15, 0).getTime();
const history: HistoryEntry[] = [
  { at: now - 3 * MINUTE, outcome: 'done', sittingMs: 46 * MINUTE, exerciseId: 'chairTwist', durationMs: 120_000 },
  { at: now - 2 * MINUTE, outcome: 'skipped', sittingMs: 50 * MINUTE },
];

function fakeActions(summary: HistoryImportSummary | Error, stored: HistoryEntry[] = []) {
  return {
    importEntries: vi.fn(async () => {
      if (summary instanceof Error) throw summary;
      return summary;
    }),
    clear: vi.fn(async () => undefined),
    load: vi.fn(async () => stored),
  } satisfies HistoryActions;
}

/** Chooses a history file holding these entries in the section's import field. */
const pickHistoryFile = (entries: HistoryEntry[]) =>
  pickFile($<HTMLInputElement>('#import-history')!, JSON.stringify({ app: 'unhunch', kind: 'history', version: 1, entries }), 'history.json');

describe('HistorySection with plain props', () => {
  it('shows the totals it is given and clears through its action, after asking', async () => {
    const actions = fakeActions({ added: 0, alreadyThere: 0, tooOld: 0, inFuture: 0, overLimit: 0 });
    act(() => render(<HistorySection history={history} sittingMs={0} now={now} actions={actions} />, root()));
    expect(text('[data-testid="stat-today"]')).toMatch(/^1 done/);

    act(() => button('Clear history')!.click());
    expect(actions.clear).not.toHaveBeenCalled();
    act(() => button('Yes, delete')!.click());
    await waitFor(() => expect(text('[data-testid="history-import-report"]')).toBe('History cleared.'));
    expect(actions.clear).toHaveBeenCalledTimes(1);
  });

  it('hands an imported file’s entries to its action and reports what became of them', async () => {
    const actions = fakeActions({ added: 2, alreadyThere: 0, tooOld: 0, inFuture: 0, overLimit: 0 });
    act(() => render(<HistorySection history={[]} sittingMs={0} now={now} actions={actions} />, root()));
    pickHistoryFile(history);
    await waitFor(() => expect(text('[data-testid="history-import-report"]')).toBe('History imported: 2 new breaks, 0 already there.'));
    expect(actions.importEntries).toHaveBeenCalledWith(history);
  });

  it('with no answer, looks at the stored log before saying what landed', async () => {
    const actions = fakeActions(new Error('no answer'), history);
    act(() => render(<HistorySection history={[]} sittingMs={0} now={now} actions={actions} />, root()));
    pickHistoryFile(history);
    await waitFor(() =>
      expect(text('[data-testid="history-import-report"]')).toBe('The import was interrupted, but 2 breaks from this file are now in your history.'),
    );
    expect(actions.load).toHaveBeenCalled();
  });
});

describe('LazySection', () => {
  /** An observer the test shows the section to. */
  function controllableObserver() {
    const seen: Array<() => void> = [];
    class Observer {
      constructor(private readonly callback: (entries: Array<{ isIntersecting: boolean }>) => void) {}
      observe() {
        seen.push(() => this.callback([{ isIntersecting: true }]));
      }
      disconnect() {}
    }
    vi.stubGlobal('IntersectionObserver', Observer);
    return { show: () => seen.forEach((s) => s()) };
  }

  it('has its heading at once, says it is loading, and loads only once it is near the screen', async () => {
    const observer = controllableObserver();
    const load = vi.fn(async () => 'Loaded content');
    act(() =>
      render(
        <LazySection headingId="x-heading" heading="Later" load={load}>
          {(content) => <p data-testid="content">{content}</p>}
        </LazySection>,
        root(),
      ),
    );
    expect(text('#x-heading')).toBe('Later');
    expect(root().querySelector('section')!.getAttribute('aria-labelledby')).toBe('x-heading');
    expect(root().querySelector('[role="status"]')!.getAttribute('aria-busy')).toBe('true');
    expect(load).not.toHaveBeenCalled();

    act(() => observer.show());
    await waitFor(() => expect(text('[data-testid="content"]')).toBe('Loaded content'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so when its code cannot be loaded', async () => {
    const observer = controllableObserver();
    act(() =>
      render(
        <LazySection headingId="x-heading" heading="Later" load={() => Promise.reject(new Error('gone'))}>
          {() => <p>never</p>}
        </LazySection>,
        root(),
      ),
    );
    act(() => observer.show());
    await waitFor(() => expect(text('[role="status"]')).toBe('This part of the page could not be loaded. Reload the page to try again.'));
    expect(root().querySelector('[role="status"]')!.getAttribute('aria-busy')).toBe('false');
  });
});
