// The popup's component with plain props: no storage, no background.
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { Status } from '../../src/core/scheduleStatus';
import { PopupApp, type PopupAppProps } from '../../src/ui/PopupApp';
import { waitFor } from './setup';
import { queriesIn } from './queries';
import { useRenderRoot } from './renderRoot';

const MINUTE = 60_000;
const root = useRenderRoot();

const sitting: Status = {
  kind: 'sitting',
  sittingMs: 12 * MINUTE,
  nextBreakAt: new Date(2026, 11, 1, 10, 30).getTime(),
  pausedUntil: null,
  resumesAt: null,
  snoozed: false,
};

function show(props: Partial<PopupAppProps> = {}) {
  const all: PopupAppProps = {
    view: 'popup',
    status: sitting,
    breakMinutes: 3,
    today: { done: 2, streakDays: 4 },
    justEnded: null,
    onStart: vi.fn(),
    onOpenSettings: vi.fn(),
    send: vi.fn(),
    ...props,
  };
  render(<PopupApp {...all} />, root());
  return all;
}
const { button, text } = queriesIn(root);

describe('PopupApp', () => {
  it('shows the sitting clock, a start button for the break length and today’s breaks', () => {
    const props = show();
    expect(text('h1')).toBe('Unhunch');
    expect(text('[data-testid="status-line"]')).toMatch(/^Sitting for 12 min · next break at /);
    expect(text('[data-testid="today"]')).toBe('Breaks today: 2 · streak: 4 days');
    button('Start a 3-minute stretch')!.click();
    expect(props.onStart).toHaveBeenCalledOnce();
  });

  it('sends what the person asks of the break, and opens the settings', () => {
    const props = show();
    button('Snooze')!.click();
    expect(props.send).toHaveBeenCalledWith({ type: 'snooze' });
    button('For 1 hour')!.click();
    expect(props.send).toHaveBeenCalledWith({ type: 'pause', choice: 'hour1' });
    root().querySelector<HTMLAnchorElement>('footer a')!.click();
    expect(props.onOpenSettings).toHaveBeenCalledOnce();
  });

  it('says how the stretch that just ended went, and gives it keyboard focus', async () => {
    show({ justEnded: { outcome: 'done' } });
    expect(text('.done-banner')).toBe('Stretch done. Nice work!');
    await waitFor(() => expect(document.activeElement).toBe(root().querySelector('.done-banner')));
  });

  it('shows only the player while a stretch runs', () => {
    show({ player: <p id="player">the player</p> });
    expect(text('#player')).toBe('the player');
    expect(root().querySelector('[data-testid="status-line"]')).toBeNull();
    expect(root().querySelectorAll('button')).toHaveLength(0);
  });

  it('in the break window, puts the start button inside the ready exercise, above the status', () => {
    const props = show({
      view: 'break',
      status: { ...sitting, kind: 'due', nextBreakAt: Date.now() - MINUTE },
      preview: (start) => <section id="preview">{start}</section>,
    });
    expect(text('h1')).toBe('Time for a break');
    button('Start a 3-minute stretch')!.closest('#preview')!.querySelector('button')!.click();
    expect(props.onStart).toHaveBeenCalledOnce();
    const order = [...root().querySelectorAll('#preview, .status')].map((el) => el.id || el.className);
    expect(order).toEqual(['preview', 'status']);
    expect(button('Skip this break')).not.toBeNull();
  });
});
