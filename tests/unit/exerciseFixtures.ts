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
