// Prints Unhunch's budgets: bundle sizes, popup time to render, background wake-ups.
// Figures, not pass/fail: these machines are shared and timing is noisy.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchExtension } from '../tests/e2e/harness.mjs';

const OUT = '.output/chrome-mv3';
const run = (cmd, env = {}) => execSync(cmd, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } }).toString();

run('npx wxt build');

/** Files a page loads: its HTML's scripts and styles, and the chunks they import. */
function pageFiles(html) {
  const text = readFileSync(join(OUT, html), 'utf8');
  const files = new Set([...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  for (const file of [...files]) {
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(OUT, file), 'utf8');
    for (const m of code.matchAll(/from\s*"\.\/([^"]+\.js)"|import\("\.\/([^"]+\.js)"\)/g)) files.add(join('chunks', m[1] ?? m[2]));
  }
  return [...files];
}

function size(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(OUT, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return `${(raw / 1024).toFixed(1).padStart(6)} KB raw ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip`;
}

const htmlPages = readdirSync(OUT).filter((f) => f.endsWith('.html'));
console.log('\nBundle (chrome-mv3):');
console.log(`  background          ${size(['background.js'])}`);
for (const html of htmlPages) console.log(`  ${html.padEnd(19)} ${size(pageFiles(html))}`);
console.log(`  messages (en)       ${size(['_locales/en/messages.json'])}`);

// Popup: time from navigation start until the start button is on screen, median of 15.
const ext = await launchExtension();
const samples = [];
for (let i = 0; i < 16; i++) {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('button.start, .countdown')) {
        globalThis.__renderedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(ext.url('popup.html'));
  await page.waitForFunction(() => globalThis.__renderedAt !== undefined);
  if (i > 0) samples.push(await page.evaluate(() => globalThis.__renderedAt)); // the first warms caches
  await page.close();
}
await ext.close();
samples.sort((a, b) => a - b);
const pct = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))].toFixed(0);
console.log(`\nPopup time to render (navigation start -> start button), ${samples.length} opens:`);
console.log(`  median ${pct(0.5)} ms, p90 ${pct(0.9)} ms, min ${samples[0].toFixed(0)} ms`);

const sim = run('npx vitest run', { UNHUNCH_BENCH: '1' });
const block = sim.slice(sim.indexOf('Background,'));
console.log(`\n${block.slice(0, block.indexOf('\n\n')).trim()}`);
