#!/usr/bin/env bash
# Runs every test tier (unit, LSP, real VS Code) and ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0; failed=0
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

tally() { # tally NAME LOGFILE EXIT_STATUS: add the tier's counts; a tier that reports nothing counts as one failure
  local name=$1 log=$2 status=$3 p f
  if line=$(grep -E '^MOCHA-RESULT passed=' "$log" | tail -1) && [ -n "$line" ]; then
    p=$(sed -E 's/.*passed=([0-9]+).*/\1/' <<<"$line"); f=$(sed -E 's/.*failed=([0-9]+).*/\1/' <<<"$line")
  elif line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1) && [ -n "$line" ]; then
    p=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
  else
    p=0; f=1
  fi
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  echo "== $name: $p passed, $f failed"
  passed=$((passed + p)); failed=$((failed + f))
}

step() { # step NAME COMMAND...: run and tee the output, then tally it
  local name=$1; shift
  echo "== $name"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log_dir/$name.log"
  local status=${PIPESTATUS[0]}
  echo "== $name took $((SECONDS - start)) s"
  tally "$name" "$log_dir/$name.log" "$status"
}

echo "== build"
if ! npm run --silent build; then echo "build failed"; echo "0 passed, 1 failed"; exit 1; fi
step eslint bash -c 'npx eslint client/src server/src verify/src cli/src test && npx prettier --check . && echo "1 passed, 0 failed"'
step unit npx mocha --reporter ./scripts/mocha-summary-reporter.js 'out/test/unit/**/*.test.js'
step agreement npx mocha --reporter ./scripts/mocha-summary-reporter.js 'out/test/agreement/**/*.test.js'
step verify npx mocha --reporter ./scripts/mocha-summary-reporter.js 'out/test/verify/**/*.test.js'
step lsp npx mocha --reporter ./scripts/mocha-summary-reporter.js 'out/test/lsp/**/*.test.js'
step integration npx mocha --reporter ./scripts/mocha-summary-reporter.js 'out/test/integration/**/*.test.js'
step grammar npm run --silent test:grammar
if [ "${NTPCONF_SKIP_E2E:-}" = 1 ]; then echo "== e2e skipped (NTPCONF_SKIP_E2E=1)"; else step e2e bash scripts/e2e.sh; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
