// Nothing a person changes in settings is lost: not when the tab closes at once, not when two
// pages (or another device) change settings at the same moment, not when the browser's sync
// write quota refuses a save. Each test runs in a browser of its own, so the quota one cannot
// slow the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtension, openOptions, saveStatus, stopServiceWorkers, storedSettings, waitFor } from './harness.mjs';

async function withExtension(run) {
  const ext = await launchExtension();
  try {
    // A quiet extension page that runs none of Unhunch's code: it reads storage for the test.
    const observer = await ext.openPage('manifest.json');
    await run(ext, observer);
  } finally {
    await ext.close();
  }
}

test('a value typed just before the tab is closed is saved, even when the worker was stopped', async () => {
  await withExtension(async (ext, observer) => {
    let page = await openOptions(ext);
    await page.locator('#breakMinutes').fill('7');
    // Closed within the save's debounce: only the page's last moments can send it.
    await page.close();
    await waitFor(async () => (await storedSettings(observer))?.breakMinutes === 7, { what: 'break length 7 stored' });

    // The same after the worker stopped (as Chrome stops it after 30 s without events).
    page = await openOptions(ext);
    assert.equal(await page.locator('#breakMinutes').inputValue(), '7');
    await stopServiceWorkers(ext.context, observer);
    await page.locator('#intervalMinutes').fill('75');
    await page.close();
    await waitFor(async () => (await storedSettings(observer))?.intervalMinutes === 75, { what: 'interval 75 stored' });
    assert.equal((await storedSettings(observer)).breakMinutes, 7);
  });
});

test('two pages and another device changing settings at once: every change is kept and shown', async () => {
  await withExtension(async (ext, observer) => {
    const a = await openOptions(ext);
    const b = await openOptions(ext);
    const popup = await ext.openPage('popup.html');
    await popup.locator('button.start').click();
    const soundSwitch = popup.getByRole('button', { name: 'Sound' });
    await soundSwitch.waitFor();
    assert.equal(await soundSwitch.getAttribute('aria-pressed'), 'false');

    // Within one save delay of each other.
    await a.locator('#intervalMinutes').fill('60');
    await b.locator('#breakMinutes').fill('5');
    await soundSwitch.click();
    await waitFor(async () => (await saveStatus(a)) === 'Saved' && (await saveStatus(b)) === 'Saved', { what: 'both pages saved' });
    await waitFor(
      async () => {
        const s = await storedSettings(observer);
        return s?.intervalMinutes === 60 && s.breakMinutes === 5 && s.sound === true;
      },
      { what: 'all three changes stored' },
    );
    // Each page shows what the other one changed.
    await waitFor(async () => (await a.locator('#breakMinutes').inputValue()) === '5', { what: 'page A to show break 5' });
    await waitFor(async () => (await b.locator('#intervalMinutes').inputValue()) === '60', { what: 'page B to show interval 60' });
    await waitFor(async () => a.locator('#sound').isChecked(), { what: 'page A to show the sound on' });
    assert.equal(await soundSwitch.getAttribute('aria-pressed'), 'true');

    // Another device's change arrives by sync (the whole item) while page A has an unsaved edit.
    await a.locator('#snoozeMinutes').fill('15');
    await observer.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...settings, badge: false } });
    });
    await waitFor(async () => (await saveStatus(a)) === 'Saved', { what: 'page A saved' });
    await waitFor(
      async () => {
        const s = await storedSettings(observer);
        return s?.snoozeMinutes === 15 && s.badge === false && s.intervalMinutes === 60 && s.breakMinutes === 5 && s.sound === true;
      },
      { what: 'the synced change and the edit both stored' },
    );
    await waitFor(async () => !(await a.locator('#badge').isChecked()), { what: 'page A to show the badge off' });
    await waitFor(async () => !(await b.locator('#badge').isChecked()), { what: 'page B to show the badge off' });
    assert.equal(await b.locator('#snoozeMinutes').inputValue(), '15');
  });
});

test('a save the sync quota refused is retried by itself, from the options page and the popup', { timeout: 300_000 }, async () => {
  await withExtension(async (ext, observer) => {
    const page = await openOptions(ext);
    const popup = await ext.openPage('popup.html');
    await popup.locator('button.start').click();
    const soundSwitch = popup.getByRole('button', { name: 'Sound' });
    await soundSwitch.waitFor();
    // Paused, so the player (and its switches) stays while the test waits out the quota.
    await popup.getByRole('button', { name: 'Pause' }).click();
    await popup.getByRole('button', { name: 'Resume' }).waitFor();

    // Use up the extension's sync writes for this minute, through its own storage.
    const refusal = await observer.evaluate(async () => {
      for (let i = 0; i < 200; i++) {
        try {
          await chrome.storage.sync.set({ quotaProbe: i });
        } catch (error) {
          return String(error?.message ?? error);
        }
      }
      return 'never refused';
    });
    assert.match(refusal, /MAX_WRITE_OPERATIONS_PER_MINUTE/);

    await page.locator('#breakMinutes').fill('8');
    await soundSwitch.click();
    // Both say the change is not saved yet and will be.
    const retrying = 'Not saved yet: the browser allows only so many saves a minute. Unhunch saves it by itself shortly.';
    await waitFor(async () => (await saveStatus(page)) === retrying, { what: 'the options page to say it will retry' });
    await waitFor(async () => (await popup.getByRole('status').allInnerTexts()).includes(retrying), {
      what: 'the popup to say it will retry',
    });
    assert.equal((await storedSettings(observer))?.breakMinutes ?? 2, 2);

    // Nobody touches anything: both land once the quota allows.
    await waitFor(
      async () => {
        const s = await storedSettings(observer);
        return s?.breakMinutes === 8 && s.sound === true;
      },
      { timeout: 200_000, interval: 1000, what: 'the refused changes to be saved by themselves' },
    );
    await waitFor(async () => (await saveStatus(page)) === 'Saved', { what: 'the options page to say "Saved"' });
    await waitFor(async () => !(await popup.getByRole('status').allInnerTexts()).includes(retrying), {
      what: 'the popup’s message to go',
    });
    assert.equal(await soundSwitch.getAttribute('aria-pressed'), 'true');
  });
});
