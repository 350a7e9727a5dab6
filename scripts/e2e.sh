#!/usr/bin/env bash
# `npm run test:e2e`: the extension inside a REAL VS Code, offline.
#
# VS Code: the server bundled in npm code-server@4.100.3 (VS Code 1.100.3, Node 20), started directly with
# out/server-main.js --enable-smoke-test-driver on a free 127.0.0.1 port; the web workbench is opened in Debian's
# chromium through playwright-core (both installed by scripts/setup-e2e.sh into .e2e/).
#   part 1: the mocha suite (test/vscode, compiled to out/test/vscode) runs in the server's Node extension host with
#           this repo as the development extension (test/e2e/run-ext-tests.js), twice: test/vscode/suite/ in English,
#           then test/vscode/suite-ko/ with the display language Korean (argv.json "locale": "ko", which the web
#           workbench honours only with a Korean language pack installed: the fixture test/e2e/langpack-ko, packaged
#           with vsce and installed by the server at start-up);
#   part 2: the packaged ntp-config.vsix is installed with --install-extension into a separate extensions dir, the
#           server restarted, and test/e2e/drive.js checks the UI like a user and saves a screenshot (test-results/);
#   part 3: on a fresh server with the same installed .vsix, test/e2e/drive-verify.js runs Verify Servers against a
#           real chronyd on 127.0.0.1 (and a closed port) and Check Host against a loopback sshd + chronyd, through the
#           command palette, reads the report webview, squiggle, hover and Problems panel, and saves
#           screenshots of the report and of Check Host (test-results/). The extension has no known-hosts setting,
#           so this server finds on its PATH an `ssh` wrapper that adds this run's UserKnownHostsFile (the loopback
#           sshd's host key); ~/.ssh is never touched.
# Every server runs in its own process group (setsid) and is killed as a group (kill -- -PGID), also on errors and
# Ctrl+C. Each step has a time limit. Prints TIMING lines and, last, one line `N passed, N failed, N skipped` for
# all parts (skipped: mocha tests marked pending, e.g. a guarded test whose feature is not in this build).
# Exit code 0 only if everything passed.
#
# Env: E2E_SCREENSHOT (default test-results/screenshot.png), E2E_SCREENSHOT_KO (test-results/screenshot-ko.png), E2E_VERIFY_SCREENSHOT (default test-results/verify-report.png),
#      E2E_HOST_SCREENSHOT (default test-results/check-host.png), E2E_HOST_SCREENSHOT_KO (check-host-ko.png), E2E_SKIP_BUILD=1 (reuse dist/, out/ and the .vsix),
#      E2E_KEEP_RUN=1 (keep .e2e/run/ after a passing run; it is always kept after a failure).
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
E2E=${E2E_DIR:-$REPO/.e2e}
RUN=$E2E/run
VS=$E2E/node_modules/code-server/lib/vscode
VSIX=$REPO/ntp-config.vsix
# Tests write their screenshots to an ignored folder; scripts/update-screenshots.sh refreshes the README's pictures.
SHOT=${E2E_SCREENSHOT:-$REPO/test-results/screenshot.png}
SHOT_KO=${E2E_SCREENSHOT_KO:-$REPO/test-results/screenshot-ko.png}
VERIFY_SHOT=${E2E_VERIFY_SCREENSHOT:-$REPO/test-results/verify-report.png}
VERIFY_SHOT_KO=${E2E_VERIFY_SCREENSHOT_KO:-$REPO/test-results/verify-report-ko.png}
HOST_SHOT=${E2E_HOST_SCREENSHOT:-$REPO/test-results/check-host.png}
HOST_SHOT_KO=${E2E_HOST_SCREENSHOT_KO:-$REPO/test-results/check-host-ko.png}
SETTINGS=$REPO/test/e2e/settings.json
export E2E_DIR=$E2E E2E_RUN_DIR=$RUN

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
T_START=$(now)
TIMINGS=()
timing() { TIMINGS+=("$(printf '%-28s %6ss' "$1" "$2")"); echo "TIMING $1: $2s"; }
say() { echo "[e2e $(since "$T_START")s] $*"; }

PASSED=0
FAILED=0
SKIPPED=0
finish() { # finish <exit code>: timings, the one summary line, exit
  echo
  echo "---- e2e timings ----"
  printf '  %s\n' "${TIMINGS[@]}"
  printf '  %-28s %6ss\n' total "$(since "$T_START")"
  echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
  exit "$1"
}
abort() { # abort <message>: a step before the tests failed; counts as one failure
  say "ERROR: $*"
  FAILED=$((FAILED + 1))
  finish 1
}

# ---- process hygiene ----------------------------------------------------------------------------------------------
SERVER_PGID=
stop_server() {
  [ -n "$SERVER_PGID" ] || return 0
  local pgid=$SERVER_PGID i
  SERVER_PGID=
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for i in $(seq 50); do kill -0 -- "-$pgid" 2>/dev/null || return 0; sleep 0.1; done
  say "server group $pgid still alive after 5 s: SIGKILL"
  kill -KILL -- "-$pgid" 2>/dev/null || true
}
kill_leftover_browsers() {
  # playwright closes chromium itself (and chromium exits when its pipe closes); this is only a safety net for a
  # driver killed hard. Match only browsers whose profile lies in this run's directory (a unique path), by pid.
  local f pid
  for f in $(grep -slaF -- "--user-data-dir=$RUN/chrome-" /proc/[0-9]*/cmdline 2>/dev/null); do
    pid=${f#/proc/}; pid=${pid%/cmdline}
    [ "$pid" != $$ ] && kill -KILL "$pid" 2>/dev/null
  done
  return 0
}
DRIVER_PID=
DRIVER_PGID_FILE=$RUN/driver.pgid
# run_driver <log> <cmd...>: a time-limited driver, output shown and kept in <log>, in its own process group.
# Run in the background and waited for, so that Ctrl+C / SIGTERM reach the traps at once.
run_driver() {
  local log=$1 rc=0
  shift
  rm -f "$DRIVER_PGID_FILE"
  setsid -w bash -c 'echo $$ >"$0"; log=$1; shift
    timeout --foreground --kill-after=10 240 "$@" </dev/null 2>&1 | tee "$log"; exit "${PIPESTATUS[0]}"' \
    "$DRIVER_PGID_FILE" "$log" "$@" &
  DRIVER_PID=$!
  wait "$DRIVER_PID" || rc=$?
  DRIVER_PID=
  return "$rc"
}
stop_driver() {
  [ -n "$DRIVER_PID" ] || return 0
  DRIVER_PID=
  local pgid i
  pgid=$(cat "$DRIVER_PGID_FILE" 2>/dev/null) || return 0
  # TERM: playwright closes its chromium, then the driver exits.
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for i in $(seq 50); do kill -0 -- "-$pgid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}
cleanup() {
  stop_driver
  stop_server
  kill_leftover_browsers
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM HUP

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}
# wait_http <port> <pid> <seconds>: until http://127.0.0.1:<port>/ answers 200 (0), <pid> dies or time runs out (1)
wait_http() {
  node -e '
    const [port, pid, secs] = process.argv.slice(1).map(Number);
    const deadline = Date.now() + secs * 1000;
    const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
    const probe = () => require("http").get({ host: "127.0.0.1", port, path: "/", timeout: 2000 }, (res) => {
      res.resume();
      if (res.statusCode === 200) process.exit(0); else retry();
    }).on("error", retry).on("timeout", function () { this.destroy(); });
    const retry = () => (!alive() || Date.now() > deadline ? process.exit(1) : setTimeout(probe, 100));
    probe();' "$@"
}

# start_server <name> <extensions-dir> [server args...]: fresh server-data-dir $RUN/srv-<name>; sets PORT and SERVER_PGID.
# SERVER_ENV (an array of NAME=VALUE) is added to the server's environment.
SERVER_ENV=()
start_server() {
  local name=$1 extdir=$2 data=$RUN/srv-$1 log=$RUN/server-$1.log pidfile=$RUN/server-$1.pgid t i
  shift 2
  t=$(now)
  rm -rf "$data" && mkdir -p "$data/data/User" "$extdir"
  cp "$SETTINGS" "$data/data/User/settings.json"
  PORT=$(free_port)
  # Drop VSCODE_* variables (e.g. when run from a VS Code terminal) so the server does not attach to that VS Code.
  local unset_vscode=()
  while IFS= read -r v; do unset_vscode+=(-u "$v"); done < <(env | sed -n 's/^\(VSCODE_[A-Za-z0-9_]*\)=.*/\1/p; s/^\(ELECTRON_RUN_AS_NODE\)=.*/\1/p')
  # setsid: the server, its file watcher, pty host, extension host and our language server share a new process
  # group whose id is the pid bash writes before exec'ing node.
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" env "${unset_vscode[@]}" "${SERVER_ENV[@]}" \
    node "$VS/out/server-main.js" --host 127.0.0.1 --port "$PORT" --without-connection-token \
    --accept-server-license-terms --enable-smoke-test-driver --disable-telemetry --disable-workspace-trust \
    --server-data-dir "$data" --extensions-dir "$extdir" "$@" >"$log" 2>&1 </dev/null &
  for i in $(seq 50); do [ -s "$pidfile" ] && break; sleep 0.1; done
  SERVER_PGID=$(cat "$pidfile" 2>/dev/null)
  [ -n "$SERVER_PGID" ] || { tail -n 20 "$log"; return 1; }
  if wait_http "$PORT" "$SERVER_PGID" 30; then timing "server start ($name)" "$(since "$t")"; return 0; fi
  kill -0 "$SERVER_PGID" 2>/dev/null || { say "server ($name) exited:"; tail -n 30 "$log"; return 1; }
  say "server ($name) not answering on 127.0.0.1:$PORT after 30 s:"; tail -n 30 "$log"
  return 1
}

# On a failure: where to look, and the tail of the extension host / language server logs.
show_logs() {
  local data=$RUN/srv-$1 f
  say "logs kept in $RUN (server-$1.log, $data/data/logs/)"
  while IFS= read -r f; do
    echo "---- ${f#"$RUN"/} (last 25 lines)"
    tail -n 25 "$f"
  done < <(find "$data/data/logs" -type f \( -name 'remoteexthost.log' -o -name '*NTP*' -o -name '*ntp*' \) 2>/dev/null | sort)
}

# summary line of a driver's output -> adds to PASSED/FAILED/SKIPPED (a missing line counts as one failure)
count() {
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$' "$1" | tail -n 1)
  if [ -z "$line" ]; then FAILED=$((FAILED + 1)); return; fi
  PASSED=$((PASSED + $(echo "$line" | awk '{ print $1 }')))
  FAILED=$((FAILED + $(echo "$line" | awk '{ print $3 }' | tr -d ,)))
  SKIPPED=$((SKIPPED + $(echo "$line" | awk '{ print ($5 == "" ? 0 : $5) }')))
}

# The Korean language pack fixture as a .vsix, packaged once per content (cached in $E2E, ~2 s with vsce).
LANGPACK_SRC=$REPO/test/e2e/langpack-ko
build_langpack() {
  local sum out
  sum=$(cd "$LANGPACK_SRC" && cat package.json README.md translations/main.i18n.json | sha256sum | cut -c1-16)
  out=$E2E/langpack-ko-$sum.vsix
  if [ ! -f "$out" ]; then
    rm -f "$E2E"/langpack-ko-*.vsix
    (cd "$LANGPACK_SRC" && timeout 120 "$REPO/node_modules/.bin/vsce" package --no-dependencies --skip-license -o "$out.tmp.vsix" \
      </dev/null >"$E2E/langpack-ko.log" 2>&1) || { cat "$E2E/langpack-ko.log"; rm -f "$out.tmp.vsix"; return 1; }
    mv "$out.tmp.vsix" "$out"
  fi
  LANGPACK_VSIX=$out
}
# wait_file <path> <seconds>: until the file exists (0) or time runs out (1)
wait_file() {
  local end
  end=$(awk -v n="$(now)" -v s="$2" 'BEGIN { printf "%.1f", n + s }')
  until [ -s "$1" ]; do
    awk -v n="$(now)" -v e="$end" 'BEGIN { exit !(n > e) }' && return 1
    sleep 0.1
  done
}
# The server writes languagepacks.json before the pack's install finishes: wait until it names Korean.
wait_korean_pack() {
  local end
  end=$(awk -v n="$(now)" -v s="$2" 'BEGIN { printf "%.1f", n + s }')
  until grep -q '"ko"' "$1" 2>/dev/null; do
    awk -v n="$(now)" -v e="$end" 'BEGIN { exit !(n > e) }' && return 1
    sleep 0.1
  done
}

# ---- 1. tools, build, package ------------------------------------------------------------------------------------
t=$(now)
timeout 1200 bash "$REPO/scripts/setup-e2e.sh" || abort "scripts/setup-e2e.sh failed"
timing "setup-e2e.sh" "$(since "$t")"

if [ ! -x "$REPO/node_modules/.bin/tsc" ] || [ ! -x "$REPO/node_modules/.bin/vsce" ]; then
  t=$(now)
  say "node_modules incomplete (fresh clone?): npm ci"
  timeout 600 npm ci --no-audit --no-fund </dev/null || abort "npm ci failed"
  timing "npm ci" "$(since "$t")"
fi
if [ "${E2E_SKIP_BUILD:-}" = 1 ]; then
  say "E2E_SKIP_BUILD=1: reusing dist/, out/ and $(basename "$VSIX")"
else
  t=$(now)
  timeout 600 npm run --silent build </dev/null || abort "npm run build failed"
  timing "npm run build" "$(since "$t")"
  t=$(now)
  rm -f "$VSIX"
  # </dev/null: vsce must never wait for an answer (it asks e.g. when LICENSE is missing); EOF makes it fail.
  timeout 600 npm run --silent package </dev/null || abort "npm run package failed"
  timing "npm run package" "$(since "$t")"
fi
[ -f "$REPO/out/test/vscode/index.js" ] || abort "out/test/vscode/index.js missing (test/vscode not compiled by npm run build?)"
[ -f "$REPO/out/test/vscode/indexKo.js" ] || abort "out/test/vscode/indexKo.js missing (test/vscode not compiled by npm run build?)"
[ -f "$VSIX" ] || abort "$VSIX missing after npm run package"
t=$(now)
build_langpack || abort "packaging the Korean language pack fixture ($LANGPACK_SRC) failed"
timing "language pack (ko)" "$(since "$t")"

rm -rf "$RUN" && mkdir -p "$RUN"
mkdir -p "$(dirname "$SHOT")" "$(dirname "$VERIFY_SHOT")" "$(dirname "$HOST_SHOT")"
# Each part gets its own copy of the workspace fixtures: nothing a test does can touch test/vscode/workspace.
# Named etc/ because that is where these files live (the folder name shows in the screenshot's explorer).
mkdir -p "$RUN/tests" "$RUN/tests-ko" "$RUN/ui/etc"
cp -r "$REPO/test/vscode/workspace" "$RUN/tests/etc"
cp -r "$REPO/test/vscode/workspace" "$RUN/tests-ko/etc"
# The UI check (and the README screenshot's explorer) shows just the two config files.
cp "$REPO/test/vscode/workspace/chrony.conf" "$REPO/test/vscode/workspace/ntp.conf" "$RUN/ui/etc/"

# ---- 2. part 1: mocha suite in the extension host, repo as the development extension ----------------------------
say "part 1: mocha suite in the VS Code extension host (extensionDevelopmentPath=$REPO)"
# --start-server --install-extension: the server installs the language pack itself at start-up, which also records
# it in <server-data-dir>/languagepacks.json (a CLI-only install does not), where the locale is resolved from.
start_server tests "$RUN/ext-tests" --start-server --install-extension "$LANGPACK_VSIX" || abort "could not start the VS Code server"
t=$(now)
rc1=0
run_driver "$RUN/ext-tests.log" node "$REPO/test/e2e/run-ext-tests.js" "$PORT" "$RUN/tests/etc" "$REPO" \
  "$REPO/out/test/vscode/index.js" "$RUN/ext-tests-failure.png" || rc1=$?
timing "part 1: extension tests (en)" "$(since "$t")"
count "$RUN/ext-tests.log"

# Korean pass, same server: the display language is the `locale` of argv.json, read on every page load.
say "part 1 (ko): suite-ko with the display language Korean"
t=$(now)
rc1ko=0
if wait_korean_pack "$RUN/srv-tests/data/languagepacks.json" 20; then
  printf '{\n  "locale": "ko"\n}\n' >"$RUN/srv-tests/data/User/argv.json"
  run_driver "$RUN/ext-tests-ko.log" node "$REPO/test/e2e/run-ext-tests.js" "$PORT" "$RUN/tests-ko/etc" "$REPO" \
    "$REPO/out/test/vscode/indexKo.js" "$RUN/ext-tests-ko-failure.png" || rc1ko=$?
  count "$RUN/ext-tests-ko.log"
else
  say "the server did not register the Korean language pack ($RUN/srv-tests/data/languagepacks.json):"
  tail -n 20 "$RUN/server-tests.log"
  rc1ko=1; FAILED=$((FAILED + 1))
fi
timing "part 1: extension tests (ko)" "$(since "$t")"
[ "$rc1" = 0 ] && [ "$rc1ko" = 0 ] || show_logs tests
stop_server

# ---- 3. part 2: the packaged .vsix, installed, driven through the UI --------------------------------------------
say "part 2: UI check of the installed $(basename "$VSIX")"
t=$(now)
mkdir -p "$RUN/srv-install"
installed=0
if timeout 120 node "$VS/out/server-main.js" --accept-server-license-terms --server-data-dir "$RUN/srv-install" \
     --extensions-dir "$RUN/ext-vsix" --install-extension "$VSIX" </dev/null >"$RUN/install-vsix.log" 2>&1 \
   && compgen -G "$RUN/ext-vsix/ntp-config.ntp-config-*/package.json" >/dev/null; then
  installed=1
  timing "install .vsix" "$(since "$t")"
  rc2=0
  # With the Korean language pack (registered at server start, as in part 1) for the Korean pass below.
  if start_server ui "$RUN/ext-vsix" --start-server --install-extension "$LANGPACK_VSIX"; then
    t=$(now)
    run_driver "$RUN/drive.log" node "$REPO/test/e2e/drive.js" "$PORT" "$RUN/ui/etc" "$SHOT" || rc2=$?
    timing "part 2: UI check" "$(since "$t")"
    count "$RUN/drive.log"
    # The same checks and screenshot with the display language Korean (argv.json is read on every page load).
    t=$(now)
    if wait_korean_pack "$RUN/srv-ui/data/languagepacks.json" 20; then
      printf '{\n  "locale": "ko"\n}\n' >"$RUN/srv-ui/data/User/argv.json"
      run_driver "$RUN/drive-ko.log" env E2E_LANG=ko node "$REPO/test/e2e/drive.js" "$PORT" "$RUN/ui/etc" "$SHOT_KO" || rc2=$?
      count "$RUN/drive-ko.log"
    else
      say "the UI server did not register the Korean language pack ($RUN/srv-ui/data/languagepacks.json)"
      rc2=1; FAILED=$((FAILED + 1))
    fi
    timing "part 2: UI check (ko)" "$(since "$t")"
    [ "$rc2" = 0 ] || show_logs ui
  else
    rc2=1; FAILED=$((FAILED + 1))
  fi
  stop_server
else
  say "installing $VSIX failed:"; cat "$RUN/install-vsix.log"
  rc2=1; FAILED=$((FAILED + 1))
fi

# ---- 4. part 3: Verify Servers and Check Host of the installed .vsix, against daemons on 127.0.0.1 -------------
say "part 3: Verify Servers and Check Host through the UI (loopback chronyd, sshd)"
rc3=0
if [ "$installed" = 1 ]; then
  # The ssh the extension spawns (by name, from PATH): the system one with this run's known_hosts, which
  # drive-verify.js fills with the loopback sshd's host key. Without an ssh, the Check Host checks are skipped.
  driver_env=()
  SERVER_ENV=()
  if real_ssh=$(command -v ssh); then
    mkdir -p "$RUN/verify-bin"
    printf '#!/bin/sh\n# scripts/e2e.sh part 3 only: the loopback sshd host key is known from this file, not from ~/.ssh.\nexec %q -o %q "$@"\n' \
      "$real_ssh" "UserKnownHostsFile=$RUN/verify-known_hosts" >"$RUN/verify-bin/ssh"
    chmod +x "$RUN/verify-bin/ssh"
    SERVER_ENV=("PATH=$RUN/verify-bin:$PATH")
    driver_env=("E2E_SSH_KNOWN_HOSTS=$RUN/verify-known_hosts")
  fi
  mkdir -p "$RUN/verify/etc"
  # --force-disable-user-env: the extension host keeps this environment (else a login shell's PATH replaces it).
  # --force: the UI server of part 2 installed the pack into this extensions dir already; reinstalling records it
  # in this server's languagepacks.json too.
  if start_server verify "$RUN/ext-vsix" --force-disable-user-env --start-server --install-extension "$LANGPACK_VSIX" --force; then
    t=$(now)
    # Last, the Verify report again with the display language Korean, when the server registered the language pack.
    if wait_korean_pack "$RUN/srv-verify/data/languagepacks.json" 20; then
      driver_env+=("E2E_VERIFY_SCREENSHOT_KO=$VERIFY_SHOT_KO" "E2E_HOST_SCREENSHOT_KO=$HOST_SHOT_KO" "E2E_ARGV_JSON=$RUN/srv-verify/data/User/argv.json")
    else
      say "the verify server did not register the Korean language pack: no Korean report check"
      FAILED=$((FAILED + 1))
    fi
    run_driver "$RUN/drive-verify.log" env "${driver_env[@]}" node "$REPO/test/e2e/drive-verify.js" "$PORT" "$RUN/verify/etc" \
      "$RUN/srv-verify/data/User/settings.json" "$VERIFY_SHOT" "$HOST_SHOT" || rc3=$?
    timing "part 3: verify UI check" "$(since "$t")"
    count "$RUN/drive-verify.log"
    [ "$rc3" = 0 ] || show_logs verify
  else
    rc3=1; FAILED=$((FAILED + 1))
  fi
  SERVER_ENV=()
  stop_server
else
  say "part 3 needs the installed .vsix: not run"
  rc3=1; FAILED=$((FAILED + 1))
fi

# ---- 5. result ---------------------------------------------------------------------------------------------------
if [ "$rc1" = 0 ] && [ "$rc1ko" = 0 ] && [ "$rc2" = 0 ] && [ "$rc3" = 0 ] && [ "$FAILED" = 0 ]; then
  [ "${E2E_KEEP_RUN:-}" = 1 ] || rm -rf "$RUN"
  finish 0
fi
# A non-zero exit of a driver without failed checks (crash, timeout) must still fail the run.
[ "$FAILED" -gt 0 ] || FAILED=1
finish 1
