// The options page rendered in happy-dom against the fake browser's storage.
import { startOfDay, subDays } from 'date-fns';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HistoryEntry } from '../../src/core/history';
import { defaultSettings } from '../../src/core/settings';
import { settingsToJson } from '../../src/core/settingsFile';
import { loadCustomExercises } from '../../src/platform/customExerciseStore';
import { writeSettingsPatch } from '../../src/platform/settingsStore';
import { WALL_ANGEL } from './exerciseFixtures';
import { usePageContainer, wiredOptionsPage } from './pageFixture';
import { SAVE_DEBOUNCE_MS } from '../../src/ui/usePatchSaver';
import { storedSettings, waitFor } from './setup';
import { pickFile, queriesIn, type } from './queries';

const container = usePageContainer();
let root: HTMLElement;
beforeEach(() => {
  root = container();
});
afterEach(() => {
  vi.useRealTimers();
});

const { $, text, button } = queriesIn(() => root);
/** Past the save's debounce, on the fake clock; a save it started has run by then. */
const pastSaveDebounce = () => vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS + 300);

function toggle(input: HTMLInputElement): void {
  input.click(); // flips `checked` and fires change
}

async function openPage(): Promise<void> {
  render((await wiredOptionsPage())(), root);
  await waitFor(() => expect($('#intervalMinutes')).not.toBeNull());
  // The history section's code has come (it loads when the section is in view).
  await waitFor(() => expect($('#import-history')).not.toBeNull());
}

describe('options page: settings', () => {
  it('shows the message beside an invalid interval and leaves storage unchanged', async () => {
    vi.useFakeTimers();
    await writeSettingsPatch({ ...defaultSettings(), intervalMinutes: 60 });
    await openPage();
    const input = $<HTMLInputElement>('#intervalMinutes')!;
    expect(input.value).toBe('60');

    type(input, '5');
    await waitFor(() => expect(text('#intervalMinutes-error')).toBe('Enter a whole number from 10 to 180.'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain('intervalMinutes-error');
    expect(input.value).toBe('5'); // what they typed stays, to fix
    expect(text('[data-testid="save-status"]')).toBe('Not saved: fix the marked field.');

    await pastSaveDebounce();
    expect((await storedSettings()).intervalMinutes).toBe(60);

    type(input, '4.5');
    await waitFor(() => expect(text('#intervalMinutes-error')).toMatch(/^Enter a whole number \(digits only/));
    type(input, '');
    await waitFor(() => expect(text('#intervalMinutes-error')).toMatch(/^This can’t be empty/));
    await pastSaveDebounce();
    expect((await storedSettings()).intervalMinutes).toBe(60);

    // Fixing it clears the message and saves.
    type(input, '75');
    await waitFor(() => expect(text('#intervalMinutes-error')).toBe(''));
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    await pastSaveDebounce();
    await waitFor(async () => expect((await storedSettings()).intervalMinutes).toBe(75));
  });

  it('saves a valid change after the debounce and says "Saved"', async () => {
    vi.useFakeTimers();
    await openPage();
    const input = $<HTMLInputElement>('#intervalMinutes')!;
    type(input, '9');
    type(input, '90');
    expect(text('[data-testid="save-status"]')).toBe('');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS / 2);
    expect(await storedSettings()).toBeUndefined(); // not yet: still within the debounce
    await waitFor(() => expect(text('[data-testid="save-status"]')).toBe('Saved'));
    expect((await storedSettings()).intervalMinutes).toBe(90);
    expect($('[data-testid="save-status"]')!.getAttribute('role')).toBe('status');

    // A quick pick saves too, and shows as pressed.
    button('30 min')!.click();
    await waitFor(async () => expect((await storedSettings()).intervalMinutes).toBe(30));
    expect(input.value).toBe('30');
    expect(button('30 min')!.getAttribute('aria-pressed')).toBe('true');
    expect(button('45 min')!.getAttribute('aria-pressed')).toBe('false');
  });

  it('a valid change to one field saves while another field is invalid, without the invalid value', async () => {
    vi.useFakeTimers();
    await openPage();
    type($<HTMLInputElement>('#breakMinutes')!, '99');
    toggle($<HTMLInputElement>('#positions-floor')!);
    await pastSaveDebounce();
    await waitFor(async () => expect((await storedSettings())?.positions).toEqual(['seated', 'standing', 'floor']));
    const saved = await storedSettings();
    expect(saved.breakMinutes).toBe(2);
    expect(text('#breakMinutes-error')).toBe('Enter a whole number from 1 to 10.');
    await waitFor(() =>
      expect(text('[data-testid="save-status"]')).toBe('Other changes saved; the marked field is not. Fix it to save it.'),
    );
  });

  it('refuses to save no positions and an active-hours range that starts and ends at once', async () => {
    vi.useFakeTimers();
    await openPage();
    toggle($<HTMLInputElement>('#positions-seated')!);
    toggle($<HTMLInputElement>('#positions-standing')!);
    await waitFor(() => expect(text('#positions-error')).toBe('Choose at least one position.'));
    expect($('#positions')!.getAttribute('aria-describedby')).toContain('positions-error');

    toggle($<HTMLInputElement>('#activeHours-enabled')!);
    type($<HTMLInputElement>('#activeHours-end')!, '09:00');
    await waitFor(() => expect(text('#activeHours-end-error')).toBe('The start and end times must be different.'));
    expect($('#activeHours-end')!.getAttribute('aria-invalid')).toBe('true');
    await pastSaveDebounce();
    // The valid steps were saved (enabling; unticking one position); the broken range and no positions were not.
    const saved = await storedSettings();
    expect(saved.activeHours).toEqual({ enabled: true, days: [1, 2, 3, 4, 5], startMinute: 540, endMinute: 1020 });
    expect(saved.positions).toEqual(['standing']);

    // A range past midnight is fine.
    type($<HTMLInputElement>('#activeHours-start')!, '22:00');
    type($<HTMLInputElement>('#activeHours-end')!, '06:30');
    await pastSaveDebounce();
    await waitFor(async () =>
      expect((await storedSettings()).activeHours).toMatchObject({ startMinute: 1320, endMinute: 390 }),
    );
    expect(text('#activeHours-end-error')).toBe('');
    expect(text('[data-testid="active-hours-summary"]')).toMatch(/the next morning/);
  });

  it('applies the theme to the page at once', async () => {
    await openPage();
    toggle($<HTMLInputElement>('#theme-dark')!);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    toggle($<HTMLInputElement>('#theme-system')!);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it('asks before resetting to defaults, in the page', async () => {
    await writeSettingsPatch({ ...defaultSettings(), intervalMinutes: 90, theme: 'dark' });
    const confirmSpy = vi.fn(() => true);
    vi.stubGlobal('confirm', confirmSpy);
    await openPage();
    button('Reset to defaults')!.click();
    await waitFor(() => expect(text('.confirm')).toContain('Reset all settings to their defaults?'));
    expect(confirmSpy).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect((await storedSettings()).intervalMinutes).toBe(90);

    button('Cancel')!.click();
    await waitFor(() => expect(button('Reset to defaults')).not.toBeNull());
    expect(document.activeElement).toBe(button('Reset to defaults'));
    expect((await storedSettings()).intervalMinutes).toBe(90);

    button('Reset to defaults')!.click();
    await waitFor(() => expect(button('Yes, reset')).not.toBeNull());
    button('Yes, reset')!.click();
    await waitFor(async () => expect((await storedSettings()).intervalMinutes).toBe(45));
    expect(await storedSettings()).toEqual(defaultSettings());
    await waitFor(() => expect($<HTMLInputElement>('#intervalMinutes')!.value).toBe('45'));
    expect(text('[data-testid="save-status"]')).toBe('Settings reset to their defaults.');
    vi.unstubAllGlobals();
  });

  it('says which stored fields were invalid and reset, without writing anything', async () => {
    const garbage = { ...defaultSettings(), intervalMinutes: 'lots', theme: 'neon', positions: [] };
    await fakeBrowser.storage.sync.set({ settings: garbage });
    await openPage();
    const notice = $('[data-testid="stored-problems"]')!;
    expect(notice.textContent).toContain('Some stored settings were not valid and were reset to their defaults:');
    const listed = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(listed).toEqual(['Reminder interval', 'Positions', 'Theme']);
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('#intervalMinutes');
    expect($<HTMLInputElement>('#intervalMinutes')!.value).toBe('45');
    expect($<HTMLInputElement>('#theme-system')!.checked).toBe(true);
    expect(await storedSettings()).toEqual(garbage);
  });

  it('shows no notice for valid stored settings', async () => {
    await writeSettingsPatch(defaultSettings());
    await openPage();
    expect($('[data-testid="stored-problems"]')).toBeNull();
  });

  it('imports a settings file field by field and says what it rejected and why', async () => {
    await openPage();
    const file = {
      app: 'unhunch',
      kind: 'settings',
      version: 2,
      settings: { ...defaultSettings(), intervalMinutes: 60, snoozeMinutes: 999, theme: 'dark' },
    };
    pickFile($<HTMLInputElement>('#import-settings')!, JSON.stringify(file));
    await waitFor(() => expect(text('[data-testid="settings-import-report"]')).toContain('Settings imported.'));
    const report = text('[data-testid="settings-import-report"]');
    expect(report).toContain('Snooze length: Enter a whole number from 1 to 60.');
    const saved = await storedSettings();
    expect(saved.intervalMinutes).toBe(60);
    expect(saved.theme).toBe('dark');
    expect(saved.snoozeMinutes).toBe(10); // the current value is kept
    expect($<HTMLInputElement>('#intervalMinutes')!.value).toBe('60');
  });

  it('imports a settings file whose save the browser holds back: applied, saved shortly, its exercises and rejected fields too', async () => {
    await openPage();
    // storage.sync over its write quota for the settings item; the exercises' items still go in.
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refuse = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if ('settings' in items) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      return set(items);
    });
    try {
      const file = JSON.parse(settingsToJson({ ...defaultSettings(), intervalMinutes: 60 }, [WALL_ANGEL]));
      file.settings.snoozeMinutes = 999;
      pickFile($<HTMLInputElement>('#import-settings')!, JSON.stringify(file));
      await waitFor(() => expect(text('[data-testid="settings-import-report"]')).toMatch(/Settings imported\.|Nothing was changed\./));
      const report = text('[data-testid="settings-import-report"]');
      expect(report).toContain('Settings imported.');
      expect(report).toContain('Exercises: 1 added or updated.');
      expect(report).toContain('Unhunch saves it by itself shortly.');
      expect(report).not.toContain('Nothing was changed.');
      expect(report).toContain('Snooze length: Enter a whole number from 1 to 60.');
      expect($<HTMLInputElement>('#intervalMinutes')!.value).toBe('60');
      expect((await loadCustomExercises()).value).toEqual([WALL_ANGEL]);
      expect(text('[data-testid="save-status"]')).toContain('Not saved yet');
      expect((await storedSettings())?.intervalMinutes).not.toBe(60); // held back, not written
    } finally {
      refuse.mockRestore();
    }
  });

  it('a bad settings file changes nothing', async () => {
    await writeSettingsPatch({ ...defaultSettings(), intervalMinutes: 50 });
    await openPage();
    pickFile($<HTMLInputElement>('#import-settings')!, '{ not json');
    await waitFor(() =>
      expect(text('[data-testid="settings-import-report"]')).toBe(
        'This file can’t be read: it is not a JSON export file. Nothing was changed.',
      ),
    );
    pickFile($<HTMLInputElement>('#import-settings')!, JSON.stringify({ app: 'unhunch', kind: 'history', version: 1, entries: [] }));
    await waitFor(() =>
      expect(text('[data-testid="settings-import-report"]')).toContain('This is a history file. Import it under History instead.'),
    );
    expect((await storedSettings()).intervalMinutes).toBe(50);
  });
});

describe('options page: history', () => {
  const now = Date.now();
  const today = startOfDay(now).getTime();
  const at = (daysAgo: number, minute: number) => subDays(today, daysAgo).getTime() + minute * 60_000;
  const seed: HistoryEntry[] = [
    { at: at(10, 600), outcome: 'done', sittingMs: 50 * 60_000 },
    { at: at(10, 660), outcome: 'done', sittingMs: 50 * 60_000 },
    { at: at(10, 720), outcome: 'done', sittingMs: 50 * 60_000 },
    { at: at(1, 600), outcome: 'stoppedEarly', sittingMs: 45 * 60_000 },
    { at: at(1, 700), outcome: 'snoozed', sittingMs: 45 * 60_000 },
    { at: at(1, 710), outcome: 'done', sittingMs: 55 * 60_000 },
    { at: at(0, 1), outcome: 'done', sittingMs: 47 * 60_000 },
    { at: at(0, 2), outcome: 'done', sittingMs: 62 * 60_000 },
    { at: at(0, 3), outcome: 'skipped', sittingMs: 30 * 60_000 },
  ];

  function chartNumbers(chart: Element) {
    const bars: Record<string, Record<string, number>> = {};
    for (const g of chart.querySelectorAll('svg g[data-day]')) {
      const day = g.getAttribute('data-day')!;
      bars[day] = { done: 0, stoppedEarly: 0, skipped: 0 };
      for (const rect of g.querySelectorAll('rect')) {
        bars[day][rect.getAttribute('data-series')!] = Number(rect.getAttribute('data-value'));
      }
    }
    const table: Record<string, Record<string, number>> = {};
    for (const row of chart.querySelectorAll('tbody tr')) {
      const cells: Record<string, number> = {};
      for (const td of row.querySelectorAll('td')) cells[td.getAttribute('data-series')!] = Number(td.textContent);
      table[row.getAttribute('data-day')!] = cells;
    }
    return { bars, table };
  }

  it('shows the totals, and bars and a table with the same numbers', async () => {
    await fakeBrowser.storage.local.set({ history: seed });
    await openPage();
    await waitFor(() => expect(text('[data-testid="stat-today"]')).toMatch(/^2 done/));
    expect(text('[data-testid="stat-today"]')).toBe('2 done 0 stopped early · 1 skipped · 0 snoozed');
    expect(text('[data-testid="stat-week"]')).toBe('3 done 1 stopped early · 1 skipped · 1 snoozed');
    expect(text('[data-testid="stat-streak"]')).toBe('2 days');
    expect(text('[data-testid="stat-longest"]')).toBe('1 h 2 min');
    expect(text('[data-testid="stat-completion"]')).toBe('60% (3 of 5)');

    const week = $('[data-testid="chart-7"]')!;
    const month = $('[data-testid="chart-30"]')!;
    for (const chart of [week, month]) {
      const svg = chart.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      const { bars, table } = chartNumbers(chart);
      expect(Object.keys(bars)).toEqual(Object.keys(table));
      expect(bars).toEqual(table);
    }
    expect(week.querySelectorAll('tbody tr')).toHaveLength(7);
    expect(month.querySelectorAll('tbody tr')).toHaveLength(30);

    const { bars } = chartNumbers(week);
    const days = Object.keys(bars);
    expect(bars[days[6]!]).toEqual({ done: 2, stoppedEarly: 0, skipped: 1 }); // today
    expect(bars[days[5]!]).toEqual({ done: 1, stoppedEarly: 1, skipped: 0 }); // yesterday
    expect(week.querySelectorAll('rect')).toHaveLength(4);
    expect(month.querySelectorAll('rect')).toHaveLength(5);
    expect(week.querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Breaks per day over the last 7 days: 3 done, 1 stopped early, 1 skipped in all; at most 3 on one day.',
    );
    expect(month.querySelector('svg')!.getAttribute('aria-label')).toContain('6 done, 1 stopped early, 1 skipped');
    // Taller bars for bigger numbers.
    const height = (day: string, series: string) =>
      Number(week.querySelector(`g[data-day="${day}"] rect[data-series="${series}"]`)!.getAttribute('height'));
    expect(height(days[6]!, 'done')).toBeCloseTo(2 * height(days[6]!, 'skipped'));
  });

  it('asks before clearing the history', async () => {
    await fakeBrowser.storage.local.set({ history: seed });
    await openPage();
    await waitFor(() => expect(text('[data-testid="stat-today"]')).toMatch(/^2 done/));
    button('Clear history')!.click();
    await waitFor(() => expect(text('.confirm')).toContain('Delete all 9 breaks from your history?'));
    expect(((await fakeBrowser.storage.local.get('history')).history as unknown[]).length).toBe(9);
    button('Yes, delete')!.click();
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('history')).history).toEqual([]));
    await waitFor(() => expect(text('[data-testid="stat-today"]')).toMatch(/^0 done/));
    expect(text('[data-testid="history-import-report"]')).toBe('History cleared.');
  });

  it('imports a history file, skipping damaged entries and duplicates; a bad file changes nothing', async () => {
    await fakeBrowser.storage.local.set({ history: seed.slice(0, 3) });
    await openPage();
    const input = $<HTMLInputElement>('#import-history')!;
    pickFile(input, JSON.stringify({ app: 'unhunch', kind: 'settings', version: 2, settings: {} }));
    await waitFor(() =>
      expect(text('[data-testid="history-import-report"]')).toBe(
        'This is a settings file. Import it under Settings instead. Nothing was changed.',
      ),
    );
    expect((await fakeBrowser.storage.local.get('history')).history).toEqual(seed.slice(0, 3));

    const entries = [...seed, { at: 'yesterday', outcome: 'done', sittingMs: 1 }];
    pickFile(input, JSON.stringify({ app: 'unhunch', kind: 'history', version: 1, entries }));
    await waitFor(() => expect(text('[data-testid="history-import-report"]')).toContain('History imported: 6 new breaks, 3 already there.'));
    expect(text('[data-testid="history-import-report"]')).toContain('1 damaged entry was skipped.');
    expect([...$('[data-testid="history-import-report"]')!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Entry 10: the time is missing or not a valid time.',
    ]);
    expect(((await fakeBrowser.storage.local.get('history')).history as unknown[]).length).toBe(9);
  });
});
