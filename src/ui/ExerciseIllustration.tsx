/**
 * Simple line drawings of each catalogue exercise: a rounded stick figure in the exercise's
 * position, with its chair, floor, band, weights or roller. Everything is drawn in
 * `currentColor`, so the figures follow the text colour in light and dark mode.
 */

/** One person: head centre and the body as a single path (limbs and trunk). */
interface Figure {
  h: readonly [number, number];
  b: string;
}

interface Drawing {
  /** One figure, or two side by side for two-position moves. */
  f: readonly Figure[];
  /** Surroundings, drawn thin and faint: floor, chair, door frame, band, motion arrows. */
  p?: string;
  /** Weights, drawn thick. */
  w?: string;
  /** Foam roller: centre and radius. */
  r?: readonly [number, number, number];
  /** Left edge of the view box, to centre the drawing (the floor line is long enough). */
  v?: number;
}

const FLOOR = 'M-60 92H220';
/** A chair seen from the side, backrest at `x` on the left, seat 28 wide. */
const chair = (x: number) => `M${x} 36V64H${x + 28}M${x + 2} 64V92M${x + 26} 64V92`;
/** A chair seen from the front. */
const FRONT_CHAIR = 'M40 64V30H80V64M36 64H84M38 64V92M82 64V92';
/** Sitting upright on a chair, seen from the front: trunk and lower legs. */
const FRONT_SEATED = 'M60 62V32M52 62L50 91M68 62L70 91M48 34H72';
const STANDING_LEGS = 'M52 92L60 54L68 92M60 54V27';

const NEUTRAL: Drawing = { v: -20, f: [{ h: [60, 17], b: `${STANDING_LEGS}M48 50L60 29L72 50` }] };

const DRAWINGS: Record<string, Drawing> = {
  catCow: {
    f: [
      { h: [63, 64], b: 'M22 58Q39 38 56 58V91M22 58V90L8 90' },
      { h: [143, 48], b: 'M102 58Q119 74 136 58V91M102 58V90L88 90' },
    ],
    p: FLOOR,
  },
  seatedCatCow: {
    v: -14,
    f: [
      { h: [33, 26], b: 'M45 91L42 60H16Q6 42 26 31L42 57' },
      { h: [100, 20], b: 'M125 91L122 60H96Q110 46 98 28L122 57' },
    ],
    p: `${chair(8)}${chair(88)}`,
  },
  sphinx: { f: [{ h: [55, 57], b: 'M150 90L96 88Q80 84 62 66V90H40' }], p: FLOOR },
  seatedTwist: {
    f: [{ h: [64, 44], b: 'M124 90L64 88L86 66L74 90M64 88V52M86 64L64 57L44 72L40 90' }],
    p: `${FLOOR}M50 28Q64 20 78 28l-7-1m7 1l-2-7`,
  },
  chairTwist: {
    v: -20,
    f: [{ h: [60, 22], b: `${FRONT_SEATED}M72 34L52 62M48 34L36 44` }],
    p: `${FRONT_CHAIR}M46 8Q60 0 74 8l-7-1m7 1l-2-7`,
  },
  midBackExtension: {
    f: [{ h: [40, 83], b: 'M142 91L124 62L102 88L80 69Q66 66 52 79M54 78L50 58L36 74' }],
    p: FLOOR,
    r: [80, 81, 10],
  },
  chairBackExtension: {
    v: -43,
    f: [{ h: [13, 40], b: 'M68 91L66 60H40L33 40Q29 33 20 37M22 37L22 20L7 35' }],
    p: chair(30),
  },
  lungeRotation: {
    v: -11,
    f: [{ h: [93, 27], b: 'M28 90L76 64L100 66L102 91H110M76 64L88 36L76 8M88 36L98 70' }],
    p: FLOOR,
  },
  standingSideBend: {
    v: -32,
    f: [{ h: [41, 19], b: 'M56 52L70 91M64 52L48 91M60 52Q60 34 48 24M43 30L26 16L36 4L53 18' }],
    p: FLOOR,
  },
  trianglePose: {
    v: -14,
    f: [{ h: [34, 35], b: 'M28 91L66 56L104 91M66 56L42 41L36 74M42 41L48 6' }],
    p: FLOOR,
  },
  rowsDumbbell: {
    f: [{ h: [106, 30], b: 'M56 91L64 70L52 50L96 34M94 35L80 24L80 48' }],
    p: FLOOR,
    w: 'M73 50H87',
  },
  rowsBand: {
    f: [{ h: [21, 21], b: 'M48 91L46 60H20V30L12 48L28 52' }],
    p: `${chair(6)}M28 52L148 52M148 30V92`,
  },
  seatedSqueezeRow: {
    v: -44,
    f: [{ h: [21, 21], b: 'M48 91L46 60H20V30L12 48L28 52' }],
    p: `${chair(6)}M66 44H40l5-4m-5 4l5 4`,
  },
  rowsPlank: {
    v: -13,
    f: [{ h: [110, 55], b: 'M18 90L100 60V86M98 61L80 46L88 58' }],
    p: FLOOR,
    w: 'M94 88H106M82 59H94',
  },
  latPullDown: {
    v: -20,
    f: [{ h: [60, 22], b: `${FRONT_SEATED}M48 34L36 46L44 22M72 34L84 46L76 22` }],
    p: 'M44 22L60 4L76 22M20 92V2H100V92M36 64H84M38 64V92M82 64V92',
  },
  seatedLatPullDown: {
    v: -20,
    f: [{ h: [60, 22], b: `${FRONT_SEATED}M48 34L36 48L40 26M72 34L84 48L80 26` }],
    p: 'M36 64H84M38 64V92M82 64V92M26 28V46l-4-5m4 5l4-5M94 28V46l-4-5m4 5l4-5',
  },
  superman: { f: [{ h: [61, 62], b: 'M150 78L104 90H86L66 74L28 57' }], p: FLOOR },
  standingSuperman: {
    v: -20,
    f: [{ h: [60, 17], b: `${STANDING_LEGS}M40 6L60 29L80 6` }],
    p: FLOOR,
  },
};

export function ExerciseIllustration(props: { exerciseId: string; label: string; class?: string }) {
  const drawing = DRAWINGS[props.exerciseId] ?? NEUTRAL;
  const roller = drawing.r;
  return (
    <svg
      role="img"
      aria-label={props.label}
      viewBox={`${drawing.v ?? 0} 0 160 100`}
      class={props.class}
      fill="none"
      stroke="currentColor"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {drawing.p && <path d={drawing.p} stroke-width="2.5" opacity="0.5" />}
      {roller && (
        <circle cx={roller[0]} cy={roller[1]} r={roller[2]} stroke-width="2.5" fill="currentColor" fill-opacity="0.2" />
      )}
      {drawing.w && <path d={drawing.w} stroke-width="6" />}
      {drawing.f.map((figure, i) => (
        <g key={i} data-figure="">
          <circle cx={figure.h[0]} cy={figure.h[1]} r="6.5" stroke-width="3.5" fill="currentColor" fill-opacity="0.15" />
          <path d={figure.b} stroke-width="4.5" />
        </g>
      ))}
    </svg>
  );
}
