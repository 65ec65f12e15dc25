import { describe, expect, it } from 'vitest';
import { exerciseById } from '../../src/core/catalogue';
import { buildRoutine } from '../../src/core/routine';
import { cuesBetween } from '../../src/core/spokenCues';
import { spokenPhase } from '../../src/ui/exerciseText';
import { formatNumber } from '../../src/ui/format';

/** Everything a voice says over a whole routine, one tick a quarter second, as the player ticks. */
function script(id: string, breakMs: number): string[] {
  const routine = buildRoutine(exerciseById(id)!, breakMs);
  const said: string[] = [];
  for (let t = 0; t <= routine.totalMs; t += 250)
    for (const cue of cuesBetween(routine, t - 250, t))
      said.push(cue.type === 'phase' ? spokenPhase(routine.phases[cue.index]!) : formatNumber(cue.n));
  return said;
}

describe('spoken cues', () => {
  it('say each phase as it begins and count 3, 2, 1 before each change of a long phase', () => {
    const said = script('chairTwist', 120_000);
    expect(said).toEqual([
      'Get ready',
      '3', '2', '1',
      'Hold, side 1, round 1 of 2',
      '3', '2', '1',
      'Switch sides',
      '3', '2', '1',
      'Hold, side 2, round 1 of 2',
      '3', '2', '1',
      'Switch sides',
      '3', '2', '1',
      'Hold, side 1, round 2 of 2',
      '3', '2', '1',
      'Switch sides',
      '3', '2', '1',
      'Hold, side 2, round 2 of 2',
      '3', '2', '1',
      'Done',
    ]);
  });

  it('give short reps their count and no countdown, and a held rep lift, hold and lower', () => {
    const rows = script('seatedSqueezeRow', 60_000);
    expect(rows.slice(4, 7)).toEqual(['Rep 1 of 15', 'Rep 2 of 15', 'Rep 3 of 15']);
    const superman = script('superman', 120_000);
    expect(superman.slice(4, 10)).toEqual(['Rep 1 of 10, Lift', 'Hold', '3', '2', '1', 'Lower slowly']);
    expect(superman.at(-1)).toBe('Done');
  });

  it('say nothing twice when ticks overlap, and nothing for a paused timer', () => {
    const routine = buildRoutine(exerciseById('chairTwist')!, 120_000);
    expect(cuesBetween(routine, 10_000, 10_000)).toEqual([]);
    expect(cuesBetween(routine, 4_000, 5_000)).toEqual([{ type: 'phase', index: 1 }]);
    expect(cuesBetween(routine, 5_000, 6_000)).toEqual([]);
  });
});
