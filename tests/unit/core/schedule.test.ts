import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { step } from '../../../src/core/schedule';
import { BREAK_ALARM, TICK_ALARM, type Effect, type Presence, type ScheduleEvent } from '../../../src/core/scheduleEvents';
import { initialState, parseScheduleState, type ScheduleState } from '../../../src/core/scheduleState';
import { BADGE_COLORS, scheduleStatus, type Badge } from '../../../src/core/scheduleStatus';

// ------------------------------------------------------------------ helpers

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;

/** Local wall-clock time in the test time zone (Europe/Berlin). */
function at(y: number, mo: number, d: number, h: number, mi = 0, s = 0): number {
  return new Date(y, mo - 1, d, h, mi, s).getTime();
}
const T0 = at(2026, 3, 9, 9, 0); // a Monday, 09:00

function config(over: Partial<Omit<Settings, 'activeHours'>> & { activeHours?: Partial<Settings['activeHours']> } = {}): Settings {
  // No warning unless a test asks for one: most tests are about the nudge itself.
  return { ...DEFAULT_SETTINGS, warningSeconds: 0, ...over, activeHours: { ...DEFAULT_SETTINGS.activeHours, ...over.activeHours } };
}

/** Sitting since `since` with nothing banked. */
const sittingSince = (since: number, over: Partial<ScheduleState> = {}): ScheduleState => ({ ...initialState(since), ...over });

const HERE: Presence = { idle: 'active', recentInput: true, fullscreen: false, audible: false };
const EMPTY_CHAIR: Presence = { idle: 'active', recentInput: false, fullscreen: false, audible: false };
const FILM_NO_INPUT: Presence = { idle: 'idle', recentInput: false, fullscreen: true, audible: true };
const alarm = (presence: Presence = HERE, scheduledTime?: number): ScheduleEvent => ({ type: 'alarm', name: BREAK_ALARM, presence, scheduledTime });
const tick = (presence: Presence = HERE): ScheduleEvent => ({ type: 'alarm', name: TICK_ALARM, presence });

const breakAt = (t: number): Effect => ({ type: 'setAlarm', name: BREAK_ALARM, at: t });
const noBreak: Effect = { type: 'clearAlarm', name: BREAK_ALARM };
const tickAt = (t: number): Effect => ({ type: 'setAlarm', name: TICK_ALARM, at: t, periodMinutes: 1 });
const noTick: Effect = { type: 'clearAlarm', name: TICK_ALARM };
const notify = (repeat: boolean): Effect => ({ type: 'showNotification', repeat });
const openWindow: Effect = { type: 'openBreakWindow' };
const clearNote: Effect = { type: 'clearNotification' };
const closeWindow: Effect = { type: 'closeBreakWindow' };
const badge = (b: Badge): Effect => ({ type: 'setBadge', badge: b });
const next = (minutes: number): Effect =>
  badge({ text: String(minutes), color: BADGE_COLORS.calm, titleKey: 'badgeTitleNext', titleArgs: [String(minutes)], titleTime: null });
const due: Effect = badge({ text: '!', color: BADGE_COLORS.alert, titleKey: 'badgeTitleDue', titleArgs: [], titleTime: null });
const quiet = (titleKey: Badge['titleKey'], titleTime: number | null = null): Effect =>
  badge({ text: '', color: BADGE_COLORS.quiet, titleKey, titleArgs: [], titleTime });

/** The effects that are not alarm or badge reconciliation. */
const actions = (effects: Effect[]) => effects.filter((e) => !['setAlarm', 'clearAlarm', 'setBadge'].includes(e.type));

/** Drives `step` through a simulated day, keeping state and checking every step's invariants. */
class Desk {
  constructor(
    public state: ScheduleState,
    public settings: Settings = config(),
  ) {}

  send(event: ScheduleEvent, now: number): Effect[] {
    const { state, effects } = step(this.state, event, now, this.settings);
    // Every step reconciles both alarms and the badge, last, in this order.
    const tail = effects.slice(-3);
    expect(tail[0]).toMatchObject({ name: BREAK_ALARM });
    expect(tail[1]).toMatchObject({ name: TICK_ALARM });
    expect(tail[2]?.type).toBe('setBadge');
    // The state stays JSON-serialisable and parses back to itself.
    expect(parseScheduleState(JSON.parse(JSON.stringify(state)), now)).toEqual({ value: state, problems: [] });
    // The same step again gives the same result.
    expect(step(this.state, event, now, this.settings)).toEqual({ state, effects });
    this.state = state;
    return effects;
  }

  /** The minute ticks from `from` to `to`: none may act or change a stored fact. */
  ticks(from: number, to: number): void {
    for (let t = from; t <= to; t += MIN) {
      const before = this.state;
      expect(actions(this.send(tick(), t))).toEqual([]);
      expect(this.state).toBe(before);
    }
  }

  get status() {
    return (now: number) => scheduleStatus(this.state, now, this.settings);
  }
}

// ------------------------------------------------------------------ tests

describe('a morning of nudges (window level, 45 min, snooze 10)', () => {
  it('nudges, repeats once after the snooze length, then stays quiet; a stretch restarts the clock', () => {
    const desk = new Desk(initialState(T0));
    expect(desk.send({ type: 'installed' }, T0)).toEqual([breakAt(T0 + 45 * MIN), tickAt(T0 + MIN), next(45)]);
    desk.ticks(T0 + MIN, T0 + 44 * MIN);

    expect(desk.send(alarm(), T0 + 45 * MIN)).toEqual([notify(false), openWindow, breakAt(T0 + 55 * MIN), noTick, due]);
    expect(desk.send(alarm(), T0 + 55 * MIN)).toEqual([notify(true), openWindow, noBreak, noTick, due]);
    // Quiet from now on: an alarm that still fires shows nothing.
    expect(actions(desk.send(alarm(), T0 + 70 * MIN))).toEqual([]);

    expect(desk.send({ type: 'stretchStarted' }, T0 + 72 * MIN)).toEqual([
      clearNote,
      breakAt(T0 + 117 * MIN),
      tickAt(T0 + 73 * MIN),
      next(45),
    ]);
  });

  it('badge level changes only the badge; notification level shows no window', () => {
    const badgeOnly = step(sittingSince(T0), alarm(), T0 + 45 * MIN, config({ nudgeLevel: 'badge' }));
    expect(actions(badgeOnly.effects)).toEqual([]);
    expect(badgeOnly.effects.at(-1)).toEqual(due);
    const noteOnly = step(sittingSince(T0), alarm(), T0 + 45 * MIN, config({ nudgeLevel: 'notification' }));
    expect(actions(noteOnly.effects)).toEqual([notify(false)]);
  });
});

describe('a worker that sleeps', () => {
  it('a wake that changes nothing returns the very state it was given: nothing to save', () => {
    const state = sittingSince(T0, { bankedMs: 10 * MIN });
    for (const event of [tick(), alarm(), { type: 'installed' } as const, { type: 'settingsChanged' } as const]) {
      expect(step(state, event, T0 + 17 * MIN + 3 * SEC, config()).state).toBe(state);
    }
  });

  it('badge on: one tick a minute at the countdown’s own boundaries, none once due', () => {
    // Started at an odd second: the badge changes when the whole minutes left change.
    const start = T0 + 20 * SEC;
    const desk = new Desk(initialState(start));
    expect(desk.send({ type: 'installed' }, start)).toEqual([breakAt(start + 45 * MIN), tickAt(start + MIN), next(45)]);
    // A snooze at 09:10:37 moves the break by 10 minutes; the tick keeps to its boundaries.
    const snoozed = desk.send({ type: 'snooze' }, T0 + 10 * MIN + 37 * SEC);
    expect(snoozed.slice(-3)).toEqual([breakAt(start + 55 * MIN), tickAt(start + 11 * MIN), next(45)]);
    // Never a minute high: just before a boundary it still shows the minutes left, rounded up.
    expect(desk.send(tick(), start + 11 * MIN - SEC).at(-1)).toEqual(next(45));
    expect(desk.send(tick(), start + 11 * MIN).at(-1)).toEqual(next(44));
    expect(desk.send(alarm(), start + 55 * MIN).slice(-2)).toEqual([noTick, due]);
  });

  it('badge off: no tick at all; a 45-minute cycle wakes for the warning and the nudge only', () => {
    const settings = config({ badge: false, warningSeconds: 60 });
    const desk = new Desk(initialState(T0), settings);
    const installed = desk.send({ type: 'installed' }, T0);
    expect(installed.slice(-3, -1)).toEqual([breakAt(T0 + 44 * MIN), noTick]);
    expect(installed.at(-1)).toMatchObject({ badge: { text: '', titleArgs: ['45'] } });
    expect(actions(desk.send(alarm(), T0 + 44 * MIN))).toEqual([{ type: 'showWarning', secondsLeft: 60 }]);
    expect(desk.send(alarm(), T0 + 45 * MIN)).toEqual([notify(false), openWindow, breakAt(T0 + 55 * MIN), noTick, expect.objectContaining({ type: 'setBadge' })]);
  });

  it('an alarm that fires 3 hours late (the laptop slept) restarts the clock instead of nudging', () => {
    const desk = new Desk(sittingSince(T0, { bankedMs: 5 * MIN }));
    const wake = T0 + 45 * MIN + 3 * HOUR;
    expect(desk.send(alarm(HERE, T0 + 40 * MIN), wake)).toEqual([breakAt(wake + 45 * MIN), tickAt(wake + MIN), next(45)]);
    expect(desk.state).toMatchObject({ bankedMs: 0, countingSince: wake });
    // A few seconds late is just a busy machine.
    const onTime = step(sittingSince(T0), alarm(HERE, T0 + 45 * MIN), T0 + 45 * MIN + 20 * SEC, config());
    expect(actions(onTime.effects)).toEqual([notify(false), openWindow]);
  });

  it('a browser start begins a new session; a clock set back adds nothing', () => {
    const r = step(sittingSince(T0, { bankedMs: 30 * MIN }), { type: 'startup', presence: HERE }, T0 + 2 * HOUR, config());
    expect(r.state).toMatchObject({ bankedMs: 0, countingSince: T0 + 2 * HOUR });
    const back = step(sittingSince(T0 + HOUR, { bankedMs: 10 * MIN }), tick(), T0, config());
    expect(back.state).toMatchObject({ bankedMs: 10 * MIN, countingSince: T0 });
  });
});

describe('presence: watching is sitting', () => {
  it('a film in fullscreen for 90 minutes is sitting, and its nudge is a notification only, the window waiting', () => {
    const desk = new Desk(initialState(T0));
    desk.send({ type: 'installed' }, T0);
    // No input for the away time, but a fullscreen window with sound: still at the desk.
    expect(actions(desk.send({ type: 'idle', state: 'idle', activity: { fullscreen: true, audible: true } }, T0 + 20 * MIN))).toEqual([]);
    expect(desk.state).toMatchObject({ awaySince: null, watching: true });
    expect(desk.status(T0 + 44 * MIN)).toMatchObject({ kind: 'sitting', sittingMs: 44 * MIN });

    expect(desk.send(alarm(FILM_NO_INPUT), T0 + 45 * MIN)).toEqual([notify(false), breakAt(T0 + 46 * MIN), noTick, due]);
    // Each minute it looks whether the film has ended; the one repeat comes as a notification too.
    for (let m = 46; m < 55; m++) expect(actions(desk.send(alarm(FILM_NO_INPUT), T0 + m * MIN))).toEqual([]);
    expect(actions(desk.send(alarm(FILM_NO_INPUT), T0 + 55 * MIN))).toEqual([notify(true)]);
    for (let m = 56; m <= 90; m++) expect(actions(desk.send(alarm(FILM_NO_INPUT), T0 + m * MIN))).toEqual([]);
    expect(desk.status(T0 + 90 * MIN)).toMatchObject({ kind: 'due', sittingMs: 90 * MIN });

    // The film ends and the person reaches for the mouse: now the break window opens.
    expect(actions(desk.send(alarm(HERE), T0 + 91 * MIN))).toEqual([openWindow]);
    expect(desk.state.windowWaiting).toBe(false);
  });

  it('music playing with the screen locked is away', () => {
    const desk = new Desk(initialState(T0));
    desk.send({ type: 'installed' }, T0);
    desk.send({ type: 'idle', state: 'locked' }, T0 + 10 * MIN);
    expect(actions(desk.send(alarm({ idle: 'locked', recentInput: false, fullscreen: false, audible: true }), T0 + 45 * MIN))).toEqual([]);
    expect(desk.status(T0 + 45 * MIN)).toMatchObject({ kind: 'away', sittingMs: 10 * MIN });
    // Back after more than the away time: a fresh clock.
    desk.send({ type: 'idle', state: 'active' }, T0 + 50 * MIN);
    expect(desk.status(T0 + 50 * MIN)).toMatchObject({ kind: 'sitting', sittingMs: 0 });
  });

  it('with the setting off, a film without input is away like any idle time', () => {
    const desk = new Desk(initialState(T0), config({ countWatching: false }));
    desk.send({ type: 'idle', state: 'idle', activity: { fullscreen: true, audible: false } }, T0 + 20 * MIN);
    expect(desk.status(T0 + 20 * MIN)).toMatchObject({ kind: 'away', sittingMs: 15 * MIN });
  });

  it('when the sound stops and nobody is there, the next look finds them away', () => {
    const desk = new Desk(initialState(T0));
    desk.send({ type: 'idle', state: 'idle', activity: { fullscreen: false, audible: true } }, T0 + 10 * MIN);
    // Idle but listening: looked at again after the away time (the badge tick would too).
    const listening: Presence = { idle: 'idle', recentInput: false, fullscreen: false, audible: true };
    expect(desk.send(tick(listening), T0 + 10 * MIN + 30 * SEC).slice(-3)[0]).toEqual(breakAt(T0 + 15 * MIN + 30 * SEC));
    desk.send(alarm({ idle: 'idle', recentInput: false, fullscreen: false, audible: false }), T0 + 15 * MIN);
    expect(desk.status(T0 + 15 * MIN)).toMatchObject({ kind: 'away', sittingMs: 15 * MIN });
  });

  it('no nudge to an empty chair: nothing shown, tried again a minute later', () => {
    const desk = new Desk(sittingSince(T0));
    expect(desk.send(alarm(EMPTY_CHAIR), T0 + 45 * MIN)).toEqual([breakAt(T0 + 46 * MIN), noTick, due]);
    expect(actions(desk.send(alarm(HERE), T0 + 46 * MIN))).toEqual([notify(false), openWindow]);
  });
});

describe('the warning before a break', () => {
  const warned = config({ warningSeconds: 60 });

  it('comes at due − warning, in the due colour with the seconds left, and not again after a snooze', () => {
    const desk = new Desk(initialState(T0), warned);
    expect(desk.send({ type: 'installed' }, T0).slice(0, 1)).toEqual([breakAt(T0 + 44 * MIN)]);
    expect(desk.send(alarm(), T0 + 44 * MIN)).toEqual([
      { type: 'showWarning', secondsLeft: 60 },
      breakAt(T0 + 45 * MIN),
      noTick,
      badge({ text: '60s', color: BADGE_COLORS.alert, titleKey: 'badgeTitleNext', titleArgs: ['1'], titleTime: null }),
    ]);
    // Snooze from the warning: the break moves 10 minutes, and its warning is not shown again.
    const snoozed = desk.send({ type: 'snooze' }, T0 + 44 * MIN + 20 * SEC);
    expect(actions(snoozed)).toEqual([{ type: 'record', entry: { at: T0 + 44 * MIN + 20 * SEC, outcome: 'snoozed', sittingMs: 44 * MIN + 20 * SEC } }, clearNote]);
    expect(snoozed[2]).toEqual(breakAt(T0 + 55 * MIN));
    expect(actions(desk.send(alarm(), T0 + 55 * MIN))).toEqual([notify(false), openWindow]);
  });

  it('off: no warning, the alarm waits for the break', () => {
    expect(step(sittingSince(T0), { type: 'installed' }, T0, config({ warningSeconds: 0 })).effects[0]).toEqual(breakAt(T0 + 45 * MIN));
  });
});

describe('snooze and skip apply once per due break', () => {
  it('a burst of snoozes from several pages puts the break off once', () => {
    const desk = new Desk(sittingSince(T0, { nudges: 1, lastNudgeAt: T0 + 45 * MIN }));
    const first = desk.send({ type: 'snooze' }, T0 + 46 * MIN);
    expect(actions(first)).toEqual([
      { type: 'record', entry: { at: T0 + 46 * MIN, outcome: 'snoozed', sittingMs: 46 * MIN } },
      clearNote,
      closeWindow,
    ]);
    for (let i = 1; i <= 50; i++) {
      const again = step(desk.state, { type: 'snooze' }, T0 + 46 * MIN + i * 10, desk.settings);
      expect(again.state).toBe(desk.state);
      expect(actions(again.effects)).toEqual([]);
    }
    expect(desk.status(T0 + 46 * MIN)).toMatchObject({ kind: 'sitting', nextBreakAt: T0 + 56 * MIN, snoozed: true });
    // When the snoozed break falls due, it can be snoozed again.
    desk.send(alarm(), T0 + 56 * MIN);
    expect(actions(desk.send({ type: 'snooze' }, T0 + 57 * MIN))[0]).toMatchObject({ type: 'record' });
  });

  it('skip only a due break, once', () => {
    const desk = new Desk(sittingSince(T0));
    expect(actions(desk.send({ type: 'skip' }, T0 + 20 * MIN))).toEqual([]);
    expect(actions(desk.send({ type: 'skip' }, T0 + 46 * MIN))).toEqual([
      { type: 'record', entry: { at: T0 + 46 * MIN, outcome: 'skipped', sittingMs: 46 * MIN } },
      clearNote,
    ]);
    expect(actions(desk.send({ type: 'skip' }, T0 + 46 * MIN + 1))).toEqual([]);
  });
});

describe('natural breaks', () => {
  it('a lunch away restarts the clock on return; the idle report takes back the away time', () => {
    const desk = new Desk(sittingSince(T0));
    desk.send({ type: 'idle', state: 'idle', activity: { fullscreen: false, audible: false } }, T0 + 30 * MIN);
    expect(desk.status(T0 + 30 * MIN)).toMatchObject({ kind: 'away', sittingMs: 25 * MIN });
    expect(desk.send({ type: 'idle', state: 'active' }, T0 + 90 * MIN)).toEqual([breakAt(T0 + 135 * MIN), tickAt(T0 + 91 * MIN), next(45)]);
  });

  it('a short lock keeps the clock but does not count the locked time', () => {
    const desk = new Desk(sittingSince(T0));
    desk.send({ type: 'idle', state: 'locked' }, T0 + 30 * MIN);
    desk.send({ type: 'idle', state: 'active' }, T0 + 32 * MIN);
    expect(desk.status(T0 + 32 * MIN)).toMatchObject({ kind: 'sitting', sittingMs: 30 * MIN, nextBreakAt: T0 + 47 * MIN });
  });

  it('coming back from a long away clears the nudge still showing and closes its window', () => {
    const desk = new Desk(sittingSince(T0, { nudges: 1, lastNudgeAt: T0 + 45 * MIN }));
    desk.send({ type: 'idle', state: 'locked' }, T0 + 46 * MIN);
    expect(actions(desk.send({ type: 'idle', state: 'active' }, T0 + 60 * MIN))).toEqual([clearNote, closeWindow]);
  });
});

describe('pause and resume', () => {
  it('pauses 30 minutes, then counts on from where the clock stood', () => {
    const desk = new Desk(sittingSince(T0));
    expect(desk.send({ type: 'pause', choice: 'minutes30' }, T0 + 10 * MIN).slice(-3)).toEqual([
      breakAt(T0 + 40 * MIN),
      noTick,
      badge({ text: 'II', color: BADGE_COLORS.quiet, titleKey: 'badgeTitlePausedUntil', titleArgs: [], titleTime: T0 + 40 * MIN }),
    ]);
    expect(desk.send(alarm(), T0 + 40 * MIN).slice(-3)).toEqual([breakAt(T0 + 75 * MIN), tickAt(T0 + 41 * MIN), next(35)]);
  });

  it('until resumed; resume continues the clock, and a second resume changes nothing', () => {
    const desk = new Desk(sittingSince(T0));
    desk.send({ type: 'pause', choice: 'untilResumed' }, T0 + 10 * MIN);
    desk.send({ type: 'resume' }, T0 + 3 * HOUR);
    expect(desk.status(T0 + 3 * HOUR)).toMatchObject({ kind: 'sitting', sittingMs: 10 * MIN });
    expect(step(desk.state, { type: 'resume' }, T0 + 3 * HOUR + MIN, desk.settings).state).toBe(desk.state);
  });
});

describe('what the status promises is true', () => {
  const office = config({ intervalMinutes: 20, activeHours: { enabled: true, days: [1, 2, 3, 4, 5], startMinute: 9 * 60, endMinute: 17 * 60 } });

  it('a break that would fall due after active hours end: no countdown, no more reminders today', () => {
    const t = at(2026, 3, 9, 16, 59);
    const desk = new Desk(sittingSince(t - 10 * MIN), office);
    expect(desk.send(tick(), t)).toEqual([breakAt(at(2026, 3, 9, 17, 0)), noTick, quiet('badgeTitleDoneForToday', at(2026, 3, 10, 9, 0))]);
    expect(desk.status(t)).toMatchObject({ kind: 'doneForToday', nextBreakAt: null, resumesAt: at(2026, 3, 10, 9, 0) });
    expect(desk.send(alarm(), at(2026, 3, 9, 17, 0)).slice(-1)).toEqual([quiet('badgeTitleOutsideHours')]);
    expect(desk.status(at(2026, 3, 9, 17, 0))).toMatchObject({ kind: 'outsideHours', resumesAt: at(2026, 3, 10, 9, 0) });
  });

  it('earlier in the day it counts down as usual', () => {
    const t = at(2026, 3, 9, 16, 30);
    expect(step(sittingSince(t - 10 * MIN), tick(), t, office).effects.slice(-3)).toEqual([breakAt(t + 10 * MIN), tickAt(t + MIN), next(10)]);
  });
});

describe('stored state', () => {
  it('parses what it stores', () => {
    const stored = { ...initialState(T0), bankedMs: 20 * MIN, countingSince: T0, extraAllowanceMs: 10 * MIN };
    const { value: state, problems } = parseScheduleState(JSON.parse(JSON.stringify(stored)), T0 + MIN);
    expect(problems).toEqual([]);
    expect(state).toEqual(stored);
    expect(scheduleStatus(state, T0 + 5 * MIN, config())).toMatchObject({ kind: 'sitting', sittingMs: 25 * MIN });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'sitting'],
    ['a future version', { ...initialState(T0), version: 3 }],
    // Never released: the development builds' first shape (a running total as of `lastSeenAt`).
    ['the unreleased first shape', { version: 1, sittingMs: 20 * MIN, lastSeenAt: T0, idle: 'active', paused: false }],
    ['negative banked time', { ...initialState(T0), bankedMs: -5 }],
    ['counting while away', { ...initialState(T0), awaySince: T0 }],
    ['counting while paused', { ...initialState(T0), paused: true }],
    ['too many nudges', { ...initialState(T0), nudges: 3, lastNudgeAt: T0 }],
    ['a missing field', { ...initialState(T0), warned: undefined }],
  ])('gives a fresh clock and a problem for %s', (_, raw) => {
    const result = parseScheduleState(raw, T0);
    expect(result.value).toEqual(initialState(T0));
    expect(result.problems).toEqual([expect.stringMatching(/schedule state/)]);
  });

  it('never throws, even on a value whose fields throw', () => {
    const hostile = { ...initialState(T0), get bankedMs(): number { throw new Error('boom'); } };
    expect(parseScheduleState(hostile, T0)).toEqual({ value: initialState(T0), problems: [expect.stringContaining('boom')] });
    // A proxy that throws on every read is only ever asked for its own fields, and has none.
    const proxy = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(parseScheduleState(proxy, T0)).toEqual({ value: initialState(T0), problems: [expect.stringMatching(/version/)] });
  });
});

describe('stretch records', () => {
  it('records a stretch at the moment it ended, never later than now, with the sitting before it', () => {
    const desk = new Desk(sittingSince(T0 - 10 * MIN));
    desk.send({ type: 'stretchStarted' }, T0);
    const done = { type: 'stretchEnded', exerciseId: 'catCow', durationMs: 2 * MIN, outcome: 'done' } as const;
    expect(desk.send({ ...done, at: T0 + 2 * MIN }, T0 + 5 * MIN)[0]).toEqual({
      type: 'record',
      entry: { at: T0 + 2 * MIN, outcome: 'done', sittingMs: 10 * MIN, exerciseId: 'catCow', durationMs: 2 * MIN },
    });
    desk.send({ type: 'stretchStarted' }, T0 + 6 * MIN);
    expect(desk.send({ ...done, at: T0 + 60 * MIN }, T0 + 8 * MIN)[0]).toMatchObject({ entry: { at: T0 + 8 * MIN } });
  });
});
