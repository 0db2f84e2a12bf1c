#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing.
# Nothing in this project downloads a browser of its own.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi

echo "Browser tests need Chromium ($browser); installing Debian's package 'chromium'..."
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
else
  echo "Cannot install Chromium without root. Run: sudo apt-get install chromium" >&2
  echo "(or point CHROMIUM_PATH at an installed Chromium)." >&2
  exit 1
fi

if [ ! -x "$browser" ]; then
  echo "Chromium was installed but $browser does not exist; set CHROMIUM_PATH." >&2
  exit 1
fi
