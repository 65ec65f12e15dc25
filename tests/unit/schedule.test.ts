import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import {
  BADGE_COLORS,
  BREAK_ALARM,
  TICK_ALARM,
  badgeFor,
  gapThresholdMs,
  initialState,
  parseScheduleState,
  scheduleStatus,
  step,
  tickPeriodMinutes,
  type Badge,
  type BadgeTitleKey,
  type Effect,
  type ScheduleEvent,
  type ScheduleState,
} from '../../src/core/schedule';

// ------------------------------------------------------------------ helpers

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;

/** Local wall-clock time in the test time zone (Europe/Berlin). */
function at(y: number, mo: number, d: number, h: number, mi = 0, s = 0): number {
  return new Date(y, mo - 1, d, h, mi, s).getTime();
}

function config(over: Partial<Omit<Settings, 'activeHours'>> & { activeHours?: Partial<Settings['activeHours']> } = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...over,
    activeHours: { ...DEFAULT_SETTINGS.activeHours, ...over.activeHours },
  };
}

function sitting(now: number, sittingMs: number, over: Partial<ScheduleState> = {}): ScheduleState {
  return { ...initialState(now), sittingMs, ...over };
}

const ALARM: ScheduleEvent = { type: 'alarm', name: BREAK_ALARM };
const TICK: ScheduleEvent = { type: 'alarm', name: TICK_ALARM };
/** Alarms as the platform sends them when there was (or was not) input in the last minute. */
const ALARM_HERE: ScheduleEvent = { type: 'alarm', name: BREAK_ALARM, present: true };
const ALARM_EMPTY: ScheduleEvent = { type: 'alarm', name: BREAK_ALARM, present: false };
const TICK_HERE: ScheduleEvent = { type: 'alarm', name: TICK_ALARM, present: true };
const TICK_EMPTY: ScheduleEvent = { type: 'alarm', name: TICK_ALARM, present: false };

// Effect builders, so assertions stay exact.
const breakAt = (t: number): Effect => ({ type: 'setAlarm', name: BREAK_ALARM, at: t });
const noBreak: Effect = { type: 'clearAlarm', name: BREAK_ALARM };
const tickFrom = (now: number, period = 1): Effect => ({ type: 'setAlarm', name: TICK_ALARM, at: now + period * MIN, periodMinutes: period });
const noTick: Effect = { type: 'clearAlarm', name: TICK_ALARM };
const notify = (repeat: boolean): Effect => ({ type: 'showNotification', repeat });
const openWindow: Effect = { type: 'openBreakWindow' };
const clearNote: Effect = { type: 'clearNotification' };
const closeWindow: Effect = { type: 'closeBreakWindow' };
const badge = (b: Badge): Effect => ({ type: 'setBadge', badge: b });
const next = (minutes: number): Effect =>
  badge({ text: String(minutes), color: BADGE_COLORS.calm, titleKey: 'badgeTitleNext', titleArgs: [String(minutes)], titleTime: null });
const due: Effect = badge({ text: '!', color: BADGE_COLORS.alert, titleKey: 'badgeTitleDue', titleArgs: [], titleTime: null });
const away: Effect = badge({ text: '', color: BADGE_COLORS.quiet, titleKey: 'badgeTitleAway', titleArgs: [], titleTime: null });
const outside: Effect = badge({ text: '', color: BADGE_COLORS.quiet, titleKey: 'badgeTitleOutsideHours', titleArgs: [], titleTime: null });
const pausedUntil = (end: number): Effect =>
  badge({ text: 'II', color: BADGE_COLORS.quiet, titleKey: 'badgeTitlePausedUntil', titleArgs: [], titleTime: end });
const pausedUntilResumed: Effect = badge({
  text: 'II',
  color: BADGE_COLORS.quiet,
  titleKey: 'badgeTitlePausedUntilResumed',
  titleArgs: [],
  titleTime: null,
});

/** The effects of a first step (startup) at t with a fresh clock. */
const startupAt = (t: number, settings: Settings): Effect[] => step(initialState(t), { type: 'startup' }, t, settings).effects;
/** Due, with both nudges shown: the break alarm is armed only for a change of active hours. */
const nudgedOut = (t: number): ScheduleState => sitting(t, 50 * MIN, { nudges: 2, lastNudgeAt: t - 5 * MIN });

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
    expect(parseScheduleState(JSON.parse(JSON.stringify(state)), now)).toEqual({ state });
    // The same step again is idempotent.
    expect(step(this.state, event, now, this.settings)).toEqual({ state, effects });
    this.state = state;
    return effects;
  }

  /** Tick alarms every minute from `from` to `to` inclusive; none may produce an action. */
  ticks(from: number, to: number): void {
    for (let t = from; t <= to; t += MIN) expect(actions(this.send(TICK, t))).toEqual([]);
  }
}

// ------------------------------------------------------------------ tests

describe('test environment', () => {
  it('runs in Europe/Berlin with daylight saving', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(-120);
  });
});

describe('a morning of nudges (window level, 45 min, snooze 10)', () => {
  it('nudges, repeats once after the snooze length, then stays quiet; stretch, skip and snooze restart or move the clock', () => {
    const day = new Desk(initialState(at(2026, 3, 10, 8, 0)));

    expect(day.send({ type: 'startup' }, at(2026, 3, 10, 8, 0))).toEqual([
      breakAt(at(2026, 3, 10, 8, 45)),
      tickFrom(at(2026, 3, 10, 8, 0)),
      next(45),
    ]);
    expect(day.send(TICK, at(2026, 3, 10, 8, 1))).toEqual([breakAt(at(2026, 3, 10, 8, 45)), tickFrom(at(2026, 3, 10, 8, 1)), next(44)]);
    day.ticks(at(2026, 3, 10, 8, 2), at(2026, 3, 10, 8, 44));
    expect(day.state.sittingMs).toBe(44 * MIN);

    // Nudge 1 at 08:45.
    expect(day.send(ALARM, at(2026, 3, 10, 8, 45))).toEqual([
      notify(false),
      openWindow,
      breakAt(at(2026, 3, 10, 8, 55)),
      tickFrom(at(2026, 3, 10, 8, 45)),
      due,
    ]);
    // A tick while the repeat is pending does nothing more.
    expect(day.send(TICK, at(2026, 3, 10, 8, 46))).toEqual([breakAt(at(2026, 3, 10, 8, 55)), tickFrom(at(2026, 3, 10, 8, 46)), due]);
    day.ticks(at(2026, 3, 10, 8, 47), at(2026, 3, 10, 8, 54));
    // The one repeat, a snooze length later; then no break alarm for nudges.
    expect(day.send(ALARM, at(2026, 3, 10, 8, 55))).toEqual([notify(true), openWindow, noBreak, tickFrom(at(2026, 3, 10, 8, 55)), due]);
    day.ticks(at(2026, 3, 10, 8, 56), at(2026, 3, 10, 9, 5));
    // A stale break alarm stays quiet.
    expect(day.send(ALARM, at(2026, 3, 10, 9, 5))).toEqual([noBreak, tickFrom(at(2026, 3, 10, 9, 5)), due]);

    // The person stands up for a stretch (maybe in the break window: it stays open).
    expect(day.send({ type: 'stretchStarted' }, at(2026, 3, 10, 9, 6))).toEqual([
      clearNote,
      breakAt(at(2026, 3, 10, 9, 51)),
      tickFrom(at(2026, 3, 10, 9, 6)),
      next(45),
    ]);
    expect(day.state.sittingMs).toBe(0);
    expect(day.send({ type: 'stretchEnded', at: at(2026, 3, 10, 9, 8), exerciseId: 'catCow', durationMs: 2 * MIN, outcome: 'done' }, at(2026, 3, 10, 9, 8))).toEqual([
      { type: 'record', entry: { at: at(2026, 3, 10, 9, 8), outcome: 'done', sittingMs: 66 * MIN, exerciseId: 'catCow', durationMs: 2 * MIN } },
      clearNote,
      breakAt(at(2026, 3, 10, 9, 53)),
      tickFrom(at(2026, 3, 10, 9, 8)),
      next(45),
    ]);

    // Nudge 2 at 09:53, skipped at 09:58.
    day.ticks(at(2026, 3, 10, 9, 9), at(2026, 3, 10, 9, 52));
    expect(actions(day.send(ALARM, at(2026, 3, 10, 9, 53)))).toEqual([notify(false), openWindow]);
    day.ticks(at(2026, 3, 10, 9, 54), at(2026, 3, 10, 9, 57));
    expect(day.send({ type: 'skip' }, at(2026, 3, 10, 9, 58))).toEqual([
      { type: 'record', entry: { at: at(2026, 3, 10, 9, 58), outcome: 'skipped', sittingMs: 50 * MIN } },
      clearNote,
      closeWindow,
      breakAt(at(2026, 3, 10, 10, 43)),
      tickFrom(at(2026, 3, 10, 9, 58)),
      next(45),
    ]);

    // Nudge 3 at 10:43, snoozed at 10:50 while due: next break at 11:00.
    day.ticks(at(2026, 3, 10, 9, 59), at(2026, 3, 10, 10, 42));
    expect(actions(day.send(ALARM, at(2026, 3, 10, 10, 43)))).toEqual([notify(false), openWindow]);
    day.ticks(at(2026, 3, 10, 10, 44), at(2026, 3, 10, 10, 49));
    expect(day.send({ type: 'snooze' }, at(2026, 3, 10, 10, 50))).toEqual([
      { type: 'record', entry: { at: at(2026, 3, 10, 10, 50), outcome: 'snoozed', sittingMs: 52 * MIN } },
      clearNote,
      closeWindow,
      breakAt(at(2026, 3, 10, 11, 0)),
      tickFrom(at(2026, 3, 10, 10, 50)),
      next(10),
    ]);
    // The snoozed break comes back as a fresh nudge, with its own one repeat.
    day.ticks(at(2026, 3, 10, 10, 51), at(2026, 3, 10, 10, 59));
    expect(day.send(ALARM, at(2026, 3, 10, 11, 0))).toEqual([
      notify(false),
      openWindow,
      breakAt(at(2026, 3, 10, 11, 10)),
      tickFrom(at(2026, 3, 10, 11, 0)),
      due,
    ]);
    day.ticks(at(2026, 3, 10, 11, 1), at(2026, 3, 10, 11, 9));
    expect(day.send(ALARM, at(2026, 3, 10, 11, 10))).toEqual([notify(true), openWindow, noBreak, tickFrom(at(2026, 3, 10, 11, 10)), due]);
    day.ticks(at(2026, 3, 10, 11, 11), at(2026, 3, 10, 11, 40));
    expect(scheduleStatus(day.state, at(2026, 3, 10, 11, 40), day.settings)).toEqual({
      kind: 'due',
      sittingMs: 102 * MIN,
      nextBreakAt: at(2026, 3, 10, 11, 0),
      pausedUntil: null,
    });
  });

  it('badge level changes only the badge; notification level shows no window', () => {
    const start = at(2026, 3, 10, 9, 0);
    const quiet = new Desk(sitting(start, 44 * MIN), config({ nudgeLevel: 'badge' }));
    expect(quiet.send(ALARM, start + MIN)).toEqual([breakAt(start + 11 * MIN), tickFrom(start + MIN), due]);
    quiet.ticks(start + 2 * MIN, start + 10 * MIN);
    expect(quiet.send(ALARM, start + 11 * MIN)).toEqual([noBreak, tickFrom(start + 11 * MIN), due]);

    const loud = new Desk(sitting(start, 44 * MIN), config({ nudgeLevel: 'notification' }));
    expect(actions(loud.send(ALARM, start + MIN))).toEqual([notify(false)]);
    loud.ticks(start + 2 * MIN, start + 10 * MIN);
    expect(actions(loud.send(ALARM, start + 11 * MIN))).toEqual([notify(true)]);
  });
});

describe('no nudge to an empty chair (alarm events say whether there was input in the last minute)', () => {
  it('an alarm with nobody there shows nothing and retries a minute later; the next tick with someone there nudges', () => {
    const day = new Desk(initialState(at(2026, 3, 10, 9, 0)));
    day.send({ type: 'startup' }, at(2026, 3, 10, 9, 0));
    day.ticks(at(2026, 3, 10, 9, 1), at(2026, 3, 10, 9, 42)); // last input at 09:42
    // Not due yet: an empty chair changes nothing.
    expect(day.send(TICK_EMPTY, at(2026, 3, 10, 9, 43))).toEqual([breakAt(at(2026, 3, 10, 9, 45)), tickFrom(at(2026, 3, 10, 9, 43)), next(2)]);
    expect(day.send(TICK_EMPTY, at(2026, 3, 10, 9, 44))).toEqual([breakAt(at(2026, 3, 10, 9, 45)), tickFrom(at(2026, 3, 10, 9, 44)), next(1)]);
    // Due at 09:45, nobody there: no notification, no window; the break alarm is re-armed a minute on.
    expect(day.send(ALARM_EMPTY, at(2026, 3, 10, 9, 45))).toEqual([breakAt(at(2026, 3, 10, 9, 46)), tickFrom(at(2026, 3, 10, 9, 45)), due]);
    expect(day.state).toMatchObject({ sittingMs: 45 * MIN, nudges: 0, lastNudgeAt: null });
    // The tick at 09:46 finds someone there: the first nudge.
    expect(day.send(TICK_HERE, at(2026, 3, 10, 9, 46))).toEqual([
      notify(false),
      openWindow,
      breakAt(at(2026, 3, 10, 9, 56)),
      tickFrom(at(2026, 3, 10, 9, 46)),
      due,
    ]);
    // The retry break alarm right after it adds nothing.
    expect(day.send(ALARM_HERE, at(2026, 3, 10, 9, 46, 1))).toEqual([breakAt(at(2026, 3, 10, 9, 56)), tickFrom(at(2026, 3, 10, 9, 46, 1)), due]);
  });

  it('the repeat is withheld the same way', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 45 * MIN));
    expect(actions(day.send(ALARM_HERE, t))).toEqual([notify(false), openWindow]);
    day.ticks(t + MIN, t + 9 * MIN);
    expect(day.send(ALARM_EMPTY, t + 10 * MIN)).toEqual([breakAt(t + 11 * MIN), tickFrom(t + 10 * MIN), due]);
    expect(day.state).toMatchObject({ nudges: 1, lastNudgeAt: t });
    expect(day.send(TICK_HERE, t + 11 * MIN)).toEqual([notify(true), openWindow, noBreak, tickFrom(t + 11 * MIN), due]);
  });

  it('keeps retrying each minute while the chair stays empty; the idle report then takes the time back, and nothing was shown', () => {
    const t = at(2026, 3, 10, 9, 42); // last input
    const day = new Desk(sitting(t, 42 * MIN));
    day.ticks(t + MIN, t + 2 * MIN);
    expect(day.send(ALARM_EMPTY, t + 3 * MIN)).toEqual([breakAt(t + 4 * MIN), tickFrom(t + 3 * MIN), due]);
    expect(day.send(TICK_EMPTY, t + 4 * MIN)).toEqual([breakAt(t + 5 * MIN), tickFrom(t + 4 * MIN), due]);
    expect(day.send(ALARM_EMPTY, t + 4 * MIN)).toEqual([breakAt(t + 5 * MIN), tickFrom(t + 4 * MIN), due]);
    // Idle is reported awayMinutes (5) after the last input: back to 42 minutes, no notification to clear.
    expect(day.send({ type: 'idle', state: 'idle' }, t + 5 * MIN)).toEqual([noBreak, noTick, away]);
    expect(day.state.sittingMs).toBe(42 * MIN);
    expect(day.send({ type: 'idle', state: 'active' }, t + 30 * MIN)).toEqual([breakAt(t + 75 * MIN), tickFrom(t + 30 * MIN), next(45)]);
  });

  it('with the badge off (a slower tick) the break alarm alone retries each minute', () => {
    const t = at(2026, 3, 10, 10, 0);
    const dueNoText = badge({ text: '', color: BADGE_COLORS.alert, titleKey: 'badgeTitleDue', titleArgs: [], titleTime: null });
    const day = new Desk(sitting(t, 45 * MIN), config({ badge: false }));
    expect(day.send(ALARM_EMPTY, t)).toEqual([breakAt(t + MIN), tickFrom(t, 2), dueNoText]);
    expect(day.send(ALARM_EMPTY, t + MIN)).toEqual([breakAt(t + 2 * MIN), tickFrom(t + MIN, 2), dueNoText]);
    expect(day.send(ALARM_HERE, t + 2 * MIN)).toEqual([notify(false), openWindow, breakAt(t + 12 * MIN), tickFrom(t + 2 * MIN, 2), dueNoText]);
  });
});

describe('a withdrawn nudge closes its break window', () => {
  it('a sleep gap after the nudge and its repeat', () => {
    const evening = at(2026, 3, 10, 18, 0);
    const day = new Desk(sitting(evening, 45 * MIN));
    expect(actions(day.send(ALARM, evening))).toEqual([notify(false), openWindow]);
    day.ticks(evening + MIN, evening + 9 * MIN);
    expect(actions(day.send(ALARM, evening + 10 * MIN))).toEqual([notify(true), openWindow]);
    const morning = at(2026, 3, 11, 8, 0);
    expect(day.send(ALARM, morning)).toEqual([clearNote, closeWindow, breakAt(morning + 45 * MIN), tickFrom(morning), next(45)]);
  });

  it('snooze', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 45 * MIN));
    day.send(ALARM, t);
    day.ticks(t + MIN, t + MIN);
    expect(day.send({ type: 'snooze' }, t + 2 * MIN)).toEqual([
      { type: 'record', entry: { at: t + 2 * MIN, outcome: 'snoozed', sittingMs: 47 * MIN } },
      clearNote,
      closeWindow,
      breakAt(t + 12 * MIN),
      tickFrom(t + 2 * MIN),
      next(10),
    ]);
  });

  it('skip; but not when no nudge was shown, nor at the notification level', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 45 * MIN));
    day.send(ALARM, t);
    expect(day.send({ type: 'skip' }, t + MIN)).toEqual([
      { type: 'record', entry: { at: t + MIN, outcome: 'skipped', sittingMs: 46 * MIN } },
      clearNote,
      closeWindow,
      breakAt(t + 46 * MIN),
      tickFrom(t + MIN),
      next(45),
    ]);
    expect(actions(step(sitting(t, 30 * MIN), { type: 'skip' }, t, config()).effects)).toEqual([
      { type: 'record', entry: { at: t, outcome: 'skipped', sittingMs: 30 * MIN } },
      clearNote,
    ]);
    const loud = new Desk(sitting(t, 45 * MIN), config({ nudgeLevel: 'notification' }));
    expect(actions(loud.send(ALARM, t))).toEqual([notify(false)]);
    expect(actions(loud.send({ type: 'skip' }, t + MIN))).toEqual([
      { type: 'record', entry: { at: t + MIN, outcome: 'skipped', sittingMs: 46 * MIN } },
      clearNote,
    ]);
  });

  it('pause', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 45 * MIN));
    day.send(ALARM, t);
    expect(day.send({ type: 'pause', choice: 'untilResumed' }, t + MIN)).toEqual([clearNote, closeWindow, noBreak, noTick, pausedUntilResumed]);
  });

  it('not when a stretch starts or ends: the person may be using the break window\'s timer', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 45 * MIN));
    day.send(ALARM, t);
    expect(day.send({ type: 'stretchStarted' }, t + MIN)).toEqual([clearNote, breakAt(t + 46 * MIN), tickFrom(t + MIN), next(45)]);
    // Also when the stretch starts after the repeat and ends before anything else.
    const late = new Desk(sitting(t, 45 * MIN));
    late.send(ALARM, t);
    late.ticks(t + MIN, t + 9 * MIN);
    late.send(ALARM, t + 10 * MIN);
    expect(late.state.nudges).toBe(2);
    expect(late.send({ type: 'stretchEnded', at: t + 11 * MIN, exerciseId: 'catCow', durationMs: 2 * MIN, outcome: 'done' }, t + 11 * MIN)).toEqual([
      { type: 'record', entry: { at: t + 11 * MIN, outcome: 'done', sittingMs: 56 * MIN, exerciseId: 'catCow', durationMs: 2 * MIN } },
      clearNote,
      breakAt(t + 56 * MIN),
      tickFrom(t + 11 * MIN),
      next(45),
    ]);
  });
});

describe('snooze', () => {
  it('when not due, moves the next break later by exactly the snooze length', () => {
    const t = at(2026, 3, 10, 10, 0);
    const before = step(sitting(t, 20 * MIN), { type: 'startup' }, t, config());
    expect(before.effects[0]).toEqual(breakAt(at(2026, 3, 10, 10, 25)));
    const after = step(before.state, { type: 'snooze' }, t, config());
    expect(after.effects).toEqual([
      { type: 'record', entry: { at: t, outcome: 'snoozed', sittingMs: 20 * MIN } },
      clearNote,
      breakAt(at(2026, 3, 10, 10, 35)),
      tickFrom(t),
      next(35),
    ]);
    // Twice: another 10 minutes.
    expect(step(after.state, { type: 'snooze' }, t, config()).effects[2]).toEqual(breakAt(at(2026, 3, 10, 10, 45)));
  });

  it('when due, puts the next break a snooze length from now, however long it has been due', () => {
    const t = at(2026, 3, 10, 10, 0);
    const r = step(sitting(t, 70 * MIN), { type: 'snooze' }, t + MIN, config({ snoozeMinutes: 5 }));
    expect(r.effects).toEqual([
      { type: 'record', entry: { at: t + MIN, outcome: 'snoozed', sittingMs: 71 * MIN } },
      clearNote,
      breakAt(t + 6 * MIN),
      tickFrom(t + MIN),
      next(5),
    ]);
  });
});

describe('natural breaks', () => {
  it('a lunch away (idle) drops the nudge that falls due and restarts the clock on return', () => {
    const day = new Desk(initialState(at(2026, 3, 10, 11, 21)));
    day.send({ type: 'startup' }, at(2026, 3, 10, 11, 21));
    day.ticks(at(2026, 3, 10, 11, 22), at(2026, 3, 10, 12, 5));
    expect(day.state.sittingMs).toBe(44 * MIN);
    // Last input 12:00:30; the platform reports idle awayMinutes (5) later.
    expect(day.send({ type: 'idle', state: 'idle' }, at(2026, 3, 10, 12, 5, 30))).toEqual([noBreak, noTick, away]);
    expect(day.state.sittingMs).toBe(39 * MIN + 30 * SEC); // the idle 5 minutes were not sitting
    expect(scheduleStatus(day.state, at(2026, 3, 10, 12, 30), day.settings)).toEqual({
      kind: 'away',
      sittingMs: 39 * MIN + 30 * SEC,
      nextBreakAt: null,
      pausedUntil: null,
    });
    // The break alarm armed earlier still fires at 12:06: dropped, nobody is there.
    expect(day.send(ALARM, at(2026, 3, 10, 12, 6))).toEqual([noBreak, noTick, away]);
    // Back at 12:50: fresh clock, no nudge.
    expect(day.send({ type: 'idle', state: 'active' }, at(2026, 3, 10, 12, 50))).toEqual([
      breakAt(at(2026, 3, 10, 13, 35)),
      tickFrom(at(2026, 3, 10, 12, 50)),
      next(45),
    ]);
    expect(day.state.sittingMs).toBe(0);
  });

  it('a short lock keeps the clock but does not count the locked time', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 20 * MIN));
    expect(day.send({ type: 'idle', state: 'locked' }, t + 30 * SEC)).toEqual([noBreak, noTick, away]);
    expect(day.send({ type: 'idle', state: 'active' }, t + 3 * MIN + 30 * SEC)).toEqual([
      breakAt(t + 3 * MIN + 30 * SEC + 24 * MIN + 30 * SEC),
      tickFrom(t + 3 * MIN + 30 * SEC),
      next(25),
    ]);
    expect(day.state.sittingMs).toBe(20 * MIN + 30 * SEC);
  });

  it('a lock of at least awayMinutes is a break', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 20 * MIN));
    day.send({ type: 'idle', state: 'locked' }, t + 30 * SEC);
    expect(day.send({ type: 'idle', state: 'active' }, t + 5 * MIN + 30 * SEC)).toEqual([
      breakAt(t + 5 * MIN + 30 * SEC + 45 * MIN),
      tickFrom(t + 5 * MIN + 30 * SEC),
      next(45),
    ]);
    expect(day.state.sittingMs).toBe(0);
  });

  it('a nudge dropped during a short lock comes as soon as the person is back', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 46 * MIN));
    day.send({ type: 'idle', state: 'locked' }, t);
    expect(day.send(ALARM, t + 30 * SEC)).toEqual([noBreak, noTick, away]);
    expect(day.send({ type: 'idle', state: 'active' }, t + 2 * MIN)).toEqual([breakAt(t + 2 * MIN), tickFrom(t + 2 * MIN), due]);
    expect(actions(day.send(ALARM, t + 2 * MIN + 5 * SEC))).toEqual([notify(false), openWindow]);
  });

  it('coming back from a long away clears a notification still showing and closes its break window', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 45 * MIN));
    expect(actions(day.send(ALARM, t))).toEqual([notify(false), openWindow]);
    day.ticks(t + MIN, t + 5 * MIN);
    expect(day.send({ type: 'idle', state: 'idle' }, t + 5 * MIN + 30 * SEC)).toEqual([noBreak, noTick, away]);
    expect(day.send({ type: 'idle', state: 'active' }, t + 20 * MIN)).toEqual([
      clearNote,
      closeWindow,
      breakAt(t + 65 * MIN),
      tickFrom(t + 20 * MIN),
      next(45),
    ]);
  });
});

describe('gaps and clock jumps', () => {
  it('an 8-hour sleep is not sitting', () => {
    const evening = at(2026, 3, 10, 18, 0);
    const day = new Desk(sitting(evening, 30 * MIN));
    const morning = at(2026, 3, 11, 2, 0);
    // The missed break alarm fires on wake: no nudge, fresh clock.
    expect(day.send(ALARM, morning)).toEqual([breakAt(morning + 45 * MIN), tickFrom(morning), next(45)]);
    expect(day.state.sittingMs).toBe(0);
    expect(scheduleStatus(sitting(evening, 30 * MIN), evening + 8 * HOUR, config())).toEqual({
      kind: 'sitting',
      sittingMs: 0,
      nextBreakAt: evening + 8 * HOUR + 45 * MIN,
      pausedUntil: null,
    });
  });

  it('counts a silence up to the threshold as sitting and a longer one as away', () => {
    const t = at(2026, 3, 10, 10, 0);
    expect(gapThresholdMs(config())).toBe(5 * MIN);
    expect(step(sitting(t, 10 * MIN), TICK, t + 5 * MIN, config()).state.sittingMs).toBe(15 * MIN);
    expect(step(sitting(t, 10 * MIN), TICK, t + 5 * MIN + 1, config()).state.sittingMs).toBe(0);
  });

  it('badge on ticks every minute; badge off ticks every floor(away/2) minutes and tolerates two late ticks', () => {
    const t = at(2026, 3, 10, 10, 0);
    const on = config({ awayMinutes: 10 });
    const off = config({ awayMinutes: 10, badge: false });
    expect(tickPeriodMinutes(on)).toBe(1);
    expect(tickPeriodMinutes(off)).toBe(5);
    expect(tickPeriodMinutes(config({ awayMinutes: 1, badge: false }))).toBe(1);
    expect(gapThresholdMs(on)).toBe(10 * MIN);
    expect(gapThresholdMs(off)).toBe(10 * MIN + 30 * SEC);
    expect(gapThresholdMs(config({ awayMinutes: 1 }))).toBe(2 * MIN + 30 * SEC);

    expect(step(sitting(t, 0), { type: 'startup' }, t, on).effects).toEqual([breakAt(t + 45 * MIN), tickFrom(t, 1), next(45)]);
    expect(step(sitting(t, 0), { type: 'startup' }, t, off).effects).toEqual([
      breakAt(t + 45 * MIN),
      tickFrom(t, 5),
      badge({ text: '', color: BADGE_COLORS.calm, titleKey: 'badgeTitleNext', titleArgs: ['45'], titleTime: null }),
    ]);
    // 10¼ minutes without a tick: late ticks with the badge off, sleep with it on.
    expect(step(sitting(t, 10 * MIN), TICK, t + 10 * MIN + 15 * SEC, off).state.sittingMs).toBe(20 * MIN + 15 * SEC);
    expect(step(sitting(t, 10 * MIN), TICK, t + 10 * MIN + 15 * SEC, on).state.sittingMs).toBe(0);
  });

  it('a clock set back an hour adds nothing and re-bases', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 20 * MIN));
    const back = at(2026, 3, 10, 9, 1);
    expect(day.send(TICK, back)).toEqual([breakAt(back + 25 * MIN), tickFrom(back), next(25)]);
    expect(day.state).toMatchObject({ sittingMs: 20 * MIN, lastSeenAt: back });
    day.send(TICK, back + MIN);
    expect(day.state.sittingMs).toBe(21 * MIN);
  });

  it('a forward jump beyond the threshold is a gap', () => {
    const t = at(2026, 3, 10, 10, 0);
    expect(step(sitting(t, 20 * MIN), TICK, t + 2 * HOUR, config()).state.sittingMs).toBe(0);
  });

  it('the daylight-saving change moves the wall clock, not the sitting clock', () => {
    // 2026-03-29 02:00 CET -> 03:00 CEST.
    const beforeJump = at(2026, 3, 29, 1, 59);
    const day = new Desk(sitting(beforeJump, 30 * MIN));
    const afterJump = beforeJump + MIN;
    expect(new Date(afterJump).getHours()).toBe(3);
    expect(day.send(TICK, afterJump)).toEqual([breakAt(afterJump + 14 * MIN), tickFrom(afterJump), next(14)]);
    expect(day.state.sittingMs).toBe(31 * MIN);
    // 2026-10-25 03:00 CEST -> 02:00 CET: the wall clock goes back, epoch ms do not.
    const fall = at(2026, 10, 25, 2, 59) + HOUR - HOUR; // 02:59 CEST (the first one)
    const autumn = new Desk(sitting(fall, 30 * MIN));
    const after = fall + MIN; // 02:00 CET
    expect(new Date(after).getHours()).toBe(2);
    expect(autumn.send(TICK, after)).toEqual([breakAt(after + 14 * MIN), tickFrom(after), next(14)]);
  });
});

describe('pause and resume', () => {
  it('pauses 30 minutes, then resumes on the break alarm with the clock where it stood', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 20 * MIN));
    // Nothing was shown: nothing to close. The title names the end time (the tick is off, a count would go stale).
    expect(day.send({ type: 'pause', choice: 'minutes30' }, t)).toEqual([clearNote, breakAt(t + 30 * MIN), noTick, pausedUntil(t + 30 * MIN)]);
    expect(scheduleStatus(day.state, t + 10 * MIN, day.settings)).toEqual({
      kind: 'paused',
      sittingMs: 20 * MIN,
      nextBreakAt: null,
      pausedUntil: t + 30 * MIN,
    });
    expect(badgeFor(scheduleStatus(day.state, t + 10 * MIN, day.settings), t + 10 * MIN, day.settings)).toEqual(
      (pausedUntil(t + 30 * MIN) as { badge: Badge }).badge,
    );
    // No nudge while paused, whatever fires.
    expect(day.send(TICK, t + 25 * MIN)).toEqual([breakAt(t + 30 * MIN), noTick, pausedUntil(t + 30 * MIN)]);
    expect(day.send(ALARM, t + 30 * MIN)).toEqual([breakAt(t + 55 * MIN), tickFrom(t + 30 * MIN), next(25)]);
    expect(day.state).toMatchObject({ paused: false, pausedUntil: null, sittingMs: 20 * MIN });
  });

  it('an alarm late after the pause counts the time since the pause ended', () => {
    const t = at(2026, 3, 10, 10, 0);
    const paused = step(sitting(t, 20 * MIN), { type: 'pause', choice: 'hour1' }, t, config()).state;
    expect(paused.pausedUntil).toBe(t + HOUR);
    expect(step(paused, ALARM, t + HOUR + 2 * MIN, config()).state.sittingMs).toBe(22 * MIN);
  });

  it('pauses until resumed; resume continues the clock', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 20 * MIN));
    expect(day.send({ type: 'pause', choice: 'untilResumed' }, t)).toEqual([clearNote, noBreak, noTick, pausedUntilResumed]);
    expect(day.send({ type: 'resume' }, t + 2 * HOUR)).toEqual([breakAt(t + 2 * HOUR + 25 * MIN), tickFrom(t + 2 * HOUR), next(25)]);
  });

  it('pausing while due clears the notification, closes the break window and nudges again after resuming', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 45 * MIN));
    day.send(ALARM, t);
    expect(day.send({ type: 'pause', choice: 'minutes30' }, t + MIN)).toEqual([
      clearNote,
      closeWindow,
      breakAt(t + 31 * MIN),
      noTick,
      pausedUntil(t + 31 * MIN),
    ]);
    // The alarm that ends the pause finds the break due: nudge at once.
    expect(day.send(ALARM, t + 31 * MIN)).toEqual([notify(false), openWindow, breakAt(t + 41 * MIN), tickFrom(t + 31 * MIN), due]);
    // Resumed by hand instead, the break alarm is armed for now.
    const byHand = step(sitting(t, 45 * MIN, { paused: true, pausedUntil: null }), { type: 'resume' }, t + 5 * MIN, config());
    expect(byHand.effects).toEqual([breakAt(t + 5 * MIN), tickFrom(t + 5 * MIN), due]);
  });

  it('without active hours, pauses until the next local midnight, also across the DST nights', () => {
    const pauseAt = (now: number) => step(sitting(now, 0), { type: 'pause', choice: 'tomorrow' }, now, config()).state.pausedUntil;
    expect(pauseAt(at(2026, 3, 10, 15, 0))).toBe(at(2026, 3, 11, 0, 0));
    // Before the spring night: 30 minutes. During the short day itself: 21½ h.
    expect(pauseAt(at(2026, 3, 28, 23, 30))).toBe(Date.UTC(2026, 2, 28, 23, 0));
    expect(pauseAt(at(2026, 3, 29, 1, 30))).toBe(Date.UTC(2026, 2, 29, 22, 0));
    expect(Date.UTC(2026, 2, 29, 22, 0) - at(2026, 3, 29, 1, 30)).toBe(21.5 * HOUR);
    // The long autumn day: 01:30 CEST -> 00:00 CET is 23½ h.
    expect(pauseAt(at(2026, 10, 25, 1, 30))).toBe(Date.UTC(2026, 9, 25, 23, 0));
    expect(Date.UTC(2026, 9, 25, 23, 0) - at(2026, 10, 25, 1, 30)).toBe(23.5 * HOUR);
  });

  it('with active hours, pauses until the first start of active hours at or after the start of tomorrow', () => {
    const nights = config({ activeHours: { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], startMinute: 22 * 60, endMinute: 2 * 60 } });
    // Paused at 23:00 on Friday: not midnight (the session runs on to 02:00, a nudge would come at 00:45) but Saturday 22:00.
    const fri = at(2026, 3, 13, 23, 0);
    const day = new Desk(sitting(fri, 0), nights);
    expect(day.send({ type: 'pause', choice: 'tomorrow' }, fri)).toEqual([
      clearNote,
      breakAt(at(2026, 3, 14, 22, 0)),
      noTick,
      pausedUntil(at(2026, 3, 14, 22, 0)),
    ]);
    expect(day.send(TICK, at(2026, 3, 14, 0, 45))).toEqual([breakAt(at(2026, 3, 14, 22, 0)), noTick, pausedUntil(at(2026, 3, 14, 22, 0))]);
    expect(day.send(ALARM, at(2026, 3, 14, 22, 0))).toEqual([
      breakAt(at(2026, 3, 14, 22, 45)),
      tickFrom(at(2026, 3, 14, 22, 0)),
      next(45),
    ]);

    const pauseAt = (now: number, settings: Settings) =>
      step(sitting(now, 0), { type: 'pause', choice: 'tomorrow' }, now, settings).state.pausedUntil;
    // Across the DST nights the session start keeps its wall-clock time: 22 h and 24 h later.
    expect(pauseAt(at(2026, 3, 28, 23, 0), nights)).toBe(Date.UTC(2026, 2, 29, 20, 0));
    expect(Date.UTC(2026, 2, 29, 20, 0) - at(2026, 3, 28, 23, 0)).toBe(22 * HOUR);
    expect(pauseAt(at(2026, 10, 24, 23, 0), nights)).toBe(Date.UTC(2026, 9, 25, 21, 0));
    expect(Date.UTC(2026, 9, 25, 21, 0) - at(2026, 10, 24, 23, 0)).toBe(24 * HOUR);
    // A start in the hour the spring night skips is when the clock jumps past it, as the session itself.
    const early = config({ activeHours: { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], startMinute: 2 * 60 + 30, endMinute: 6 * 60 } });
    expect(pauseAt(at(2026, 3, 28, 15, 0), early)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(step(initialState(at(2026, 3, 28, 15, 0)), { type: 'startup' }, at(2026, 3, 28, 15, 0), early).effects[0]).toEqual(
      breakAt(Date.UTC(2026, 2, 29, 1, 30)),
    );
    // Active hours disabled: midnight, whatever the hours say.
    expect(pauseAt(fri, config({ activeHours: { enabled: false, startMinute: 22 * 60, endMinute: 2 * 60 } }))).toBe(at(2026, 3, 14, 0, 0));
  });

  it('skips days that are not chosen; a clock set back a little keeps a pause over the weekend', () => {
    const weekdays = config({ activeHours: { enabled: true, days: [1, 2, 3, 4, 5], startMinute: 9 * 60, endMinute: 17 * 60 } });
    const friday = at(2026, 3, 13, 16, 0);
    const day = new Desk(sitting(friday, 20 * MIN), weekdays);
    const monday = at(2026, 3, 16, 9, 0);
    expect(day.send({ type: 'pause', choice: 'tomorrow' }, friday)).toEqual([clearNote, breakAt(monday), noTick, pausedUntil(monday)]);
    expect(day.send(TICK, friday - MIN)).toEqual([breakAt(monday), noTick, pausedUntil(monday)]);
    expect(day.state.pausedUntil).toBe(monday);
    // Set back by days, a pause ends at most 8 days and an hour ahead.
    expect(step(day.state, TICK, friday - 7 * 24 * HOUR, weekdays).state.pausedUntil).toBe(friday - 7 * 24 * HOUR + 8 * 24 * HOUR + HOUR);
  });

  it('a pause until tomorrow that ends while the laptop sleeps starts a fresh clock in the morning', () => {
    const evening = at(2026, 3, 28, 20, 0);
    const day = new Desk(sitting(evening, 30 * MIN));
    expect(day.send({ type: 'pause', choice: 'tomorrow' }, evening)).toEqual([
      clearNote,
      breakAt(at(2026, 3, 29, 0, 0)),
      noTick,
      pausedUntil(at(2026, 3, 29, 0, 0)),
    ]);
    const morning = at(2026, 3, 29, 8, 0);
    expect(day.send(ALARM, morning)).toEqual([breakAt(morning + 45 * MIN), tickFrom(morning), next(45)]);
    expect(day.state).toMatchObject({ paused: false, sittingMs: 0 });
  });
});

describe('active hours', () => {
  const night = config({ activeHours: { enabled: true, days: [5], startMinute: 22 * 60, endMinute: 2 * 60 } });

  it('spans midnight: a Friday 22:00–02:00 session runs into Saturday morning', () => {
    // Fri 21:59: outside, the alarm waits for the start.
    expect(startupAt(at(2026, 3, 13, 21, 59), night)).toEqual([breakAt(at(2026, 3, 13, 22, 0)), noTick, outside]);
    expect(startupAt(at(2026, 3, 13, 22, 0), night)).toEqual([breakAt(at(2026, 3, 13, 22, 45)), tickFrom(at(2026, 3, 13, 22, 0)), next(45)]);
    // Sat 01:59: still inside; the end of the session comes before the nudge.
    expect(startupAt(at(2026, 3, 14, 1, 59), night)).toEqual([breakAt(at(2026, 3, 14, 2, 0)), tickFrom(at(2026, 3, 14, 1, 59)), next(45)]);
    expect(startupAt(at(2026, 3, 14, 2, 0), night)).toEqual([breakAt(at(2026, 3, 20, 22, 0)), noTick, outside]);
    // Sat night is not chosen, nor is Thursday's session running into Friday morning.
    expect(startupAt(at(2026, 3, 14, 23, 0), night)).toEqual([breakAt(at(2026, 3, 20, 22, 0)), noTick, outside]);
    expect(startupAt(at(2026, 3, 13, 1, 0), night)).toEqual([breakAt(at(2026, 3, 13, 22, 0)), noTick, outside]);
    expect(scheduleStatus(initialState(at(2026, 3, 13, 1, 0)), at(2026, 3, 13, 1, 0), night).kind).toBe('outsideHours');
  });

  it('outside hours the clock stands still, with an alarm at the next start', () => {
    const day = new Desk(initialState(at(2026, 3, 13, 21, 0)), night);
    expect(day.send({ type: 'startup' }, at(2026, 3, 13, 21, 0))).toEqual([breakAt(at(2026, 3, 13, 22, 0)), noTick, outside]);
    expect(day.send(ALARM, at(2026, 3, 13, 22, 0))).toEqual([breakAt(at(2026, 3, 13, 22, 45)), tickFrom(at(2026, 3, 13, 22, 0)), next(45)]);
    // Late in the session the end of hours comes before the nudge.
    day.state = sitting(at(2026, 3, 14, 1, 40), 10 * MIN);
    expect(day.send(TICK, at(2026, 3, 14, 1, 41))).toEqual([breakAt(at(2026, 3, 14, 2, 0)), tickFrom(at(2026, 3, 14, 1, 41)), next(34)]);
    day.ticks(at(2026, 3, 14, 1, 42), at(2026, 3, 14, 1, 59));
    expect(day.send(ALARM, at(2026, 3, 14, 2, 0))).toEqual([breakAt(at(2026, 3, 20, 22, 0)), noTick, outside]);
    expect(day.state.sittingMs).toBe(30 * MIN);
    // A late event outside hours counts nothing after the end, and nudges nothing.
    expect(step(sitting(at(2026, 3, 14, 1, 58), 44 * MIN), ALARM, at(2026, 3, 14, 2, 2), night)).toEqual({
      state: expect.objectContaining({ sittingMs: 46 * MIN }),
      effects: [breakAt(at(2026, 3, 20, 22, 0)), noTick, outside],
    });
  });

  it('keeps to a chosen set of weekdays', () => {
    const monWed = config({ activeHours: { enabled: true, days: [1, 3], startMinute: 9 * 60, endMinute: 17 * 60 } });
    const tuesday = at(2026, 3, 10, 10, 0);
    expect(step(initialState(tuesday), { type: 'startup' }, tuesday, monWed).effects).toEqual([
      breakAt(at(2026, 3, 11, 9, 0)),
      noTick,
      outside,
    ]);
    const wedEnd = at(2026, 3, 11, 17, 0);
    expect(step(sitting(wedEnd - MIN, 5 * MIN), ALARM, wedEnd, monWed).effects).toEqual([breakAt(at(2026, 3, 16, 9, 0)), noTick, outside]);
    // Inside, with the nudges done, the break alarm waits for the end of the session.
    const noon = at(2026, 3, 11, 12, 0);
    expect(step(nudgedOut(noon), { type: 'startup' }, noon, monWed).effects).toEqual([breakAt(wedEnd), tickFrom(noon), due]);
  });

  it('finds the next start across the spring DST change and a session end in the missing hour', () => {
    const daily = config({ activeHours: { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], startMinute: 9 * 60, endMinute: 17 * 60 } });
    expect(startupAt(at(2026, 3, 28, 17, 0), daily)).toEqual([breakAt(Date.UTC(2026, 2, 29, 7, 0)), noTick, outside]);
    expect(startupAt(at(2026, 10, 24, 17, 0), daily)).toEqual([breakAt(Date.UTC(2026, 9, 25, 8, 0)), noTick, outside]);
    const lateSat = config({ activeHours: { enabled: true, days: [6], startMinute: 22 * 60, endMinute: 2 * 60 } });
    // 02:00 does not exist on 2026-03-29; the session ends when the clock jumps (01:00 UTC).
    const sat = at(2026, 3, 28, 23, 0);
    expect(step(nudgedOut(sat), { type: 'startup' }, sat, lateSat).effects).toEqual([breakAt(Date.UTC(2026, 2, 29, 1, 0)), tickFrom(sat), due]);
    // Sitting from 01:50 CET to 03:05 CEST is 10 minutes inside the session, then nothing.
    const s = step(sitting(at(2026, 3, 29, 1, 50), 0), TICK, at(2026, 3, 29, 1, 50) + 4 * MIN, config({ ...lateSat, awayMinutes: 30 }));
    expect(s.state.sittingMs).toBe(4 * MIN);
    const late = step(sitting(at(2026, 3, 29, 1, 50), 0), TICK, at(2026, 3, 29, 3, 5), config({ ...lateSat, awayMinutes: 30 }));
    expect(late.state.sittingMs).toBe(10 * MIN);
    expect(late.effects).toEqual([breakAt(at(2026, 4, 4, 22, 0)), noTick, outside]);
  });

  it('a week of every day all day never changes, and no days means never inside', () => {
    const always = config({ activeHours: { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 0 } });
    const three = at(2026, 3, 10, 3, 0);
    expect(startupAt(three, always)).toEqual([breakAt(three + 45 * MIN), tickFrom(three), next(45)]);
    // With the nudges done there is no hours change to wait for: no break alarm.
    expect(step(nudgedOut(three), { type: 'startup' }, three, always).effects).toEqual([noBreak, tickFrom(three), due]);
    const never = config({ activeHours: { enabled: true, days: [] } });
    const t = at(2026, 3, 10, 10, 0);
    expect(step(initialState(t), { type: 'startup' }, t, never).effects).toEqual([noBreak, noTick, outside]);
  });
});

describe('settings changes', () => {
  it('re-plans at once: a shorter interval moves the break, badge off blanks the text and slows the tick', () => {
    const t = at(2026, 3, 10, 10, 0);
    const day = new Desk(sitting(t, 20 * MIN));
    day.settings = config({ intervalMinutes: 30 });
    expect(day.send({ type: 'settingsChanged' }, t)).toEqual([breakAt(t + 10 * MIN), tickFrom(t), next(10)]);
    day.settings = config({ intervalMinutes: 15 });
    expect(day.send({ type: 'settingsChanged' }, t)).toEqual([breakAt(t), tickFrom(t), due]);
    expect(actions(day.send(ALARM, t + SEC))).toEqual([notify(false), openWindow]);
    // Raising the interval again ends the due state, its notification and its break window.
    day.settings = config({ intervalMinutes: 60, badge: false });
    expect(day.send({ type: 'settingsChanged' }, t + 2 * SEC)).toEqual([
      clearNote,
      closeWindow,
      breakAt(t + 40 * MIN),
      tickFrom(t + 2 * SEC, 2),
      badge({ text: '', color: BADGE_COLORS.calm, titleKey: 'badgeTitleNext', titleArgs: ['40'], titleTime: null }),
    ]);
  });
});

describe('installed and startup', () => {
  it('re-arm every alarm from state, idempotently', () => {
    const t = at(2026, 3, 10, 10, 0);
    const s = sitting(t, 20 * MIN);
    const a = step(s, { type: 'installed' }, t + MIN, config());
    expect(a.effects).toEqual([breakAt(t + 25 * MIN), tickFrom(t + MIN), next(24)]);
    expect(step(a.state, { type: 'startup' }, t + MIN, config())).toEqual(a);
    expect(s).toEqual(sitting(t, 20 * MIN)); // the input is not mutated
  });
});

describe('status and badge', () => {
  it('accounts the time since the last event', () => {
    const t = at(2026, 3, 10, 10, 0);
    expect(scheduleStatus(sitting(t, 20 * MIN), t + 3 * MIN, config())).toEqual({
      kind: 'sitting',
      sittingMs: 23 * MIN,
      nextBreakAt: t + 25 * MIN,
      pausedUntil: null,
    });
  });

  it('rounds minutes up and never shows 0', () => {
    const t = at(2026, 3, 10, 10, 0);
    const b = (ms: number) => badgeFor({ kind: 'sitting', sittingMs: 0, nextBreakAt: t + ms, pausedUntil: null }, t, config()).text;
    expect(b(12 * MIN)).toBe('12');
    expect(b(11 * MIN + 1)).toBe('12');
    expect(b(10 * SEC)).toBe('1');
  });

  it('has an English title for every key, with $1 where there are arguments or a time', () => {
    const keys: Record<BadgeTitleKey, number> = {
      badgeTitleNext: 1,
      badgeTitleDue: 0,
      badgeTitlePausedUntil: 1,
      badgeTitlePausedUntilResumed: 0,
      badgeTitleOutsideHours: 0,
      badgeTitleAway: 0,
    };
    const en = messages as Record<string, { message: string }>;
    for (const [key, args] of Object.entries(keys)) {
      expect(en[key]?.message, key).toMatch(/\S/);
      expect(en[key]?.message.includes('$1'), key).toBe(args === 1);
    }
  });
});

describe('parseScheduleState', () => {
  const now = at(2026, 3, 10, 10, 0);
  const valid = sitting(now - MIN, 20 * MIN);

  it('keeps a valid stored state and treats nothing stored as a fresh start without a problem', () => {
    expect(parseScheduleState(JSON.parse(JSON.stringify(valid)), now)).toEqual({ state: valid });
    expect(parseScheduleState(undefined, now)).toEqual({ state: initialState(now) });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'sitting'],
    ['an array', [1, 2]],
    ['a number', 42],
    ['no version', { ...valid, version: undefined }],
    ['a future version', { ...valid, version: 2 }],
    ['wrong types', { ...valid, sittingMs: '20' }],
    ['negative sitting', { ...valid, sittingMs: -5 }],
    ['absurd sitting', { ...valid, sittingMs: 1e12 }],
    ['NaN time', { ...valid, lastSeenAt: Number.NaN }],
    ['negative time', { ...valid, lastSeenAt: -1 }],
    ['an unknown idle state', { ...valid, idle: 'asleep' }],
    ['away without awaySince', { ...valid, idle: 'locked' }],
    ['a pause end while not paused', { ...valid, pausedUntil: now }],
    ['too many nudges', { ...valid, nudges: 3, lastNudgeAt: now }],
    ['a missing field', { ...valid, extraAllowanceMs: undefined }],
  ])('gives a fresh clock and a problem for %s', (_, raw) => {
    const result = parseScheduleState(raw, now);
    expect(result.state).toEqual(initialState(now));
    expect(result.problem).toMatch(/schedule state/);
  });

  it('never throws, even on a value whose fields throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(parseScheduleState(hostile, now)).toEqual({ state: initialState(now), problem: expect.stringContaining('boom') });
  });

  it('a parsed state steps without absurd values', () => {
    const { state } = parseScheduleState({ bad: true }, now);
    const r = step(state, TICK, now + MIN, config());
    expect(r.state.sittingMs).toBe(MIN);
  });
});

describe('stretch records', () => {
  it('records a stretch at the moment it ended, never later than now', () => {
    const t = at(2026, 3, 10, 10, 0);
    const desk = new Desk(sitting(t, 10 * MIN));
    desk.send({ type: 'stretchStarted' }, t);
    const ended = (event: ScheduleEvent, now: number) =>
      desk.send(event, now).find((e) => e.type === 'record');
    const done = { type: 'stretchEnded', exerciseId: 'catCow', durationMs: 2 * MIN, outcome: 'done' } as const;
    // It ran out at t + 2 min while no page was open; the background heard of it at t + 5 min.
    expect(ended({ ...done, at: t + 2 * MIN }, t + 5 * MIN)).toMatchObject({ entry: { at: t + 2 * MIN } });
    desk.send({ type: 'stretchStarted' }, t + 6 * MIN);
    expect(ended({ ...done, at: t + 60 * MIN }, t + 8 * MIN)).toMatchObject({ entry: { at: t + 8 * MIN } });
  });
});
