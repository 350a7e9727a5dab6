import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures');

/** One kind of document the server handles: where it lives, how the editor names its language, and a starting text. */
export interface DocumentKindSeed {
  readonly name: string;
  readonly uri: string;
  readonly languageId: string;
  readonly text: string;
}

const fixture = (...parts: string[]) => readFileSync(path.join(FIXTURES, ...parts), 'utf8');

/** Every document kind of server/src/documentKind.ts, each from a fixture the other tests already trust. */
export function documentKinds(): DocumentKindSeed[] {
  const ntp = fixture('samples', 'ntp.conf');
  return [
    { name: 'chrony', uri: 'file:///fuzz/etc/chrony/chrony.conf', languageId: 'chrony-conf', text: fixture('samples', 'chrony.conf') },
    { name: 'ntpd', uri: 'file:///fuzz/etc/ntp.conf', languageId: 'ntp-conf', text: ntp },
    { name: 'ntpsec', uri: 'file:///fuzz/etc/ntpsec/ntp.conf', languageId: 'ntp-conf', text: `${ntp}server time.example nts\n` },
    { name: 'xntpd', uri: 'file:///fuzz/etc/inet/ntp.conf', languageId: 'ntp-conf', text: 'server 10.0.0.1 prefer\ntracefile /var/ntp/trace\n' },
    { name: 'w32time cmd', uri: 'file:///fuzz/w32/ntp-server.cmd', languageId: 'bat', text: fixture('w32time', 'seed000-ntp-server.cmd') },
    { name: 'w32time ps1', uri: 'file:///fuzz/w32/status.ps1', languageId: 'powershell', text: fixture('w32time', 'seed002-status.ps1') },
    { name: 'w32time reg', uri: 'file:///fuzz/w32/registry.reg', languageId: 'reg', text: fixture('w32time', 'seed001-registry.reg') },
    { name: 'hp-ux netdaemons', uri: 'file:///fuzz/etc/rc.config.d/netdaemons', languageId: 'shellscript', text: fixture('startup', 'hpux', 'netdaemons') },
    { name: 'aix rc.tcpip', uri: 'file:///fuzz/etc/rc.tcpip', languageId: 'shellscript', text: fixture('startup', 'aix', 'rc.tcpip') },
  ];
}
