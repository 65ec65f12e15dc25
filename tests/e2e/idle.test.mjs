// A natural break in real Chromium: no input for the "away counts as a break" time turns
// the idle state to idle, and coming back restarts the sitting clock.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { changeSetting, launchExtension, moveMouse, startXvfb, waitFor } from './harness.mjs';

let xvfb;
let ext;
after(async () => {
  await ext?.close();
  xvfb?.stop();
});

const schedule = (page) => page.evaluate(async () => (await chrome.storage.local.get('schedule')).schedule);

test('time away is a natural break: the badge goes quiet, and the clock restarts on return', { timeout: 180_000 }, async () => {
  xvfb = await startXvfb();
  ext = await launchExtension({ display: xvfb.display });
  const page = await ext.openPage('popup.html');
  await page.getByTestId('status-line').waitFor();
  // The shortest away time a person may choose: one minute.
  await changeSetting(ext, 'Time away that counts as a break (minutes)', 1);
  await moveMouse(xvfb.display);

  // No input for a minute: Chromium reports idle, and the sitting clock stops.
  const away = await waitFor(async () => {
    const state = await schedule(page);
    return state && state.awaySince !== null ? state : null;
  }, { timeout: 120_000, interval: 1000, what: 'the idle state' });
  assert.equal(await page.evaluate(() => chrome.action.getBadgeText({})), '', 'no countdown on the badge while away');
  assert.match(await page.getByTestId('status-line').innerText(), /^Away/);
  assert.equal(await page.evaluate(() => chrome.alarms.get('unhunch-break')), undefined, 'no nudge armed for an empty chair');

  // Back at the desk: a fresh sitting clock and a full interval to the next break.
  await moveMouse(xvfb.display);
  const back = await waitFor(async () => {
    const state = await schedule(page);
    return state && state.awaySince === null ? state : null;
  }, { timeout: 20_000, what: 'the active state' });
  assert.ok(back.countingSince > away.awaySince);
  assert.equal(back.bankedMs, 0, 'the sitting clock restarted');
  const alarm = await page.evaluate(() => chrome.alarms.get('unhunch-break'));
  // The alarm is for the warning, a minute before the break.
  const toWarning = alarm.scheduledTime - back.countingSince;
  assert.ok(Math.abs(toWarning - 44 * 60_000) < 2000, `warning in ${toWarning / 60_000} min`);
  await waitFor(async () => (await page.evaluate(() => chrome.action.getBadgeText({}))) === '45', { what: 'the badge countdown' });
});
