// Spoken cues, heard by replacing speechSynthesis.speak with a recorder in every page: a stretch
// started in the popup moves to the break window and keeps talking after the popup is closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAxeCleanInEachScheme, launchExtension, launchForAllTests, saveStatus, waitFor } from './harness.mjs';

const ext = launchForAllTests(launchExtension, (launched) =>
  launched.context.addInitScript(() => {
    const said = [];
    Object.defineProperty(window, '__said', { value: said });
    if (!window.speechSynthesis) return;
    // This machine has no voices: offer an offline one and an online one (which must never be used).
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
      }
    };
    const voices = [
      { name: 'Online English', lang: 'en-US', localService: false },
      { name: 'Offline English', lang: 'en-GB', localService: true },
    ];
    window.speechSynthesis.getVoices = () => voices;
    window.speechSynthesis.speak = (utterance) => said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
  }),
);

const said = (page) => page.evaluate(() => window.__said.map((u) => u.text));

test('with the voice on, a stretch started in the popup plays and speaks in the break window after the popup closes', async () => {
  const options = await ext.openPage('options.html');
  await options.getByLabel('Speak each step of a stretch aloud').check();
  await waitFor(async () => (await saveStatus(options)) === 'Saved', { what: 'the voice setting to save' });
  await options.close();

  const popup = await ext.openPage('popup.html');
  const opened = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('view=break'), timeout: 20_000 });
  await popup.getByRole('button', { name: 'Start a 2-minute stretch' }).click();
  const window = await opened;
  // The popup hands the stretch over and says nothing itself.
  assert.deepEqual(await said(popup).catch(() => []), []);
  if (!popup.isClosed()) await popup.close();

  const name = await window.locator('#exercise-name').innerText();
  // Past "get ready", its countdown and into the first two positions, with the popup long gone.
  const heard = await waitFor(async () => ((await said(window)).length >= 9 ? said(window) : null), {
    timeout: 30_000,
    what: 'nine spoken cues',
  });
  assert.equal(heard[0], `${name}. Get ready`);
  assert.deepEqual(heard.slice(1, 4), ['3', '2', '1']);
  const firstPhase = await window.evaluate(() => window.__said[4].text);
  assert.match(firstPhase, /^(Arch your back, breathe in|Hold|Rep 1 of)/, `the first phase: ${heard.join(' | ')}`);
  assert.deepEqual(heard.slice(5, 8), ['3', '2', '1'], heard.join(' | '));
  assert.notEqual(heard[8], heard[4], 'the next phase is said');
  const langs = await window.evaluate(() => window.__said.map((u) => u.lang));
  assert.ok(langs.every((lang) => /^en/.test(lang)), `spoken in English: ${langs}`);
  const voices = await window.evaluate(() => window.__said.map((u) => u.voice));
  assert.ok(voices.every((voice) => voice === 'Offline English'), `only the offline voice, never one that sends text away: ${voices}`);

  // The timer keeps going in the window.
  const phase = await window.getByTestId('phase').innerText();
  await waitFor(async () => (await window.getByTestId('phase').innerText()) !== phase, { what: 'the next phase' });

  // The voice switch in the player says it is on; the safety line is one keyboard press away.
  assert.equal(await window.getByRole('button', { name: 'Voice' }).getAttribute('aria-pressed'), 'true');
  const safety = window.getByRole('button', { name: 'Safety' });
  for (let i = 0; i < 15 && !(await safety.evaluate((b) => b === document.activeElement)); i++) await window.keyboard.press('Tab');
  assert.equal(await safety.evaluate((b) => b === document.activeElement), true, 'Tab reaches the safety button');
  const wasOpen = await safety.getAttribute('aria-expanded');
  await window.keyboard.press('Enter');
  await waitFor(async () => (await safety.getAttribute('aria-expanded')) !== wasOpen, { what: 'the safety line to toggle' });
  if ((await safety.getAttribute('aria-expanded')) === 'false') await window.keyboard.press('Enter');
  assert.match(await window.locator('#safety-line').innerText(), /Stop if it hurts/);
  await assertAxeCleanInEachScheme(window, "in the break window's player");

  // Finishing early says nothing more; the stretch is recorded once.
  await window.getByRole('button', { name: 'Finish' }).click();
  await window.getByText('Stretch stopped early').waitFor();
});
