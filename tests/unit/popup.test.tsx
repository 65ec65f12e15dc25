// The popup and break window (the page's root, wired to storage) rendered in happy-dom, with the
// real background handlers answering its messages through the fake browser.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exerciseById } from '../../src/core/catalogue';
import { BREAK_ALARM, TICK_ALARM } from '../../src/core/scheduleEvents';
import { handleScheduleEvent } from '../../entrypoints/background/nudges';
import { addHistoryEntry } from '../../src/platform/historyStore';
import { loadStretch, saveStretch } from '../../src/platform/stateStore';
import { PopupPage } from '../../entrypoints/popup/PopupPage';
import { openPopupStore } from '../../entrypoints/popup/popupStore';
import type { PopupView } from '../../src/ui/PopupApp';
import { usePageContainer } from './pageFixture';
import { getMessage } from './messages';
import { waitFor } from './setup';
import { queriesIn } from './queries';

const MINUTE = 60_000;
const container = usePageContainer();
let root: HTMLElement;
beforeEach(() => {
  root = container();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Opens the page as its entry does: what it shows read from storage first. */
const openPopup = async (view: PopupView) => render(<PopupPage view={view} store={await openPopupStore()} />, root);
const { button, text } = queriesIn(() => root);

describe('popup', () => {
  it('shows the sitting clock and starts a guided stretch from one button', async () => {
    await openPopup('popup');
    await waitFor(() => expect(button('Start a 2-minute stretch')).not.toBeNull());
    expect(text('[data-testid="status-line"]')).toMatch(/^Sitting for 0 min · next break at \d/);
    expect(text('[data-testid="today"]')).toBe('Breaks today: 0 · streak: 0 days');

    button('Start a 2-minute stretch')!.click();
    await waitFor(() => expect(root.querySelector('#exercise-name')).not.toBeNull());
    expect(text('[data-testid="phase"]')).toBe('Get ready');
    expect(text('.countdown')).toMatch(/^0:0[45]$/);
    const announcer = root.querySelector('[data-testid="announcer"]')!;
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent).toBe('Get ready');
    expect(root.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe(text('#exercise-name'));
  });

  it('resumes a stretch in progress at the right phase and announces it', async () => {
    vi.useFakeTimers();
    const exercise = exerciseById('chairTwist')!;
    await saveStretch({
      exerciseId: exercise.id,
      breakMs: 120_000,
      status: 'running',
      startedAt: Date.now() - 40_000, // ready 5 s, hold 25 s, switch 5 s: second side
      pausedAt: null,
      pausedMs: 0,
      endedAt: null,
      outcome: null,
    });
    await openPopup('popup');
    await waitFor(() => expect(text('[data-testid="phase"]')).toBe('Hold · side 2 · round 1 of 2'));
    expect(text('#exercise-name')).toBe(getMessage('ex_chairTwist_name'));
    expect(text('[data-testid="announcer"]')).toBe('Hold · side 2 · round 1 of 2');
    expect(root.querySelectorAll('.steps li').length).toBe(exercise.stepCount);

    button('Pause')!.click();
    await waitFor(() => expect(button('Resume')).not.toBeNull());
    expect(text('[data-testid="phase"]')).toBe('Hold · side 2 · round 1 of 2 · Paused');
    expect(text('[data-testid="announcer"]')).toBe('Paused');
    const frozen = text('.countdown');
    await vi.advanceTimersByTimeAsync(1100); // the clock ticks every 250 ms
    expect(text('.countdown')).toBe(frozen);
  });

  it('offers another exercise that is not the one on screen', async () => {
    await openPopup('popup');
    await waitFor(() => expect(button('Start a 2-minute stretch')).not.toBeNull());
    button('Start a 2-minute stretch')!.click();
    await waitFor(() => expect(root.querySelector('#exercise-name')).not.toBeNull());
    const first = text('#exercise-name');
    button('Another exercise')!.click();
    await waitFor(() => expect(text('#exercise-name')).not.toBe(first));
    expect(text('[data-testid="phase"]')).toBe('Get ready');
  });

  it('the sound switch says whether it is on', async () => {
    await openPopup('popup');
    await waitFor(() => expect(button('Start a 2-minute stretch')).not.toBeNull());
    button('Start a 2-minute stretch')!.click();
    await waitFor(() => expect(button('Sound')).not.toBeNull());
    expect(button('Sound')!.getAttribute('aria-pressed')).toBe('false');
    button('Sound')!.click();
    await waitFor(() => expect(button('Sound')!.getAttribute('aria-pressed')).toBe('true'));
  });
});

describe('player phases', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  const running = (exerciseId: string, breakMs: number, secondsAgo: number) =>
    saveStretch({
      exerciseId,
      breakMs,
      status: 'running',
      startedAt: Date.now() - secondsAgo * 1000,
      pausedAt: null,
      pausedMs: 0,
      endedAt: null,
      outcome: null,
    });
  const phase = () => text('[data-testid="phase"]');

  it('walks a held rep through lift, hold and lower, with its count', async () => {
    // Superman in 2 minutes: ready 5 s, then each rep lifts 2 s, holds 6 s, lowers 3 s.
    await running('superman', 120_000, 5.5);
    await openPopup('popup');
    await waitFor(() => expect(phase()).toBe('Lift · Rep 1 of 10'));
    await vi.advanceTimersByTimeAsync(2000); // the hold starts 7 s in
    await waitFor(() => expect(phase()).toBe('Hold · Rep 1 of 10'));
    expect(text('[data-testid="announcer"]')).toBe('Hold · Rep 1 of 10');
    render(null, root);
    await running('superman', 120_000, 14);
    await openPopup('popup');
    await waitFor(() => expect(phase()).toBe('Lower slowly · Rep 1 of 10'));
    expect(root.querySelector('[data-testid="cut-note"]')).toBeNull();
  });

  it('shows per-side holds with their round, and switches back to the first side', async () => {
    // Chair twist in 5 minutes: 3 rounds of 30 s a side, 5 s switches.
    await running('chairTwist', 300_000, 72);
    await openPopup('popup');
    await waitFor(() => expect(phase()).toBe('Switch sides'));
    await vi.advanceTimersByTimeAsync(3000); // the second round starts 75 s in
    await waitFor(() => expect(phase()).toBe('Hold · side 1 · round 2 of 3'));
  });

  it('says what a short break leaves out of the article’s dosage', async () => {
    await running('superman', 60_000, 1);
    await openPopup('popup');
    await waitFor(() => expect(text('[data-testid="cut-note"]')).toBe('5 of 10 reps in this 1-minute break.'));
    expect(text('.total-left')).toMatch(/^[01]:\d\d left/);
  });
});

describe('safety line', () => {
  const safetyButton = () => button('Safety')!;
  const safetyLine = () => root.querySelector<HTMLElement>('#safety-line')!;

  it('is open in the first stretch, and a keyboard-reachable button closes and reopens it', async () => {
    await openPopup('popup');
    await waitFor(() => expect(button('Start a 2-minute stretch')).not.toBeNull());
    button('Start a 2-minute stretch')!.click();
    await waitFor(() => expect(root.querySelector('#exercise-name')).not.toBeNull());
    expect(safetyLine().hidden).toBe(false);
    expect(safetyLine().textContent).toBe(getMessage('safetyLine'));
    expect(safetyLine().textContent).toMatch(/Stop if it hurts/);
    // A real button in the tab order, telling screen readers what it opens and whether it is open.
    expect(safetyButton().tabIndex).toBe(0);
    expect(safetyButton().getAttribute('aria-controls')).toBe('safety-line');
    expect(safetyButton().getAttribute('aria-expanded')).toBe('true');
    safetyButton().focus();
    expect(document.activeElement).toBe(safetyButton());
    safetyButton().click();
    await waitFor(() => expect(safetyButton().getAttribute('aria-expanded')).toBe('false'));
    expect(safetyLine().hidden).toBe(true);
    safetyButton().click();
    await waitFor(() => expect(safetyLine().hidden).toBe(false));
  });

  it('is one tap away, closed, once a stretch has been done', async () => {
    await addHistoryEntry({ at: Date.now() - 3 * 3_600_000, outcome: 'done', sittingMs: 45 * MINUTE, exerciseId: 'chairTwist', durationMs: 120_000 }, Date.now());
    await openPopup('popup');
    await waitFor(() => expect(button('Start a 2-minute stretch')).not.toBeNull());
    button('Start a 2-minute stretch')!.click();
    await waitFor(() => expect(button('Safety')).not.toBeNull());
    expect(safetyButton().getAttribute('aria-expanded')).toBe('false');
    expect(safetyLine().hidden).toBe(true);
    safetyButton().click();
    await waitFor(() => expect(safetyLine().hidden).toBe(false));
  });
});

describe('break window', () => {
  it('after 45 minutes of sitting: the prepared exercise ready to start, with snooze and skip', async () => {
    // A morning at the desk, minute by minute, ending in a nudge just now.
    const start = Date.now() - 46 * MINUTE;
    await handleScheduleEvent({ type: 'installed' }, start);
    for (let t = start + MINUTE; t <= start + 45 * MINUTE; t += MINUTE)
      await handleScheduleEvent({ type: 'alarm', name: TICK_ALARM }, t);
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, start + 46 * MINUTE);
    const prepared = (await loadStretch())!;
    expect(prepared.status).toBe('ready');
    const name = getMessage(`ex_${prepared.exerciseId}_name`);

    await openPopup('break');
    await waitFor(() => expect(text('h1')).toBe('Time for a break'));
    expect(text('#preview-name')).toBe(`Your stretch: ${name}`);
    expect(text('[data-testid="status-line"]')).toBe('Break due: sitting for 46 min');
    expect(button('Snooze')).not.toBeNull();
    expect(button('Skip this break')).not.toBeNull();
    button('Start a 2-minute stretch')!.click();
    await waitFor(() => expect(text('#exercise-name')).toBe(name));
  });
});

describe('status actions', () => {
  it('offers snooze while sitting, but no skip until a break is due', async () => {
    await openPopup('popup');
    await waitFor(() => expect(button('Snooze')).not.toBeNull());
    expect(button('Skip this break')).toBeNull();
    expect(text('summary')).toBe('Pause reminders');
  });
});
