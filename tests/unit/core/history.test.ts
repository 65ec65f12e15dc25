import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import {
  appendEntry,
  importIntoHistory,
  countPresent,
  HISTORY_MAX_ENTRIES,
  parseHistory,
  type BreakOutcome,
  type HistoryEntry,
} from '../../../src/core/history';
import { csvField, historyToCsv, historyToJson, parseHistoryImport } from '../../../src/core/historyFile';
import { dailyTotals, historyStats } from '../../../src/core/historyStats';

/** Epoch ms of a local (Europe/Berlin) wall-clock time; month is 1-based. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0): number => new Date(y, mo - 1, d, h, mi).getTime();
const entry = (at: number, outcome: BreakOutcome = 'done', extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  at,
  outcome,
  sittingMs: 45 * 60_000,
  ...extra,
});
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('test zone', () => {
  it('runs in Europe/Berlin with daylight saving', () => {
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 6, 15, 12).getTimezoneOffset()).toBe(-120);
    // 2026-03-29 has 23 hours, 2026-10-25 has 25.
    expect(local(2026, 3, 30) - local(2026, 3, 29)).toBe(23 * HOUR);
    expect(local(2026, 10, 26) - local(2026, 10, 25)).toBe(25 * HOUR);
  });
});

describe('parseHistory', () => {
  it('keeps valid entries sorted by time and drops invalid ones', () => {
    const raw = [
      { at: 3000, outcome: 'done', sittingMs: 10, exerciseId: 'catCow', durationMs: 120_000 },
      { at: 1000, outcome: 'skipped', sittingMs: 0, extra: 'dropped' },
      { at: 2000, outcome: 'finished', sittingMs: 10 },
      { at: 'yesterday', outcome: 'done', sittingMs: 10 },
      { at: Number.NaN, outcome: 'done', sittingMs: 10 },
      { at: 4000, outcome: 'done', sittingMs: -5 },
      { at: 5000, outcome: 'done', sittingMs: 10, exerciseId: '=HYPERLINK("x")' },
      { at: 6000, outcome: 'done', sittingMs: 10, durationMs: 'long' },
      null,
      'entry',
      42,
      [1000, 'done', 0],
      { at: 7000, outcome: 'snoozed', sittingMs: 1, exerciseId: null },
    ];
    const r = parseHistory(raw);
    expect(r.value).toEqual([
      { at: 1000, outcome: 'skipped', sittingMs: 0 },
      { at: 3000, outcome: 'done', sittingMs: 10, exerciseId: 'catCow', durationMs: 120_000 },
      { at: 7000, outcome: 'snoozed', sittingMs: 1 },
    ]);
    expect(r.rejected).toBe(10);
    expect(r.problems).toEqual([
      { messageKey: 'historyProblemOutcome', args: ['3'] },
      { messageKey: 'historyProblemTime', args: ['4'] },
      { messageKey: 'historyProblemTime', args: ['5'] },
      { messageKey: 'historyProblemSitting', args: ['6'] },
      { messageKey: 'historyProblemExercise', args: ['7'] },
      { messageKey: 'historyProblemDuration', args: ['8'] },
      { messageKey: 'historyProblemNotObject', args: ['9'] },
      { messageKey: 'historyProblemNotObject', args: ['10'] },
      { messageKey: 'historyProblemNotObject', args: ['11'] },
      { messageKey: 'historyProblemNotObject', args: ['12'] },
    ]);
  });

  it('reports an entry that throws when read, and keeps the others', () => {
    const hostile = {
      get at(): number {
        throw new Error('no');
      },
    };
    const r = parseHistory([hostile, { at: 1000, outcome: 'done', sittingMs: 0 }]);
    expect(r.value).toEqual([{ at: 1000, outcome: 'done', sittingMs: 0 }]);
    expect(r.rejected).toBe(1);
    expect(r.problems).toEqual([{ messageKey: 'historyProblemUnreadable', args: ['1'] }]);
  });

  it('reports problems with message keys that exist, each taking the numbers it is given', () => {
    const keys = [
      'historyProblemNotList',
      'historyProblemNotObject',
      'historyProblemTime',
      'historyProblemOutcome',
      'historyProblemSitting',
      'historyProblemExercise',
      'historyProblemDuration',
      'historyProblemUnreadable',
      'historyProblemMore',
    ] as const;
    for (const key of keys) {
      expect(messages).toHaveProperty(key);
      const text = (messages as Record<string, { message: string }>)[key]!.message;
      expect(text.includes('$1'), key).toBe(key !== 'historyProblemNotList');
      expect(text.includes('$2'), key).toBe(false);
    }
  });

  it.each([undefined, null])('treats %s as an empty log', (raw) => {
    expect(parseHistory(raw)).toEqual({ value: [], rejected: 0, problems: [] });
  });

  it.each(['junk', 42, { entries: [] }, true])('a non-list (%s) gives no entries and says so', (raw) => {
    const r = parseHistory(raw);
    expect(r.value).toEqual([]);
    expect(r.problems).toEqual([{ messageKey: 'historyProblemNotList', args: [] }]);
  });

  it('caps the problem notes', () => {
    const r = parseHistory(Array.from({ length: 100 }, () => ({ bad: true })));
    expect(r.rejected).toBe(100);
    expect(r.problems).toHaveLength(21);
    expect(r.problems.slice(0, 20)).toEqual(
      Array.from({ length: 20 }, (_, i) => ({ messageKey: 'historyProblemTime', args: [String(i + 1)] })),
    );
    expect(r.problems[20]).toEqual({ messageKey: 'historyProblemMore', args: ['80'] });
  });
});

describe('appendEntry', () => {
  const now = local(2026, 6, 15, 12);

  it('adds in time order without changing the input', () => {
    const log = [entry(now - 2 * HOUR), entry(now)];
    const next = appendEntry(log, entry(now - HOUR, 'skipped'), now);
    expect(next.map((e) => e.at)).toEqual([now - 2 * HOUR, now - HOUR, now]);
    expect(log).toHaveLength(2);
  });

  it('does not add a duplicate (same time and outcome)', () => {
    const log = [entry(now)];
    expect(appendEntry(log, entry(now), now)).toEqual(log);
    expect(appendEntry(log, entry(now, 'snoozed'), now)).toHaveLength(2);
  });

  it('keeps one year: drops entries older than 365 days before now', () => {
    const yearAgo = local(2025, 6, 15, 12);
    const log = [entry(yearAgo - MIN), entry(yearAgo), entry(yearAgo + DAY)];
    const next = appendEntry(log, entry(now), now);
    expect(next.map((e) => e.at)).toEqual([yearAgo, yearAgo + DAY, now]);
    expect(appendEntry([], entry(yearAgo - DAY), now)).toEqual([]);
  });
});

describe('importIntoHistory', () => {
  const now = local(2026, 6, 15, 12);

  it('unions two logs in time order without duplicates, and says what happened to each entry', () => {
    const a = [entry(now - 3 * HOUR), entry(now - HOUR, 'skipped')];
    const b = [entry(now - HOUR, 'skipped', { sittingMs: 1 }), entry(now - 2 * HOUR), entry(now - 3 * HOUR), entry(now - 3 * HOUR, 'snoozed')];
    const { entries, summary } = importIntoHistory(a, b, now);
    expect(entries.map((e) => [e.at, e.outcome])).toEqual([
      [now - 3 * HOUR, 'done'],
      [now - 3 * HOUR, 'snoozed'],
      [now - 2 * HOUR, 'done'],
      [now - HOUR, 'skipped'],
    ]);
    // The existing entry wins over an imported one with the same key.
    expect(entries[3]!.sittingMs).toBe(45 * MIN);
    expect(summary).toEqual({ added: 2, alreadyThere: 2, tooOld: 0, inFuture: 0, overLimit: 0 });
    expect(importIntoHistory(entries, entries, now).summary).toEqual({ added: 0, alreadyThere: 4, tooOld: 0, inFuture: 0, overLimit: 0 });
  });

  it('leaves out what the log would not keep: older than a year, or in the future', () => {
    const yearAgo = local(2025, 6, 15, 12);
    const farFuture = 8.64e15; // the year 275760
    const imported = [entry(yearAgo - MIN), entry(yearAgo + MIN), entry(now + 2 * DAY), entry(farFuture), entry(now + HOUR)];
    const { entries, summary } = importIntoHistory([], imported, now);
    // An hour ahead is another device's clock running fast, not the future.
    expect(entries.map((e) => e.at)).toEqual([yearAgo + MIN, now + HOUR]);
    expect(summary).toEqual({ added: 2, alreadyThere: 0, tooOld: 1, inFuture: 2, overLimit: 0 });
  });

  it('keeps the newest entries within the limit and counts the imported ones left out', () => {
    const existing = Array.from({ length: HISTORY_MAX_ENTRIES - 10 }, (_, i) => entry(now - (i + 1) * MIN));
    const older = Array.from({ length: 30 }, (_, i) => entry(now - 300 * DAY - i * MIN));
    const { entries, summary } = importIntoHistory(existing, older, now);
    expect(entries).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(summary).toEqual({ added: 10, alreadyThere: 0, tooOld: 0, inFuture: 0, overLimit: 20 });
    // Every entry the person already had is still there.
    expect(countPresent(entries, existing)).toBe(existing.length);
  });
});

describe('appendEntry limits', () => {
  const now = local(2026, 6, 15, 12);

  it('does not record an entry in the future, and keeps the log within its limit', () => {
    expect(appendEntry([], entry(now + 3 * DAY), now)).toEqual([]);
    const full = Array.from({ length: HISTORY_MAX_ENTRIES }, (_, i) => entry(now - (HISTORY_MAX_ENTRIES - i) * MIN));
    const next = appendEntry(full, entry(now), now);
    expect(next).toHaveLength(HISTORY_MAX_ENTRIES);
    expect(next.at(-1)!.at).toBe(now);
    expect(next[0]!.at).toBe(full[1]!.at);
  });
});

describe('dailyTotals', () => {
  it('gives the last N local days, oldest first, zero-filled', () => {
    const now = local(2026, 6, 15, 12);
    const totals = dailyTotals([entry(local(2026, 6, 13, 9)), entry(local(2026, 6, 15, 8), 'snoozed')], now, 4);
    expect(totals).toEqual([
      { day: '2026-06-12', done: 0, stoppedEarly: 0, skipped: 0, snoozed: 0 },
      { day: '2026-06-13', done: 1, stoppedEarly: 0, skipped: 0, snoozed: 0 },
      { day: '2026-06-14', done: 0, stoppedEarly: 0, skipped: 0, snoozed: 0 },
      { day: '2026-06-15', done: 0, stoppedEarly: 0, skipped: 0, snoozed: 1 },
    ]);
    expect(dailyTotals([], now, 0)).toEqual([]);
    expect(dailyTotals([], now, -3)).toEqual([]);
    expect(dailyTotals([], now, Number.NaN)).toEqual([]);
  });

  it('splits at local midnight: 23:59 is one day, 00:01 the next', () => {
    const log = [entry(local(2026, 6, 14, 23, 59)), entry(local(2026, 6, 15, 0, 1), 'skipped')];
    const totals = dailyTotals(log, local(2026, 6, 15, 0, 5), 2);
    expect(totals.map((d) => [d.day, d.done, d.skipped])).toEqual([
      ['2026-06-14', 1, 0],
      ['2026-06-15', 0, 1],
    ]);
  });

  it('uses local days, not UTC: 00:30 in summer (22:30 UTC the day before) is today', () => {
    const at = local(2026, 6, 15, 0, 30);
    expect(new Date(at).toISOString()).toBe('2026-06-14T22:30:00.000Z');
    const [today] = dailyTotals([entry(at)], local(2026, 6, 15, 9), 1);
    expect(today).toEqual({ day: '2026-06-15', done: 1, stoppedEarly: 0, skipped: 0, snoozed: 0 });
  });

  it('handles the 23-hour day 2026-03-29 (clocks go forward)', () => {
    const log = [
      entry(local(2026, 3, 28, 23, 59)),
      entry(local(2026, 3, 29, 0, 1)),
      entry(local(2026, 3, 29, 1, 59), 'skipped'),
      entry(local(2026, 3, 29, 3, 0), 'snoozed'), // the first minute after the jump
      entry(local(2026, 3, 29, 23, 59), 'stoppedEarly'),
      entry(local(2026, 3, 30, 0, 1)),
    ];
    const totals = dailyTotals(log, local(2026, 3, 30, 12), 3);
    expect(totals).toEqual([
      { day: '2026-03-28', done: 1, stoppedEarly: 0, skipped: 0, snoozed: 0 },
      { day: '2026-03-29', done: 1, stoppedEarly: 1, skipped: 1, snoozed: 1 },
      { day: '2026-03-30', done: 1, stoppedEarly: 0, skipped: 0, snoozed: 0 },
    ]);
    // Late on the short day, "today" still starts at its midnight, 22 h 59 min ago.
    const late = dailyTotals(log, local(2026, 3, 29, 23, 59), 1);
    expect(late).toEqual([{ day: '2026-03-29', done: 1, stoppedEarly: 1, skipped: 1, snoozed: 1 }]);
  });

  it('handles the 25-hour day 2026-10-25 (clocks go back)', () => {
    const firstTwoThirty = new Date('2026-10-25T00:30:00Z').getTime(); // 02:30 CEST
    const secondTwoThirty = new Date('2026-10-25T01:30:00Z').getTime(); // 02:30 CET
    const log = [
      entry(local(2026, 10, 24, 23, 59)),
      entry(local(2026, 10, 25, 0, 1)),
      entry(firstTwoThirty, 'skipped'),
      entry(secondTwoThirty, 'skipped'),
      entry(local(2026, 10, 25, 23, 59), 'snoozed'),
      entry(local(2026, 10, 26, 0, 1)),
    ];
    // 00:01 is 24 h 58 min before 23:59 on this day, and still today.
    expect(local(2026, 10, 25, 23, 59) - local(2026, 10, 25, 0, 1)).toBe(24 * HOUR + 58 * MIN);
    expect(dailyTotals(log, local(2026, 10, 25, 23, 59), 2)).toEqual([
      { day: '2026-10-24', done: 1, stoppedEarly: 0, skipped: 0, snoozed: 0 },
      { day: '2026-10-25', done: 1, stoppedEarly: 0, skipped: 2, snoozed: 1 },
    ]);
    expect(dailyTotals(log, local(2026, 10, 26, 8), 1)).toEqual([
      { day: '2026-10-26', done: 1, stoppedEarly: 0, skipped: 0, snoozed: 0 },
    ]);
  });
});

describe('historyStats', () => {
  it('counts today and the week, and the completion rate over the week', () => {
    const now = local(2026, 6, 15, 18);
    const log = [
      entry(local(2026, 6, 8, 12)), // 8 days ago: outside the week
      entry(local(2026, 6, 9, 0, 1), 'skipped'), // first minute of the week
      entry(local(2026, 6, 12, 10)),
      entry(local(2026, 6, 12, 11), 'stoppedEarly'),
      entry(local(2026, 6, 15, 9)),
      entry(local(2026, 6, 15, 10), 'snoozed'),
      entry(local(2026, 6, 15, 11)),
    ];
    const s = historyStats(log, now, 0);
    expect(s.today).toEqual({ day: '2026-06-15', done: 2, stoppedEarly: 0, skipped: 0, snoozed: 1 });
    expect(s.week).toEqual({ done: 3, stoppedEarly: 1, skipped: 1, snoozed: 1 });
    expect(s.completionRate).toBeCloseTo(3 / 5);
  });

  it('has no completion rate without breaks this week (snoozes alone do not count)', () => {
    const now = local(2026, 6, 15, 18);
    expect(historyStats([], now, 0).completionRate).toBeNull();
    expect(historyStats([entry(now - HOUR, 'snoozed')], now, 0).completionRate).toBeNull();
    expect(historyStats([entry(now - HOUR, 'skipped')], now, 0).completionRate).toBe(0);
  });

  it('stats across local midnight: 23:59 belongs to yesterday at 00:01', () => {
    const log = [entry(local(2026, 6, 14, 23, 59))];
    const s = historyStats(log, local(2026, 6, 15, 0, 1), 0);
    expect(s.today.done).toBe(0);
    expect(s.week.done).toBe(1);
    expect(s.streakDays).toBe(1);
    const before = historyStats(log, local(2026, 6, 14, 23, 59), 0);
    expect(before.today.done).toBe(1);
  });

  describe('streak', () => {
    const now = local(2026, 6, 15, 18);
    it('counts consecutive days ending today', () => {
      const log = [local(2026, 6, 12, 9), local(2026, 6, 13, 9), local(2026, 6, 14, 9), local(2026, 6, 15, 9)].map((t) => entry(t));
      expect(historyStats(log, now, 0).streakDays).toBe(4);
    });
    it('runs through yesterday when today has no break yet', () => {
      const log = [entry(local(2026, 6, 13, 23, 30)), entry(local(2026, 6, 14, 0, 10)), entry(local(2026, 6, 15, 8), 'skipped')];
      expect(historyStats(log, now, 0).streakDays).toBe(2);
    });
    it('is broken by a day without a done break (skips and snoozes do not count)', () => {
      const log = [
        entry(local(2026, 6, 12, 9)),
        entry(local(2026, 6, 13, 9), 'skipped'),
        entry(local(2026, 6, 13, 10), 'stoppedEarly'),
        entry(local(2026, 6, 14, 9)),
        entry(local(2026, 6, 15, 9)),
      ];
      expect(historyStats(log, now, 0).streakDays).toBe(2);
    });
    it('is zero when neither today nor yesterday has one', () => {
      expect(historyStats([entry(local(2026, 6, 13, 9))], now, 0).streakDays).toBe(0);
      expect(historyStats([], now, 0).streakDays).toBe(0);
    });
    it('walks over both DST days', () => {
      const spring = [
        entry(local(2026, 3, 27, 12)),
        entry(local(2026, 3, 28, 23, 59)),
        entry(local(2026, 3, 29, 0, 1)),
        entry(local(2026, 3, 29, 12)),
        entry(local(2026, 3, 30, 0, 30)),
        entry(local(2026, 3, 31, 9)),
      ];
      // The 23-hour day must neither be skipped nor counted twice.
      expect(historyStats(spring, local(2026, 3, 31, 20), 0).streakDays).toBe(5);
      expect(historyStats(spring.filter((e) => e.at !== local(2026, 3, 29, 0, 1) && e.at !== local(2026, 3, 29, 12)), local(2026, 3, 31, 20), 0).streakDays).toBe(2);
      const autumn = [
        entry(local(2026, 10, 24, 0, 5)),
        entry(local(2026, 10, 25, 23, 55)),
        entry(local(2026, 10, 26, 0, 5)),
      ];
      expect(historyStats(autumn, local(2026, 10, 26, 9), 0).streakDays).toBe(3);
      expect(historyStats(autumn, local(2026, 10, 27, 9), 0).streakDays).toBe(3);
      expect(historyStats(autumn, local(2026, 10, 28, 0, 0), 0).streakDays).toBe(0);
    });
  });

  it('finds the longest sitting today, including the current stretch', () => {
    const now = local(2026, 6, 15, 18);
    const log = [
      entry(local(2026, 6, 14, 20), 'done', { sittingMs: 5 * HOUR }), // yesterday
      entry(local(2026, 6, 15, 10), 'snoozed', { sittingMs: 70 * MIN }),
      entry(local(2026, 6, 15, 12), 'done', { sittingMs: 50 * MIN }),
    ];
    expect(historyStats(log, now, 20 * MIN).longestSittingTodayMs).toBe(70 * MIN);
    expect(historyStats(log, now, 90 * MIN).longestSittingTodayMs).toBe(90 * MIN);
    expect(historyStats([], now, Number.NaN).longestSittingTodayMs).toBe(0);
    expect(historyStats([], now, -5).longestSittingTodayMs).toBe(0);
  });
});

describe('CSV export', () => {
  const HEADER = 'time_utc,local_date,local_time,utc_offset,time_zone,outcome,sitting_minutes,exercise_id,duration_seconds\r\n';
  const ZONE = 'Europe/Berlin';

  it('has a header row, ISO time plus ISO local date and time with the zone, CRLF line ends', () => {
    const at = local(2026, 6, 14, 23, 30); // 21:30 UTC
    const csv = historyToCsv([entry(at, 'done', { exerciseId: 'catCow', durationMs: 118_400, sittingMs: 47.5 * MIN })], ZONE);
    expect(csv).toBe(HEADER + '2026-06-14T21:30:00.000Z,2026-06-14,23:30,+02:00,Europe/Berlin,done,47.5,catCow,118\r\n');
  });

  it('gives each row the offset in force on its day (daylight saving)', () => {
    const winter = historyToCsv([entry(local(2026, 1, 14, 9))], ZONE).split('\r\n')[1]!;
    expect(winter).toBe('2026-01-14T08:00:00.000Z,2026-01-14,09:00,+01:00,Europe/Berlin,done,45.0,,');
  });

  it('writes only the header for an empty log', () => {
    expect(historyToCsv([], ZONE)).toBe(HEADER);
  });

  it('quotes fields as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    const csv = historyToCsv([entry(local(2026, 6, 14, 9), 'skipped', { exerciseId: 'a,"b"' })], ZONE);
    expect(csv.split('\r\n')[1]).toBe('2026-06-14T07:00:00.000Z,2026-06-14,09:00,+02:00,Europe/Berlin,skipped,45.0,"a,""b""",');
  });

  it('neutralizes text a spreadsheet would run as a formula', () => {
    const csv = historyToCsv([entry(1_780_000_000_000, 'done', { exerciseId: '=HYPERLINK("http://x")' })], ZONE);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"")",`);
  });
});

describe('JSON export and import', () => {
  const log: HistoryEntry[] = [
    entry(local(2026, 6, 14, 9), 'done', { exerciseId: 'catCow', durationMs: 120_000 }),
    entry(local(2026, 6, 14, 10), 'snoozed'),
    entry(local(2026, 6, 14, 11), 'stoppedEarly', { exerciseId: 'rows', durationMs: 30_500 }),
    entry(local(2026, 6, 14, 12), 'skipped', { sittingMs: 0 }),
  ];

  it('round-trips', () => {
    const text = historyToJson(log);
    const data = JSON.parse(text);
    expect(data).toMatchObject({ app: 'unhunch', kind: 'history', version: 1 });
    expect(parseHistoryImport(text)).toEqual({ ok: true, value: log, rejected: 0, problems: [] });
  });

  it('keeps the readable entries of a partly damaged file and counts the rest', () => {
    const data = JSON.parse(historyToJson(log));
    data.entries.push({ at: 'noon', outcome: 'done', sittingMs: 1 }, { outcome: 'done' });
    const r = parseHistoryImport(JSON.stringify(data));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value).toEqual(log);
      expect(r.rejected).toBe(2);
      expect(r.problems).toEqual([
        { messageKey: 'historyProblemTime', args: ['5'] },
        { messageKey: 'historyProblemTime', args: ['6'] },
      ]);
    }
  });

  it('accepts an empty export', () => {
    expect(parseHistoryImport(historyToJson([]))).toEqual({ ok: true, value: [], rejected: 0, problems: [] });
  });

  it.each([
    ['', 'importErrorNotJson'],
    ['time,outcome\r\n1,done', 'importErrorNotJson'],
    ['{"app":"unhunch","kind":"history","version":1,"entries":[', 'importErrorNotJson'],
    ['[]', 'importErrorNotUnhunch'],
    ['"history"', 'importErrorNotUnhunch'],
    ['{"entries":[]}', 'importErrorNotUnhunch'],
    ['{"app":"unhunch","kind":"stats","version":1,"entries":[]}', 'importErrorNotUnhunch'],
    ['{"app":"unhunch","kind":"settings","version":2,"settings":{}}', 'importErrorIsSettingsFile'],
    ['{"app":"unhunch","kind":"history","version":2,"entries":[]}', 'importErrorNewerVersion'],
    ['{"app":"unhunch","kind":"history","entries":[]}', 'importErrorNotUnhunch'],
    ['{"app":"unhunch","kind":"history","version":1}', 'importErrorNoEntries'],
    ['{"app":"unhunch","kind":"history","version":1,"entries":{}}', 'importErrorNoEntries'],
    ['{"app":"unhunch","kind":"history","version":1,"entries":[{"at":1},{"x":2}]}', 'importErrorNoValidEntries'],
  ])('a bad file (%s) is refused with %s', (text, problemKey) => {
    expect(parseHistoryImport(text)).toEqual({ ok: false, problemKey });
    expect(messages).toHaveProperty(problemKey);
  });

  it('refuses a file that is far too large without parsing it', () => {
    expect(parseHistoryImport(' '.repeat(10_000_001))).toEqual({ ok: false, problemKey: 'importErrorTooLarge' });
  });

  it('reads a file saved with a byte-order mark', () => {
    const r = parseHistoryImport('\ufeff' + historyToJson(log));
    expect(r.ok).toBe(true);
  });
});
