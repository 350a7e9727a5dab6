import * as assert from 'node:assert/strict';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { scriptCompletionAt, scriptHoverAt } from '../../server/src/features/scriptFeatures';
import { parseScript } from '../../server/src/formats/parseScript';
import { fixedText, scriptCodes } from '../support/scripts';

const NETDAEMONS = '/etc/rc.config.d/netdaemons';

function hover(text: string, kind: 'hpux-netdaemons' | 'aix-rc-tcpip', line: number, character: number): string | undefined {
  const result = scriptHoverAt(parseScript(text, kind), line, character, 'en');
  return result === null ? undefined : (result.contents as { value: string }).value;
}

describe('HP-UX netdaemons and AIX rc.tcpip', () => {
  it('are recognised by path, or by their NTP lines in a shell script', () => {
    assert.equal(detectDocumentKind({ text: '', path: NETDAEMONS }).kind, 'hpux-netdaemons');
    assert.equal(detectDocumentKind({ text: '', path: '/etc/rc.tcpip' }).kind, 'aix-rc-tcpip');
    assert.equal(detectDocumentKind({ text: 'export XNTPD=1\n', languageId: 'shellscript', path: '/tmp/nd.sh' }).kind, 'hpux-netdaemons');
    assert.equal(detectDocumentKind({ text: '#start /usr/sbin/xntpd "$src_running"\n', path: 'rc.tcpip.orig' }).kind, 'aix-rc-tcpip');
  });

  it('reads a shell script of blank lines or unclosed registry keys in linear time (was minutes: \\s* ran across lines)', () => {
    assert.equal(detectDocumentKind({ text: '\n'.repeat(100_000), path: '/tmp/a.sh' }).kind, 'unrelated-script');
    assert.equal(detectDocumentKind({ text: '[HKEY_LOCAL_MACHINE\\x\n'.repeat(5000), path: '/tmp/a.sh' }).kind, 'unrelated-script');
    assert.equal(detectDocumentKind({ text: '  #  start /usr/sbin/xntpd\n', languageId: 'shellscript', path: '/tmp/rc.sh' }).kind, 'aix-rc-tcpip');
  });

  it('check only the NTP variables and the xntpd line', () => {
    assert.deepEqual(scriptCodes('export NFS_CLIENT = 1\nexport XNTPD=1\nexport NTPDATE_SERVER=time.bora.net\n', 'hpux-netdaemons'), []);
    assert.deepEqual(scriptCodes('#start /usr/sbin/snmpd "$src_running"\nstart /usr/sbin/xntpd "$src_running" "-x"\n', 'aix-rc-tcpip'), []);
  });

  it('leave a netdaemons file as shipped alone: XNTPD=0 with nothing else set for NTP', () => {
    assert.deepEqual(scriptCodes('export NTPDATE_SERVER=\nexport XNTPD=0\nexport XNTPD_ARGS=\n', 'hpux-netdaemons'), []);
  });

  it('the last assignment wins, as in the shell', () => {
    assert.deepEqual(scriptCodes('export XNTPD=0\nexport XNTPD_ARGS=-x\nexport NTPDATE_SERVER=time.bora.net\nexport XNTPD=1\n', 'hpux-netdaemons'), []);
  });

  it('fixes produce working shell lines', () => {
    assert.equal(
      fixedText('export NTPDATE_SERVER=time.bora.net\nexport XNTPD=\nXNTPD_ARGS=-x -g\n', 'hpux-netdaemons'),
      'export NTPDATE_SERVER=time.bora.net\nexport XNTPD=1\nXNTPD_ARGS="-x -g"\n',
    );
    assert.equal(fixedText('  #  start /usr/sbin/xntpd "$src_running" "-x"\n', 'aix-rc-tcpip'), '  start /usr/sbin/xntpd "$src_running" "-x"\n');
  });

  it('a commented-out line next to an active one is not reported', () => {
    assert.deepEqual(scriptCodes('#start /usr/sbin/xntpd "$src_running"\nstart /usr/sbin/xntpd "$src_running" "-x"\n', 'aix-rc-tcpip'), []);
  });

  it('hover explains the variables, -x and the rc.tcpip start line', () => {
    const nd = 'export XNTPD=1\nexport XNTPD_ARGS="-x"\n';
    assert.match(hover(nd, 'hpux-netdaemons', 0, 9) ?? '', /\*\*XNTPD\*\* \(\/etc\/rc.config.d\/netdaemons\)/);
    assert.match(hover(nd, 'hpux-netdaemons', 1, 20) ?? '', /Value: `"-x"` → Slew the clock instead of stepping it/);
    const rc = 'start /usr/sbin/xntpd "$src_running" "-x"\n';
    assert.match(hover(rc, 'aix-rc-tcpip', 0, 2) ?? '', /System Resource Controller/);
    assert.match(hover(rc, 'aix-rc-tcpip', 0, 39) ?? '', /\*\*xntpd -x\*\*/);
    assert.equal(hover('echo hi\n', 'aix-rc-tcpip', 0, 2), undefined);
  });

  it('completion offers the NTP variables at the start of a netdaemons line only', () => {
    const items = scriptCompletionAt(parseScript('export X', 'hpux-netdaemons'), 'export X', 0, 8, 'en');
    assert.deepEqual(
      items.map((i) => (i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : '')),
      ['export XNTPD=1', 'export XNTPD_ARGS="-x"', 'export NTPDATE_SERVER='],
    );
    assert.deepEqual(scriptCompletionAt(parseScript('echo X', 'hpux-netdaemons'), 'echo X', 0, 6, 'en'), []);
  });
});
