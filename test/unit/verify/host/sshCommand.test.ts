import * as assert from 'node:assert/strict';
import { remoteCommand, sshArguments, validateChronySocket, validateHost, validateSshTarget } from '../../../../verify/src/host/sshCommand';
import type { RemoteCommandId } from '../../../../verify/src/host/types';

const ok = (v: { ok: boolean }): boolean => v.ok;

describe('Check Host: ssh arguments', () => {
  it('accepts names, addresses, aliases and user@host', () => {
    assert.deepEqual(
      ['ntp1.example.com', '10.0.0.5', '2001:db8::1', 'fe80::1%eth0', 'db_host-2', 'admin@ntp1', 'DOMAIN\\admin@win01'].map((h) => ok(validateHost(h))),
      [true, true, true, true, true, true, true],
    );
  });

  it('refuses anything ssh could read as an option, or a shell could read as a command', () => {
    const hosts = [
      '-oProxyCommand=x',
      '-p',
      '',
      'a b',
      'host\n',
      'host;reboot',
      '$(reboot)',
      '`id`',
      'h|x',
      "o'neil",
      'a@-oProxyCommand=x',
      '-l@host',
      'x'.repeat(256),
    ];
    assert.deepEqual(
      hosts.map((h) => ok(validateHost(h))),
      hosts.map(() => false),
    );
    const refused = validateHost('-oProxyCommand=x');
    assert.ok(!refused.ok && /starts with '-', so ssh would read it as an option/.test(refused.error.en));
  });

  it('checks port, user and identity file too', () => {
    assert.deepEqual(
      [
        { host: 'h', port: 0 },
        { host: 'h', port: 65536 },
        { host: 'h', port: 22.5 },
        { host: 'h', user: '-oProxyCommand=x' },
        { host: 'h', user: 'a b' },
        { host: 'h', identityFile: '-i' },
        { host: 'h', identityFile: 'key\nx' },
        { host: 'h', port: 2222, user: 'ntp-admin', identityFile: '~/.ssh/id_ed25519' },
      ].map((t) => ok(validateSshTarget(t))),
      [false, false, false, false, false, false, false, true],
    );
  });

  it('accepts only plain absolute socket paths for chronyc -h', () => {
    const paths = [
      '/run/chrony/chronyd.sock',
      '/tmp/ntpconf-x1/cli/run/chronyd.sock',
      'run/chronyd.sock',
      '/tmp/../etc/x',
      '/tmp/a b',
      '/tmp/$(id)',
      "/tmp/a';id;'",
      '/tmp/x;id',
    ];
    assert.deepEqual(
      paths.map((p) => ok(validateChronySocket(p))),
      [true, true, false, false, false, false, false, false],
    );
  });

  it('builds one argument array: batch mode, timeout, options, then the host, `--` and the command', () => {
    assert.deepEqual(
      sshArguments(
        { host: 'ntp1', port: 2222, user: 'admin', identityFile: '/k/id' },
        { connectTimeoutSeconds: 5, strictHostKeyChecking: 'accept-new', knownHostsFile: '/k/known', configFile: '/dev/null' },
        'env LC_ALL=C chronyc -n tracking',
      ),
      [
        '-n',
        '-o',
        'BatchMode=yes',
        '-o',
        'ConnectTimeout=5',
        '-F',
        '/dev/null',
        '-o',
        'StrictHostKeyChecking=accept-new',
        '-o',
        'UserKnownHostsFile=/k/known',
        '-p',
        '2222',
        '-l',
        'admin',
        '-i',
        '/k/id',
        '-o',
        'IdentitiesOnly=yes',
        'ntp1',
        '--',
        'env LC_ALL=C chronyc -n tracking',
      ],
    );
    assert.deepEqual(sshArguments({ host: 'ntp1' }, { connectTimeoutSeconds: 10 }, 'true'), [
      '-n',
      '-o',
      'BatchMode=yes',
      '-o',
      'ConnectTimeout=10',
      'ntp1',
      '--',
      'true',
    ]);
  });

  it('sends only fixed, read-only commands; the socket path is the one variable word', () => {
    const ids: RemoteCommandId[] = ['detect', 'chrony-sources', 'chrony-tracking', 'ntpq-peers', 'ntpq-rv', 'w32tm-status', 'w32tm-peers', 'timedatectl'];
    assert.deepEqual(
      ids.map((id) => remoteCommand(id)),
      [
        `sh -c 'for c in chronyc ntpq timedatectl; do command -v "$c"; done; echo ntpconf:posix'`,
        'env LC_ALL=C chronyc -n sources -v',
        'env LC_ALL=C chronyc -n tracking',
        'env LC_ALL=C ntpq -pn',
        'env LC_ALL=C ntpq -c rv',
        'w32tm /query /status',
        'w32tm /query /peers',
        'env LC_ALL=C timedatectl',
      ],
    );
    assert.equal(remoteCommand('chrony-tracking', '/tmp/t/chronyd.sock'), 'env LC_ALL=C chronyc -n -h /tmp/t/chronyd.sock tracking');
  });
});
