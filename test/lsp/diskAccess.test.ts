import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, DocumentLink, Location } from 'vscode-languageserver-types';
import { WorkspaceTrustNotification } from '../../server/src/core/protocol';
import { LanguageServerProcess } from './languageServer';

/** Resident memory of a process in MB, from /proc (Linux). */
function residentMegabytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

const position = (text: string, line: number, word: string) => ({ line, character: (text.split('\n')[line] as string).indexOf(word) + 1 });

describe('the server reads only what it may (real process, real files)', function () {
  this.timeout(20000);
  let root: string;
  let workspace: string;
  let outside: string;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ntpconf-disk-'));
    workspace = path.join(root, 'repo');
    outside = path.join(root, 'outside');
    mkdirSync(workspace);
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'ntp.keys'), '1 M secret-outside\n');
    writeFileSync(path.join(outside, 'listed-outside.conf'), '');
    // A hostile repository: a keys file that is a kernel file, one that leads out of the workspace, and a FIFO.
    symlinkSync('/proc/self/pagemap', path.join(workspace, 'pagemap.keys'));
    symlinkSync(path.join(outside, 'ntp.keys'), path.join(workspace, 'linked.keys'));
    symlinkSync('/dev/zero', path.join(workspace, 'zero.keys'));
    execFileSync('mkfifo', [path.join(workspace, 'fifo.keys')]);
    writeFileSync(path.join(workspace, 'own.keys'), '1 M secret-inside\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  async function serverFor(trusted: boolean): Promise<LanguageServerProcess> {
    const server = new LanguageServerProcess();
    await server.initialize('en', { rootUri: pathToFileURL(workspace).href, initializationOptions: { workspaceTrusted: trusted } });
    return server;
  }

  async function open(server: LanguageServerProcess, name: string, text: string): Promise<string> {
    const uri = pathToFileURL(path.join(workspace, name)).href;
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'ntp-conf', version: 1, text } });
    return uri;
  }

  const definition = (server: LanguageServerProcess, uri: string, text: string): Promise<Location[]> =>
    server.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: position(text, 0, ' 1') });

  for (const [keys, why] of [
    ['pagemap.keys', 'a symlink to /proc/self/pagemap'],
    ['../../../../../../../../proc/self/pagemap', 'a relative path into /proc'],
    ['zero.keys', 'a symlink to /dev/zero'],
    ['fifo.keys', 'a FIFO'],
  ] as const) {
    it(`go to definition answers at once and stays small when the keys file is ${why}`, async () => {
      const server = await serverFor(true);
      try {
        const text = `server a.example key 1\nkeys ${keys}\ntrustedkey 1\n`;
        const uri = await open(server, `def-${path.basename(keys)}.conf`, text);
        const locations = await definition(server, uri, text);
        assert.deepEqual(
          locations.map((l) => l.range.start.line),
          [2],
          'only the trustedkey word: nothing read from the special file',
        );
        assert.ok(residentMegabytes(server.pid) < 400, `server RSS ${residentMegabytes(server.pid).toFixed(0)} MB`);
      } finally {
        assert.equal(await server.stop(), 0);
      }
    });
  }

  it('links never lead into /proc or /dev, by text or through a symlink', async () => {
    const server = await serverFor(true);
    try {
      const text = 'keys ../../../../../../../../proc/self/pagemap\nkeys pagemap.keys\nkeys zero.keys\nkeys own.keys\n';
      const uri = await open(server, 'links.conf', text);
      const links: DocumentLink[] = await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } });
      assert.deepEqual(
        links.map((l) => path.basename(new URL(l.target as string).pathname)),
        ['own.keys'],
      );
    } finally {
      await server.stop();
    }
  });

  it('in an untrusted workspace reads, links and lists nothing outside it, judged after symlinks; trust opens it', async () => {
    const server = await serverFor(false);
    try {
      const text = `server a.example key 1\nkeys linked.keys\nkeys ${path.join(outside, 'ntp.keys')}\nkeys own.keys\n`;
      const uri = await open(server, 'untrusted.conf', text);
      const inWorkspace = (locations: Location[]) => locations.map((l) => path.basename(new URL(l.uri).pathname)).sort();
      assert.deepEqual(inWorkspace(await definition(server, uri, text)), ['own.keys']);
      const links: DocumentLink[] = await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } });
      assert.deepEqual(
        links.map((l) => l.range.start.line),
        [3],
        'only own.keys is linked',
      );

      const completionText = `includefile ${outside}/`;
      const completionUri = await open(server, 'complete.conf', completionText);
      const listed = async (): Promise<string[]> => {
        const answer: CompletionItem[] | CompletionList = await server.connection.sendRequest('textDocument/completion', {
          textDocument: { uri: completionUri },
          position: { line: 0, character: completionText.length },
        });
        return (Array.isArray(answer) ? answer : answer.items).map((item) => item.label);
      };
      assert.ok(!(await listed()).includes('listed-outside.conf'), 'no listing outside the workspace');

      await server.connection.sendNotification(WorkspaceTrustNotification, { trusted: true });
      assert.deepEqual(inWorkspace(await definition(server, uri, text)), ['linked.keys', 'ntp.keys', 'own.keys']);
      assert.ok((await listed()).includes('listed-outside.conf'), 'trusted: the folder is listed');
    } finally {
      await server.stop();
    }
  });
});
