#!/usr/bin/env bash
# Shared by the ensure-*.sh scripts: installs Debian packages the project
# needs beside npm's, as root or with password-less sudo, or says what to run.
#   install_debian "what they are for" package...
install_debian() {
  local need="$1"
  shift
  echo "Installing Debian's $* $need..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
  else
    echo "Cannot install without root. Run: sudo apt-get install $*" >&2
    return 1
  fi
}
