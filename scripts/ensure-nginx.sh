#!/usr/bin/env bash
# Installs Debian's nginx for the header tests when it is missing.
# The header test serves the build with the shipped deploy/nginx.conf.
set -euo pipefail

nginx="${NGINX_PATH:-/usr/sbin/nginx}"
if [ -x "$nginx" ]; then
  exit 0
fi

echo "The header tests need nginx ($nginx); installing Debian's package 'nginx'..."
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx
else
  echo "Cannot install nginx without root. Run: sudo apt-get install nginx" >&2
  echo "(or point NGINX_PATH at an installed nginx)." >&2
  exit 1
fi

if [ ! -x "$nginx" ]; then
  echo "nginx was installed but $nginx does not exist; set NGINX_PATH." >&2
  exit 1
fi
