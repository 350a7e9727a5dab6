// Text output shows control characters from remote chronyc output and from config files, never sends them raw.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { systemClock } from '../../../verify/src/clock';
import { runCheckHost } from '../../../cli/src/checkHostCli';
import type { RemoteRunner } from '../../../verify/src/host/sshRunner';
import type { RemoteCommandId } from '../../../verify/src/host/types';
import { runProbe } from '../../../cli/src/probeCli';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/host');
const TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const CLIPBOARD = '\u001b]52;c;cm0gLXJmIH4K\u0007';
const CSI = '\u009b31m';
/** What a terminal would act on: C0 except tab and newline, DEL, C1. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

type Output = { status: number; stdout: string; stderr: string };
const capture = (): { out: Output; io: { stdout: (s: string) => void; stderr: (s: string) => void; env: NodeJS.ProcessEnv } } => {
  const out: Output = { status: -1, stdout: '', stderr: '' };
  return { out, io: { stdout: (s) => (out.stdout += s), stderr: (s) => (out.stderr += s), env: {} } };
};

describe('terminal escapes in text output', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-escapes-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('check-host escapes what chronyc printed on the host, in the report and the --verbose log', async () => {
    const sources = readFileSync(path.join(FIXTURES, 'chronyc-sources-v.txt'), 'utf8').replace('^* 127.0.0.1      ', `^* 127.0.0.1${CSI}${CLEAR}`);
    const tracking = readFileSync(path.join(FIXTURES, 'chronyc-tracking.txt'), 'utf8')
      .replace('(127.0.0.1)', `(${TITLE}evil)`)
      .replace('Leap status     : Normal', `Leap status     : Normal${CLIPBOARD}`);
    const outputs: Partial<Record<RemoteCommandId, string>> = {
      detect: '/usr/bin/chronyc\nntpconf:posix\n',
      'chrony-sources': sources,
      'chrony-tracking': tracking,
    };
    const runner: RemoteRunner = async (id, command) => ({
      id,
      command,
      exitCode: 0,
      stdout: outputs[id] ?? '',
      stderr: `${TITLE}\rX`,
      durationMs: 1,
      timedOut: false,
      aborted: false,
      spawnError: null,
    });
    const { out, io } = capture();
    out.status = await runCheckHost(['--lang', 'en', '--verbose', 'ntp1'], { ...io, runner });
    assert.doesNotMatch(out.stdout, RAW_CONTROL);
    assert.doesNotMatch(out.stderr, RAW_CONTROL);
    assert.match(out.stdout, /reference \\e\]0;pwned\\x07evil \(7F000001\)/);
    assert.match(out.stdout, /leap status Normal\\e\]52;c;cm0gLXJmIH4K\\x07/);
    assert.match(out.stderr, /! \\e\]0;pwned\\x07\\rX\n/);
  });

  it('probe escapes host names and skipped lines from the config, as text and on stderr with --json', async () => {
    const file = path.join(dir, `evil${CSI}.conf`);
    writeFileSync(file, `server ${TITLE}\npool ${CLIPBOARD}\nserver ntp.example\n`);
    const environment = {
      clock: systemClock(),
      resolve: async () => ({ ok: false as const, error: 'ENOTFOUND' }),
      connect: async () => ({ ok: false as const, code: 'EHOSTUNREACH' }),
    };
    for (const json of [false, true]) {
      const { out, io } = capture();
      out.status = await runProbe(['--lang', 'en', ...(json ? ['--json'] : []), file], { ...io, environment });
      assert.doesNotMatch(json ? out.stderr : out.stdout, RAW_CONTROL);
      assert.match(json ? out.stderr : out.stdout, /evil\\x9b31m\.conf:1: skipped \\e\]0;pwned\\x07: /);
    }
  });
});
