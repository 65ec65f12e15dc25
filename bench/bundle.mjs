// What each page of the Chrome build costs to load: its JS and CSS, raw and gzip.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const CODE = /\.(?:js|css)$/;

/** The files a page pulls in before any code runs: its HTML's scripts, preloads and styles, and their static imports. */
export function staticFiles(dir, entry) {
  const files = new Set();
  if (entry.endsWith('.html')) {
    const html = readFileSync(posix.join(dir, entry), 'utf8');
    for (const [, ref] of html.matchAll(/(?:src|href)="([^"]+)"/g)) if (CODE.test(ref)) files.add(ref.replace(/^\//, ''));
  } else files.add(entry);
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    for (const ref of imports(dir, file).static) files.add(ref);
  }
  return [...files];
}

/** Files the page's code may load later with import() (and what those import): not in `files`. */
export function lazyFiles(dir, files) {
  const reachable = new Set(files);
  for (const file of reachable) {
    if (!file.endsWith('.js')) continue;
    const found = imports(dir, file);
    for (const ref of [...found.static, ...found.dynamic]) reachable.add(ref);
  }
  return [...reachable].filter((f) => !files.includes(f));
}

function imports(dir, file) {
  const code = readFileSync(posix.join(dir, file), 'utf8');
  const resolve = (ref) => (ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(file), ref));
  return {
    static: [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((m) => resolve(m[1])),
    dynamic: [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1])),
  };
}

/** Raw and gzip (level 9) bytes of the JS and CSS among `files`. */
export function sizeOf(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files.filter((f) => CODE.test(f))) {
    const bytes = readFileSync(posix.join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}
