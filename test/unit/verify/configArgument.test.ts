// probe and check-host read only small regular files: a device, a FIFO, /proc or a huge file is refused at once.
import * as assert from 'node:assert/strict';
import { particle } from '../../../server/src/core/koreanParticles';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const BIN = path.resolve(__dirname, '../../../..', 'bin', 'ntpconf');

/** As its own process, killed after 10 s: the old behaviour blocked on a FIFO and read /dev/zero into GBs. */
function ntpconf(args: string[]): { status: number | null; stderr: string; ms: number } {
  const t0 = Date.now();
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 10_000, killSignal: 'SIGKILL', env: { ...process.env, LANG: 'C' } });
  return { status: run.status, stderr: run.stderr.split('\n')[0] ?? '', ms: Date.now() - t0 };
}

describe('config files named on the command line', function () {
  this.timeout(60_000);
  let dir: string;
  let fifo: string;
  let huge: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-config-arg-'));
    fifo = path.join(dir, 'fifo.conf');
    execFileSync('mkfifo', [fifo]);
    huge = path.join(dir, 'huge.conf');
    writeFileSync(huge, '# padding\n'.repeat(200_000));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('are refused unless small regular files, with the reason and status 2', () => {
    const reasons = {
      '/dev/zero': 'a file under /proc, /sys or /dev, not a configuration file',
      '/proc/self/pagemap': 'a file under /proc, /sys or /dev, not a configuration file',
      [fifo]: 'not a regular file (a device, FIFO, socket or directory)',
      [huge]: 'larger than 1 MiB, too large for a configuration file',
    };
    for (const [file, reason] of Object.entries(reasons)) {
      for (const args of [
        ['probe', file],
        ['check-host', 'ntp1.example', file],
      ]) {
        const run = ntpconf(args);
        assert.deepEqual([args, run.status, run.stderr], [args, 2, `ntpconf: cannot read ${file}: ${reason}`]);
        assert.ok(run.ms < 5000, `${args.join(' ')} took ${run.ms} ms`);
      }
    }
  });

  it('speak Korean too', () => {
    assert.equal(
      ntpconf(['check-host', '--lang', 'ko', 'h', fifo]).stderr,
      `ntpconf: ${fifo}${particle(fifo, '을')} 읽을 수 없습니다: 일반 파일이 아님(장치, FIFO, 소켓 또는 디렉터리)`,
    );
  });
});
