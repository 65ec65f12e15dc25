import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../../src/core/catalogue';
import { buildRoutine } from '../../../src/core/routine';
import {
  ABANDONED_AFTER_MS,
  applyStretchCommand,
  automaticEnd,
  parseStretchSession,
  type StretchSession,
} from '../../../src/core/stretch';

const T0 = new Date('2026-11-23T17:59:00+01:00').getTime();
const BREAK = 120_000;
const routineMs = buildRoutine(exerciseById('chairTwist')!, BREAK).totalMs;

function started(at = T0): StretchSession {
  return applyStretchCommand(null, { type: 'start', exerciseId: 'chairTwist', breakMs: BREAK }, at).session!;
}

describe('stretch sessions', () => {
  it('a start is news for the schedule; a second start ends the first as stopped early', () => {
    const first = applyStretchCommand(null, { type: 'start', exerciseId: 'chairTwist', breakMs: BREAK }, T0);
    expect(first.news).toEqual([{ type: 'started' }]);
    const second = applyStretchCommand(first.session, { type: 'start', exerciseId: 'seatedCatCow', breakMs: BREAK }, T0 + 30_000);
    expect(second.news).toEqual([
      { type: 'ended', at: T0 + 30_000, exerciseId: 'chairTwist', durationMs: 30_000, outcome: 'stoppedEarly' },
      { type: 'started' },
    ]);
    expect(second.session).toMatchObject({ exerciseId: 'seatedCatCow', status: 'running', startedAt: T0 + 30_000 });
  });

  it('a timer that ran out with no page open ends when it ran out, not when someone looks', () => {
    const session = started();
    expect(automaticEnd(session, T0 + routineMs - 1)).toBeNull();
    const nextMorning = T0 + 15 * 3_600_000;
    const endsAt = automaticEnd(session, nextMorning);
    expect(endsAt).toBe(T0 + routineMs);
    const { session: ended, news } = applyStretchCommand(session, { type: 'finish', at: endsAt! }, nextMorning);
    expect(news).toEqual([{ type: 'ended', at: T0 + routineMs, exerciseId: 'chairTwist', durationMs: routineMs, outcome: 'done' }]);
    expect(ended).toMatchObject({ status: 'ended', endedAt: T0 + routineMs, outcome: 'done' });
  });

  it('pauses push the end later', () => {
    let session = applyStretchCommand(started(), { type: 'pause' }, T0 + 10_000).session;
    session = applyStretchCommand(session, { type: 'resume' }, T0 + 70_000).session;
    expect(automaticEnd(session, T0 + routineMs + 59_000)).toBeNull();
    expect(automaticEnd(session, T0 + routineMs + 60_000)).toBe(T0 + routineMs + 60_000);
  });

  it('a stretch paused and left ends as stopped early at the moment it was paused', () => {
    const session = applyStretchCommand(started(), { type: 'pause' }, T0 + 20_000).session;
    expect(automaticEnd(session, T0 + 20_000 + ABANDONED_AFTER_MS - 1)).toBeNull();
    const at = automaticEnd(session, T0 + 46 * 60_000)!;
    expect(at).toBe(T0 + 20_000);
    const { news } = applyStretchCommand(session, { type: 'finish', at }, T0 + 46 * 60_000);
    expect(news).toEqual([{ type: 'ended', at: T0 + 20_000, exerciseId: 'chairTwist', durationMs: 20_000, outcome: 'stoppedEarly' }]);
  });

  it('finishing twice records once', () => {
    const once = applyStretchCommand(started(), { type: 'finish' }, T0 + 5000);
    expect(once.news).toHaveLength(1);
    expect(applyStretchCommand(once.session, { type: 'finish' }, T0 + 6000).news).toEqual([]);
  });

  it('a prepared exercise never replaces a stretch under way', () => {
    const session = started();
    const after = applyStretchCommand(session, { type: 'prepare', exerciseId: 'seatedCatCow', breakMs: BREAK }, T0 + 1000);
    expect(after.session).toBe(session);
  });

  it('stored sessions that cannot be trusted are dropped, not crashed on', () => {
    const good = started();
    expect(parseStretchSession(good, T0 + 1000)).toEqual({ value: good, problems: [] });
    for (const bad of [
      null,
      'x',
      [],
      { ...good, exerciseId: 'noSuchExercise' },
      { ...good, status: 'flying' },
      { ...good, breakMs: -1 },
      { ...good, startedAt: null },
      { ...good, pausedMs: Number.NaN },
      { ...good, outcome: 'maybe' },
      { ...good, startedAt: T0 + 3_600_000 }, // starts in the future: the timer would stand still
      { ...good, pausedMs: 10 * 3_600_000 }, // more pause than time since the start
    ])
      expect(parseStretchSession(bad, T0 + 1000)).toEqual({
        value: null,
        // null is no stretch stored: nothing wrong with it.
        problems: bad === null ? [] : [expect.stringContaining('stored stretch dropped')],
      });
  });
});
