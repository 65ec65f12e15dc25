#!/usr/bin/env bash
# Every test: types, unit and component tests, all builds, Mozilla's linter, end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# The end-to-end tests drive Debian's Chromium, a virtual display for idle detection, real
# input for it, and a sped-up clock: say at once what is missing rather than fail later.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
[ -f /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ] || missing+=(faketime)
command -v dbus-daemon >/dev/null || missing+=(dbus-daemon)
/usr/bin/python3 -c 'import dbus, gi' 2>/dev/null || missing+=(python3-dbus python3-gi)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing for the end-to-end tests: ${missing[*]}. Install them: apt-get install -y ${missing[*]}" >&2
  exit 1
fi

step "Type-check"
npx wxt prepare >/dev/null
npx tsc --noEmit

step "Unit and component tests"
npx vitest run

step "Builds (Chrome MV3, Firefox MV2)"
npx wxt build
npx wxt build -b firefox

step "Firefox build through web-ext lint"
npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted=false --output json > .output/web-ext-lint.json || true
node scripts/check-lint.mjs .output/web-ext-lint.json

step "End-to-end in Chromium"
npm run test:e2e
