#!/usr/bin/env bash
# Every test: types, unit and component tests, all builds, Mozilla's linter, end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

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
node --test --test-concurrency=1 tests/e2e/
