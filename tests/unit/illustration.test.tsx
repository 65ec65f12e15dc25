import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { CATALOGUE } from '../../src/core/catalogue';
import { ExerciseIllustration } from '../../src/ui/ExerciseIllustration';

const containers: HTMLElement[] = [];

function draw(exerciseId: string, label = `Drawing of ${exerciseId}`, className?: string): SVGSVGElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(<ExerciseIllustration exerciseId={exerciseId} label={label} class={className} />, container);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error(`no svg for ${exerciseId}`);
  return svg;
}

afterEach(() => {
  for (const container of containers.splice(0)) {
    render(null, container);
    container.remove();
  }
});

describe('ExerciseIllustration', () => {
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
  });

  it('passes the class through', () => {
    expect(draw('superman', 'Superman', 'figure').getAttribute('class')).toBe('figure');
  });
});
