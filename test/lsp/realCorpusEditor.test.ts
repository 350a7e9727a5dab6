// Issue 13: the real-world corpus opened in the editor (a real language server, the corpus folder as the workspace)
// shows exactly the diagnostics `ntpconf lint --root HOST` gives and the manifest judged.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LanguageServerProcess } from './languageServer';
import { REAL_CORPUS, REAL_CORPUS_DIR, realCorpusFile } from '../support/realCorpus';

describe('the real-world corpus in the editor: the same findings as ntpconf lint --root and the manifest', function () {
  this.timeout(120_000);
  let server: LanguageServerProcess;
  // A dialect nothing in the file reveals is the user's pick in the status bar; the CLI test covers those files.
  const opened = REAL_CORPUS.filter((entry) => entry.dialect !== null && entry.dialectSetting === undefined);

  before(async () => {
    server = new LanguageServerProcess();
    await server.initialize('en', { rootUri: pathToFileURL(REAL_CORPUS_DIR).href, initializationOptions: { workspaceTrusted: true } });
  });
  after(async () => {
    await server.stop();
  });

  it(`every file shows its judged diagnostics, no more and no fewer (${opened.length} files)`, async () => {
    const differences: string[] = [];
    for (const entry of opened) {
      const file = realCorpusFile(entry.host, entry.path);
      const uri = pathToFileURL(file).href;
      const languageId = entry.dialect === 'chrony' ? 'chrony-conf' : 'ntp-conf';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(file, 'utf8') } });
      const seen = (await server.diagnosticsFor(uri)).map((d) => `${d.range.start.line + 1} ${String(d.code)}`).sort();
      const judged = entry.expected.map(([line, code]) => `${line} ${code}`).sort();
      const name = `${entry.host}${entry.path}`;
      differences.push(...seen.filter((s) => !judged.includes(s)).map((s) => `${name}: editor adds ${s}`));
      differences.push(...judged.filter((j) => !seen.includes(j)).map((j) => `${name}: editor lacks ${j}`));
      await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    assert.deepEqual(differences, []);
  });
});
