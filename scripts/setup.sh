#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently: npm packages and the Debian daemons used as oracles.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chronyd >/dev/null || need_apt+=(chrony)
[ -d /usr/share/doc/ntpsec-doc ] || need_apt+=(ntpsec-doc)
command -v sshd >/dev/null || [ -x /usr/sbin/sshd ] || need_apt+=(openssh-server)
command -v ssh >/dev/null || need_apt+=(openssh-client)
command -v unshare >/dev/null || need_apt+=(util-linux)
command -v ip >/dev/null || need_apt+=(iproute2)
command -v nvim >/dev/null || need_apt+=(neovim)
command -v pre-commit >/dev/null || need_apt+=(pre-commit)
command -v git >/dev/null || need_apt+=(git)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # policy-rc.d keeps the package from starting a system chronyd: the tests run their own on loopback.
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; fi
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# NTPsec conflicts with chrony as a package, so its ntpd is unpacked, never installed (the tests run it in a netns).
NTPSEC_ROOT=${NTPSEC_ROOT:-/tmp/ntpsec-root}
if [ ! -x "$NTPSEC_ROOT/usr/sbin/ntpd" ]; then
  echo "setup: unpacking NTPsec into $NTPSEC_ROOT"
  download=$(mktemp -d)
  (cd "$download" && apt-get download -qq ntpsec >/dev/null 2>&1 || { apt-get update -qq && apt-get download -qq ntpsec; }) && dpkg-deb -x "$download"/ntpsec_*.deb "$NTPSEC_ROOT"
  rm -rf "$download"
fi

stamp=node_modules/.package-lock.stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
