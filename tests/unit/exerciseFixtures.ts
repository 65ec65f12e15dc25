import type { CustomExercise } from '../../src/core/customExercise';

/** A person's own exercise, valid in every field. */
export const WALL_ANGEL: CustomExercise = {
  id: 'custom-wallangel1',
  name: 'Wall angel',
  steps: ['Stand with your back to a wall.', 'Slide your arms up and down the wall.'],
  kind: 'stretch',
  position: 'standing',
  equipment: [],
  dosage: { type: 'hold', seconds: 20, holds: 2, perSide: false },
};

/** Another valid one, counted in reps and needing a band. */
export const BAND_PULL: CustomExercise = {
  id: 'custom-bandpull1',
  name: 'Band pull-apart',
  steps: ['Hold the band at shoulder height.', 'Pull it apart, squeezing your shoulder blades.'],
  kind: 'strength',
  position: 'seated',
  equipment: ['band'],
  dosage: { type: 'reps', reps: 12, sets: 2, perSide: false },
};
