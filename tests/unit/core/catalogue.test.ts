import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import {
  CATALOGUE,
  exerciseById,
  exerciseMessageKeys,
  isStretch,
  isWarmUp,
  nudgeMessageKey,
  type ArticleExercise,
  type Dosage,
  type Exercise,
} from '../../../src/core/catalogue';

const text = messages as Record<string, { message: string } | undefined>;

const ARTICLE: ArticleExercise[] = [
  'catCow',
  'sphinx',
  'seatedTwist',
  'midBackExtension',
  'lungeRotation',
  'standingSideBend',
  'trianglePose',
  'rows',
  'latPullDown',
  'superman',
];

const byId = (id: string): Exercise => {
  const exercise = exerciseById(id);
  if (!exercise) throw new Error(`missing ${id}`);
  return exercise;
};

/** The article's dosages, as the catalogue encodes them (see the note in catalogue.ts). */
const EXPECTED: Record<string, Dosage> = {
  catCow: { holdSeconds: { min: 3, max: 5 }, reps: { min: 6, max: 10 }, perSide: false, poses: ['arch', 'dip'] },
  sphinx: { holdSeconds: { min: 30, max: 60 }, reps: { min: 1, max: 6 }, perSide: false },
  seatedTwist: { holdSeconds: { min: 15, max: 30 }, reps: { min: 2, max: 3 }, perSide: true },
  midBackExtension: { holdSeconds: { min: 30, max: 60 }, perSide: false },
  lungeRotation: { holdSeconds: { min: 15, max: 30 }, reps: { min: 2, max: 3 }, perSide: true },
  standingSideBend: { holdSeconds: { min: 10, max: 10 }, perSide: true },
  trianglePose: { holdSeconds: { min: 30, max: 30 }, reps: { min: 1, max: 1 }, perSide: true },
  rowsDumbbell: { reps: { min: 10, max: 15 }, sets: { min: 2, max: 2 }, perSide: false },
  rowsBand: { reps: { min: 10, max: 15 }, sets: { min: 2, max: 2 }, perSide: false },
  rowsPlank: { reps: { min: 10, max: 15 }, sets: { min: 2, max: 2 }, perSide: true, alternate: true },
  latPullDown: { reps: { min: 10, max: 15 }, sets: { min: 2, max: 2 }, perSide: false },
  superman: { holdSeconds: { min: 5, max: 10 }, reps: { min: 10, max: 10 }, perSide: false },
};

describe('catalogue', () => {
  it('has every exercise of the article as an entry of its own (not a variant)', () => {
    for (const article of ARTICLE) {
      expect(CATALOGUE.some((e) => e.article === article && !e.adapts), article).toBe(true);
    }
    expect(CATALOGUE.filter((e) => e.article === 'rows' && !e.adapts).map((e) => e.id)).toEqual([
      'rowsDumbbell',
      'rowsBand',
      'rowsPlank',
    ]);
  });

  it('gives the article entries the article’s dosage', () => {
    for (const [id, dosage] of Object.entries(EXPECTED)) expect(byId(id).dosage, id).toEqual(dosage);
  });

  it('places and equips the article entries as the article does', () => {
    const where = (id: string) => [byId(id).position, byId(id).equipment];
    expect(where('catCow')).toEqual(['kneeling', []]);
    expect(where('sphinx')).toEqual(['floor', []]);
    expect(where('seatedTwist')).toEqual(['floor', []]);
    expect(where('midBackExtension')).toEqual(['floor', ['foamRoller']]);
    expect(where('lungeRotation')).toEqual(['standing', []]);
    expect(where('standingSideBend')).toEqual(['standing', []]);
    expect(where('trianglePose')).toEqual(['standing', []]);
    expect(where('rowsDumbbell')).toEqual(['standing', ['dumbbells']]);
    expect(where('rowsBand')).toEqual(['seated', ['band']]);
    expect(where('rowsPlank')).toEqual(['floor', ['dumbbells']]);
    expect(where('latPullDown')).toEqual(['seated', ['band']]);
    expect(where('superman')).toEqual(['floor', []]);
  });

  it('groups the entries as the article does', () => {
    const group = (article: ArticleExercise) => CATALOGUE.filter((e) => e.article === article).map((e) => e.group);
    for (const a of ['catCow', 'sphinx', 'seatedTwist', 'midBackExtension'] as const)
      expect(new Set(group(a))).toEqual(new Set(['mobility']));
    for (const a of ['lungeRotation', 'standingSideBend', 'trianglePose'] as const)
      expect(new Set(group(a))).toEqual(new Set(['wholeBody']));
    for (const a of ['rows', 'latPullDown', 'superman'] as const)
      expect(new Set(group(a))).toEqual(new Set(['strength']));
    expect(isStretch('mobility')).toBe(true);
    expect(isStretch('wholeBody')).toBe(true);
    expect(isStretch('strength')).toBe(false);
  });

  it('has unique ids, each found by exerciseById', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length); // message names ignore case
    for (const exercise of CATALOGUE) expect(exerciseById(exercise.id)).toBe(exercise);
    expect(exerciseById('nope')).toBeUndefined();
  });

  it('gives every holding entry a hold time and every entry something to count or hold', () => {
    for (const e of CATALOGUE) {
      expect(e.dosage.holdSeconds ?? e.dosage.reps, e.id).toBeDefined();
      for (const range of [e.dosage.holdSeconds, e.dosage.reps, e.dosage.sets]) {
        if (range) expect(range.min <= range.max && range.min > 0, e.id).toBe(true);
      }
    }
  });

  it('has non-empty English text for every message an entry refers to', () => {
    for (const exercise of CATALOGUE) {
      const keys = exerciseMessageKeys(exercise);
      const all = [keys.name, ...keys.steps, ...keys.cues, keys.why, ...(keys.change ? [keys.change] : [])];
      expect(keys.steps.length).toBeGreaterThan(0);
      expect(keys.cues.length).toBeGreaterThan(0);
      for (const key of all) expect(text[key]?.message.trim(), key).toBeTruthy();
      // No step or cue beyond the counts, so counts and messages cannot drift apart.
      expect(text[`ex_${exercise.id}_step${exercise.stepCount + 1}`], exercise.id).toBeUndefined();
      expect(text[`ex_${exercise.id}_cue${exercise.cueCount + 1}`], exercise.id).toBeUndefined();
    }
    for (const key of [
      'group_mobility',
      'group_wholeBody',
      'group_strength',
      'position_seated',
      'position_standing',
      'position_kneeling',
      'position_floor',
      'equipment_band',
      'equipment_dumbbells',
      'equipment_foamRoller',
    ])
      expect(text[key]?.message.trim(), key).toBeTruthy();
  });

  it('says "as needed" in the text where the dosage has no count', () => {
    for (const e of CATALOGUE.filter((x) => !x.dosage.reps)) {
      const steps = exerciseMessageKeys(e).steps.map((k) => text[k]?.message ?? '').join(' ');
      expect(steps, e.id).toMatch(/as often as you need/);
    }
  });

  it('makes every desk variant adapt a real article entry, keep its dosage and say what changed', () => {
    const variants = CATALOGUE.filter((e) => e.adapts);
    expect(variants.length).toBeGreaterThanOrEqual(6);
    for (const variant of variants) {
      const original = byId(variant.adapts!);
      expect(original.adapts, variant.id).toBeUndefined();
      expect(original.article, variant.id).toBe(variant.article);
      expect(original.group, variant.id).toBe(variant.group);
      expect(variant.dosage, variant.id).toEqual(original.dosage);
      expect(variant.equipment, variant.id).toEqual([]);
      expect(['seated', 'standing'], variant.id).toContain(variant.position);
      expect(text[`ex_${variant.id}_change`]?.message, variant.id).toBeTruthy();
    }
    for (const e of CATALOGUE.filter((x) => !x.adapts)) expect(text[`ex_${e.id}_change`], e.id).toBeUndefined();
  });

  it('marks cat/cow, the twists and the side bend, and only those, as warm-ups', () => {
    expect(CATALOGUE.filter(isWarmUp).map((e) => e.id)).toEqual([
      'catCow',
      'seatedCatCow',
      'seatedTwist',
      'chairTwist',
      'standingSideBend',
    ]);
    expect(CATALOGUE.filter(isWarmUp).every((e) => isStretch(e.group))).toBe(true);
  });

  it('words the nudge for where the exercise is done', () => {
    const words = (id: string) => text[`${nudgeMessageKey(byId(id).position)}_other`]?.message ?? '';
    expect(words('chairTwist')).toMatch(/chair/);
    expect(words('chairTwist')).not.toMatch(/stand/i);
    expect(words('standingSideBend')).toMatch(/^Stand up/);
    expect(words('catCow')).toMatch(/floor/);
    expect(words('superman')).toMatch(/floor/);
    for (const e of CATALOGUE) expect(words(e.id), e.id).toMatch(/\$1-minute stretch.*: \$2\.$/);
  });

  it('gives the set-up and form cues the desk and equipment moves need', () => {
    const all = (id: string) => {
      const keys = exerciseMessageKeys(byId(id));
      return [...keys.steps, ...keys.cues, keys.why].map((k) => text[k]?.message ?? '').join(' ');
    };
    expect(all('chairBackExtension')).toMatch(/does not roll or recline/);
    expect(all('chairBackExtension')).toMatch(/shoulder blades/);
    expect(all('chairTwist')).toMatch(/swivel chair, keep your hips/);
    expect(all('lungeRotation')).toMatch(/hand opposite your front leg on the floor/);
    expect(all('rowsDumbbell')).toMatch(/back flat/);
    expect(all('rowsDumbbell')).toMatch(/hips/);
    expect(all('latPullDown')).toMatch(/door so that it stays closed/);
    expect(text.ex_standingSuperman_why?.message).not.toMatch(/hold you upright/);
  });

  it('offers at least 6 no-equipment seated or standing entries, stretches and strength among them', () => {
    const desk = CATALOGUE.filter((e) => e.equipment.length === 0 && (e.position === 'seated' || e.position === 'standing'));
    expect(desk.length).toBeGreaterThanOrEqual(6);
    expect(desk.some((e) => isStretch(e.group))).toBe(true);
    expect(desk.some((e) => e.group === 'strength')).toBe(true);
    expect(desk.some((e) => e.position === 'seated')).toBe(true);
    expect(desk.some((e) => e.position === 'standing')).toBe(true);
  });
});
