// "Your exercises" on the options page, in happy-dom against the fake browser's storage.
import axe from 'axe-core';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CUSTOM_KEY_PREFIX } from '../../src/core/customExercise';
import { defaultSettings } from '../../src/core/settings';
import { settingsToJson } from '../../src/core/settingsFile';
import { loadCustomExercises, saveCustomExercise } from '../../src/platform/customExerciseStore';
import { writeSettingsPatch } from '../../src/platform/settingsStore';
import { usePageContainer, wiredOptionsPage } from './pageFixture';
import { storedSettings, waitFor } from './setup';
import { pickFile, queriesIn, type } from './queries';
import { WALL_ANGEL } from './exerciseFixtures';

const container = usePageContainer();
let root: HTMLElement;
beforeEach(() => {
  root = container();
});

const { $, text, button } = queriesIn(() => root);

function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
}
/** Enter in a text field submits its form, as a browser does. */
function submitWithEnter(input: HTMLInputElement): void {
  press(input, 'Enter');
  input.form!.requestSubmit();
}


async function openPage(): Promise<void> {
  render((await wiredOptionsPage())(), root);
  await waitFor(() => expect($('#custom-heading')).not.toBeNull());
  await waitFor(() => expect(button('Add an exercise') ?? $('[data-testid="custom-list"]')).not.toBeNull());
}

async function openNewForm(): Promise<void> {
  button('Add an exercise')!.click();
  await waitFor(() => expect(document.activeElement?.id).toBe('custom-name'));
}

describe('Your exercises', { timeout: 20_000 }, () => {
  it('shows each bad field’s message beside it and saves nothing until all are valid', async () => {
    await openPage();
    await openNewForm();
    type($<HTMLInputElement>('#custom-name')!, 'x'.repeat(100_000));
    await waitFor(() => expect(text('#custom-name-error')).toBe('Keep the name to 60 characters or fewer.'));
    expect($('#custom-name')!.getAttribute('aria-invalid')).toBe('true');
    expect($('#custom-name')!.getAttribute('aria-describedby')).toContain('custom-name-error');

    type($<HTMLInputElement>('#custom-seconds')!, '-5');
    await waitFor(() => expect(text('#custom-seconds-error')).toBe('Enter a whole number from 3 to 120.'));
    type($<HTMLTextAreaElement>('#custom-steps')!, Array.from({ length: 10_000 }, (_, i) => `Step ${i}`).join('\n'));
    await waitFor(() => expect(text('#custom-steps-error')).toBe('Keep it to 10 steps or fewer, one per line.'));

    // Save: nothing stored, and focus on the first field to fix.
    button('Save exercise')!.click();
    await waitFor(() => expect(text('[data-testid="custom-form-message"]')).toBe('Not saved: fix the marked fields.'));
    expect(document.activeElement?.id).toBe('custom-name');
    expect((await loadCustomExercises()).value).toEqual([]);

    // Fixing each one clears its message; then it saves.
    type($<HTMLInputElement>('#custom-name')!, '  Doorway stretch ');
    type($<HTMLTextAreaElement>('#custom-steps')!, 'Stand in a doorway.\n\nLean forward gently.');
    type($<HTMLInputElement>('#custom-seconds')!, '25');
    await waitFor(() => expect(text('#custom-name-error') + text('#custom-steps-error') + text('#custom-seconds-error')).toBe(''));
    ($<HTMLInputElement>('#custom-position-standing')!).click();
    ($<HTMLInputElement>('#custom-perSide')!).click();
    button('Save exercise')!.click();
    await waitFor(async () => expect((await loadCustomExercises()).value).toHaveLength(1));
    const [saved] = (await loadCustomExercises()).value;
    expect(saved).toMatchObject({
      name: 'Doorway stretch',
      steps: ['Stand in a doorway.', 'Lean forward gently.'],
      position: 'standing',
      dosage: { type: 'hold', seconds: 25, holds: 1, perSide: true },
    });
    await waitFor(() => expect(text('[data-testid="custom-list"]')).toContain('Doorway stretch'));
    expect(text('[data-testid="custom-list"]')).toContain('Standing · 25 s hold × 1 · each side');
    expect(text('[data-testid="custom-announcement"]')).toBe('Saved “Doorway stretch”.');
    await waitFor(() => expect(document.activeElement).toBe(button('Add an exercise')));
  });

  it('edits and deletes by keyboard, asking before deleting', async () => {
    await saveCustomExercise(WALL_ANGEL);
    await openPage();
    await waitFor(() => expect(button('Edit Wall angel')).not.toBeNull());
    button('Edit Wall angel')!.click();
    await waitFor(() => expect(document.activeElement?.id).toBe('custom-name'));
    const name = $<HTMLInputElement>('#custom-name')!;
    expect(name.value).toBe('Wall angel');
    expect($<HTMLTextAreaElement>('#custom-steps')!.value).toBe(WALL_ANGEL.steps.join('\n'));
    ($<HTMLInputElement>('#custom-dosage-reps')!).click();
    await waitFor(() => expect($('#custom-reps')).not.toBeNull());
    type($<HTMLInputElement>('#custom-reps')!, '12');
    type($<HTMLInputElement>('#custom-sets')!, '2');
    type(name, 'Wall slide');
    submitWithEnter(name);
    await waitFor(async () => expect((await loadCustomExercises()).value[0]).toMatchObject({
      id: WALL_ANGEL.id,
      name: 'Wall slide',
      dosage: { type: 'reps', reps: 12, sets: 2 },
    }));
    // Back on the exercise's own Edit button.
    await waitFor(() => expect(document.activeElement).toBe(button('Edit Wall slide')));

    // Escape closes the form without saving.
    button('Edit Wall slide')!.click();
    await waitFor(() => expect(document.activeElement?.id).toBe('custom-name'));
    type($<HTMLInputElement>('#custom-name')!, 'Not kept');
    press($('#custom-name')!, 'Escape');
    await waitFor(() => expect($('#custom-name')).toBeNull());
    expect((await loadCustomExercises()).value[0]!.name).toBe('Wall slide');

    button('Delete Wall slide')!.click();
    await waitFor(() => expect(text('.confirm')).toContain('Delete “Wall slide”?'));
    expect(document.activeElement?.textContent).toBe('Cancel');
    button('Delete it')!.click();
    await waitFor(async () => expect((await loadCustomExercises()).value).toEqual([]));
    await waitFor(() => expect(text('[data-testid="custom-announcement"]')).toBe('Deleted “Wall slide”.'));
  });

  it('says when "only mine" falls back to the article’s, and why', async () => {
    await openPage();
    ($<HTMLInputElement>('#exerciseSource-mine')!).click();
    await waitFor(() => expect(text('[data-testid="source-fallback"]')).toMatch(/no exercises of your own yet/));
    await waitFor(async () => expect((await storedSettings())?.exerciseSource).toBe('mine'));
    await saveCustomExercise({ ...WALL_ANGEL, position: 'floor' });
    await waitFor(() => expect(text('[data-testid="source-fallback"]')).toMatch(/None of your exercises fits/));
    await saveCustomExercise({ ...WALL_ANGEL, id: 'custom-two', name: 'Seated one', position: 'seated' });
    await waitFor(() => expect(text('[data-testid="source-fallback"]')).toBe(''));
  });

  it('reports a broken stored exercise, serves the rest, and removes it on request', async () => {
    await saveCustomExercise(WALL_ANGEL);
    await fakeBrowser.storage.sync.set({ [`${CUSTOM_KEY_PREFIX}custom-broken`]: { ...WALL_ANGEL, id: 'custom-broken', name: 'Broken', steps: 'x'.repeat(100_000) } });
    await openPage();
    await waitFor(() => expect($('[data-testid="custom-stored-problems"]')).not.toBeNull());
    expect(text('[data-testid="custom-stored-problems"]')).toContain('Broken: Step 1 is too long');
    expect(text('[data-testid="custom-list"]')).toContain('Wall angel');
    button('Remove it')!.click();
    await waitFor(() => expect($('[data-testid="custom-stored-problems"]')).toBeNull());
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).not.toContain(`${CUSTOM_KEY_PREFIX}custom-broken`);
  });

  it('imports the exercises of a settings file and reports the ones it skipped', async () => {
    await openPage();
    const file = JSON.parse(settingsToJson({ ...defaultSettings(), exerciseSource: 'mine' }, [WALL_ANGEL]));
    file.exercises.push({ ...WALL_ANGEL, id: 'custom-bad', name: 'Too many holds', dosage: { type: 'hold', seconds: 20, holds: 1e9, perSide: false } });
    pickFile($<HTMLInputElement>('#import-settings')!, JSON.stringify(file));
    await waitFor(() => expect(text('[data-testid="settings-import-report"]')).toContain('Exercises: 1 added or updated.'));
    expect(text('[data-testid="settings-import-report"]')).toContain('Too many holds: Enter a whole number from 1 to 10.');
    expect((await loadCustomExercises()).value).toEqual([WALL_ANGEL]);
    await waitFor(() => expect(text('[data-testid="custom-list"]')).toContain('Wall angel'));
    await waitFor(() => expect($<HTMLInputElement>('#exerciseSource-mine')!.checked).toBe(true));
  });

  it('has no accessibility violations axe can see here, with the form open and showing problems', async () => {
    await writeSettingsPatch(defaultSettings());
    await saveCustomExercise(WALL_ANGEL);
    await openPage();
    await openNewForm();
    button('Save exercise')!.click();
    await waitFor(() => expect(text('#custom-name-error')).not.toBe(''));
    // Colour contrast needs a real renderer: the end-to-end test checks it in Chromium.
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }, 30_000); // axe walks the whole page: seconds on a busy machine
});
