#!/usr/bin/env bash
# Installs Voikko, the Finnish morphology the search index is built with,
# when it is missing (Debian packages libvoikko1 and voikko-fi), so that the
# tests always exercise the full analysis. Without it the site still builds,
# with the stemmer-only analysis, and says so.
set -euo pipefail

if [ -d /usr/lib/voikko/5/mor-standard ] && ldconfig -p 2>/dev/null | grep -q 'libvoikko\.so\.1 '; then
  exit 0
fi

echo "Search tests need Voikko (libvoikko1, voikko-fi); installing Debian's packages..."
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvoikko1 voikko-fi
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvoikko1 voikko-fi
else
  echo "Cannot install Voikko without root. Run: sudo apt-get install libvoikko1 voikko-fi" >&2
  exit 1
fi
