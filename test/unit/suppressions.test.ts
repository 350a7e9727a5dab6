import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from '../../server/src/engine/codeActions';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { toDiagnostic, validateText } from '../../server/src/engine/validate';
import { codesOnly } from '../support/lint';

const codesByLine = (text: string, dialect: Parameters<typeof codesOnly>[2]) => codesOnly(['missing-iburst', 'unknown-directive'], text, dialect);

describe('suppression comments', () => {
  it('disable-next-line silences the named codes on the next line only', () => {
    const text = '# ntpconf-disable-next-line missing-iburst, unknown-option\nserver a.example\nserver b.example\n';
    assert.deepEqual(codesByLine(text, 'chrony'), [[2, 'missing-iburst']]);
  });

  it('disable silences a code for the whole file, with any chrony comment marker', () => {
    assert.deepEqual(codesByLine('! ntpconf-disable missing-iburst\nserver a.example\nservr b\n', 'chrony'), [[2, 'unknown-directive']]);
  });

  it('a comment after a directive is no suppression (chrony would refuse it anyway)', () => {
    assert.deepEqual(codesByLine('server a.example # ntpconf-disable missing-iburst\n', 'ntpd'), [[0, 'missing-iburst']]);
  });

  it('is offered as quick fixes that keep the comment on its own, indented line', () => {
    const text = '  server a.example\n';
    const result = validateText(text, 'chrony', DEFAULT_SETTINGS);
    const actions = quickFixes(
      'file:///c',
      result,
      [
        toDiagnostic(
          result.findings.find((f) => f.code === 'missing-iburst')!,
          'en',
        ),
      ],
      'en',
    );
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Add iburst', 'Disable missing-iburst for this line', 'Disable missing-iburst for this file'],
    );
    const apply = (index: number) =>
      TextDocument.applyEdits(TextDocument.create('file:///c', 'chrony-conf', 1, text), actions[index]!.edit!.changes!['file:///c']!);
    assert.equal(apply(1), '  # ntpconf-disable-next-line missing-iburst\n  server a.example\n');
    assert.equal(apply(2), '# ntpconf-disable missing-iburst\n  server a.example\n');
    assert.deepEqual(codesByLine(apply(1), 'chrony'), []);
    assert.deepEqual(codesByLine(apply(2), 'chrony'), []);
  });
});
