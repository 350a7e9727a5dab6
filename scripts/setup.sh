#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently: npm packages and the Debian daemons used as oracles.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chronyd >/dev/null || need_apt+=(chrony)
[ -d /usr/share/doc/ntpsec-doc ] || need_apt+=(ntpsec-doc)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # policy-rc.d keeps the package from starting a system chronyd: the tests run their own on loopback.
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; fi
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

stamp=node_modules/.package-lock.stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
