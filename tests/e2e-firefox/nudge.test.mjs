// A break nudge in a real Firefox: the event page goes to sleep, and the break alarm wakes it to nudge
// with everything the settings ask for: the badge, a desktop notification and the break window.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { backgroundAsleep, launchFirefox, moveMouse, startDesktopSession, startXvfb, textOf, waitFor } from './harness.mjs';

const MINUTE = 60_000;
/**
 * How long the event page stays awake with nothing to do (Firefox's default: 30 s). Shorter than
 * a nudge's work (opening the break window takes seconds on a busy machine) and Firefox ends the
 * page in the middle of it.
 */
const BACKGROUND_IDLE_MS = 8000;
/** Of the shortest interval (10 minutes), this much is left when the test begins. */
const LEFT_MS = 40_000;

let xvfb;
let desktop;
let ext;
after(async () => {
  await ext?.close();
  desktop?.stop();
  xvfb?.stop();
});

test('the event page sleeps, and the break alarm wakes it to nudge', { timeout: 180_000 }, async (t) => {
  // Visible, on a desktop with a notification server: Firefox's idle state follows real input there.
  xvfb = await startXvfb();
  desktop = await startDesktopSession(xvfb.display);
  ext = await launchFirefox({ display: xvfb.display, sessionBus: desktop.sessionBus, backgroundIdleMs: BACKGROUND_IDLE_MS });
  // A page that runs none of Unhunch's code but can read its badge, alarms and storage.
  const observer = await ext.openPage('icon/128.png');
  const local = (key) => observer.evaluate(async (k) => (await browser.storage.local.get(k))[k], key);
  const breakAlarm = () => observer.evaluate(() => browser.alarms.get('unhunch-break'));

  // Firefox cannot run on a sped-up clock (it hangs under libfaketime), so the person has sat
  // through all but the last seconds of the shortest interval when the test begins. The install
  // has been handled once the event page has gone to sleep: nothing can overwrite this then.
  await waitFor(() => backgroundAsleep(observer), { what: 'the event page to sleep after the install' });
  const installed = await local('schedule');
  assert.equal(installed.bankedMs, 0, 'a fresh sitting clock on install');
  await observer.evaluate(
    (state) => browser.storage.local.set({ schedule: state }),
    { ...installed, bankedMs: 10 * MINUTE - LEFT_MS, countingSince: await observer.evaluate(() => Date.now()) },
  );

  // The shortest interval, chosen on the options page; the break window is the default nudge.
  const options = await ext.openPage('options.html');
  await waitFor(() => options.$('#intervalMinutes'), { what: 'the interval field' });
  assert.equal(await options.$eval('input[name="nudgeLevel"]:checked', (r) => r.value), 'window');
  await options.focus('#intervalMinutes');
  await options.keyboard.down('Control');
  await options.keyboard.press('a');
  await options.keyboard.up('Control');
  await options.keyboard.type('10');
  await waitFor(async () => (await textOf(options, '[data-testid="save-status"]')) === 'Saved', { what: '"Saved"' });
  await options.close();
  const alarm = await waitFor(async () => {
    const a = await breakAlarm();
    return a && a.scheduledTime - (await observer.evaluate(() => Date.now())) < LEFT_MS ? a : null;
  }, { what: 'the break alarm for the last seconds of the interval' });
  assert.notEqual(await observer.evaluate(() => browser.browserAction.getBadgeText({})), '!', 'not due yet');
  const nudges = () => desktop.notifications().filter((n) => n.title === 'Time for a break');
  assert.deepEqual(nudges(), [], 'no nudge before the break is due');

  // Nothing to do until the alarm: the event page goes to sleep.
  await waitFor(() => backgroundAsleep(observer), { what: 'the event page to sleep' });
  const asleepAt = await observer.evaluate(() => Date.now());
  assert.ok(asleepAt < alarm.scheduledTime, `asleep ${(alarm.scheduledTime - asleepAt) / 1000}s before the break is due`);
  // Only the event page nudges: a nudge from here on means the alarm woke it.
  // Someone is at the keyboard (a nudge waits for input in the last minute).
  await moveMouse(xvfb.display);

  const shown = await waitFor(() => nudges()[0], { timeout: LEFT_MS + 30_000, what: 'the desktop notification' });
  const shownAt = await observer.evaluate(() => Date.now());
  t.diagnostic(`nudged ${(shownAt - alarm.scheduledTime) / 1000}s after the break was due`);
  assert.ok(shownAt >= alarm.scheduledTime, 'not before the break was due');
  // "Stand up for a 2-minute stretch: …", in words that suit the exercise's position.
  const exercise = shown.message.match(/ 2-minute stretch.*: (.{3,})\.$/)?.[1];
  assert.ok(exercise, `the nudge names its exercise: "${shown.message}"`);
  // The badge follows the notification in the same step.
  await waitFor(async () => (await observer.evaluate(() => browser.browserAction.getBadgeText({}))) === '!', { what: 'the due badge' });
  assert.match(await observer.evaluate(() => browser.browserAction.getTitle({})), /break/i);

  // The break window, with the exercise the notification named ready to start.
  const breakWindow = await waitFor(async () => {
    for (const page of await ext.browser.pages())
      if ((await page.evaluate(() => location.href).catch(() => '')).includes('popup.html?view=break')) return page;
    return null;
  }, { what: 'the break window' });
  const heading = await waitFor(() => textOf(breakWindow, 'h1'), { what: 'the break window’s heading' });
  assert.match(heading, /Time for a break/);
  assert.equal(await waitFor(() => textOf(breakWindow, 'h2'), { what: 'the exercise' }), `Your stretch: ${exercise}`);
  assert.deepEqual(ext.errors(), []);
});
