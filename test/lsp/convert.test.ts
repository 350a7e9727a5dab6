import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChronyConversion } from '../../server/src/core/protocol';
import { LanguageServerProcess } from './languageServer';

const NTP_URI = 'untitled:ntp.conf';
const CHRONY_URI = 'untitled:chrony.conf';

describe('convert to chrony over JSON-RPC (real process)', function () {
  this.timeout(15000);
  let server: LanguageServerProcess;
  let dir: string;

  before(async () => {
    server = new LanguageServerProcess();
    await server.initialize('ko');
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: NTP_URI,
        languageId: 'ntp-conf',
        version: 1,
        text: 'restrict default nomodify\nserver 10.0.0.1 # the GPS box\nbroadcast 192.168.1.255\n',
      },
    });
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: CHRONY_URI, languageId: 'chrony-conf', version: 1, text: 'pool 2.pool.ntp.org iburst\n' },
    });
  });

  after(async () => {
    assert.equal(await server.stop(), 0);
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('converts an included file in place, read next to the document', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ntpconf-lsp-convert-'));
    writeFileSync(path.join(dir, 'servers.conf'), 'server 10.0.0.2 iburst\n');
    const uri = pathToFileURL(path.join(dir, 'ntp.conf')).href;
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ntp-conf', version: 1, text: 'server 10.0.0.1 iburst\nincludefile servers.conf\n' },
    });
    const result: ChronyConversion | null = await server.connection.sendRequest('ntpConfig/convertToChrony', { uri });
    assert.ok(result !== null);
    assert.ok(result.chronyConf.includes('\nserver 10.0.0.2 iburst\n'), result.chronyConf);
    assert.ok(!result.notes.some((n) => n.code === 'include-not-followed'));
  });

  it('answers with chrony.conf and the notes as diagnostics on the source lines, in the client language', async () => {
    const result: ChronyConversion | null = await server.connection.sendRequest('ntpConfig/convertToChrony', { uri: NTP_URI });
    assert.ok(result !== null);
    assert.equal(result.dialect, 'ntpd');
    assert.deepEqual(result.chronyConf.split('\n').slice(1, 4), ['allow', '# the GPS box', 'server 10.0.0.1 iburst']);
    assert.deepEqual(
      result.notes.filter((n) => n.code === 'open-access' || n.code === 'not-converted').map((n) => [n.range.start.line, n.code, n.severity, n.source]),
      [
        [0, 'open-access', 2, 'ntpconf convert'],
        [2, 'not-converted', 3, 'ntpconf convert'],
      ],
    );
    assert.ok(result.notes.every((n) => /[가-힣]/.test(n.message)));
  });

  it('answers null for a chrony.conf and for a document it does not have', async () => {
    assert.equal(await server.connection.sendRequest('ntpConfig/convertToChrony', { uri: CHRONY_URI }), null);
    assert.equal(await server.connection.sendRequest('ntpConfig/convertToChrony', { uri: 'untitled:nothing' }), null);
  });
});
