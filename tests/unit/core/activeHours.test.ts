import { describe, expect, it } from 'vitest';
import { activeMsBetween, hoursOf, insideHours, nextHoursChange, tomorrowStart } from '../../../src/core/activeHours';
import type { ActiveHours } from '../../../src/core/settings';

const MIN = 60_000;
/** Local wall-clock time in the test time zone (Europe/Berlin). */
const at = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
const hours = (over: Partial<ActiveHours>) => hoursOf({ enabled: true, days: [1, 2, 3, 4, 5], startMinute: 9 * 60, endMinute: 17 * 60, ...over });

describe('active hours', () => {
  it('spans midnight: a Friday 22:00–02:00 session runs into Saturday morning', () => {
    const night = hours({ days: [5], startMinute: 22 * 60, endMinute: 2 * 60 });
    expect(insideHours(at(2026, 3, 13, 21, 59), night)).toBe(false);
    expect(insideHours(at(2026, 3, 13, 22, 0), night)).toBe(true);
    expect(insideHours(at(2026, 3, 14, 1, 59), night)).toBe(true);
    expect(insideHours(at(2026, 3, 14, 2, 0), night)).toBe(false);
    // Thursday's would-be session into Friday morning is not chosen.
    expect(insideHours(at(2026, 3, 13, 1, 0), night)).toBe(false);
    expect(nextHoursChange(at(2026, 3, 14, 1, 0), night)).toBe(at(2026, 3, 14, 2, 0));
    expect(nextHoursChange(at(2026, 3, 14, 2, 0), night)).toBe(at(2026, 3, 20, 22, 0));
  });

  it('counts only the time inside, across days', () => {
    const office = hours({});
    expect(activeMsBetween(at(2026, 3, 13, 16, 30), at(2026, 3, 16, 9, 15), office)).toBe(45 * MIN);
    expect(activeMsBetween(at(2026, 3, 13, 10, 0), at(2026, 3, 13, 9, 0), office)).toBe(0);
    expect(activeMsBetween(10, 20, null)).toBe(10);
  });

  it('finds the next start across the spring DST change and a session end in the missing hour', () => {
    const daily = hours({ days: [0, 1, 2, 3, 4, 5, 6] });
    expect(nextHoursChange(at(2026, 3, 28, 17, 0), daily)).toBe(Date.UTC(2026, 2, 29, 7, 0));
    expect(nextHoursChange(at(2026, 10, 24, 17, 0), daily)).toBe(Date.UTC(2026, 9, 25, 8, 0));
    const lateSat = hours({ days: [6], startMinute: 22 * 60, endMinute: 2 * 60 });
    // 02:00 does not exist on 2026-03-29; the session ends when the clock jumps (01:00 UTC).
    expect(nextHoursChange(at(2026, 3, 28, 23, 0), lateSat)).toBe(Date.UTC(2026, 2, 29, 1, 0));
    expect(activeMsBetween(at(2026, 3, 29, 1, 50), at(2026, 3, 29, 3, 5), lateSat)).toBe(10 * MIN);
  });

  it('every day all day never changes; disabled hours are always inside', () => {
    const always = hours({ days: [0, 1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 0 });
    expect(nextHoursChange(at(2026, 3, 10, 3, 0), always)).toBeNull();
    expect(insideHours(at(2026, 3, 10, 3, 0), always)).toBe(true);
    expect(hoursOf({ enabled: false, days: [], startMinute: 0, endMinute: 60 })).toBeNull();
    expect(insideHours(0, null)).toBe(true);
  });

  it('tomorrow starts at the first chosen day’s start after midnight', () => {
    expect(tomorrowStart(at(2026, 3, 13, 12, 0), hours({}))).toBe(at(2026, 3, 16, 9, 0)); // Friday -> Monday
    expect(tomorrowStart(at(2026, 3, 13, 12, 0), null)).toBe(at(2026, 3, 14, 0, 0));
  });
});
