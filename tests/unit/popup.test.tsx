// The popup and break window rendered in happy-dom, with the real background handlers
// answering its messages through the fake browser.
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exerciseById } from '../../src/core/catalogue';
import { saveStretch } from '../../src/platform/stateStore';
import { PopupApp } from '../../src/ui/PopupApp';
import { usePageContainer } from './pageFixture';
import { getMessage } from './setup';

const container = usePageContainer();
let root: HTMLElement;
beforeEach(() => {
  root = container();
});

const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) ?? null;
const text = (selector: string) => root.querySelector(selector)?.textContent ?? '';

describe('popup', () => {
  it('shows the sitting clock and starts a guided stretch from one button', async () => {
    render(<PopupApp view="popup" />, root);
    await vi.waitFor(() => expect(button('Start a 2-minute stretch')).not.toBeNull());
    expect(text('[data-testid="status-line"]')).toMatch(/^Sitting for 0 min · next break at \d/);
    expect(text('[data-testid="today"]')).toBe('Breaks today: 0 · streak: 0 days');

    button('Start a 2-minute stretch')!.click();
    await vi.waitFor(() => expect(root.querySelector('#exercise-name')).not.toBeNull());
    expect(text('[data-testid="phase"]')).toBe('Get ready');
    expect(text('.countdown')).toMatch(/^0:0[45]$/);
    const announcer = root.querySelector('[data-testid="announcer"]')!;
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent).toBe('Get ready');
    expect(root.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe(text('#exercise-name'));
  });

  it('resumes a stretch in progress at the right phase and announces it', async () => {
    const exercise = exerciseById('chairTwist')!;
    await saveStretch({
      exerciseId: exercise.id,
      breakMs: 120_000,
      status: 'running',
      startedAt: Date.now() - 40_000, // ready 5 s, hold 30 s, switch 5 s: second side
      pausedAt: null,
      pausedMs: 0,
      endedAt: null,
      outcome: null,
    });
    render(<PopupApp view="popup" />, root);
    await vi.waitFor(() => expect(text('[data-testid="phase"]')).toBe('Hold · side 2 of 2'));
    expect(text('#exercise-name')).toBe(getMessage('ex_chairTwist_name'));
    expect(text('[data-testid="announcer"]')).toBe('Hold · side 2 of 2');
    expect(root.querySelectorAll('.steps li').length).toBe(exercise.stepCount);

    button('Pause')!.click();
    await vi.waitFor(() => expect(button('Resume')).not.toBeNull());
    expect(text('[data-testid="phase"]')).toBe('Hold · side 2 of 2 · Paused');
    expect(text('[data-testid="announcer"]')).toBe('Paused');
    const frozen = text('.countdown');
    await new Promise((r) => setTimeout(r, 1100));
    expect(text('.countdown')).toBe(frozen);
  });

  it('offers another exercise that is not the one on screen', async () => {
    render(<PopupApp view="popup" />, root);
    await vi.waitFor(() => expect(button('Start a 2-minute stretch')).not.toBeNull());
    button('Start a 2-minute stretch')!.click();
    await vi.waitFor(() => expect(root.querySelector('#exercise-name')).not.toBeNull());
    const first = text('#exercise-name');
    button('Another exercise')!.click();
    await vi.waitFor(() => expect(text('#exercise-name')).not.toBe(first));
    expect(text('[data-testid="phase"]')).toBe('Get ready');
  });

  it('the sound switch says whether it is on', async () => {
    render(<PopupApp view="popup" />, root);
    await vi.waitFor(() => expect(button('Start a 2-minute stretch')).not.toBeNull());
    button('Start a 2-minute stretch')!.click();
    await vi.waitFor(() => expect(button('Sound')).not.toBeNull());
    expect(button('Sound')!.getAttribute('aria-pressed')).toBe('false');
    button('Sound')!.click();
    await vi.waitFor(() => expect(button('Sound')!.getAttribute('aria-pressed')).toBe('true'));
  });
});

describe('break window', () => {
  it('shows the prepared exercise ready to start, with snooze and skip', async () => {
    await saveStretch({
      exerciseId: 'seatedCatCow',
      breakMs: 120_000,
      status: 'ready',
      startedAt: null,
      pausedAt: null,
      pausedMs: 0,
      endedAt: null,
      outcome: null,
    });
    render(<PopupApp view="break" />, root);
    await vi.waitFor(() => expect(text('h1')).toBe('Time for a break'));
    expect(text('#preview-name')).toBe(`Your stretch: ${getMessage('ex_seatedCatCow_name')}`);
    expect(button('Snooze')).not.toBeNull();
    expect(button('Skip this break')).not.toBeNull();
    button('Start a 2-minute stretch')!.click();
    await vi.waitFor(() => expect(text('#exercise-name')).toBe(getMessage('ex_seatedCatCow_name')));
  });
});
