// `ntpconf probe` against a real, unsynchronized NTPsec ntpd in a private network namespace (unshare -Urn), where
// it may bind port 123 and cannot touch the host's clock or network. Recipe: shared/reference/ground-truth.md §3–4.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'ntpconf');
const NTPD = [process.env['NTPSEC_ROOT'], '/tmp/ntpsec-root']
  .filter((p): p is string => !!p)
  .map((p) => path.join(p, 'usr/sbin/ntpd'))
  .find((p) => existsSync(p));

// Fixed text; every path comes in as a positional parameter, so nothing is ever spliced into the shell code.
const SANDBOX = `
ip link set lo up
timeout 20 "$1" -n -c "$2" -p "$3/ntpd.pid" -f "$3/drift" >"$3/ntpd.out" 2>"$3/ntpd.err" &
ntpd=$!
status=1
for i in $(seq 1 40); do
  "$4" "$5" probe --json --samples 1 --timeout 300 127.0.0.1 >"$3/probe.json" 2>"$3/probe.err"; status=$?
  [ $status -eq 0 ] && break
  sleep 0.1
done
kill $ntpd
exit $status
`;

describe('probe against a real NTPsec ntpd (network namespace)', function () {
  this.timeout(30_000);
  let dir: string;

  before(function () {
    // Optional tier: NTPsec conflicts with chrony as a package, so it is only present when unpacked (dpkg-deb -x).
    if (NTPD === undefined) this.skip();
    dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-ntpsec-'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads leap 3, stratum 0 and refid INIT from an ntpd that has no time yet: unsynchronized', async () => {
    // Its only upstream cannot exist inside the namespace, so it stays unsynchronized.
    writeFileSync(path.join(dir, 'ntp.conf'), 'server 10.99.99.99 iburst\n');
    const status = await new Promise<number>((resolve) => {
      execFile(
        'unshare',
        ['-Urn', 'sh', '-c', SANDBOX, 'sandbox', NTPD!, path.join(dir, 'ntp.conf'), dir, process.execPath, BIN],
        { timeout: 25_000 },
        (error) => resolve(error === null ? 0 : typeof error.code === 'number' ? error.code : -1),
      );
    });
    assert.equal(status, 0, `probe or ntpd failed:\n${readFileSync(path.join(dir, 'probe.err'), 'utf8')}\n${readFileSync(path.join(dir, 'ntpd.err'), 'utf8')}`);
    const [element] = JSON.parse(readFileSync(path.join(dir, 'probe.json'), 'utf8'));
    assert.deepEqual(
      { reachable: element.reachable, leap: element.leap, stratum: element.stratum, refid: element.refid, kiss: element.kiss, verdicts: element.verdicts },
      { reachable: true, leap: 3, stratum: 0, refid: 'INIT', kiss: 'INIT', verdicts: ['unsynchronized'] },
    );
  });
});
