import { describe, expect, it } from 'vitest';
import { CUSTOM_KEY_PREFIX } from '../../../src/core/customExercise';
import { parseCustomExercise, parseCustomExercises } from '../../../src/core/customExerciseParser';
import { parseImportedExercises } from '../../../src/core/settingsFile';
import { BAND_PULL, WALL_ANGEL } from '../exerciseFixtures';

describe('stored and imported custom exercises', () => {
  it('reads good items, skips and reports bad ones by name, never throws', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const { value: exercises, problems: rejected } = parseCustomExercises([
      ['a', BAND_PULL],
      ['b', { ...WALL_ANGEL, dosage: { type: 'hold', seconds: 1e9, holds: 2, perSide: false } }],
      ['c', 'garbage'],
      ['d', null],
      ['e', hostile],
      ['f', { ...WALL_ANGEL, id: 'catCow' }],
      ['g', WALL_ANGEL],
      ['h', { ...WALL_ANGEL, name: 'Duplicate id' }],
    ], 'file');
    expect(exercises.map((e) => e.name)).toEqual(['Band pull-apart', 'Wall angel']);
    expect(rejected.map((r) => [r.source, r.name, r.problems.map((p) => p.field)])).toEqual([
      ['b', 'Wall angel', ['seconds']],
      ['c', null, ['name']],
      ['d', null, ['name']],
      ['e', null, ['name']],
      ['f', 'Wall angel', ['name']],
    ]);
  });

  it('from storage, an exercise under another id’s key is reported, not served: it could not be edited or deleted', () => {
    const { value, problems } = parseCustomExercises(
      [
        [`${CUSTOM_KEY_PREFIX}${WALL_ANGEL.id}`, WALL_ANGEL],
        [`${CUSTOM_KEY_PREFIX}custom-elsewhere`, BAND_PULL],
      ],
      'storage',
    );
    expect(value).toEqual([WALL_ANGEL]);
    expect(problems).toEqual([
      { name: BAND_PULL.name, source: `${CUSTOM_KEY_PREFIX}custom-elsewhere`, problems: [{ field: 'name', messageKey: 'customErrorNotExercise' }] },
    ]);
  });

  it('goes out to a file and back in unchanged; a missing list is no exercises, a broken one is reported', () => {
    const file = JSON.parse(JSON.stringify({ exercises: [WALL_ANGEL, BAND_PULL] }));
    expect(parseImportedExercises(file.exercises)).toEqual({ value: [BAND_PULL, WALL_ANGEL], problems: [] });
    expect(parseImportedExercises(undefined)).toEqual({ value: [], problems: [] });
    expect(parseImportedExercises({ 0: WALL_ANGEL }).problems).toHaveLength(1);
    const mixed = parseImportedExercises([WALL_ANGEL, { ...BAND_PULL, steps: [] }]);
    expect(mixed.value).toEqual([WALL_ANGEL]);
    expect(mixed.problems).toEqual([{ name: 'Band pull-apart', source: '2', problems: [{ field: 'steps', messageKey: 'customErrorStepsRequired' }] }]);
    expect(parseCustomExercise(JSON.parse(JSON.stringify(WALL_ANGEL)))).toEqual({ ok: true, value: WALL_ANGEL });
  });
});
