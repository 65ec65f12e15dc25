import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { CATALOGUE, exerciseById } from '../../src/core/catalogue';
import { buildRoutine, type Phase } from '../../src/core/routine';
import { ExerciseIllustration } from '../../src/ui/ExerciseIllustration';
import { DRAWINGS } from '../../src/ui/illustration/figures';
import type { PosePhase } from '../../src/ui/illustration/motion';
import { waitFor } from './setup';

const containers: HTMLElement[] = [];

function mount() {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  const show = (exerciseId: string, phase?: PosePhase, label = `Drawing of ${exerciseId}`, className?: string) => {
    render(<ExerciseIllustration exerciseId={exerciseId} label={label} class={className} phase={phase} />, container);
    const svg = container.querySelector('svg');
    if (!svg) throw new Error(`no svg for ${exerciseId}`);
    return svg;
  };
  return show;
}

function draw(exerciseId: string, label?: string, className?: string): SVGSVGElement {
  return mount()(exerciseId, undefined, label, className);
}

/** What a person sees of the figure: the body shape it rests in, which way it faces, whether it moves. */
function figure(svg: SVGSVGElement) {
  const scene = svg.querySelector('[data-side]')!.parentElement!;
  return {
    body: svg.querySelector('[data-figure] > path')!.getAttribute('d'),
    // Where it ends up facing: its own transform, not the --sa/--sb it turns between.
    mirrored: /(^|;)\s*transform:[^;]*scale\(-1, 1\)/.test(svg.querySelector('[data-side]')!.getAttribute('style') ?? ''),
    moving: scene.classList.contains('moving'),
    returning: scene.classList.contains('returning'),
    turning: scene.classList.contains('turning'),
  };
}

/** The body of the still picture's figures: the exercise position, and the other one for cat/cow. */
const stillBodies = (id: string) => [...draw(id).querySelectorAll('[data-figure] > path')].map((p) => p.getAttribute('d'));

const routine = (id: string, minutes = 2) => buildRoutine(exerciseById(id)!, minutes * 60_000).phases;
const first = (phases: Phase[], kind: string, from = 0) => phases.slice(from).find((p) => p.kind === kind)!;

function preferReducedMotion(reduce: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: reduce,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', (q: string) => (q === '(prefers-reduced-motion: reduce)' ? query : { ...query, matches: false }));
  return (next: boolean) => {
    query.matches = next;
    listeners.forEach((listener) => listener());
  };
}

afterEach(() => {
  for (const container of containers.splice(0)) {
    render(null, container);
    container.remove();
  }
  vi.unstubAllGlobals();
});

describe('ExerciseIllustration, still', () => {
  it.each(CATALOGUE.map((e) => e.id))('draws %s as a labelled image in currentColor', (id) => {
    const svg = draw(id);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(`Drawing of ${id}`);
    expect(svg.getAttribute('viewBox')).toMatch(/^-?\d+ 0 160 100$/);
    expect(svg.getAttribute('stroke')).toBe('currentColor');
    expect(svg.querySelectorAll('[data-figure]').length).toBeGreaterThanOrEqual(1);
    expect(svg.querySelector('[data-figure] path')?.getAttribute('d')).toBeTruthy();
    // Only currentColor: no fixed colours that would vanish in dark mode.
    for (const el of svg.querySelectorAll('*')) {
      for (const attr of ['stroke', 'fill']) {
        const value = el.getAttribute(attr);
        if (value !== null) expect(['none', 'currentColor'], `${id} ${attr}`).toContain(value);
      }
    }
    // A still picture: nothing animates.
    expect(svg.querySelector('[data-move], .moving, .turning')).toBeNull();
  });

  it('gives every catalogue exercise its own drawing', () => {
    const drawings = CATALOGUE.map((e) => draw(e.id).innerHTML);
    expect(new Set(drawings).size).toBe(CATALOGUE.length);
    expect(drawings).not.toContain(draw('someUnknownExercise').innerHTML);
  });

  it('shows both positions of cat/cow, kneeling and seated', () => {
    expect(draw('catCow').querySelectorAll('[data-figure]')).toHaveLength(2);
    expect(draw('seatedCatCow').querySelectorAll('[data-figure]')).toHaveLength(2);
    expect(draw('sphinx').querySelectorAll('[data-figure]')).toHaveLength(1);
  });

  it('draws the foam roller for the roller stretch', () => {
    expect(draw('midBackExtension').querySelector('circle:not([data-figure] circle)')).not.toBeNull();
  });

  it('draws a neutral standing figure for an unknown id instead of failing', () => {
    const svg = draw('noSuchExercise', 'Exercise');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Exercise');
    expect(svg.querySelectorAll('[data-figure]')).toHaveLength(1);
    // Even while a stretch runs: one position, nothing to morph.
    expect(figure(mount()('noSuchExercise', { kind: 'ready', durationMs: 5000 })).moving).toBe(false);
  });

  it('passes the class through', () => {
    expect(draw('superman', 'Superman', 'figure').getAttribute('class')).toBe('figure');
  });

  it.each(Object.keys(DRAWINGS))('draws every position of %s with the same path commands, so one morphs into the next', (id) => {
    const commands = (d: string | undefined) => d?.replace(/[^A-Za-z]/g, '');
    const { poses } = DRAWINGS[id]!;
    expect(poses.length).toBeGreaterThanOrEqual(2);
    for (const part of ['b', 'w', 'x'] as const)
      for (const pose of poses) expect(commands(pose[part]), `${id} ${part}`).toBe(commands(poses[0]![part]));
  });
});

describe('ExerciseIllustration, moving with the timer', () => {
  it.each(CATALOGUE.map((e) => e.id))('%s moves during its routine and keeps its name', (id) => {
    const show = mount();
    const seen = new Set<string>();
    let animated = 0;
    for (const phase of routine(id)) {
      const svg = show(id, phase);
      expect(svg.getAttribute('aria-label')).toBe(`Drawing of ${id}`);
      const now = figure(svg);
      seen.add(`${now.body} ${now.mirrored}`);
      if (now.moving || now.turning) animated++;
    }
    // It animates between positions, and not only once.
    expect(animated, id).toBeGreaterThanOrEqual(2);
    // A hold or an alternating move rests in more than one position over the routine.
    if (DRAWINGS[id]!.style !== 'reps') expect(seen.size, id).toBeGreaterThanOrEqual(2);
  });

  it('eases a hold into its position while the person gets ready, then stays there', () => {
    const phases = routine('sphinx');
    const show = mount();
    const ready = figure(show('sphinx', phases[0]));
    const [held] = stillBodies('sphinx');
    expect(ready).toMatchObject({ body: held, moving: true });
    const hold = figure(show('sphinx', first(phases, 'hold')));
    expect(hold).toMatchObject({ body: held, moving: false });
    // Between holds the chest comes down, and presses up again on the next hold.
    const release = figure(show('sphinx', first(phases, 'release')));
    expect(release.body).not.toBe(held);
    expect(release.moving).toBe(true);
    expect(figure(show('sphinx', first(phases, 'hold', phases.indexOf(first(phases, 'release')))))).toMatchObject({
      body: held,
      moving: true,
    });
  });

  it('arches cat/cow and dips it, position after position', () => {
    const phases = routine('catCow');
    const [arch, dip] = stillBodies('catCow');
    const show = mount();
    const ready = figure(show('catCow', phases[0]));
    expect([arch, dip]).not.toContain(ready.body);
    const positions = phases.filter((p) => p.kind === 'pose');
    expect(positions.length).toBeGreaterThanOrEqual(6);
    for (const position of positions) {
      const now = figure(show('catCow', position));
      expect(now).toMatchObject({ body: position.pose === 'arch' ? arch : dip, moving: true, returning: false });
    }
  });

  it('turns a twist to one side, then mirrors it to the other on "switch sides"', () => {
    const phases = routine('chairTwist');
    const [held] = stillBodies('chairTwist');
    const show = mount();
    show('chairTwist', phases[0]);
    expect(figure(show('chairTwist', first(phases, 'hold')))).toMatchObject({ body: held, mirrored: false });
    const switching = figure(show('chairTwist', first(phases, 'switchSides')));
    expect(switching).toMatchObject({ body: held, mirrored: true, turning: true, moving: true });
    const otherSide = first(phases, 'hold', phases.indexOf(first(phases, 'switchSides')));
    expect(otherSide.side).toBe(2);
    expect(figure(show('chairTwist', otherSide))).toMatchObject({ body: held, mirrored: true, moving: false });
  });

  it('pulls and returns on every rep of a row, restarting with each rep', () => {
    const reps = routine('rowsBand').filter((p) => p.kind === 'rep');
    const show = mount();
    const path = (svg: SVGSVGElement) => svg.querySelector('[data-figure] > path')!;
    const firstRep = path(show('rowsBand', reps[0]));
    expect(firstRep.getAttribute('style')).toMatch(/--a: path\(.+--b: path\(/);
    expect(figure(show('rowsBand', reps[0]))).toMatchObject({ moving: true, returning: true });
    // A new element per rep, so the browser plays the pull again.
    expect(path(show('rowsBand', reps[1]))).not.toBe(firstRep);
    expect(figure(show('rowsBand', reps[1]))).toMatchObject({ moving: true, returning: true });
  });

  it('lifts, holds and lowers a held rep', () => {
    const [lifted] = stillBodies('superman');
    const show = mount();
    const ready = figure(show('superman', { kind: 'ready', durationMs: 5000 }));
    expect(ready.body).not.toBe(lifted);
    expect(figure(show('superman', { kind: 'lift', durationMs: 2000, count: 1 }))).toMatchObject({ body: lifted, moving: true });
    expect(figure(show('superman', { kind: 'hold', durationMs: 5000, count: 1 }))).toMatchObject({ body: lifted, moving: false });
    expect(figure(show('superman', { kind: 'lower', durationMs: 3000, count: 1 }))).toMatchObject({ body: ready.body, moving: true });
  });

  it('takes the position a cat/cow phase names', () => {
    const [arch, dip] = stillBodies('seatedCatCow');
    const show = mount();
    show('seatedCatCow', { kind: 'ready', durationMs: 5000 });
    expect(figure(show('seatedCatCow', { kind: 'pose', pose: 'arch', count: 1, durationMs: 4000 })).body).toBe(arch);
    expect(figure(show('seatedCatCow', { kind: 'pose', pose: 'dip', count: 2, durationMs: 4000 })).body).toBe(dip);
    expect(figure(show('seatedCatCow', { kind: 'pose', pose: 'dip', count: 3, durationMs: 4000 })).body).toBe(dip);
  });

  it('turns back to the first side for the next round of a per-side hold', () => {
    const show = mount();
    show('seatedTwist', { kind: 'hold', side: 2, count: 1, durationMs: 20_000 });
    expect(figure(show('seatedTwist', { kind: 'hold', side: 2, count: 1, durationMs: 20_000 })).mirrored).toBe(true);
    const back = figure(show('seatedTwist', { kind: 'switchSides', side: 1, durationMs: 5000 }));
    expect(back).toMatchObject({ mirrored: false, turning: true });
  });

  it('lowers the sphinx between holds on a release', () => {
    const [held] = stillBodies('sphinx');
    const show = mount();
    show('sphinx', { kind: 'hold', count: 1, durationMs: 30_000 });
    expect(figure(show('sphinx', { kind: 'release', count: 2, durationMs: 5000 }))).toMatchObject({ moving: true });
    expect(figure(show('sphinx', { kind: 'release', count: 2, durationMs: 5000 })).body).not.toBe(held);
  });

  it('rows arm after arm in place when the arms take turns rep by rep', () => {
    const show = mount();
    show('rowsPlank', { kind: 'ready', durationMs: 5000 });
    for (const [count, side] of [[1, 1], [1, 2], [2, 1], [2, 2]] as const) {
      const rep = figure(show('rowsPlank', { kind: 'rep', count, side, durationMs: 3000 }));
      expect(rep).toMatchObject({ moving: true, returning: true, mirrored: false, turning: false });
    }
  });

  it('takes the exercise position for a phase kind it does not know', () => {
    const [held] = stillBodies('trianglePose');
    const svg = mount()('trianglePose', { kind: 'somethingNew' as Phase['kind'], durationMs: 4000, side: 2 });
    expect(figure(svg)).toMatchObject({ body: held, mirrored: true });
  });
});

describe('ExerciseIllustration with reduced motion', () => {
  it.each(CATALOGUE.map((e) => e.id))('%s stays the still picture through its routine', (id) => {
    preferReducedMotion(true);
    const still = draw(id).innerHTML;
    const show = mount();
    for (const phase of routine(id)) {
      const svg = show(id, phase);
      expect(svg.innerHTML, `${id} ${phase.kind}`).toBe(still);
      expect(svg.getAttribute('aria-label')).toBe(`Drawing of ${id}`);
    }
  });

  it('stops moving as soon as the person turns reduced motion on', async () => {
    const setReduced = preferReducedMotion(false);
    const show = mount();
    const phase = routine('rowsDumbbell').find((p) => p.kind === 'rep')!;
    expect(figure(show('rowsDumbbell', phase)).moving).toBe(true);
    const still = draw('rowsDumbbell').innerHTML;
    setReduced(true);
    await waitFor(() => expect(show('rowsDumbbell', phase).innerHTML).toBe(still));
  });
});
