#!/usr/bin/env bash
# Refreshes the README's pictures in docs/images from a real VS Code run (the test tier writes to test-results/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
E2E_SCREENSHOT=docs/images/screenshot.png E2E_SCREENSHOT_KO=docs/images/screenshot-ko.png E2E_VERIFY_SCREENSHOT=docs/images/verify-report.png E2E_VERIFY_SCREENSHOT_KO=docs/images/verify-report-ko.png E2E_HOST_SCREENSHOT=docs/images/check-host.png E2E_HOST_SCREENSHOT_KO=docs/images/check-host-ko.png \
  bash scripts/e2e.sh
