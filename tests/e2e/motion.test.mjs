// The exercise figure moves with the timer in real Chromium, and stands still for a person who
// asked their system for reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeCleanInEachScheme, launchForAllTests } from './harness.mjs';

const ext = launchForAllTests();

/**
 * Samples the figure's computed shape and transforms, with the phase shown, every 100 ms until
 * the phase has changed and `afterChangeMs` more have passed.
 */
function sampleFigure(page, afterChangeMs) {
  return page.evaluate(
    (afterChangeMs) =>
      new Promise((resolve, reject) => {
        const samples = [];
        const firstPhase = document.querySelector('[data-testid="phase"]').textContent;
        let changedAt = null;
        const giveUp = setTimeout(() => reject(new Error(`phase stayed "${firstPhase}"`)), 60_000);
        const timer = setInterval(() => {
          const phase = document.querySelector('[data-testid="phase"]').textContent;
          const parts = document.querySelectorAll('.player svg[role="img"] [data-side], .player svg[role="img"] [data-side] *');
          const shape = [...parts].map((el) => `${getComputedStyle(el).d} ${getComputedStyle(el).transform}`).join('|');
          samples.push({ phase, shape });
          if (changedAt === null && phase !== firstPhase) changedAt = Date.now();
          if (changedAt !== null && Date.now() - changedAt >= afterChangeMs) {
            clearInterval(timer);
            clearTimeout(giveUp);
            resolve(samples);
          }
        }, 100);
      }),
    afterChangeMs,
  );
}

async function startStretch(page) {
  await page.getByRole('button', { name: /^Start a \d+-minute stretch$/ }).click();
  await page.locator('.player svg[role="img"] [data-figure]').waitFor();
}

test('the figure moves through its positions as the phases change', async () => {
  const page = await ext.openPage('popup.html');
  await startStretch(page);
  const name = await page.locator('#exercise-name').innerText();
  const samples = await sampleFigure(page, 3000);
  const phases = new Set(samples.map((s) => s.phase));
  const shapes = new Set(samples.map((s) => s.shape));
  assert.ok(phases.size >= 2, `sampled across a phase change (${[...phases].join(', ')})`);
  // A movement, not a jump: the figure passes through in-between shapes.
  assert.ok(shapes.size >= 4, `${name}: the figure took ${shapes.size} shapes over ${[...phases].join(' → ')}`);
  await assertAxeCleanInEachScheme(page, 'in the moving player');
  await page.close();
});

test('with reduced motion the figure stays a still picture through a phase change', async () => {
  const page = await ext.context.newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(ext.url('popup.html'));
  // The stretch from the first test may still be running: start over with a fresh timer.
  const another = page.getByRole('button', { name: 'Another exercise' });
  const start = page.getByRole('button', { name: /^Start a \d+-minute stretch$/ });
  await another.or(start).waitFor();
  if (await start.isVisible()) await startStretch(page);
  else await another.click();
  await page.getByTestId('phase').filter({ hasText: 'Get ready' }).waitFor();
  const samples = await sampleFigure(page, 2000);
  const phases = new Set(samples.map((s) => s.phase));
  assert.ok(phases.size >= 2, `sampled across a phase change (${[...phases].join(', ')})`);
  assert.equal(new Set(samples.map((s) => s.shape)).size, 1, 'the figure never moved');
  await page.close();
});
