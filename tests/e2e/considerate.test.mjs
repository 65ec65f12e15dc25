// A considerate nudge in real Chromium: watching or listening is sitting, a nudge never takes
// the keyboard nor covers a fullscreen window, and a warning comes first. The browser's clock
// runs faster (libfaketime), so real intervals pass in seconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changeSetting,
  focusWindow,
  launchExtension,
  moveMouse,
  startNotificationServer,
  startXvfb,
  typeText,
  waitFor,
} from './harness.mjs';

const MINUTE = 60_000;
const INTERVAL_LABEL = 'Remind me after sitting for (minutes)';

/** A page with the extension's API that runs none of its code: a quiet place to look from. */
async function lookout(ext) {
  const page = await ext.openPage('manifest.json');
  return {
    page,
    now: () => page.evaluate(() => Date.now()),
    schedule: () => page.evaluate(async () => (await chrome.storage.local.get('schedule')).schedule),
    notifications: () => page.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
    history: () => page.evaluate(async () => (await chrome.storage.local.get('history')).history ?? []),
    breakAlarm: () => page.evaluate(() => chrome.alarms.get('unhunch-break')),
  };
}

/** When the break falls due with the interval just saved, from the stored facts (counting since, banked before). */
async function dueAt(look, intervalMinutes) {
  const state = await waitFor(async () => ((await look.schedule())?.countingSince ? look.schedule() : null), {
    timeout: 60_000,
    what: 'the sitting clock',
  });
  return state.countingSince + intervalMinutes * MINUTE - state.bankedMs;
}

const breakWindow = (ext) => ext.context.pages().find((p) => p.url().includes('popup.html?view=break'));

test('a tab playing sound with no input past the away time is sitting: no natural break, the nudge on time', { timeout: 300_000 }, async (t) => {
  const xvfb = await startXvfb();
  t.after(() => xvfb.stop());
  // Idle follows real input time: at 10x, the 1-minute away time passes in a real minute, 20 browser-minutes in two.
  const ext = await launchExtension({ display: xvfb.display, speed: 10 });
  t.after(() => ext.close());
  const look = await lookout(ext);
  await changeSetting(ext, 'Time away that counts as a break (minutes)', 1);
  await changeSetting(ext, INTERVAL_LABEL, 20);

  const player = await ext.context.newPage();
  await player.setContent(`<button id="play">Play</button><script>
    document.getElementById('play').onclick = () => {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      gain.gain.value = 0.2;
      tone.connect(gain).connect(audio.destination);
      tone.start();
    };</script>`);
  await player.click('#play');
  await waitFor(() => look.page.evaluate(async () => (await chrome.tabs.query({ audible: true })).length > 0), { what: 'the tab to play sound' });
  const due = await dueAt(look, 20);
  await moveMouse(xvfb.display); // the last input

  // The idle report comes after the away time; the sound keeps the person at the desk.
  const watching = await waitFor(async () => ((await look.schedule())?.watching ? look.schedule() : null), {
    timeout: 150_000,
    interval: 1000,
    what: 'the idle report while sound plays',
  });
  assert.equal(watching.awaySince, null, 'not away while a tab plays sound');
  assert.ok((await look.now()) < due, 'idle before the break was due');

  const shown = await waitFor(async () => ((await look.notifications()).includes('unhunch-break') ? look.now() : null), {
    timeout: 150_000,
    what: 'the nudge',
  });
  const lateBy = shown - due;
  t.diagnostic(`nudge came ${lateBy / 1000} browser-seconds after the break was due`);
  assert.ok(lateBy >= 0 && lateBy < 1.5 * MINUTE, `nudge came ${lateBy / 1000} browser-seconds after it was due`);
});

test('over a fullscreen window the nudge is a notification; the break window opens after leaving fullscreen', { timeout: 180_000 }, async (t) => {
  const ext = await launchExtension({ speed: 60 });
  t.after(() => ext.close());
  const look = await lookout(ext);
  await changeSetting(ext, INTERVAL_LABEL, 20);
  const windowId = await look.page.evaluate(async () => (await chrome.windows.getCurrent()).id);
  await look.page.evaluate((id) => chrome.windows.update(id, { state: 'fullscreen' }), windowId);
  const fullscreen = () => look.page.evaluate(async () => (await chrome.windows.getAll()).some((w) => w.state === 'fullscreen'));
  await waitFor(fullscreen, { what: 'a fullscreen window' });

  await waitFor(async () => (await look.notifications()).includes('unhunch-break'), { timeout: 60_000, what: 'the nudge' });
  assert.ok(await fullscreen(), 'still fullscreen when the nudge came');
  const nudgedAt = (await look.schedule()).lastNudgeAt;
  // The break window waits: two of its minute-by-minute looks pass and it stays closed.
  await waitFor(async () => (await look.now()) > nudgedAt + 2.5 * MINUTE, { what: 'two and a half browser-minutes' });
  assert.equal(breakWindow(ext), undefined, 'no break window over a fullscreen window');
  assert.equal((await look.schedule()).windowWaiting, true);

  await look.page.evaluate((id) => chrome.windows.update(id, { state: 'normal' }), windowId);
  const opened = await waitFor(() => breakWindow(ext), { timeout: 30_000, what: 'the break window after fullscreen' });
  await opened.getByRole('button', { name: /Start a \d+-minute stretch/ }).waitFor();
});

test('typing while the nudge comes: every keystroke lands, and the break window opens behind', { timeout: 180_000 }, async (t) => {
  const xvfb = await startXvfb();
  t.after(() => xvfb.stop());
  const ext = await launchExtension({ display: xvfb.display, speed: 20 });
  t.after(() => ext.close());
  const look = await lookout(ext);
  await changeSetting(ext, INTERVAL_LABEL, 30);
  const due = await dueAt(look, 30);

  const editor = await ext.context.newPage();
  await editor.setContent('<title>Writing a letter</title><textarea id="letter" aria-label="Letter" rows="10" cols="60"></textarea>');
  await editor.focus('#letter');
  await focusWindow(xvfb.display, 'Writing a letter');
  assert.ok((await look.now()) < due - MINUTE, 'typing starts before the warning and the nudge');
  // Typing on, a line at a time, from before the break is due until well after it.
  let text = '';
  while ((await look.now()) < due + 3 * MINUTE) {
    const line = `Dear team, line ${text.length}: the quarterly numbers look fine. `;
    await typeText(xvfb.display, line, 40);
    text += line;
  }
  const typingEnded = await look.now();
  assert.equal(await editor.inputValue('#letter'), text, 'every keystroke landed in the textarea');
  const shown = breakWindow(ext);
  assert.ok(shown, 'the break window is open');
  const { lastNudgeAt } = await look.schedule();
  assert.ok(lastNudgeAt < typingEnded - MINUTE, 'the nudge came while typing went on');
  // Playwright makes every page think it has the focus: ask the browser which window has it.
  const popups = await look.page.evaluate(() => chrome.windows.getAll({ windowTypes: ['popup'] }));
  assert.equal(popups.length, 1, 'one break window');
  assert.equal(popups[0].focused, false, 'the break window does not have the focus');
});

test('the warning comes before the break, and Snooze on it puts the break off', { timeout: 180_000 }, async (t) => {
  const xvfb = await startXvfb();
  t.after(() => xvfb.stop());
  const desktop = await startNotificationServer();
  t.after(() => desktop.stop());
  const ext = await launchExtension({ display: xvfb.display, speed: 20, env: desktop.env });
  t.after(() => ext.close());
  const look = await lookout(ext);
  await changeSetting(ext, INTERVAL_LABEL, 20);
  const due = await dueAt(look, 20);
  await moveMouse(xvfb.display);

  const warning = await waitFor(() => desktop.events.find((e) => e.event === 'notify' && e.summary.startsWith('Break in')), {
    timeout: 60_000,
    what: 'the warning notification',
  });
  const warnedAt = await look.now();
  assert.ok(warnedAt < due, `the warning came ${(due - warnedAt) / 1000} browser-seconds before the break`);
  assert.equal(warning.summary, 'Break in 1 minute');
  assert.deepEqual(desktop.events.filter((e) => e.summary === 'Time for a break'), [], 'no nudge yet');
  const snooze = Object.entries(warning.actions).find(([, label]) => label === 'Snooze')?.[0];
  assert.ok(snooze, `a Snooze button among ${JSON.stringify(warning.actions)}`);
  assert.ok(Object.values(warning.actions).includes('Start now'));

  desktop.invoke(warning.id, snooze);
  await waitFor(async () => (await look.history()).some((e) => e.outcome === 'snoozed'), { what: 'the snooze to be recorded' });
  const alarm = await look.breakAlarm();
  // The warned break comes a snooze length (10 minutes) after it was due, without a second warning.
  assert.ok(Math.abs(alarm.scheduledTime - (due + 10 * MINUTE)) < 5000, 'the break moved by the snooze length');
  assert.ok(!(await look.notifications()).includes('unhunch-warning'), 'the warning is gone');
  // The old due time passes without a nudge.
  await waitFor(async () => (await look.now()) > due + MINUTE, { what: 'the old due time to pass' });
  assert.ok(!(await look.notifications()).includes('unhunch-break'), 'no nudge at the old time');
});
