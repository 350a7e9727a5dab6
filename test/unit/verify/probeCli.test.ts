import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { systemClock } from '../../../verify/src/clock';
import type { ProbeEnvironment } from '../../../verify/src/probe';
import { runProbe } from '../../../cli/src/probeCli';
import type { ProbeJson } from '../../../verify/src/probeOutput';

/** Names resolve to the given addresses; nothing is sent: every address fails to connect. */
function offline(addresses: Record<string, string[]>): ProbeEnvironment {
  return {
    clock: systemClock(),
    resolve: async (host) => (addresses[host] ? { ok: true, addresses: addresses[host]! } : { ok: false, error: 'ENOTFOUND' }),
    connect: async () => ({ ok: false, code: 'EHOSTUNREACH' }),
  };
}

async function probe(args: string[], environment: ProbeEnvironment): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runProbe(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env: {}, environment });
  return { status, stdout, stderr };
}

describe('ntpconf probe output', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-probe-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--dialect decides how a config file is read: chrony honours `port`, ntpd always uses 123', async () => {
    const file = path.join(dir, 'ntp.conf');
    writeFileSync(file, 'server 127.0.0.1 port 11123 iburst\n');
    const ports = async (...flags: string[]) =>
      (JSON.parse((await probe(['--json', '--samples', '1', ...flags, file], offline({}))).stdout) as ProbeJson[]).map((entry) => entry.port);
    assert.deepEqual(await ports(), [123], 'ntp.conf is read as ntpd');
    assert.deepEqual(await ports('--dialect', 'chrony'), [11123]);
    assert.equal((await probe(['--dialect', 'chronyd', file], offline({}))).status, 2);
  });

  it('--json lists the addresses past the 64-address limit as not probed, and says so on stderr', async () => {
    const file = path.join(dir, 'chrony.conf');
    writeFileSync(file, 'pool big.example iburst\nserver late.example iburst\n');
    const big = Array.from({ length: 70 }, (_, i) => `127.0.1.${i + 1}`);
    const run = await probe(['--json', '--samples', '1', file], offline({ 'big.example': big, 'late.example': ['127.0.2.1'] }));
    const entries = JSON.parse(run.stdout) as ProbeJson[];
    assert.equal(run.status, 1);
    assert.equal(entries.length, 71);
    const left = entries.filter((e) => e.verdicts.includes('not-probed'));
    assert.deepEqual(
      left.map((e) => [e.target, e.address, e.line, e.reachable, e.messages]),
      [...big.slice(64).map((a) => ['big.example', a, 1]), ['late.example', '127.0.2.1', 2]].map((e) => [
        ...e,
        false,
        ['Not queried: at most 64 addresses per run.'],
      ]),
    );
    assert.equal(run.stderr, 'ntpconf: 7 more address(es) were not queried: at most 64 per run.\n');
  });
});
