// Fails when Mozilla's linter reports any error; prints its findings either way.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${item.code} ${item.message} (${item.file ?? ''})`);
}
const { errors, warnings } = report.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings`);
if (errors > 0) process.exit(1);
