/**
 * The exercise's line drawing (see illustration/figures). Given the timer's phase, the figure
 * moves between its positions in step with it, with CSS animations the browser runs on its own;
 * without a phase, or when the person prefers reduced motion, it is a still picture. Everything
 * is drawn in `currentColor`, so the figures follow the text colour in light and dark mode.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DRAWINGS, NEUTRAL, type Drawing, type Point } from './illustration/figures';
import { planMotion, type MotionPlan, type PosePhase } from './illustration/motion';
import './illustration.css';

interface Props {
  exerciseId: string;
  label: string;
  class?: string;
  /** The timer's current phase, while a stretch runs. */
  phase?: PosePhase;
}

export function ExerciseIllustration(props: Props) {
  const drawing = DRAWINGS[props.exerciseId] ?? NEUTRAL;
  const reducedMotion = useReducedMotion();
  const motion = useMotionPlan(props.exerciseId, drawing, reducedMotion ? undefined : props.phase);
  const left = drawing.v ?? 0;
  return (
    <svg
      role="img"
      aria-label={props.label}
      viewBox={`${left} 0 160 100`}
      class={props.class}
      fill="none"
      stroke="currentColor"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {motion ? (
        <Scene key={motion.key} drawing={drawing} plan={motion.plan} />
      ) : (
        (drawing.still ?? [[1, 0]]).map(([pose, dx]) => (
          <g key={pose} transform={dx ? `translate(${dx} 0)` : undefined}>
            <Scene drawing={drawing} plan={{ home: { pose, side: 1 }, from: pose, to: pose, goMs: 0 }} />
          </g>
        ))
      )}
    </svg>
  );
}

function useReducedMotion(): boolean {
  const [query] = useState(() =>
    typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined,
  );
  const [reduced, setReduced] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const update = () => setReduced(query.matches);
    // It may have changed between the first render and now.
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [query]);
  return reduced;
}

/** One plan per phase; each new phase starts where the previous one left the figure. */
function useMotionPlan(exerciseId: string, drawing: Drawing, phase: PosePhase | undefined) {
  const last = useRef<{ key: string; exerciseId: string; plan: MotionPlan } | null>(null);
  if (!phase) {
    last.current = null;
    return null;
  }
  const key = [exerciseId, phase.kind, phase.side, phase.count, phase.set].join(' ');
  if (last.current?.key !== key) {
    const previous = last.current?.exerciseId === exerciseId ? last.current.plan.home : null;
    last.current = { key, exerciseId, plan: planMotion(drawing.style, phase, previous) };
  }
  return last.current;
}

const ms = (value: number) => `${Math.round(value)}ms`;
const shift = ([x, y]: Point, [hx, hy]: Point) => `translate(${x - hx}px, ${y - hy}px)`;
const turnAbout = ([x, y]: Point, degrees: number) =>
  `translate(${x}px, ${y}px) rotate(${degrees}deg) translate(${-x}px, ${-y}px)`;
const mirror = (centre: number, side: number) =>
  `translate(${centre}px, 0px) scale(${side === 2 ? -1 : 1}, 1) translate(${-centre}px, 0px)`;

/** The drawing in the plan's home pose, with the CSS variables that animate it there. */
function Scene({ drawing, plan }: { drawing: Drawing; plan: MotionPlan }) {
  const pose = (index: number) => drawing.poses[Math.min(index, drawing.poses.length - 1)]!;
  const home = pose(plan.home.pose);
  const from = pose(plan.from);
  const to = pose(plan.to);
  const moving = plan.goMs > 0 && from !== to;
  const centre = (drawing.v ?? 0) + 80;
  const turning = plan.turn !== undefined;

  /** The CSS variables for one animated value, or none when it does not change. */
  const animate = (a: string, b: string) => (moving && a !== b ? { 'data-move': '', style: { '--a': a, '--b': b } } : {});
  const morph = (part: 'b' | 'w' | 'x', width: number, faint?: boolean) => {
    const d = home[part];
    if (!d) return null;
    const a = animate(`path("${from[part]}")`, `path("${to[part]}")`);
    return <path d={d} stroke-width={width} opacity={faint ? 0.5 : undefined} {...a} />;
  };

  const classes = [moving && 'moving', moving && plan.back && 'returning', turning && 'turning'].filter(Boolean);
  const timing = {
    '--go': ms(plan.goMs),
    ...(plan.back ? { '--back': ms(plan.back.ms), '--back-at': ms(plan.back.atMs) } : {}),
    ...(plan.turn ? { '--turn': ms(plan.turn.ms), '--turn-at': ms(plan.turn.atMs) } : {}),
  };
  const side = mirror(centre, plan.home.side);
  const roller = drawing.r;
  return (
    <g class={classes.join(' ') || undefined} style={classes.length ? timing : undefined} data-pose={plan.home.pose}>
      {drawing.p && <path d={drawing.p} stroke-width="2.5" opacity="0.5" />}
      {roller && (
        <circle cx={roller[0]} cy={roller[1]} r={roller[2]} stroke-width="2.5" fill="currentColor" fill-opacity="0.2" />
      )}
      <g
        data-side={plan.home.side}
        style={{
          transform: plan.home.side === 2 || turning ? side : undefined,
          ...(plan.turn ? { '--sa': mirror(centre, plan.turn.fromSide), '--sb': side } : {}),
        }}
      >
        {drawing.a && <path d={drawing.a} stroke-width="2.5" opacity="0.5" />}
        {morph('x', 2.5, true)}
        {morph('w', 6)}
        <g data-figure="">
          <g {...animate(shift(from.h, home.h), shift(to.h, home.h))}>
            <circle cx={home.h[0]} cy={home.h[1]} r="6.5" stroke-width="3.5" fill="currentColor" fill-opacity="0.15" />
          </g>
          {morph('b', 4.5)}
          {drawing.limbs?.map((limb, i) => {
            const turn = (index: number) => turnAbout(limb.at, limb.turn[Math.min(index, limb.turn.length - 1)]!);
            const a = animate(turn(plan.from), turn(plan.to));
            return (
              <g key={i} {...a} style={{ ...('style' in a ? a.style : {}), transform: turn(plan.home.pose) }}>
                <path d={limb.d} stroke-width="4.5" />
              </g>
            );
          })}
        </g>
      </g>
    </g>
  );
}
