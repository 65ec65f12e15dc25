// `npm run bench`: Unhunch's budgets measured on the Chrome build in real Chromium: what each page
// loads, the popup's time to its first frame with content, and what the background worker costs
// over a simulated hour (see bench/worker.mjs for how that is counted).
// Figures, not pass/fail: these machines are shared and timing is noisy.
//   --write-readme   also rewrites the measurements table in README.md
//   --speed=N        the browser's clock speed for the worker hour (default 60)
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { lazyFiles, sizeOf, staticFiles } from '../bench/bundle.mjs';
import { measurePages } from '../bench/pages.mjs';
import { measureWorker } from '../bench/worker.mjs';

const OUT = '.output/chrome-mv3';
const args = process.argv.slice(2);
const speed = Number(args.find((a) => a.startsWith('--speed='))?.slice(8) ?? 60);
const progress = (line) => process.stderr.write(`${line}\n`);
const load = () => loadavg()[0].toFixed(1);

progress('Building the Chrome build…');
execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
const loadAtStart = load();

const pages = readdirSync(OUT).filter((f) => f.endsWith('.html')).sort((a, b) => pageOrder(a) - pageOrder(b));
progress('Pages in Chromium…');
const measured = await measurePages({ extensionDir: OUT, pages, log: progress });
const worker = {};
for (const badge of [true, false]) {
  progress(`Background worker, badge ${badge ? 'on' : 'off'}, clock x${speed}…`);
  worker[badge ? 'on' : 'off'] = await measureWorkerWithRetries({ badge });
}

/** A busy machine can stall the sped-up browser past Chrome's own timeouts: try again, and say so. */
async function measureWorkerWithRetries({ badge }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return { ...(await measureWorker({ extensionDir: OUT, badge, speed, log: progress })), attempt };
    } catch (error) {
      progress(`  attempt ${attempt} failed: ${error.message}`);
      if (attempt === 3) throw error;
    }
  }
}

// ---------------------------------------------------------------- bundle

const bundle = [{ name: 'background', ...pageBundle('background.js', []) }];
for (const page of pages) bundle.push({ name: page.replace(/\.html$/, ''), ...pageBundle(page, measured.loaded[page]) });

/**
 * The page's static files plus every other script and stylesheet it was seen loading for the view
 * it opens with (chunks imported on demand and their styles).
 */
function pageBundle(entry, loaded) {
  const initial = staticFiles(OUT, entry);
  const dynamic = loaded.filter((f) => /\.(?:js|css)$/.test(f) && !initial.includes(f));
  const notLoaded = lazyFiles(OUT, initial).filter((f) => !loaded.includes(f));
  return { ...sizeOf(OUT, [...initial, ...dynamic]), dynamic, notLoaded };
}

function pageOrder(page) {
  const known = ['popup.html', 'options.html'];
  return known.includes(page) ? known.indexOf(page) : known.length;
}

// ---------------------------------------------------------------- report

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const pct = (share) => `${(share * 100).toFixed(1)} %`;
/** Nearest-rank percentile. */
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil(p * values.length) - 1];

const lines = [];
const say = (line = '') => lines.push(line);
say(`Unhunch bench: ${measured.browser}, ${cpus().length} CPUs, load average ${loadAtStart} at start, ${load()} at end`);
say('Figures, not pass/fail: a shared machine; timings move with its load.');
say();
say('Bundle, Chrome build: JS + CSS a page loads for the view it opens with');
say(`  ${'page'.padEnd(12)} ${'gzip'.padStart(9)} ${'raw'.padStart(9)}`);
for (const row of bundle) say(`  ${row.name.padEnd(12)} ${kb(row.gzip).padStart(9)} ${kb(row.raw).padStart(9)}`);
for (const row of bundle) {
  if (row.dynamic.length) say(`  ${row.name}: includes the chunks its default view loads: ${row.dynamic.join(', ')}`);
  if (row.notLoaded.length) say(`  ${row.name}: not loaded for its default view (not counted): ${row.notLoaded.join(', ')}`);
}
if (bundle.every((row) => !row.dynamic.length && !row.notLoaded.length)) say('  (no page loads chunks on demand)');
say();
const { running, stopped } = measured.popup;
say(`Popup, navigation start to its first frame with content (${running.length} opens each)`);
for (const [label, samples] of [['worker running', running], ['worker stopped', stopped]])
  say(`  ${label.padEnd(16)} median ${ms(percentile(samples, 0.5)).padStart(7)}   p90 ${ms(percentile(samples, 0.9)).padStart(7)}`);
say();
const { on, off } = worker;
say(`Background worker in Chromium, clock x${speed} (measured x${on.speed.toFixed(1)}), no DevTools session on the worker`);
say('  one hour from a skipped break: a 45-minute cycle up to the next nudge, then 15 minutes with the break due');
say(`  ${''.padEnd(11)} ${'wake-ups/h'.padStart(10)} ${'running'.padStart(9)} ${'median run'.padStart(11)} ${'writes/h'.padStart(9)}`);
for (const [label, r] of [['badge on', on], ['badge off', off]])
  say(
    `  ${label.padEnd(11)} ${String(r.hour.wakeUps).padStart(10)} ${pct(r.hour.runningShare).padStart(9)} ${`${r.hour.medianRunS.toFixed(0)} s`.padStart(11)} ${String(r.hour.writes).padStart(9)}`,
  );
for (const [label, r] of [['badge on', on], ['badge off', off]]) {
  const keys = Object.entries(r.writeKeys).map(([key, n]) => `${key} ${n}`).join(', ');
  say(`  ${label} writes: ${keys || 'none'}; ${r.nudges} break window(s) opened${r.attempt > 1 ? `; attempt ${r.attempt}` : ''}`);
}
if (off.cycle)
  say(
    `  badge off, per 45-minute cycle (skip to the next nudge at ${off.cycleMinutes.toFixed(1)} min, and its wake): ${off.cycle.wakeUps} wake-ups, ${off.cycle.writes} writes, running ${pct(off.cycle.runningShare)}`,
  );
else say('  badge off: no nudge came within the hour');
say(
  `  first nudge after install: ${on.firstNudgeMinutes.toFixed(1)} min (badge on), ${off.firstNudgeMinutes.toFixed(1)} min (badge off); 45 unless a stall made Unhunch restart the clock`,
);
say('  At this clock speed Chrome idle-stops the worker after 30 simulated seconds, as it would in real time,');
say(`  but every real millisecond of work counts ${speed} simulated ones: running shares are upper bounds.`);

const report = lines.join('\n');
console.log(`\n${report}`);

if (args.includes('--write-readme')) {
  const rows = [
    ...bundle.map((row) => [`${row.name} bundle (gzip, JS + CSS)`, kb(row.gzip)]),
    ['popup, first frame with content, worker running', `${ms(percentile(running, 0.5))} median, ${ms(percentile(running, 0.9))} p90`],
    ['popup, first frame with content, worker stopped', `${ms(percentile(stopped, 0.5))} median, ${ms(percentile(stopped, 0.9))} p90`],
    ...[['on', on], ['off', off]].map(([label, r]) => [
      `worker per hour, badge ${label}`,
      `${r.hour.wakeUps} wake-ups, running ${pct(r.hour.runningShare)}, ${r.hour.writes} writes`,
    ]),
    ...(off.cycle ? [['worker per 45-minute cycle, badge off', `${off.cycle.wakeUps} wake-ups, ${off.cycle.writes} writes`]] : []),
  ];
  const table = [
    `Measured by \`npm run bench\` (${measured.browser}, ${cpus().length} CPUs, load average ${loadAtStart}; worker hour at clock x${speed}):`,
    '',
    '| Measure | Figure |',
    '| --- | --- |',
    ...rows.map(([what, figure]) => `| ${what} | ${figure} |`),
  ].join('\n');
  const readme = readFileSync('README.md', 'utf8');
  const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
  if (!marked.test(readme)) throw new Error('README.md has no <!-- bench:start --> / <!-- bench:end --> markers');
  writeFileSync('README.md', readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  progress('README.md: measurements table rewritten.');
}
