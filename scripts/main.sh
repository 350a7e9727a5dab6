#!/usr/bin/env bash
# The main job on a fresh machine: install, build, package the VSIX, and lint the sample configs with the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run --silent package
echo "Built ntp-config.vsix ($(du -h ntp-config.vsix | cut -f1)). Install it with: code --install-extension ntp-config.vsix"
echo "Linting test/fixtures/samples with ./bin/ntpconf:"
status=0
./bin/ntpconf lint test/fixtures/samples/* || status=$?
# Exit 1 only means the samples hold errors, which is what they are for.
[ "$status" -le 1 ]
