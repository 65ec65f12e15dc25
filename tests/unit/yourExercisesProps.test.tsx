// "Your exercises" as a component: the stored exercises and its actions as plain props, no browser.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { CustomExercise } from '../../src/core/customExercise';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';
import { useSettingsForm } from '../../src/ui/options/useSettingsForm';
import { YourExercises, type CustomExerciseActions } from '../../src/ui/options/YourExercises';
import { queriesIn, type } from './queries';
import { useRenderRoot } from './renderRoot';
import { waitFor } from './setup';
import { WALL_ANGEL } from './exerciseFixtures';

const root = useRenderRoot();
const { $, text, button } = queriesIn(root);


function fakeActions() {
  return {
    save: vi.fn(async (exercise: CustomExercise) => ({ ok: true as const, exercise })),
    delete: vi.fn(async () => true),
    removeUnreadable: vi.fn(async () => true),
    newId: () => 'custom-new1',
  } satisfies CustomExerciseActions;
}

/** The section with a settings form that stores nothing: what it needs from the page, as props. */
function renderSection(actions: CustomExerciseActions, exercises: CustomExercise[]) {
  function Section() {
    const form = useSettingsForm(parseSettings(DEFAULT_SETTINGS), {
      watch: () => () => undefined,
      writer: { save: vi.fn(), leave: vi.fn(), watchPending: () => () => undefined },
    });
    return <YourExercises form={form} loaded={{ value: exercises, problems: [] }} actions={actions} />;
  }
  act(() => render(<Section />, root()));
}

describe('YourExercises with plain props', () => {
  it('lists the exercises it is given and deletes through its action, after asking', async () => {
    const actions = fakeActions();
    renderSection(actions, [WALL_ANGEL]);
    expect(text('[data-testid="custom-list"]')).toContain('Wall angel');
    act(() => button('Delete Wall angel')!.click());
    expect(actions.delete).not.toHaveBeenCalled();
    await waitFor(() => expect(text('.confirm')).toContain('Delete “Wall angel”?'));
    act(() => button('Delete it')!.click());
    await waitFor(() => expect(actions.delete).toHaveBeenCalledWith('custom-wallangel1'));
    await waitFor(() => expect(text('[data-testid="custom-announcement"]')).toBe('Deleted “Wall angel”.'));
  });

  it('saves a new exercise through its action, under the id it hands out', async () => {
    const actions = fakeActions();
    renderSection(actions, []);
    act(() => button('Add an exercise')!.click());
    await waitFor(() => expect($('#custom-name')).not.toBeNull());
    type($<HTMLInputElement>('#custom-name')!, 'Doorway stretch');
    type($<HTMLTextAreaElement>('#custom-steps')!, 'Stand in a doorway.\nLean forward gently.');
    act(() => button('Save exercise')!.click());
    await waitFor(() => expect(actions.save).toHaveBeenCalledTimes(1));
    expect(actions.save.mock.calls[0]![0]).toMatchObject({
      id: 'custom-new1',
      name: 'Doorway stretch',
      steps: ['Stand in a doorway.', 'Lean forward gently.'],
    });
    await waitFor(() => expect(text('[data-testid="custom-announcement"]')).toBe('Saved “Doorway stretch”.'));
  });
});
