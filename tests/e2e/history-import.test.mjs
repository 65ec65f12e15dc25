// Importing a history file in real Chromium: what the report says is exactly what the log kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchForAllTests, showAllOptionsSections, storedHistory, waitFor } from './harness.mjs';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const ext = launchForAllTests();

const historyFile = (entries) => ({
  name: 'history.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ app: 'unhunch', kind: 'history', version: 1, entries })),
});

async function openHistory() {
  const page = await ext.openPage('options.html');
  await showAllOptionsSections(page);
  await page.evaluate(() => chrome.storage.local.set({ history: [] }));
  return page;
}

async function importAndReadReport(page, entries) {
  const report = page.getByTestId('history-import-report');
  await page.locator('#import-history').setInputFiles(historyFile(entries));
  return waitFor(
    async () => {
      const text = await report.innerText();
      return text.includes('History imported') || text.includes('interrupted') || text.includes('Nothing was changed') ? text : null;
    },
    { what: 'the import report', timeout: 30_000 },
  );
}

test('entries dated in the future or older than a year are left out, and the report says so', async () => {
  const page = await openHistory();
  const now = Date.now();
  const kept = [
    { at: now - 2 * DAY, outcome: 'done', sittingMs: 45 * MIN },
    { at: now - 3 * MIN, outcome: 'skipped', sittingMs: 50 * MIN },
  ];
  const text = await importAndReadReport(page, [
    ...kept,
    { at: 8.64e15, outcome: 'done', sittingMs: 45 * MIN }, // the year 275760
    { at: now + 30 * DAY, outcome: 'done', sittingMs: 45 * MIN },
    { at: now - 400 * DAY, outcome: 'done', sittingMs: 45 * MIN },
  ]);
  assert.match(text, /History imported: 2 new breaks, 0 already there\./);
  assert.match(text, /1 break older than a year was left out/);
  assert.match(text, /2 breaks dated in the future were left out/);
  assert.deepEqual(await storedHistory(page), kept);
  await page.close();
});

test('a huge file keeps the newest breaks within the limit and says how many were left out', async () => {
  const page = await openHistory();
  const now = Date.now();
  const entries = Array.from({ length: 25_000 }, (_, i) => ({ at: now - (i + 1) * 20 * MIN, outcome: 'done', sittingMs: 45 * MIN }));
  const text = await importAndReadReport(page, entries);
  assert.match(text, /History imported: 20,000 new breaks, 0 already there\./);
  assert.match(text, /5,000 of the oldest breaks were left out: the history keeps the newest 20,000\./);
  const stored = await storedHistory(page);
  assert.equal(stored.length, 20_000);
  assert.equal(stored.at(-1).at, entries[0].at);
  await page.close();
});

test('an import whose answer is lost still says what landed, not "nothing was changed"', async () => {
  const page = await openHistory();
  // The answer is lost after the background wrote, as when the worker stops before replying:
  // the page gets Chrome's "message port closed" error instead of the reply.
  await page.evaluate(() => {
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = async (message) => {
      await send(message);
      throw new Error('The message port closed before a response was received.');
    };
  });
  const now = Date.now();
  const entries = [
    { at: now - 10 * MIN, outcome: 'done', sittingMs: 45 * MIN },
    { at: now - 5 * MIN, outcome: 'snoozed', sittingMs: 45 * MIN },
  ];
  const text = await importAndReadReport(page, entries);
  assert.match(text, /The import was interrupted, but 2 breaks from this file are now in your history\./);
  assert.doesNotMatch(text, /Nothing was changed/);
  assert.deepEqual(await storedHistory(page), entries);
  await page.close();
});
