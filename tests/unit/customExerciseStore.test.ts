// The person's exercises in the fake browser's storage.sync, and the background serving them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGUE } from '../../src/core/catalogue';
import { CUSTOM_KEY_PREFIX, MAX_CUSTOM_EXERCISES, type CustomExercise } from '../../src/core/customExercise';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { sessionExercise } from '../../src/core/stretch';
import { handleUiRequest } from '../../entrypoints/background/pageRequests';
import {
  deleteCustomExercise,
  importCustomExercises,
  loadCustomExercises,
  newCustomExerciseId,
  removeStoredItem,
  saveCustomExercise,
} from '../../src/platform/customExerciseStore';
import { writeSettingsPatch } from '../../src/platform/settingsStore';
import { loadStretch } from '../../src/platform/stateStore';

const T0 = new Date('2026-11-23T09:00:00+01:00').getTime();

const exercise = (n: number, patch: Partial<CustomExercise> = {}): CustomExercise => ({
  id: `custom-ex${n}`,
  name: `Exercise ${String(n).padStart(2, '0')}`,
  steps: ['Sit tall.', 'Roll your shoulders back.'],
  kind: 'stretch',
  position: 'seated',
  equipment: [],
  dosage: { type: 'hold', seconds: 10, holds: 1, perSide: false },
  ...patch,
});

const syncKeys = async () => Object.keys(await fakeBrowser.storage.sync.get(null));

beforeEach(() => {
  Object.assign(fakeBrowser.idle, { setDetectionInterval: vi.fn(), queryState: vi.fn(async () => 'active') });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('customExerciseStore', () => {
  it('saves one sync item per exercise, edits it in place, deletes it', async () => {
    expect(await saveCustomExercise(exercise(2))).toMatchObject({ ok: true });
    expect(await saveCustomExercise(exercise(1))).toMatchObject({ ok: true });
    expect(await syncKeys()).toEqual([`${CUSTOM_KEY_PREFIX}custom-ex2`, `${CUSTOM_KEY_PREFIX}custom-ex1`]);
    expect((await loadCustomExercises()).value.map((e) => e.name)).toEqual(['Exercise 01', 'Exercise 02']);

    await saveCustomExercise(exercise(1, { name: 'Renamed' }));
    expect((await loadCustomExercises()).value.map((e) => e.name)).toEqual(['Exercise 02', 'Renamed']);
    expect(await deleteCustomExercise('custom-ex1')).toBe(true);
    expect((await loadCustomExercises()).value.map((e) => e.id)).toEqual(['custom-ex2']);
  });

  it('refuses an invalid exercise and one past the limit, saving nothing', async () => {
    const bad = await saveCustomExercise(exercise(1, { name: 'x'.repeat(100_000) }));
    expect(bad).toMatchObject({ ok: false, problems: [{ field: 'name', messageKey: 'customErrorNameLong' }] });
    expect(await syncKeys()).toEqual([]);

    for (let n = 1; n <= MAX_CUSTOM_EXERCISES; n++) expect((await saveCustomExercise(exercise(n))).ok).toBe(true);
    expect(await saveCustomExercise(exercise(99))).toEqual({
      ok: false,
      problems: [],
      messageKey: 'customErrorTooMany',
      args: [String(MAX_CUSTOM_EXERCISES)],
    });
    // Editing one of them is still fine.
    expect((await saveCustomExercise(exercise(3, { name: 'Still room to edit' }))).ok).toBe(true);
    expect(await syncKeys()).toHaveLength(MAX_CUSTOM_EXERCISES);
  });

  it('says so when storage refuses the write (quota)', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect(await saveCustomExercise(exercise(1))).toEqual({ ok: false, problems: [], messageKey: 'customErrorSaveFailed' });
  });

  it('skips and reports garbage stored by hand, keeps it until removed, and leaves the settings alone', async () => {
    await writeSettingsPatch({ ...DEFAULT_SETTINGS, intervalMinutes: 50 });
    await fakeBrowser.storage.sync.set({
      [`${CUSTOM_KEY_PREFIX}custom-ok`]: exercise(1, { id: 'custom-ok' }),
      [`${CUSTOM_KEY_PREFIX}custom-junk`]: 'junk',
      [`${CUSTOM_KEY_PREFIX}custom-nan`]: { ...exercise(2, { id: 'custom-nan' }), dosage: { type: 'hold', seconds: Number.NaN, holds: 1, perSide: false } },
      [`${CUSTOM_KEY_PREFIX}custom-moved`]: exercise(3, { id: 'custom-elsewhere' }),
    });
    const loaded = await loadCustomExercises();
    expect(loaded.value.map((e) => e.id)).toEqual(['custom-ok']);
    expect(loaded.problems.map((r) => [r.source, r.name])).toEqual([
      [`${CUSTOM_KEY_PREFIX}custom-junk`, null],
      [`${CUSTOM_KEY_PREFIX}custom-nan`, 'Exercise 02'],
      [`${CUSTOM_KEY_PREFIX}custom-moved`, 'Exercise 03'],
    ]);
    expect((await syncKeys()).filter((key) => key.startsWith(CUSTOM_KEY_PREFIX))).toHaveLength(4);
    expect(await removeStoredItem(`${CUSTOM_KEY_PREFIX}custom-junk`)).toBe(true);
    expect(await removeStoredItem('settings')).toBe(false);
    expect((await loadCustomExercises()).problems).toHaveLength(2);
    expect(await syncKeys()).toContain('settings');
  });

  it('imports in one write: same id replaces, new ones added while there is room', async () => {
    for (let n = 1; n < MAX_CUSTOM_EXERCISES; n++) await saveCustomExercise(exercise(n));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const result = await importCustomExercises([exercise(1, { name: 'Imported one' }), exercise(50), exercise(51)]);
    expect(result).toEqual({ ok: true, saved: 2, leftOut: [exercise(51)] });
    expect(set).toHaveBeenCalledTimes(1);
    const names = (await loadCustomExercises()).value.map((e) => e.name);
    expect(names).toContain('Imported one');
    expect(names).toContain('Exercise 50');
    expect(names).not.toContain('Exercise 51');
  });

  it('makes new ids that are never the catalogue’s and fit history entries', () => {
    const id = newCustomExerciseId();
    expect(id).toMatch(/^custom-[a-z0-9]{12}$/);
    expect(CATALOGUE.some((e) => e.id === id)).toBe(false);
    expect(newCustomExerciseId()).not.toBe(id);
  });
});

describe('the background serves the person’s exercises', () => {
  it('only mine: the stretch is theirs, with their words; it ends as done and is recorded', async () => {
    await writeSettingsPatch({ ...DEFAULT_SETTINGS, exerciseSource: 'mine' });
    await saveCustomExercise(exercise(1));
    await fakeBrowser.storage.sync.set({ [`${CUSTOM_KEY_PREFIX}custom-bad`]: { broken: true } });
    await handleUiRequest({ type: 'startStretch' }, T0);
    const session = await loadStretch(T0);
    expect(session).toMatchObject({ exerciseId: 'custom-ex1', status: 'running', custom: exercise(1) });

    // Deleting it mid-stretch leaves the stretch as it is.
    await deleteCustomExercise('custom-ex1');
    expect(sessionExercise((await loadStretch(T0 + 1000))!)?.custom?.name).toBe('Exercise 01');
    await handleUiRequest({ type: 'finishStretch' }, T0 + 60_000);
    expect(await loadStretch(T0 + 60_000)).toMatchObject({ status: 'ended', outcome: 'done' });
  });

  it('only mine with none that fits: the article’s exercise is served', async () => {
    await writeSettingsPatch({ ...DEFAULT_SETTINGS, exerciseSource: 'mine' });
    await saveCustomExercise(exercise(1, { position: 'floor' }));
    await handleUiRequest({ type: 'startStretch' }, T0);
    const session = await loadStretch(T0);
    expect(session?.custom).toBeUndefined();
    expect(CATALOGUE.map((e) => e.id)).toContain(session?.exerciseId);
  });
});
