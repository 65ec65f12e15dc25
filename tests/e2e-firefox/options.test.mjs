// The options page in a real Firefox: a bad interval is refused beside its field, a good one is saved and followed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchFirefox, launchForAllTests, textOf, waitFor } from './harness.mjs';

const ext = launchForAllTests(launchFirefox);

const INTERVAL_LABEL = 'Remind me after sitting for (minutes)';

async function openOptions() {
  const page = await ext.openPage('options.html');
  await waitFor(() => page.$('#intervalMinutes'), { what: 'the interval field' });
  return page;
}

/** Types into the field the way a person does: select what is there, type over it. */
async function typeInto(page, selector, text) {
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

const fieldValue = (page, selector) => page.$eval(selector, (input) => input.value);

test('a bad interval gets a message beside the field and is never stored; a good one is saved', async () => {
  // Every write to the stored settings, seen from another page.
  const observer = await ext.openPage('popup.html');
  await observer.evaluate(() => {
    globalThis.settingsWrites = [];
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync' && changes.settings) globalThis.settingsWrites.push(changes.settings.newValue);
    });
  });
  const nextBreak = () => textOf(observer, '[data-testid="status-line"]');
  const breakBefore = await waitFor(nextBreak, { what: 'the popup’s status line' });

  let page = await openOptions();
  assert.equal(await page.$eval('label[for="intervalMinutes"]', (l) => l.textContent.trim()), INTERVAL_LABEL);
  assert.equal(await fieldValue(page, '#intervalMinutes'), '45');

  await typeInto(page, '#intervalMinutes', '5');
  await waitFor(async () => (await textOf(page, '#intervalMinutes-error')) === 'Enter a whole number from 10 to 180.', {
    what: 'the message beside the interval',
  });
  const field = await page.$eval('#intervalMinutes', (input) => ({
    invalid: input.getAttribute('aria-invalid'),
    describedBy: input.getAttribute('aria-describedby'),
    // How far below the field the message starts, in pixels.
    gap: document.getElementById('intervalMinutes-error').getBoundingClientRect().top - input.getBoundingClientRect().bottom,
  }));
  assert.equal(field.invalid, 'true');
  assert.match(field.describedBy, /intervalMinutes-error/);
  assert.ok(field.gap >= 0 && field.gap < 60, `the message is ${field.gap}px below its field`);
  assert.equal(await textOf(page, '[data-testid="save-status"]'), 'Not saved: fix the marked field.');

  // Leaving the page saves anything pending; reopened, it shows what is stored.
  await page.close();
  page = await openOptions();
  assert.equal(await fieldValue(page, '#intervalMinutes'), '45');
  assert.equal(await page.$('#intervalMinutes-error:not(:empty)'), null, 'no message for the stored value');

  await typeInto(page, '#intervalMinutes', '60');
  await waitFor(async () => (await textOf(page, '[data-testid="save-status"]')) === 'Saved', { what: '"Saved"' });
  const writes = await waitFor(async () => {
    const seen = await observer.evaluate(() => globalThis.settingsWrites);
    return seen.length ? seen : null;
  }, { what: 'the settings write' });
  assert.deepEqual(writes.map((s) => s.intervalMinutes), [60], 'the only stored interval is the good one');

  // The popup follows: the next break is 15 minutes later than it was.
  await waitFor(async () => {
    const [from, to] = [breakBefore, await nextBreak()].map(clockMinutes);
    return (to - from + 720) % 720 === 15;
  }, { what: 'the popup’s next break to move by 15 minutes' });
  assert.equal(await observer.evaluate(() => browser.browserAction.getBadgeText({})), '60');
  await page.close();
  await observer.close();
  assert.deepEqual(ext.errors(), []);
});

/** Minutes on a 12-hour dial of the status line's "next break at H:MM". */
function clockMinutes(status) {
  const m = /next break at (\d{1,2}):(\d\d)/.exec(status);
  assert.ok(m, `no next-break time in "${status}"`);
  return (Number(m[1]) % 12) * 60 + Number(m[2]);
}
