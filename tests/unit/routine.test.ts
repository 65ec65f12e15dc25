import { describe, expect, it } from 'vitest';
import { CATALOGUE, exerciseById, type Exercise } from '../../src/core/catalogue';
import {
  buildRoutine,
  pauseTiming,
  resumeTiming,
  routineProgress,
  type Phase,
} from '../../src/core/routine';
import { cutNote, phaseLabel, spokenPhase } from '../../src/ui/exerciseText';

const TWO_MINUTES = 120_000;

function exercise(overrides: Partial<Exercise>): Exercise {
  return {
    id: 'test',
    article: 'seatedTwist',
    group: 'mobility',
    position: 'seated',
    equipment: [],
    dosage: { perSide: false },
    stepCount: 1,
    cueCount: 1,
    ...overrides,
  };
}

const kinds = (phases: Phase[]) => phases.map((p) => p.kind);

describe('buildRoutine', () => {
  it('fits per-side holds into two minutes with a side switch between them', () => {
    const twist = exercise({ dosage: { perSide: true, holdSeconds: { min: 15, max: 30 }, reps: { min: 2, max: 3 } } });
    const routine = buildRoutine(twist, TWO_MINUTES);
    expect(routine.totalMs).toBeLessThanOrEqual(TWO_MINUTES);
    expect(routine.phases[0]).toEqual({ kind: 'ready', durationMs: 5000 });
    const holds = routine.phases.filter((p) => p.kind === 'hold');
    // Two rounds of both sides at 25 s fill the break exactly.
    expect(holds.map((h) => [h.side, h.count, h.durationMs])).toEqual([
      [1, 1, 25_000],
      [2, 1, 25_000],
      [1, 2, 25_000],
      [2, 2, 25_000],
    ]);
    expect(routine.totalMs).toBe(TWO_MINUTES);
    expect(kinds(routine.phases).slice(1, 4)).toEqual(['hold', 'switchSides', 'hold']);
    // Back to the first side is a switch too, never "Rest".
    expect(routine.phases.filter((p) => p.kind === 'switchSides').map((p) => p.side)).toEqual([2, 1, 2]);
    expect(routine.phases.some((p) => p.kind === 'rest')).toBe(false);
    expect(routine.phases.at(-1)).toEqual({ kind: 'done', durationMs: 0 });
    expect(routine.cuts).toEqual([]);
  });

  it('keeps every hold within the article range', () => {
    const sphinx = exercise({ dosage: { perSide: false, holdSeconds: { min: 30, max: 60 }, reps: { min: 1, max: 6 } } });
    for (const breakMs of [60_000, TWO_MINUTES, 5 * 60_000, 10 * 60_000]) {
      const holds = buildRoutine(sphinx, breakMs).phases.filter((p) => p.kind === 'hold');
      expect(holds.length).toBeGreaterThanOrEqual(1);
      expect(holds.length).toBeLessThanOrEqual(6);
      for (const h of holds) {
        expect(h.durationMs).toBeGreaterThanOrEqual(30_000);
        expect(h.durationMs).toBeLessThanOrEqual(60_000);
      }
    }
  });

  it('paces strength reps in sets with a rest between them', () => {
    const rows = exercise({ group: 'strength', dosage: { perSide: false, reps: { min: 10, max: 15 }, sets: { min: 2, max: 2 } } });
    const routine = buildRoutine(rows, TWO_MINUTES);
    const reps = routine.phases.filter((p) => p.kind === 'rep');
    expect(reps).toHaveLength(30);
    expect(reps[3]).toMatchObject({ count: 4, of: 15, set: 1, sets: 2, durationMs: 3000 });
    expect(routine.phases.filter((p) => p.kind === 'rest')).toEqual([{ kind: 'rest', durationMs: 15_000, set: 2, sets: 2 }]);
    expect(routine.totalMs).toBe(5000 + 30 * 3000 + 15_000);
  });

  it('splits each short held rep into lift, hold and lower', () => {
    const superman = exercise({ group: 'strength', dosage: { perSide: false, reps: { min: 10, max: 10 }, holdSeconds: { min: 5, max: 10 } } });
    const routine = buildRoutine(superman, TWO_MINUTES);
    expect(kinds(routine.phases).slice(0, 7)).toEqual(['ready', 'lift', 'hold', 'lower', 'lift', 'hold', 'lower']);
    const holds = routine.phases.filter((p) => p.kind === 'hold');
    expect(holds).toHaveLength(10);
    expect(holds.map((h) => h.count)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 6 s holds are the longest that fit: with 7 s, 5 s ready + 10 × (2 s lift + 7 s hold + 3 s lower) = 125 s.
    expect(holds[0]!.durationMs).toBe(6000);
    expect(routine.totalMs).toBe(5000 + 10 * 11_000);
    expect(routine.cuts).toEqual([]);
  });

  it('alternates the two positions of a pose exercise, rep by rep', () => {
    const catCow = exerciseById('catCow')!;
    const routine = buildRoutine(catCow, TWO_MINUTES);
    const poses = routine.phases.filter((p) => p.kind === 'pose');
    expect(poses).toHaveLength(10);
    expect(poses.map((p) => p.pose)).toEqual(['arch', 'dip', 'arch', 'dip', 'arch', 'dip', 'arch', 'dip', 'arch', 'dip']);
    expect(poses.every((p) => p.durationMs === 5000)).toBe(true);
  });

  it('alternates arms rep by rep over both sets of the plank row, as its steps say', () => {
    const plank = exerciseById('rowsPlank')!;
    const routine = buildRoutine(plank, 5 * 60_000);
    const reps = routine.phases.filter((p) => p.kind === 'rep');
    expect(reps).toHaveLength(2 * 15 * 2);
    expect(reps.slice(0, 4).map((p) => [p.count, p.side, p.set])).toEqual([
      [1, 1, 1],
      [1, 2, 1],
      [2, 1, 1],
      [2, 2, 1],
    ]);
    expect(new Set(reps.map((p) => p.set))).toEqual(new Set([1, 2]));
    expect(routine.phases.some((p) => p.kind === 'switchSides')).toBe(false);
    expect(routine.cuts).toEqual([]);
  });

  it('uses a longer break for more of the article dosage', () => {
    const triangle = exercise({ dosage: { perSide: true, holdSeconds: { min: 30, max: 30 } } });
    const short = buildRoutine(triangle, TWO_MINUTES).phases.filter((p) => p.kind === 'hold').length;
    const long = buildRoutine(triangle, 5 * 60_000).phases.filter((p) => p.kind === 'hold').length;
    expect(short).toBe(2);
    expect(long).toBeGreaterThan(short);
  });

  it('does one set when two do not fit, and says so', () => {
    const rows = exercise({ group: 'strength', dosage: { perSide: false, reps: { min: 10, max: 15 }, sets: { min: 2, max: 2 } } });
    const routine = buildRoutine(rows, 60_000);
    expect(routine.phases.filter((p) => p.kind === 'rep')).toHaveLength(15);
    expect(routine.cuts).toEqual([{ what: 'sets', done: 1, of: 2 }]);
    expect(cutNote(routine, 60_000)).toBe('1 of 2 sets in this 1-minute break.');
  });
});

/** What a routine actually does, read off its phases. */
function performed(routine: ReturnType<typeof buildRoutine>) {
  const work = routine.phases.filter((p) => ['hold', 'pose', 'rep'].includes(p.kind));
  return {
    sets: Math.max(1, ...work.map((p) => p.sets ?? 1)),
    count: Math.min(...work.map((p) => p.of ?? 1)),
    holdSeconds: Math.min(...work.filter((p) => p.kind !== 'rep').map((p) => p.durationMs / 1000)),
  };
}

describe('every catalogue entry at every break length', () => {
  const lengths = Array.from({ length: 10 }, (_, i) => i + 1);
  it.each(CATALOGUE.map((e) => e.id))('%s never runs past the break, and says what it leaves out', (id) => {
    const entry = exerciseById(id)!;
    const { holdSeconds, reps, sets } = entry.dosage;
    for (const minutes of lengths) {
      const breakMs = minutes * 60_000;
      const routine = buildRoutine(entry, breakMs);
      expect(routine.totalMs, `${id} at ${minutes} min`).toBeLessThanOrEqual(breakMs);
      const did = performed(routine);
      const expected: Array<[string, number, number]> = [];
      if (sets && did.sets < sets.min) expected.push(['sets', did.sets, sets.min]);
      if (reps && did.count < reps.min) expected.push([`count`, did.count, reps.min]);
      if (holdSeconds && Number.isFinite(did.holdSeconds) && did.holdSeconds < holdSeconds.min)
        expected.push(['holdSeconds', did.holdSeconds, holdSeconds.min]);
      // Every shortfall is in the routine's cuts, and the note shown says it with its numbers.
      expect(routine.cuts.length, `${id} at ${minutes} min`).toBe(expected.length);
      const note = cutNote(routine, breakMs);
      if (expected.length === 0) {
        expect(note, `${id} at ${minutes} min`).toBeNull();
        continue;
      }
      expect(note, `${id} at ${minutes} min`).toMatch(new RegExp(`in this ${minutes}-minute break\\.$`));
      for (const [what, done, of] of expected)
        expect(note, `${id} at ${minutes} min: ${what}`).toContain(
          what === 'holdSeconds' ? `${done}-second holds instead of ${of}` : `${done} of ${of} `,
        );
      // Never more than the article's dosage either.
      if (sets) expect(did.sets).toBeLessThanOrEqual(sets.max);
      if (reps) expect(did.count).toBeLessThanOrEqual(reps.max);
    }
  });

  it('fixes the one-minute overruns: superman, triangle and plank row fit and say what they leave out', () => {
    const at1 = (id: string) => buildRoutine(exerciseById(id)!, 60_000);
    expect(at1('superman').totalMs).toBeLessThanOrEqual(60_000);
    expect(cutNote(at1('superman'), 60_000)).toBe('5 of 10 reps in this 1-minute break.');
    expect(cutNote(at1('trianglePose'), 60_000)).toBe('25-second holds instead of 30 in this 1-minute break.');
    expect(cutNote(at1('rowsPlank'), 60_000)).toBe('1 of 2 sets and 9 of 10 reps on each side in this 1-minute break.');
    expect(cutNote(at1('chairTwist'), 60_000)).toBe('1 of 2 rounds on each side in this 1-minute break.');
    expect(cutNote(buildRoutine(exerciseById('rowsPlank')!, TWO_MINUTES), TWO_MINUTES)).toBe('1 of 2 sets in this 2-minute break.');
  });
});

describe('phase words', () => {
  it('says lift, hold and lower with the rep, and which position of cat/cow', () => {
    const superman = buildRoutine(exerciseById('superman')!, TWO_MINUTES).phases;
    expect(superman.slice(1, 4).map(phaseLabel)).toEqual(['Lift · Rep 1 of 10', 'Hold · Rep 1 of 10', 'Lower slowly · Rep 1 of 10']);
    expect(superman.slice(1, 4).map(spokenPhase)).toEqual(['Rep 1 of 10, Lift', 'Hold', 'Lower slowly']);
    const catCow = buildRoutine(exerciseById('seatedCatCow')!, TWO_MINUTES).phases;
    expect(catCow.slice(1, 3).map(phaseLabel)).toEqual(['Arch your back, breathe in · 1 of 10', 'Dip your back, breathe out · 2 of 10']);
  });

  it('gives per-side holds their round, and the way back to the first side is a switch', () => {
    const twist = buildRoutine(exerciseById('chairTwist')!, 5 * 60_000).phases;
    const labels = twist.map(phaseLabel);
    expect(labels.slice(0, 6)).toEqual([
      'Get ready',
      'Hold · side 1 · round 1 of 3',
      'Switch sides',
      'Hold · side 2 · round 1 of 3',
      'Switch sides',
      'Hold · side 1 · round 2 of 3',
    ]);
    expect(labels).not.toContain('Rest');
  });
});

describe('routineProgress', () => {
  const twist = exercise({ dosage: { perSide: true, holdSeconds: { min: 15, max: 30 }, reps: { min: 2, max: 3 } } });
  const routine = buildRoutine(twist, TWO_MINUTES);
  const startedAt = 1_000_000;

  it('walks through the phases by the clock', () => {
    const at = (s: number) => routineProgress(routine, { startedAt, pausedAt: null, pausedMs: 0 }, startedAt + s * 1000);
    expect(at(0)).toMatchObject({ phaseIndex: 0, phaseRemainingMs: 5000, finished: false });
    expect(at(4.5).phase.kind).toBe('ready');
    expect(at(5)).toMatchObject({ phase: { kind: 'hold', side: 1 }, phaseRemainingMs: 25_000 });
    expect(at(31).phase.kind).toBe('switchSides');
    expect(at(36).phase).toMatchObject({ kind: 'hold', side: 2 });
    expect(at(120)).toMatchObject({ finished: true, remainingMs: 0 });
    expect(at(5000)).toMatchObject({ finished: true, elapsedMs: TWO_MINUTES });
  });

  it('stands still while paused and resumes at the same second', () => {
    let timing = { startedAt, pausedAt: null as number | null, pausedMs: 0 };
    timing = pauseTiming(timing, startedAt + 10_000);
    expect(routineProgress(routine, timing, startedAt + 500_000).elapsedMs).toBe(10_000);
    timing = resumeTiming(timing, startedAt + 70_000);
    expect(routineProgress(routine, timing, startedAt + 71_000).elapsedMs).toBe(11_000);
    expect(timing.pausedMs).toBe(60_000);
  });

  it('never goes negative when the clock is behind the start', () => {
    const p = routineProgress(routine, { startedAt, pausedAt: null, pausedMs: 0 }, startedAt - 60_000);
    expect(p).toMatchObject({ phaseIndex: 0, elapsedMs: 0 });
  });
});
