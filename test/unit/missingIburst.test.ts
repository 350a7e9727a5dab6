import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, quickFixes } from '../../server/src/engine/codeActions';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { toDiagnostic, validateText } from '../../server/src/engine/validate';
import { codesOnly } from '../support/lint';

const codesByLine = (text: string, dialect: Parameters<typeof codesOnly>[2], settings = {}) => codesOnly(['missing-iburst'], text, dialect, settings);

describe('missing-iburst', () => {
  it('fires on server and pool lines without iburst in chrony, ntpd and NTPsec', () => {
    const text = 'server time.bora.net\npool 2.kr.pool.ntp.org iburst\npool kr.pool.ntp.org\n';
    for (const dialect of ['chrony', 'ntpd', 'ntpsec'] as const) {
      assert.deepEqual(
        codesByLine(text, dialect),
        [
          [0, 'missing-iburst'],
          [2, 'missing-iburst'],
        ],
        dialect,
      );
    }
  });

  it('never fires on refclock addresses, peers, or in xntpd (which has no iburst)', () => {
    assert.deepEqual(codesByLine('server 127.127.1.0\n', 'ntpd'), []);
    assert.deepEqual(codesByLine('server 10.0.0.1\n', 'xntpd'), []);
  });

  it('offers "Add iburst", which appends the word before a trailing ntpd comment', () => {
    const text = 'server time.bora.net   # KT\n';
    const result = validateText(text, 'ntpd', DEFAULT_SETTINGS);
    const diagnostic = toDiagnostic(
      result.findings.find((f) => f.code === 'missing-iburst')!,
      'en',
    );
    const [action] = quickFixes('file:///ntp.conf', result, [diagnostic], 'en');
    assert.equal(action?.title, 'Add iburst');
    const fixed = TextDocument.applyEdits(TextDocument.create('file:///ntp.conf', 'ntp-conf', 1, text), action?.edit?.changes?.['file:///ntp.conf'] ?? []);
    assert.equal(fixed, 'server time.bora.net iburst   # KT\n');
  });

  it('fix-all adds iburst everywhere and leaves a clean file', () => {
    const text = 'server a.example\nserver b.example minpoll 6\n';
    const findings = validateText(text, 'chrony', DEFAULT_SETTINGS).findings.filter((f) => f.code === 'missing-iburst');
    const fixed = TextDocument.applyEdits(TextDocument.create('file:///c', 'chrony-conf', 1, text), fixAllEdits(findings));
    assert.equal(fixed, 'server a.example iburst\nserver b.example minpoll 6 iburst\n');
    assert.deepEqual(codesByLine(fixed, 'chrony'), []);
  });

  it('can be turned off or raised by a setting', () => {
    assert.deepEqual(codesByLine('server a.example\n', 'chrony', { rules: { 'missing-iburst': 'off' } }), []);
    const { findings } = validateText('server a.example\n', 'chrony', { ...DEFAULT_SETTINGS, rules: { 'missing-iburst': 'error' } });
    assert.equal(findings.find((f) => f.code === 'missing-iburst')?.severity, 1);
  });
});

describe('fix-all', () => {
  it('applies fixes on the same line when they do not overlap, and skips colliding ones', () => {
    const insert = (line: number, character: number, newText: string) => ({ range: { start: { line, character }, end: { line, character } }, newText });
    const finding = (edit: ReturnType<typeof insert>) => ({
      code: 'x',
      severity: 3 as const,
      range: edit.range,
      message: { en: '', ko: '' },
      fixes: [{ title: { en: '', ko: '' }, edits: [edit], preferred: true }],
    });
    const edits = fixAllEdits([finding(insert(0, 5, ' a')), finding(insert(0, 9, ' b')), finding(insert(0, 5, ' c'))]);
    assert.deepEqual(
      edits.map((e) => e.newText),
      [' a', ' b'],
    );
  });
});
