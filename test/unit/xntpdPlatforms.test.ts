import * as assert from 'node:assert/strict';
import type { FileEnvironment } from '../../server/src/core/fileEnvironment';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { validateConfiguration } from '../../server/src/engine/validateConfiguration';

// Issue 13: vendors' xntpd builds accept what they document (AIX: iburst; Solaris and AIX: slewalways).
const TEXT = 'slewalways yes\nserver 10.0.0.1 iburst\n';

function at(documentPath: string, hostFiles: string[] = []): FileEnvironment {
  return { documentPath, workspaceRoots: ['/'], root: '/', exists: (file) => hostFiles.includes(file), readText: () => undefined, listNames: () => undefined };
}

function platformFindings(text: string, files?: FileEnvironment): string[] {
  return validateConfiguration(text, 'xntpd', DEFAULT_SETTINGS, files ? { files } : {})
    .findings.filter((f) => f.code === 'unsupported-in-dialect')
    .map((f) => `${f.range.start.line}:${f.severity === 1 ? 'error' : 'warning'}`);
}

describe('xntpd platforms', () => {
  it('without a platform, a vendor addition is a warning that says how to name the platform', () => {
    assert.deepEqual(platformFindings(TEXT), ['0:warning', '1:warning']);
    const [first] = validateConfiguration(TEXT, 'xntpd', DEFAULT_SETTINGS).findings.filter((f) => f.code === 'unsupported-in-dialect');
    assert.match(first!.message.en, /# ntpconf: platform=solaris/);
  });

  it('a modeline names the platform: AIX accepts both, Solaris slewalways only, HP-UX neither', () => {
    assert.deepEqual(platformFindings(`# ntpconf: platform=aix\n${TEXT}`), []);
    assert.deepEqual(platformFindings(`# ntpconf: platform=solaris\n${TEXT}`), ['2:error']);
    assert.deepEqual(platformFindings(`# ntpconf: platform=hpux\n${TEXT}`), ['1:error', '2:error']);
  });

  it('the host shows the platform: /etc/inet/ntp.conf is Solaris, /etc/rc.tcpip AIX, /etc/rc.config.d/netdaemons HP-UX', () => {
    assert.deepEqual(platformFindings(TEXT, at('/etc/inet/ntp.conf')), ['1:error']);
    assert.deepEqual(platformFindings(TEXT, at('/etc/ntp.conf', ['/etc/rc.tcpip'])), []);
    assert.deepEqual(platformFindings(TEXT, at('/etc/ntp.conf', ['/etc/rc.config.d/netdaemons'])), ['0:error', '1:error']);
  });
});
