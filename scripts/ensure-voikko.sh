#!/usr/bin/env bash
# Installs Voikko, the Finnish morphology the search index is built with,
# when it is missing (Debian packages libvoikko1 and voikko-fi), so that the
# tests always exercise the full analysis. Without it the site still builds,
# with the stemmer-only analysis, and says so.
set -euo pipefail
. "$(dirname "$0")/install-debian.sh"

if [ -d /usr/lib/voikko/5/mor-standard ] && ldconfig -p 2>/dev/null | grep -q 'libvoikko\.so\.1 '; then
  exit 0
fi
install_debian "for the Finnish analysis of search" libvoikko1 voikko-fi
