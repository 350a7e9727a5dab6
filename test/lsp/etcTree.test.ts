// Issue 13: a workspace that holds a host's /etc is judged the same in the editor as by `ntpconf lint --root`:
// configuration sets (confdir, sourcedir), fragments, and start-up flags (FreeBSD rc.conf) alike.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LanguageServerProcess } from './languageServer';

const ROOT = path.resolve(__dirname, '../../..');

const TREE: Record<string, string> = {
  'etc/chrony/chrony.conf':
    'pool 2.debian.pool.ntp.org iburst\nsourcedir /etc/chrony/sources.d\nconfdir /etc/chrony/conf.d\ndriftfile /var/lib/chrony/chrony.drift\nmakestep 1 3\n',
  'etc/chrony/conf.d/site.conf': 'server ntp1.example.com\nallow 192.168.0.0/16\nrtcsync\n',
  'etc/chrony/sources.d/dhcp.sources': 'server 10.0.0.1 iburst\n',
  'etc/ntp.conf':
    'server 0.freebsd.pool.ntp.org iburst\nserver 1.freebsd.pool.ntp.org iburst\nrestrict default limited kod nomodify notrap nopeer noquery\nrestrict 127.0.0.1\n',
  'etc/rc.conf': 'ntpd_enable="YES"\nntpd_flags="-p /var/run/ntpd.pid -f /var/db/ntpd.drift"\n',
};

type Seen = string[];

function describeAll(diagnostics: readonly Pick<Diagnostic, 'code' | 'severity' | 'range'>[]): Seen {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}:${d.severity}`).sort();
}

describe('an /etc tree in the workspace: the editor agrees with ntpconf lint --root (real process, real files)', function () {
  this.timeout(30000);
  let workspace: string;
  let server: LanguageServerProcess;

  before(async () => {
    workspace = mkdtempSync(path.join(tmpdir(), 'ntpconf-etc-'));
    for (const [file, text] of Object.entries(TREE)) {
      mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      writeFileSync(path.join(workspace, file), text);
    }
    server = new LanguageServerProcess();
    await server.initialize('en', { rootUri: pathToFileURL(workspace).href, initializationOptions: { workspaceTrusted: true } });
  });
  after(async () => {
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  function cli(file: string): Seen {
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [path.join(ROOT, 'bin', 'ntpconf'), 'lint', '--format', 'json', '--root', workspace, path.join(workspace, file)],
        { encoding: 'utf8' },
      );
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const [report] = JSON.parse(output) as { diagnostics: Diagnostic[] }[];
    return describeAll(report!.diagnostics);
  }

  async function editor(file: string): Promise<Seen> {
    const uri = pathToFileURL(path.join(workspace, file)).href;
    const languageId = file.includes('chrony') ? 'chrony-conf' : 'ntp-conf';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text: readFileSync(path.join(workspace, file), 'utf8') },
    });
    return describeAll(await server.diagnosticsFor(uri));
  }

  for (const file of ['etc/chrony/chrony.conf', 'etc/chrony/conf.d/site.conf', 'etc/chrony/sources.d/dhcp.sources', 'etc/ntp.conf']) {
    it(`${file}: the same findings on the same lines`, async () => {
      const fromCli = cli(file);
      assert.deepEqual(await editor(file), fromCli);
    });
  }

  it('judges the set once: the fragment adds its source and rtcsync to the main file, and gets only the fragment notice', () => {
    const main = cli('etc/chrony/chrony.conf');
    assert.ok(!main.some((d) => /missing-rtc-sync|too-few-sources/.test(d)), `the set has rtcsync and three sources: ${main.join(', ')}`);
    const fragment = cli('etc/chrony/conf.d/site.conf');
    assert.ok(
      fragment.some((d) => d.includes('configuration-fragment')),
      fragment.join(', '),
    );
    assert.ok(!fragment.some((d) => /missing-driftfile|missing-makestep/.test(d)), `no whole-set findings on a fragment: ${fragment.join(', ')}`);
  });

  it('reads FreeBSD’s ntpd_flags: -f in rc.conf is the drift file, so ntp.conf needs no driftfile line', () => {
    assert.ok(!cli('etc/ntp.conf').some((d) => d.includes('missing-driftfile')), cli('etc/ntp.conf').join(', '));
  });
});
