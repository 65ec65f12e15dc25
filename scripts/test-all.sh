#!/usr/bin/env bash
# Every test: types, exports (each used by another file), unit and component tests, all builds, Mozilla's linter, end-to-end in Chromium and Firefox.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

# Say at once what the end-to-end tests need and this machine lacks, rather than fail later.
mapfile -t missing < <(bash scripts/missing-packages.sh)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing for the end-to-end tests: ${missing[*]}. Install them: apt-get install -y ${missing[*]}" >&2
  echo "(firefox-esr must be 153 or newer: Debian ships it in bookworm-security.)" >&2
  exit 1
fi

step "Type-check"
npx wxt prepare >/dev/null
npx tsc --noEmit

step "Exports: each one used by another file"
node scripts/check-exports.mjs

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

step "End-to-end in Firefox"
npm run test:e2e:firefox
