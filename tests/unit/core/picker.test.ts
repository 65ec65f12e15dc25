import { describe, expect, it } from 'vitest';
import { CATALOGUE, exerciseById, isStretch, isWarmUp, type Equipment } from '../../../src/core/catalogue';
import { eligibleExercises, pickExercise, strengthDue, type PickerInput } from '../../../src/core/picker';
import type { PositionChoice } from '../../../src/core/settings';

const desk: PickerInput = { positions: ['seated', 'standing'], equipment: [], recentToday: [] };
const everything: PickerInput = {
  positions: ['seated', 'standing', 'floor'],
  equipment: ['band', 'dumbbells', 'foamRoller'],
  recentToday: [],
};

function simulateDay(input: PickerInput, picks: number): string[] {
  const served: string[] = [];
  for (let i = 0; i < picks; i++) served.push(pickExercise({ ...input, recentToday: [...served] }).id);
  return served;
}

const kind = (id: string) => (isStretch(exerciseById(id)!.group) ? 'stretch' : 'strength');

describe('eligibleExercises', () => {
  it('keeps only entries whose position is chosen and whose equipment the person has', () => {
    const combos: Array<[PositionChoice[], Equipment[]]> = [
      [['seated'], []],
      [['standing'], ['dumbbells']],
      [['seated', 'standing'], ['band']],
      [['floor'], ['foamRoller']],
      [['seated', 'standing', 'floor'], ['band', 'dumbbells', 'foamRoller']],
    ];
    for (const [positions, equipment] of combos) {
      const eligible = eligibleExercises({ positions, equipment, recentToday: [] });
      expect(eligible.length).toBeGreaterThan(0);
      for (const e of eligible) {
        const allowed = e.position === 'kneeling' ? positions.includes('floor') : positions.includes(e.position);
        expect(allowed, e.id).toBe(true);
        for (const item of e.equipment) expect(equipment, e.id).toContain(item);
      }
    }
  });

  it('lets "floor" bring the kneeling cat/cow, and only "floor"', () => {
    expect(eligibleExercises({ positions: ['floor'], equipment: [], recentToday: [] }).map((e) => e.id)).toContain('catCow');
    expect(eligibleExercises(desk).map((e) => e.id)).not.toContain('catCow');
  });

  it('gives a desk worker without equipment only chair and standing moves without equipment', () => {
    const ids = eligibleExercises(desk).map((e) => e.id);
    expect(ids).toEqual(
      CATALOGUE.filter((e) => e.equipment.length === 0 && (e.position === 'seated' || e.position === 'standing')).map(
        (e) => e.id,
      ),
    );
    expect(ids).not.toContain('rowsBand');
    expect(ids).not.toContain('midBackExtension');
  });

  it('returns everything for someone with every position and every piece of equipment', () => {
    expect(eligibleExercises(everything)).toHaveLength(CATALOGUE.length);
  });
});

describe('pickExercise', () => {
  it('serves an exercise that fits', () => {
    const eligible = new Set(eligibleExercises({ ...desk, equipment: ['band'] }).map((e) => e.id));
    for (const id of simulateDay({ ...desk, equipment: ['band'] }, 12)) expect(eligible.has(id), id).toBe(true);
  });

  it('never serves the most recent exercise again', () => {
    for (const input of [desk, everything, { ...desk, positions: ['seated'] as PositionChoice[] }]) {
      const day = simulateDay(input, 20);
      for (let i = 1; i < day.length; i++) expect(day[i], `${i}: ${day.join(',')}`).not.toBe(day[i - 1]);
    }
    for (const last of eligibleExercises(desk)) {
      expect(pickExercise({ ...desk, recentToday: ['chairTwist', last.id] }).id).not.toBe(last.id);
    }
  });

  it('serves the only eligible exercise again rather than nothing', () => {
    // Narrow the standing moves down to one with exclude.
    const input: PickerInput = { positions: ['standing'], equipment: [], recentToday: [] };
    const only = eligibleExercises(input);
    const keep = only[0]!;
    const exclude = only.slice(1).map((e) => e.id);
    expect(pickExercise({ ...input, exclude, recentToday: [keep.id] }).id).toBe(keep.id);
  });

  it('gives a different exercise when asked for another one', () => {
    for (const input of [desk, everything]) {
      for (const recentToday of [[], ['seatedCatCow'], ['seatedCatCow', 'chairTwist']]) {
        const first = pickExercise({ ...input, recentToday });
        const another = pickExercise({ ...input, recentToday, exclude: [first.id] });
        expect(another.id).not.toBe(first.id);
        // Asking again, excluding both, gives a third.
        const third = pickExercise({ ...input, recentToday, exclude: [first.id, another.id] });
        expect([first.id, another.id]).not.toContain(third.id);
      }
    }
  });

  it('balances stretches and strength over a day of 9 picks, about 2:1', () => {
    for (const input of [desk, everything, { ...desk, equipment: ['band', 'dumbbells'] as Equipment[] }]) {
      const day = simulateDay(input, 9);
      const strength = day.filter((id) => kind(id) === 'strength').length;
      expect(strength, day.join(',')).toBe(3);
      expect(day.length - strength).toBe(6);
      // Never three strength exercises in a row, nor a long run of stretches.
      expect(day.map(kind).join(',')).not.toMatch(/strength,strength/);
      expect(day.map(kind).join(',')).not.toMatch(/(stretch,){3}/);
    }
  });

  it('starts the day with a stretch and makes strength due after two stretches', () => {
    expect(strengthDue([])).toBe(false);
    expect(strengthDue(['chairTwist'])).toBe(false);
    expect(strengthDue(['chairTwist', 'trianglePose'])).toBe(true);
    expect(strengthDue(['chairTwist', 'trianglePose', 'superman'])).toBe(false);
    expect(strengthDue(['unknownId', 'chairTwist'])).toBe(false);
    expect(kind(pickExercise(desk).id)).toBe('stretch');
  });

  it('warms up first: the day opens with cat/cow, a twist or the side bend, and strength comes only after a stretch', () => {
    const inputs: PickerInput[] = [
      desk,
      everything,
      { ...desk, positions: ['seated'] },
      { ...desk, positions: ['standing'], equipment: ['dumbbells'] },
      { positions: ['floor'], equipment: ['foamRoller', 'dumbbells'], recentToday: [] },
    ];
    for (const input of inputs) {
      const day = simulateDay(input, 12);
      const first = exerciseById(day[0]!)!;
      expect(isWarmUp(first), `${day[0]} opens the day`).toBe(true);
      expect(['catCow', 'seatedTwist', 'standingSideBend']).toContain(first.article);
      for (let i = 0; i < day.length; i++)
        if (kind(day[i]!) === 'strength') expect(day.slice(0, i).map(kind), day.join(',')).toContain('stretch');
      // "Another exercise" in the day's first break: another warm-up if there is one, else a stretch.
      const another = pickExercise({ ...input, exclude: [day[0]!] });
      const warmUpsLeft = eligibleExercises(input).filter((e) => isWarmUp(e) && e.id !== day[0]);
      expect(isWarmUp(another), another.id).toBe(warmUpsLeft.length > 0);
      expect(kind(another.id)).toBe('stretch');
      // The next day starts over with a warm-up (the picker sees only today's exercises).
      expect(isWarmUp(pickExercise({ ...input, recentToday: [] }))).toBe(true);
    }
  });

  it('falls back to the other kind when the due kind has nothing left', () => {
    const input: PickerInput = { ...desk, recentToday: ['chairTwist', 'trianglePose'] };
    const strengthIds = eligibleExercises(desk).filter((e) => e.group === 'strength').map((e) => e.id);
    expect(kind(pickExercise({ ...input, exclude: strengthIds }).id)).toBe('stretch');
  });

  it('varies: a desk day serves every desk exercise before repeating one', () => {
    const eligible = eligibleExercises(desk).map((e) => e.id);
    const day = simulateDay(desk, eligible.length);
    expect(new Set(day).size).toBe(eligible.length);
  });

  it('spreads the three forms of rows instead of serving rows over and over', () => {
    const day = simulateDay(everything, 18);
    const rows = day.filter((id) => exerciseById(id)!.article === 'rows').length;
    const strength = day.filter((id) => kind(id) === 'strength').length;
    expect(rows).toBeLessThan(strength / 2);
  });

  it('is deterministic', () => {
    expect(simulateDay(everything, 15)).toEqual(simulateDay(everything, 15));
    const input: PickerInput = { ...desk, recentToday: ['seatedCatCow', 'chairTwist', 'seatedSqueezeRow'], exclude: ['lungeRotation'] };
    expect(pickExercise(input).id).toBe(pickExercise(structuredClone(input)).id);
  });

  it('never throws and falls back to no-equipment seated/standing moves when nothing fits', () => {
    const deskIds = new Set(eligibleExercises(desk).map((e) => e.id));
    const strange: PickerInput[] = [
      { positions: [], equipment: [], recentToday: [] },
      { positions: [], equipment: ['band'], recentToday: ['nope', 'x'] },
      { positions: [], equipment: [], recentToday: [], exclude: CATALOGUE.map((e) => e.id) },
      { ...desk, exclude: CATALOGUE.map((e) => e.id), recentToday: ['chairTwist'] },
      { ...desk, recentToday: Array(50).fill('chairTwist') },
      { positions: ['floor'], equipment: [], recentToday: [] },
    ];
    for (const input of strange) {
      const picked = pickExercise(input);
      expect(picked).toBeDefined();
      if (input.positions.length === 0) expect(deskIds.has(picked.id), picked.id).toBe(true);
    }
  });
});
