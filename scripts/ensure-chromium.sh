#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing.
# Nothing in this project downloads a browser of its own.
set -euo pipefail
. "$(dirname "$0")/install-debian.sh"

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
install_debian "for the browser tests ($browser)" chromium ||
  { echo "(or point CHROMIUM_PATH at an installed Chromium)." >&2; exit 1; }
[ -x "$browser" ] || { echo "Chromium was installed but $browser does not exist; set CHROMIUM_PATH." >&2; exit 1; }
