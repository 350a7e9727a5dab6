import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LanguageServerProcess } from '../lsp/languageServer';

const ROOT = path.resolve(__dirname, '../../..');

describe('npm install -g of this repository', function () {
  this.timeout(180_000);
  let prefix: string;
  before(() => {
    prefix = mkdtempSync(path.join(tmpdir(), 'ntpconf-global-'));
    // What `npm install -g <git URL>` does after building: pack, then install the tarball globally (here under a prefix).
    execFileSync('npm', ['pack', '--pack-destination', prefix], { cwd: ROOT, stdio: 'ignore' });
    const tarball = readdirSync(prefix).find((name) => name.endsWith('.tgz'))!;
    execFileSync('npm', ['install', '-g', '--prefix', path.join(prefix, 'global'), path.join(prefix, tarball), '--no-audit', '--no-fund'], {
      stdio: 'ignore',
      timeout: 150_000,
    });
  });
  after(() => rmSync(prefix, { recursive: true, force: true }));

  it('puts a working ntpconf on the PATH', () => {
    const run = spawnSync(path.join(prefix, 'global', 'bin', 'ntpconf'), ['lint', '--format', 'json', '--dialect', 'chrony', '-'], {
      input: 'server a.example\n',
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.ok((JSON.parse(run.stdout) as { diagnostics: { code: string }[] }[])[0]!.diagnostics.some((d) => d.code === 'missing-iburst'));
  });

  it('puts a working ntpconf-language-server on the PATH', async () => {
    const server = new LanguageServerProcess([path.join(prefix, 'global', 'bin', 'ntpconf-language-server'), '--stdio']);
    const result = (await server.initialize()) as { serverInfo: { name: string } };
    assert.equal(result.serverInfo.name, 'ntpconf-language-server');
    const uri = 'file:///etc/chrony/chrony.conf';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'chrony-conf', version: 1, text: 'server a.example\n' },
    });
    const diagnostics = await server.diagnosticsFor(uri, (d) => d.length > 0);
    assert.ok(diagnostics.some((d) => d.code === 'missing-iburst'));
    assert.equal(await server.stop(), 0);
  });
});
