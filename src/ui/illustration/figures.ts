/**
 * Line drawings of each catalogue exercise, in each position the exercise moves through: a
 * rounded stick figure with its chair, floor, band, weights or roller. Every pose of a drawing
 * uses the same path commands, so the figure can morph from one pose to the next.
 */

export type Point = readonly [number, number];

/**
 * How the exercise moves: `hold` eases into its position and stays; `reps` goes to its
 * position and back on every rep; `alternate` switches between two positions, rep by rep.
 */
export type MotionStyle = 'hold' | 'reps' | 'alternate';

interface Pose {
  /** The body: limbs and trunk as one path. */
  b: string;
  /** Head centre. */
  h: Point;
  /** Weights in the hands, drawn thick. */
  w?: string;
  /** A band between the hands and its anchor, drawn thin. */
  x?: string;
}

/** A limb that swings too far for a morph to keep its length: it turns about a joint instead. */
interface Limb {
  /** Drawn in the exercise position (pose 1). */
  d: string;
  at: Point;
  /** Degrees turned from the drawn position, per pose. */
  turn: readonly number[];
}

export interface Drawing {
  style: MotionStyle;
  /** 0: the start; 1: the exercise position; 2: the other position of an alternating move. */
  poses: readonly Pose[];
  limbs?: readonly Limb[];
  /** Surroundings that stay put, drawn thin and faint: floor, chair, door frame, motion arrows. */
  p?: string;
  /** A motion arrow that turns with the figure when it switches sides, drawn like `p`. */
  a?: string;
  /** Foam roller: centre and radius. */
  r?: readonly [number, number, number];
  /** Left edge of the view box, to centre the drawing (the floor line is long enough). */
  v?: number;
  /** The still picture: these poses side by side, shifted by dx. Default: the exercise position alone. */
  still?: readonly (readonly [pose: number, dx: number])[];
}

const FLOOR = 'M-60 92H220';
/** A chair seen from the side, backrest at `x` on the left, seat 28 wide. */
const chair = (x: number) => `M${x} 36V64H${x + 28}M${x + 2} 64V92M${x + 26} 64V92`;
/** A chair seen from the front. */
const FRONT_CHAIR = 'M40 64V30H80V64M36 64H84M38 64V92M82 64V92';
const FRONT_CHAIR_SEAT = 'M36 64H84M38 64V92M82 64V92';
/** Sitting upright on a chair, seen from the front: trunk, lower legs and shoulders. */
const FRONT_SEATED = 'M60 62V32M52 62L50 91M68 62L70 91M48 34H72';
const STANDING_LEGS = 'M52 92L60 54L68 92M60 54V27';
/** Pulling arms toward the body, seen from the side while seated (shared by the two seated rows). */
const SEATED_ROW: readonly Pose[] = [
  { b: 'M48 91L46 60H20V30L34 42L50 48', h: [21, 21] },
  { b: 'M48 91L46 60H20V30L12 48L28 52', h: [21, 21] },
];

export const NEUTRAL: Drawing = {
  style: 'hold',
  v: -20,
  poses: [{ b: `${STANDING_LEGS}M48 50L60 29L72 50`, h: [60, 17] }],
};

const catCowPose = (backY: number, h: Point): Pose => ({ b: `M62 58Q79 ${backY} 96 58V91M62 58V90L48 90`, h });
const seatedCatCowPose = (back: string, h: Point): Pose => ({ b: `M85 91L82 60H56Q${back}L82 57`, h });
const latPullDownArms = (elbowY: number, hand: Point, handY: number) =>
  `${FRONT_SEATED}M48 34L${60 - hand[0]} ${elbowY}L${60 - hand[1]} ${handY}M72 34L${60 + hand[0]} ${elbowY}L${60 + hand[1]} ${handY}`;

export const DRAWINGS: Record<string, Drawing> = {
  catCow: {
    style: 'alternate',
    p: FLOOR,
    // Flat back, then arched up (breathing in), then dipped (breathing out).
    poses: [catCowPose(55, [105, 55]), catCowPose(38, [103, 64]), catCowPose(74, [103, 48])],
    still: [
      [1, -40],
      [2, 40],
    ],
  },
  seatedCatCow: {
    style: 'alternate',
    v: -14,
    p: chair(48),
    poses: [
      seatedCatCowPose('59 45 61 30', [64, 21]),
      seatedCatCowPose('46 42 66 31', [73, 26]),
      seatedCatCowPose('70 46 58 28', [60, 20]),
    ],
    still: [
      [1, -40],
      [2, 40],
    ],
  },
  sphinx: {
    style: 'hold',
    p: FLOOR,
    // Chest low on the floor, then pressed up onto the forearms.
    poses: [
      { b: 'M150 90L96 88Q80 88 66 84V90H44', h: [58, 80] },
      { b: 'M150 90L96 88Q80 84 62 66V90H40', h: [55, 57] },
    ],
  },
  seatedTwist: {
    style: 'hold',
    p: FLOOR,
    a: 'M50 28Q64 20 78 28l-7-1m7 1l-2-7',
    // Both hands on the bent knee, then turned toward it with the outside arm reaching back.
    poses: [
      { b: 'M124 90L64 88L86 66L74 90M64 88V52M86 64L64 57L80 70L86 66', h: [66, 44] },
      { b: 'M124 90L64 88L86 66L74 90M64 88V52M86 64L64 57L44 72L40 90', h: [64, 44] },
    ],
  },
  chairTwist: {
    style: 'hold',
    v: -20,
    p: FRONT_CHAIR,
    a: 'M46 8Q60 0 74 8l-7-1m7 1l-2-7',
    // Hands on the thighs, then the shoulders turned: one hand to the other knee, one arm back.
    poses: [
      { b: 'M60 62V32M52 62L50 91M68 62L70 91M48 34H72M72 34L69 60M48 34L51 60', h: [60, 22] },
      { b: 'M60 62V32M52 62L50 91M68 62L70 91M50 34H70M70 34L52 62M50 34L36 44', h: [58, 22] },
    ],
  },
  midBackExtension: {
    style: 'hold',
    p: FLOOR,
    r: [80, 81, 10],
    // Upper back level over the roller, then let down over it, hands behind the head.
    poses: [
      { b: 'M142 91L124 62L102 88L80 69Q66 64 55 67M56 67L52 48L40 62', h: [43, 65] },
      { b: 'M142 91L124 62L102 88L80 69Q66 66 52 79M54 78L50 58L36 74', h: [40, 83] },
    ],
  },
  chairBackExtension: {
    style: 'hold',
    v: -43,
    p: chair(30),
    poses: [
      { b: 'M68 91L66 60H40L36 42Q35 36 37 31M37 31L45 18L33 17', h: [38, 22] },
      { b: 'M68 91L66 60H40L33 40Q29 33 20 37M22 37L22 20L7 35', h: [13, 40] },
    ],
  },
  lungeRotation: {
    style: 'hold',
    v: -11,
    p: FLOOR,
    // In the lunge with both hands down, then the arm on the front leg's side raised to the ceiling.
    poses: [
      { b: 'M28 90L76 64L100 66L102 91H110M76 64L88 36L98 70', h: [94, 28] },
      { b: 'M28 90L76 64L100 66L102 91H110M76 64L88 36L98 70', h: [92, 26] },
    ],
    limbs: [{ d: 'M88 36L76 8', at: [88, 36], turn: [191, 0] }],
  },
  standingSideBend: {
    style: 'hold',
    v: -32,
    p: FLOOR,
    // Upright holding the elbows overhead, one leg behind the other, then bent to the side.
    poses: [
      { b: 'M56 52L70 91M64 52L48 91M60 52Q60 39 60 27M52 29L47 8L73 8L68 29', h: [60, 18] },
      { b: 'M56 52L70 91M64 52L48 91M60 52Q60 34 48 24M43 30L26 16L36 4L53 18', h: [41, 19] },
    ],
  },
  trianglePose: {
    style: 'hold',
    v: -14,
    p: FLOOR,
    // Feet wide with the arms out, then one hand down toward the front foot and the other up.
    poses: [
      { b: 'M28 91L66 56L104 91M66 56L66 30L36 31M66 30L96 29', h: [66, 20] },
      { b: 'M28 91L66 56L104 91M66 56L42 41L36 74M42 41L48 6', h: [34, 35] },
    ],
  },
  rowsDumbbell: {
    style: 'reps',
    p: FLOOR,
    // Bent over with the weight hanging, then pulled up toward the armpit.
    poses: [
      { b: 'M56 91L64 70L52 50L96 34M94 35L94 51L94 67', h: [106, 30], w: 'M87 69H101' },
      { b: 'M56 91L64 70L52 50L96 34M94 35L80 24L80 48', h: [106, 30], w: 'M73 50H87' },
    ],
  },
  rowsBand: {
    style: 'reps',
    p: `${chair(6)}M148 30V92`,
    poses: [
      { ...SEATED_ROW[0]!, x: 'M50 48L148 52' },
      { ...SEATED_ROW[1]!, x: 'M28 52L148 52' },
    ],
  },
  seatedSqueezeRow: {
    style: 'reps',
    v: -44,
    p: `${chair(6)}M70 36H46l5-4m-5 4l5 4`,
    poses: SEATED_ROW,
  },
  rowsPlank: {
    style: 'reps',
    v: -13,
    p: FLOOR,
    // In a plank on both weights, then one weight rowed up toward the armpit.
    poses: [
      { b: 'M18 90L100 60V86M98 61L97 74L96 86', h: [110, 55], w: 'M94 88H106M90 88H102' },
      { b: 'M18 90L100 60V86M98 61L80 46L88 58', h: [110, 55], w: 'M94 88H106M82 59H94' },
    ],
  },
  latPullDown: {
    style: 'reps',
    v: -20,
    p: `M20 92V2H100V92${FRONT_CHAIR_SEAT}`,
    // Arms up holding the band, then pulled down toward the chin with the elbows out.
    poses: [
      { b: latPullDownArms(20, [20, 14], 8), h: [60, 22], x: 'M46 8L60 4L74 8' },
      { b: latPullDownArms(46, [24, 16], 22), h: [60, 22], x: 'M44 22L60 4L76 22' },
    ],
  },
  seatedLatPullDown: {
    style: 'reps',
    v: -20,
    p: `${FRONT_CHAIR_SEAT}M26 28V46l-4-5m4 5l4-5M94 28V46l-4-5m4 5l4-5`,
    poses: [
      { b: latPullDownArms(18, [20, 14], 4), h: [60, 22] },
      { b: latPullDownArms(48, [24, 20], 26), h: [60, 22] },
    ],
  },
  superman: {
    style: 'reps',
    p: FLOOR,
    // Flat on the stomach, arms forward, then chest, arms and legs lifted.
    poses: [
      { b: 'M150 88L104 90H86L66 88L28 88', h: [62, 81] },
      { b: 'M150 78L104 90H86L66 74L28 57', h: [61, 62] },
    ],
  },
  standingSuperman: {
    style: 'reps',
    v: -20,
    p: FLOOR,
    // Arms low, then lifted up and back into a Y.
    poses: [
      { b: STANDING_LEGS, h: [60, 17] },
      { b: STANDING_LEGS, h: [60, 17] },
    ],
    limbs: [
      { d: 'M60 29L40 6', at: [60, 29], turn: [-102, 0] },
      { d: 'M60 29L80 6', at: [60, 29], turn: [102, 0] },
    ],
  },
};
