#!/usr/bin/env bash
# `npm test`: every quality gate, cheapest first, so a mistake fails fast.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
bash scripts/ensure-nginx.sh
bash scripts/ensure-voikko.sh

# The sites the browser tests share are built in the background from here on,
# on the core that the type check, lint and unit tests leave idle
# (tests/e2e/prebuild.ts); the browser tests wait for them if need be.
export OPAS_TEST_RUN=$$
prebuild_log=$(mktemp)
# In a process group of its own, so that a gate failing first stops the builds too.
setsid node --import tsx tests/e2e/prebuild.ts > "$prebuild_log" 2>&1 &
prebuild=$!
trap 'kill -- "-$prebuild" 2>/dev/null || true; rm -f "$prebuild_log"' EXIT

echo '== type check'
npm run -s typecheck
echo '== lint and format'
npm run -s lint
echo '== unit tests'
npm run -s test:unit
echo '== content check (spelling is left to `npm run check`: it only reports)'
npm run -s check -- --no-spelling
echo '== production build (broken links and content errors fail it)'
npm run -s build
echo '== PDF files of the guide and the municipalities'
npm run -s pdf
echo '== content gates (rules over the content and the built pages)'
npm run -s test:content
if ! wait "$prebuild"; then
  echo '== the test sites did not build:'
  cat "$prebuild_log"
  exit 1
fi
# Last, so that the run ends with the test runner's summary of the browser tests.
echo '== build and browser tests (fixture sites and the page sweep, several files at once)'
npm run -s test:e2e
