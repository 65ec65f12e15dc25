// The background's handlers wired to WXT's fake browser: storage, alarms, notifications,
// badge and windows are the fake's; idle is mocked because the fake has none.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exerciseById } from '../../src/core/catalogue';
import { buildRoutine } from '../../src/core/routine';
import { BREAK_ALARM, TICK_ALARM } from '../../src/core/scheduleEvents';
import { handleScheduleEvent } from '../../entrypoints/background/nudges';
import { handleUiRequest } from '../../entrypoints/background/pageRequests';
import { BREAK_NOTIFICATION, WARNING_NOTIFICATION } from '../../src/platform/nudgeNotification';
import { loadHistory } from '../../src/platform/historyStore';
import { writeSettingsPatch } from '../../src/platform/settingsStore';
import { loadStretch, scheduleItem } from '../../src/platform/stateStore';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const MINUTE = 60_000;
const T0 = new Date('2026-11-23T09:00:00+01:00').getTime(); // a Monday morning

/** The idle API as the browser answers it: seconds since the last input, or a locked screen. */
let lastInputSecondsAgo: number;
let locked: boolean;
beforeEach(() => {
  lastInputSecondsAgo = 0;
  locked = false;
  Object.assign(fakeBrowser.idle, {
    setDetectionInterval: vi.fn(),
    queryState: vi.fn(async (threshold: number) => (locked ? 'locked' : lastInputSecondsAgo >= threshold ? 'idle' : 'active')),
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

/** A person at the computer: the tick alarm fires every minute from `from` to `to`. */
async function sitThrough(from: number, to: number): Promise<void> {
  for (let t = from + MINUTE; t <= to; t += MINUTE) await handleScheduleEvent({ type: 'alarm', name: TICK_ALARM }, t);
}

const badgeText = () => fakeBrowser.action.getBadgeText({});
const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll());

describe('the background', () => {
  it('arms the warning and the minute tick on install and shows minutes to the break', async () => {
    await handleScheduleEvent({ type: 'installed' }, T0);
    const alarms = await fakeBrowser.alarms.getAll();
    // The warning comes a minute before the break, on the same alarm.
    expect(alarms.find((a) => a.name === BREAK_ALARM)?.scheduledTime).toBe(T0 + 44 * MINUTE);
    expect(alarms.find((a) => a.name === TICK_ALARM)?.scheduledTime).toBe(T0 + MINUTE);
    expect(alarms.find((a) => a.name === TICK_ALARM)?.periodInMinutes).toBe(1);
    expect(await badgeText()).toBe('45');
    expect(await fakeBrowser.action.getTitle({})).toBe('Unhunch: next break in 45 min');
  });

  it('warns a minute before, then nudges after 45 minutes: notification, an unfocused break window with an exercise, due badge', async () => {
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    await handleScheduleEvent({ type: 'installed' }, T0);
    await sitThrough(T0, T0 + 43 * MINUTE);
    expect(await notificationIds()).toEqual([]);
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, T0 + 44 * MINUTE);
    expect(await notificationIds()).toEqual([WARNING_NOTIFICATION]);
    expect(await badgeText()).toBe('60s');
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, T0 + 45 * MINUTE);

    expect(await notificationIds()).toEqual([BREAK_NOTIFICATION]);
    const note = (await fakeBrowser.notifications.getAll())[BREAK_NOTIFICATION] as unknown as { title: string; message: string };
    expect(note.title).toBe('Time for a break');
    expect(createWindow).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'popup',
        width: 380,
        height: 600,
        url: expect.stringContaining('popup.html?view=break'),
        // What the person is typing keeps its keyboard focus.
        focused: false,
      }),
    );
    const session = await loadStretch();
    expect(session?.status).toBe('ready');
    expect(note.message).toContain('2-minute stretch');
    expect(await badgeText()).toBe('!');
  });

  it('starting the stretch clears the nudge and restarts the clock; a run-out stretch is recorded once', async () => {
    await handleScheduleEvent({ type: 'installed' }, T0);
    await sitThrough(T0, T0 + 45 * MINUTE);
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, T0 + 45 * MINUTE);
    const prepared = (await loadStretch())!.exerciseId;

    await handleUiRequest({ type: 'startStretch' }, T0 + 46 * MINUTE);
    expect(await notificationIds()).toEqual([]);
    const session = await loadStretch();
    expect(session).toMatchObject({ status: 'running', exerciseId: prepared, startedAt: T0 + 46 * MINUTE });
    expect(await badgeText()).toBe('45');

    // The popup was closed: the next ticks find the timer run out and record it, once,
    // at the moment it ran out.
    await sitThrough(T0 + 46 * MINUTE, T0 + 50 * MINUTE);
    const history = await loadHistory();
    expect(history).toHaveLength(1);
    const routineMs = buildRoutine(exerciseById(prepared)!, 2 * MINUTE).totalMs;
    expect(history[0]).toMatchObject({ outcome: 'done', exerciseId: prepared, at: T0 + 46 * MINUTE + routineMs });
    expect((await loadStretch())?.status).toBe('ended');
  });

  it('snooze from the nudge moves the next break by the snooze length and logs it', async () => {
    await handleScheduleEvent({ type: 'installed' }, T0);
    await sitThrough(T0, T0 + 20 * MINUTE);
    await handleUiRequest({ type: 'snooze' }, T0 + 20 * MINUTE);
    const alarm = await fakeBrowser.alarms.get(BREAK_ALARM);
    expect(alarm?.scheduledTime).toBe(T0 + 54 * MINUTE); // its warning
    expect((await loadHistory()).map((e) => e.outcome)).toEqual(['snoozed']);
    // The same break snoozed again from another page: once is all it takes.
    await handleUiRequest({ type: 'snooze' }, T0 + 20 * MINUTE + 100);
    expect((await fakeBrowser.alarms.get(BREAK_ALARM))?.scheduledTime).toBe(T0 + 54 * MINUTE);
    expect(await loadHistory()).toHaveLength(1);
  });

  it('a changed interval moves the next break at once', async () => {
    await handleScheduleEvent({ type: 'installed' }, T0);
    await sitThrough(T0, T0 + 10 * MINUTE);
    expect((await writeSettingsPatch({ ...DEFAULT_SETTINGS, intervalMinutes: 30 })).ok).toBe(true);
    await handleScheduleEvent({ type: 'settingsChanged' }, T0 + 10 * MINUTE);
    expect((await fakeBrowser.alarms.get(BREAK_ALARM))?.scheduledTime).toBe(T0 + 29 * MINUTE);
    expect(await badgeText()).toBe('20');
    expect((await writeSettingsPatch({ ...DEFAULT_SETTINGS, intervalMinutes: 30, awayMinutes: 10 })).ok).toBe(true);
    await handleScheduleEvent({ type: 'settingsChanged' }, T0 + 11 * MINUTE);
    expect(fakeBrowser.idle.setDetectionInterval).toHaveBeenLastCalledWith(600);
  });

  it('survives garbage in storage: a fresh sitting clock, default settings, no throw', async () => {
    await fakeBrowser.storage.local.set({ schedule: 'not a state', stretch: { exerciseId: 42 }, history: { nope: true } });
    await fakeBrowser.storage.sync.set({ settings: [1, 2, 3] });
    await expect(handleScheduleEvent({ type: 'startup' }, T0)).resolves.toBeUndefined();
    expect((await fakeBrowser.alarms.get(BREAK_ALARM))?.scheduledTime).toBe(T0 + 44 * MINUTE);
    expect(await scheduleItem.getValue()).toMatchObject({ version: 2, bankedMs: 0, countingSince: T0 });
    await expect(handleUiRequest({ type: 'startStretch' }, T0 + MINUTE)).resolves.toBeUndefined();
    expect((await loadStretch())?.status).toBe('running');
  });

  it('a browser that starts while the screen is locked does not count sitting', async () => {
    locked = true;
    await handleScheduleEvent({ type: 'startup' }, T0);
    expect(await fakeBrowser.alarms.get(BREAK_ALARM)).toBeUndefined();
    expect(await badgeText()).toBe('');
  });

  it('holds the nudge while nobody has touched the computer for a minute, and gives it on return', async () => {
    await handleScheduleEvent({ type: 'installed' }, T0);
    await sitThrough(T0, T0 + 44 * MINUTE);
    await fakeBrowser.notifications.clear(WARNING_NOTIFICATION);
    lastInputSecondsAgo = 90; // no input for the last minute, but less than the away time
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, T0 + 45 * MINUTE);
    expect(await notificationIds()).toEqual([]);
    expect((await fakeBrowser.alarms.get(BREAK_ALARM))?.scheduledTime).toBe(T0 + 46 * MINUTE);
    lastInputSecondsAgo = 0;
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, T0 + 46 * MINUTE);
    expect(await notificationIds()).toEqual([BREAK_NOTIFICATION]);
  });

  it('skipping a nudged break closes the notification and the break window', async () => {
    const browserWindows = (await fakeBrowser.windows.getAll()).length;
    await handleScheduleEvent({ type: 'installed' }, T0);
    await sitThrough(T0, T0 + 45 * MINUTE);
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, T0 + 45 * MINUTE);
    expect(await fakeBrowser.windows.getAll()).toHaveLength(browserWindows + 1);
    await handleUiRequest({ type: 'skip' }, T0 + 46 * MINUTE);
    expect(await notificationIds()).toEqual([]);
    expect(await fakeBrowser.windows.getAll()).toHaveLength(browserWindows);
    expect((await loadHistory()).map((e) => e.outcome)).toEqual(['skipped']);
  });

  it('a minute tick that changes nothing writes nothing to storage', async () => {
    await handleScheduleEvent({ type: 'installed' }, T0);
    const writes = [vi.spyOn(fakeBrowser.storage.local, 'set'), vi.spyOn(fakeBrowser.storage.session, 'set')];
    await sitThrough(T0, T0 + 20 * MINUTE);
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
    expect(await badgeText()).toBe('25');
  });

  it('over a fullscreen film the nudge is a notification; the break window opens once it ends', async () => {
    const createWindow = vi.spyOn(fakeBrowser.windows, 'create');
    createWindow.mockClear(); // spies outlive the fake's reset
    let fullscreen = true;
    vi.spyOn(fakeBrowser.windows, 'getAll').mockImplementation(async () => [{ state: fullscreen ? 'fullscreen' : 'normal' }] as never);
    await handleScheduleEvent({ type: 'installed' }, T0);
    lastInputSecondsAgo = 20 * 60; // watching, hands off the keyboard
    await handleScheduleEvent({ type: 'idle', state: 'idle' }, T0 + 20 * MINUTE);
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, T0 + 45 * MINUTE);
    expect(await notificationIds()).toContain(BREAK_NOTIFICATION);
    expect(createWindow).not.toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get(BREAK_ALARM))?.scheduledTime).toBe(T0 + 46 * MINUTE);
    fullscreen = false;
    lastInputSecondsAgo = 0;
    await handleScheduleEvent({ type: 'alarm', name: BREAK_ALARM }, T0 + 46 * MINUTE);
    expect(createWindow).toHaveBeenCalledWith(expect.objectContaining({ focused: false }));
  });

  it('a paused badge says in words until when', async () => {
    await handleScheduleEvent({ type: 'installed' }, T0);
    await handleUiRequest({ type: 'pause', choice: 'hour1' }, T0 + MINUTE);
    expect(await badgeText()).toBe('II');
    expect(await fakeBrowser.action.getTitle({})).toBe('Unhunch: paused until 10:01');
  });

  it('imports and clears history as the single writer of the log', async () => {
    const entry = { at: T0, outcome: 'done' as const, sittingMs: 45 * MINUTE, exerciseId: 'chairTwist', durationMs: 2 * MINUTE };
    expect(await handleUiRequest({ type: 'importHistory', entries: [entry, entry] }, T0 + MINUTE)).toEqual({ added: 1, alreadyThere: 1, tooOld: 0, inFuture: 0, overLimit: 0 });
    expect(await loadHistory()).toEqual([entry]);
    await handleUiRequest({ type: 'clearHistory' }, T0 + 2 * MINUTE);
    expect(await loadHistory()).toEqual([]);
  });
});
