import { describe, expect, it } from 'vitest';
import { CATALOGUE, toCatalogueExercise } from '../../../src/core/catalogue';
import {
  CUSTOM_KEY_PREFIX,
  CUSTOM_NUMBER_LIMITS,
  CUSTOM_TEXT_LIMITS,
  MAX_CUSTOM_BYTES,
  storedBytes,
} from '../../../src/core/customExercise';
import { buildCustomExercise, validateCustomField } from '../../../src/core/customExerciseForm';
import { exercisePool } from '../../../src/core/exercisePool';
import { pickExercise } from '../../../src/core/picker';
import { buildRoutine } from '../../../src/core/routine';
import { applyStretchCommand, parseStretchSession, stretchProgress } from '../../../src/core/stretch';
import { getMessage } from '../messages';
import { BAND_PULL, WALL_ANGEL } from '../exerciseFixtures';

const FORM = {
  name: '  Wall   angel ',
  steps: 'Stand with your back to a wall.\n\n  Slide your arms up and down the wall.  \n',
  kind: 'stretch',
  position: 'standing',
  equipment: [],
  dosage: 'hold',
  seconds: '20',
  holds: '2',
  reps: 'not used',
  sets: '',
  perSide: false,
};

const ABSURD_NUMBERS: unknown[] = ['', ' ', 'abc', -1, 0, Number.NaN, Number.POSITIVE_INFINITY, 1e9, '1e9', 4.5, '4.5', null, true, [20], { n: 20 }, '0x14'];

describe('custom exercise fields', () => {
  it('builds an exercise from the form, text trimmed and blank lines dropped', () => {
    expect(buildCustomExercise(WALL_ANGEL.id, FORM)).toEqual({ ok: true, value: WALL_ANGEL });
  });

  it('refuses absurd dosage numbers with the range in the message', () => {
    for (const field of ['seconds', 'holds', 'reps', 'sets'] as const) {
      const { min, max } = CUSTOM_NUMBER_LIMITS[field];
      for (const bad of [...ABSURD_NUMBERS, min - 1, max + 1, String(max + 1)]) {
        const r = validateCustomField(field, bad);
        expect(r.ok, `${field} = ${String(bad)}`).toBe(false);
        if (!r.ok) {
          expect(r.problem.field).toBe(field);
          expect(r.problem.args).toEqual([String(min), String(max)]);
          expect(getMessage(r.problem.messageKey, r.problem.args)).toContain(`from ${min} to ${max}`);
        }
      }
      expect(validateCustomField(field, String(max))).toEqual({ ok: true, value: max });
      expect(validateCustomField(field, min)).toEqual({ ok: true, value: min });
    }
  });

  it('refuses wrong types and unknown choices', () => {
    for (const bad of [undefined, null, 42, {}, [], 'kneeling', 'Seated']) {
      expect(validateCustomField('position', bad).ok).toBe(false);
      expect(validateCustomField('kind', bad).ok).toBe(false);
      expect(validateCustomField('dosage', bad).ok).toBe(false);
    }
    for (const bad of ['band', ['band', 'band'], ['rope'], [1], null]) expect(validateCustomField('equipment', bad).ok).toBe(false);
    for (const bad of ['yes', 1, null, undefined]) expect(validateCustomField('perSide', bad).ok).toBe(false);
    for (const bad of [undefined, null, 42, ['Wall angel'], '', '  \n\t ']) {
      const r = validateCustomField('name', bad);
      expect(r.ok ? null : r.problem.messageKey).toBe('customErrorNameRequired');
    }
  });

  it('refuses huge text without trouble: a 100 KB name, ten thousand steps, a 100 KB step', () => {
    const name = validateCustomField('name', 'x'.repeat(100_000));
    expect(name.ok ? null : getMessage(name.problem.messageKey, name.problem.args)).toBe('Keep the name to 60 characters or fewer.');
    expect(validateCustomField('name', 'x'.repeat(CUSTOM_TEXT_LIMITS.name)).ok).toBe(true);

    const manyText = Array.from({ length: 10_000 }, (_, i) => `Step ${i}`).join('\n');
    const manyList = Array.from({ length: 10_000 }, (_, i) => `Step ${i}`);
    for (const many of [manyText, manyList]) {
      const started = performance.now();
      const r = validateCustomField('steps', many);
      expect(performance.now() - started).toBeLessThan(500);
      expect(r.ok ? null : getMessage(r.problem.messageKey, r.problem.args)).toBe('Keep it to 10 steps or fewer, one per line.');
    }
    const long = validateCustomField('steps', `Fine\n${'y'.repeat(100_000)}`);
    expect(long.ok ? null : getMessage(long.problem.messageKey, long.problem.args)).toBe(
      'Step 2 is too long: keep each step to 200 characters or fewer.',
    );
    expect(validateCustomField('steps', ['ok', 42]).ok).toBe(false);
    expect(validateCustomField('steps', '\n \n').ok).toBe(false);
    // Ten steps and blank lines between them are fine.
    expect(validateCustomField('steps', Array.from({ length: 10 }, (_, i) => `s${i}\n`).join('\n'))).toMatchObject({ ok: true });
  });

  it('reports every bad field at once, and only the numbers of the chosen dosage', () => {
    const r = buildCustomExercise('custom-x', { ...FORM, name: '', seconds: '-5', reps: 'junk', position: 'ceiling' });
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['name', 'position', 'seconds']);
    const reps = buildCustomExercise('custom-x', { ...FORM, dosage: 'reps', reps: '12', sets: '3', seconds: 'junk' });
    expect(reps).toMatchObject({ ok: true, value: { dosage: { type: 'reps', reps: 12, sets: 3, perSide: false } } });
  });

  it('refuses an exercise too big for one sync item, within the field limits', () => {
    const wide = '漢'.repeat(CUSTOM_TEXT_LIMITS.stepLength);
    const r = buildCustomExercise('custom-big', { ...FORM, steps: Array.from({ length: 10 }, () => wide).join('\n') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.field).toBe('steps');
      expect(getMessage(r.problems[0]!.messageKey, r.problems[0]!.args)).toMatch(/too long to keep \(\d+ of 4096 bytes\)/);
    }
    // "<" is counted as the six bytes Chrome writes for it.
    expect(storedBytes('k', '<')).toBe(new TextEncoder().encode('k"<"').length + 5);
  });

  it('keeps the largest exercise the limits allow in Latin script within its byte budget', () => {
    const r = buildCustomExercise('custom-zzzzzzzzzzzzzzzzzzzzzzzz', {
      ...FORM,
      name: 'n'.repeat(CUSTOM_TEXT_LIMITS.name),
      steps: Array.from({ length: CUSTOM_TEXT_LIMITS.steps }, () => 'Écartez les épaules « à droite » puis à gauche. '.repeat(5).slice(0, 200)).join('\n'),
      equipment: ['band', 'dumbbells', 'foamRoller'],
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(storedBytes(`${CUSTOM_KEY_PREFIX}${r.value.id}`, r.value)).toBeLessThanOrEqual(MAX_CUSTOM_BYTES);
  });
});

describe('custom exercises in the picker, the routine and the stretch', () => {
  const desk = { positions: ['seated', 'standing'] as const, equipment: [] as const };
  const fit = { positions: [...desk.positions], equipment: [...desk.equipment] };

  it('mixed: the article’s and mine; only mine: mine alone', () => {
    const mixed = exercisePool('mixed', [WALL_ANGEL], fit);
    expect(mixed.fallback).toBeNull();
    expect(mixed.pool.map((e) => e.id)).toEqual([...CATALOGUE.map((e) => e.id), WALL_ANGEL.id]);
    const mine = exercisePool('mine', [WALL_ANGEL, BAND_PULL], { ...fit, equipment: ['band'] });
    expect(mine).toMatchObject({ fallback: null });
    expect(mine.pool.map((e) => e.id)).toEqual([WALL_ANGEL.id, BAND_PULL.id]);

    // A day of picks from only mine serves only mine, both of them, never twice in a row.
    const day: string[] = [];
    for (let i = 0; i < 8; i++) day.push(pickExercise({ ...fit, equipment: ['band'], recentToday: day, pool: mine.pool }).id);
    expect(new Set(day)).toEqual(new Set([WALL_ANGEL.id, BAND_PULL.id]));
    for (let i = 1; i < day.length; i++) expect(day[i]).not.toBe(day[i - 1]);
  });

  it('a mixed day serves the person’s exercise among the article’s', () => {
    const { pool } = exercisePool('mixed', [WALL_ANGEL], fit);
    const day: string[] = [];
    for (let i = 0; i < 12; i++) day.push(pickExercise({ ...fit, recentToday: day, pool }).id);
    expect(day).toContain(WALL_ANGEL.id);
    expect(day.filter((id) => id !== WALL_ANGEL.id).length).toBeGreaterThan(6);
  });

  it('only mine with none saved, or none that fits, serves the article’s and says why', () => {
    expect(exercisePool('mine', [], fit)).toEqual({ pool: CATALOGUE, fallback: 'noneSaved' });
    // The band exercise needs a band the person does not have; a floor one does not suit the desk.
    const floor = { ...WALL_ANGEL, id: 'custom-floor', position: 'floor' as const };
    const r = exercisePool('mine', [BAND_PULL, floor], fit);
    expect(r).toEqual({ pool: CATALOGUE, fallback: 'noneFits' });
    expect(CATALOGUE.map((e) => e.id)).toContain(pickExercise({ ...fit, recentToday: [], pool: r.pool }).id);
  });

  it('plays in timed phases like the catalogue’s: holds, reps in sets, sides', () => {
    const holds = buildRoutine(toCatalogueExercise(WALL_ANGEL), 2 * 60_000);
    expect(holds.phases.filter((p) => p.kind === 'hold').map((p) => p.durationMs)).toEqual([20_000, 20_000]);
    const sided = buildRoutine(toCatalogueExercise({ ...WALL_ANGEL, dosage: { type: 'hold', seconds: 15, holds: 1, perSide: true } }), 2 * 60_000);
    expect(sided.phases.map((p) => p.kind)).toEqual(['ready', 'hold', 'switchSides', 'hold', 'done']);
    const reps = buildRoutine(toCatalogueExercise(BAND_PULL), 5 * 60_000);
    expect(reps.phases.filter((p) => p.kind === 'rep')).toHaveLength(24);
    expect(reps.phases.at(-1)!.kind).toBe('done');
  });

  it('never runs past the break at any length from 1 to 10 minutes, whatever the limits allow', () => {
    const { seconds, holds, reps, sets } = CUSTOM_NUMBER_LIMITS;
    const dosages = [
      ...[seconds.min, seconds.max].flatMap((s) => [holds.min, holds.max].map((h) => ({ type: 'hold' as const, seconds: s, holds: h }))),
      ...[reps.min, reps.max].flatMap((r) => [sets.min, sets.max].map((n) => ({ type: 'reps' as const, reps: r, sets: n }))),
    ];
    for (const dosage of dosages)
      for (const perSide of [false, true])
        for (let minutes = 1; minutes <= 10; minutes++) {
          const exercise = toCatalogueExercise({ ...WALL_ANGEL, dosage: { ...dosage, perSide } });
          const routine = buildRoutine(exercise, minutes * 60_000);
          const label = `${JSON.stringify(dosage)} perSide=${perSide} in ${minutes} min`;
          expect(routine.totalMs, label).toBeLessThanOrEqual(minutes * 60_000);
          expect(routine.phases.at(-1)!.kind, label).toBe('done');
          expect(routine.phases.some((p) => p.kind === 'hold' || p.kind === 'rep'), label).toBe(true);
        }
  });

  it('a stretch of my exercise keeps it as served, survives storage, and rejects a tampered copy', () => {
    const { session } = applyStretchCommand(null, { type: 'start', exerciseId: WALL_ANGEL.id, custom: WALL_ANGEL, breakMs: 120_000 }, 1000);
    const stored = JSON.parse(JSON.stringify(session));
    const parsed = parseStretchSession(stored, 2000).value;
    expect(parsed).toEqual(session);
    expect(stretchProgress(parsed!, 1000 + 6000)!.progress.phase.kind).toBe('hold');
    expect(parseStretchSession({ ...stored, custom: { ...stored.custom, steps: 'x'.repeat(100_000) } }, 2000).value).toBeNull();
    expect(parseStretchSession({ ...stored, exerciseId: 'custom-other' }, 2000).value).toBeNull();
    expect(parseStretchSession({ ...stored, custom: undefined }, 2000).value).toBeNull();
  });
});
