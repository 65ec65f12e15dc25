import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../src/core/catalogue';
import {
  buildRoutine,
  pauseTiming,
  resumeTiming,
  routineProgress,
  type Phase,
} from '../../src/core/routine';

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
    expect(routine.phases.at(-1)).toEqual({ kind: 'done', durationMs: 0 });
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

  it('counts short holds as reps, each with its hold and a slow return', () => {
    const superman = exercise({ group: 'strength', dosage: { perSide: false, reps: { min: 10, max: 10 }, holdSeconds: { min: 5, max: 10 } } });
    const routine = buildRoutine(superman, TWO_MINUTES);
    const reps = routine.phases.filter((p) => p.kind === 'rep');
    expect(reps).toHaveLength(10);
    // 10 s holds would run over two minutes; 9 s holds plus the 2 s return fit.
    expect(reps[0]!.durationMs).toBe(11_000);
    expect(routine.totalMs).toBe(5000 + 10 * 11_000);
  });

  it('uses a longer break for more of the article dosage', () => {
    const triangle = exercise({ dosage: { perSide: true, holdSeconds: { min: 30, max: 30 } } });
    const short = buildRoutine(triangle, TWO_MINUTES).phases.filter((p) => p.kind === 'hold').length;
    const long = buildRoutine(triangle, 5 * 60_000).phases.filter((p) => p.kind === 'hold').length;
    expect(short).toBe(2);
    expect(long).toBeGreaterThan(short);
  });

  it('cuts down to the smallest dosage when the break is shorter than it', () => {
    const rows = exercise({ dosage: { perSide: true, reps: { min: 10, max: 15 }, sets: { min: 2, max: 2 } } });
    const routine = buildRoutine(rows, 60_000);
    const reps = routine.phases.filter((p) => p.kind === 'rep');
    expect(reps).toHaveLength(20); // one set of 10 on each side
    expect(routine.phases.some((p) => p.kind === 'switchSides')).toBe(true);
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
