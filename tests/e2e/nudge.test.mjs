// Break nudges in real Chromium. The browser's clock runs 60x faster (libfaketime), so the
// real build with a 30-minute interval nudges about 30 s after it is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, changeSetting, launchExtension, stopServiceWorkers, waitFor } from './harness.mjs';

const MINUTE = 60_000;
const INTERVAL = 30;

const breakAlarm = (page) => page.evaluate(() => chrome.alarms.get('unhunch-break'));
const schedule = (page) => page.evaluate(async () => (await chrome.storage.local.get('schedule')).schedule);
const notifications = (page) => page.evaluate(() => chrome.notifications.getAll());

test('the nudge arrives on time, even when the service worker was stopped in between', async (t) => {
  const ext = await launchExtension({ speed: 60 });
  t.after(() => ext.close());
  const page = await ext.openPage('popup.html');
  await page.getByRole('button', { name: /Start a \d+-minute stretch/ }).waitFor();
  await changeSetting(ext, 'Remind me after sitting for (minutes)', INTERVAL);
  const alarm = await waitFor(async () => {
    const a = await breakAlarm(page);
    const state = await schedule(page);
    // The background has re-planned for the shorter interval.
    return a && state?.countingSince && a.scheduledTime - state.countingSince <= INTERVAL * MINUTE ? a : null;
  }, { what: `the break alarm for a ${INTERVAL}-minute interval` });
  const counting = await schedule(page);
  const dueAt = counting.countingSince + INTERVAL * MINUTE - counting.bankedMs;

  // Chrome stops idle workers; so do we, before the break is due.
  await stopServiceWorkers(ext.context, page);
  const [before, browserNow] = await page.evaluate(async () => [await chrome.notifications.getAll(), Date.now()]);
  if (browserNow < alarm.scheduledTime) assert.deepEqual(before, {}, 'no nudge before the break is due');

  const shown = await waitFor(async () => {
    const ids = Object.keys(await notifications(page));
    return ids.includes('unhunch-break') ? await page.evaluate(() => Date.now()) : null;
  }, { timeout: 90_000, what: 'the break notification' });
  const lateBy = shown - dueAt;
  t.diagnostic(`nudge came ${lateBy / 1000} browser-seconds after the break was due`);
  assert.ok(lateBy >= 0 && lateBy < 1.5 * MINUTE, `nudge came ${lateBy / 1000} browser-seconds after it was due`);

  // The sitting clock was kept across the worker's restart: a full interval was counted.
  const state = await schedule(page);
  const sat = state.lastNudgeAt - state.countingSince + state.bankedMs;
  assert.ok(sat >= INTERVAL * MINUTE - 1000, `sitting ${sat / MINUTE} min when nudged`);

  // The break window opened with today's exercise ready to start.
  const breakPage = await waitFor(
    () => ext.context.pages().find((p) => p.url().includes('popup.html?view=break')),
    { what: 'the break window' },
  );
  await breakPage.getByRole('heading', { name: /^Your stretch: / }).waitFor();
  await breakPage.getByRole('button', { name: 'Start a 2-minute stretch' }).waitFor();
  assert.match(await breakPage.getByRole('heading', { level: 1 }).innerText(), /Time for a break/);
  assert.deepEqual(await axeViolations(breakPage), [], 'axe violations in the break window');

  // Starting from the break window begins the timer and clears the nudge.
  await breakPage.getByRole('button', { name: 'Start a 2-minute stretch' }).click();
  await breakPage.locator('.countdown').waitFor();
  await waitFor(async () => Object.keys(await notifications(page)).length === 0, { what: 'the nudge to clear' });
});

const clockMinutes = (text) => {
  const m = text.match(/next break at (\d{1,2}):(\d\d)\s*(AM|PM)?/i);
  assert.ok(m, `no next-break time in "${text}"`);
  let hours = Number(m[1]) % 12;
  if (!m[3]) hours = Number(m[1]);
  else if (m[3].toUpperCase() === 'PM') hours += 12;
  return hours * 60 + Number(m[2]);
};

test('the popup shows sitting time and the next break; snooze moves it by the snooze length', async (t) => {
  const ext = await launchExtension();
  t.after(() => ext.close());
  const page = await ext.openPage('popup.html');
  const status = page.getByTestId('status-line');
  await status.waitFor();
  const before = await status.innerText();
  assert.match(before, /^Sitting for \d+ min · next break at /);
  const alarmBefore = (await breakAlarm(page)).scheduledTime;

  await page.getByRole('button', { name: 'Snooze' }).click();
  await waitFor(async () => (await status.innerText()) !== before, { what: 'the status line to change' });
  const after = await status.innerText();
  assert.equal((clockMinutes(after) - clockMinutes(before) + 1440) % 1440, 10, `${before} -> ${after}`);
  const alarmAfter = (await breakAlarm(page)).scheduledTime;
  assert.ok(Math.abs(alarmAfter - alarmBefore - 10 * MINUTE) < 2000, 'the break alarm moved by 10 minutes');

  // The badge says minutes to the break; its title says it in words.
  const title = await ext.worker.evaluate(() => chrome.action.getTitle({}));
  assert.match(title, /next break in \d+ min/);
});
