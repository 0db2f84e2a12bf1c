#!/usr/bin/env bash
# `npm test`: every quality gate, cheapest first, so a mistake fails fast.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
bash scripts/ensure-nginx.sh
bash scripts/ensure-voikko.sh
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
# Last, so that the run ends with the test runner's summary of the browser tests.
echo '== build and browser tests (fixture sites and the page sweep, several files at once)'
npm run -s test:e2e
