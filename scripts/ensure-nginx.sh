#!/usr/bin/env bash
# Installs Debian's nginx for the header tests when it is missing.
# The page sweep and the header test serve the build with the shipped
# deploy/nginx.conf.
set -euo pipefail
. "$(dirname "$0")/install-debian.sh"

nginx="${NGINX_PATH:-/usr/sbin/nginx}"
[ -x "$nginx" ] && exit 0
install_debian "to serve the build with its headers ($nginx)" nginx
[ -x "$nginx" ] || { echo "nginx was installed but $nginx does not exist; set NGINX_PATH." >&2; exit 1; }
