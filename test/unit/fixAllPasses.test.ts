import * as assert from 'node:assert/strict';
import { fixAll } from '../../server/src/engine/fixAll';
import { normalizeSettings } from '../../server/src/core/settings';
import { parseConfig } from '../../server/src/formats/ntpconf/parser/parseConfig';
import { localized } from '../../server/src/core/localized';
import type { ValidationResult } from '../../server/src/engine/validate';

/** A check whose fix never clears it: it always asks for `,0x8` after the first word. */
let validations = 0;

function stubbornCheck(): ValidationResult {
  validations++;
  const range = { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } };
  const fix = { title: localized('Add flags', '플래그 추가'), preferred: true, edits: [{ range, newText: ',0x8' }] };
  const finding = { code: 'w32time-peer-flags', severity: 2 as const, range, message: localized('no flags', '플래그 없음'), fixes: [fix] };
  return { kind: 'config', config: parseConfig('', 'ntpd'), findings: [finding] };
}

describe('fixAll', () => {
  it('stops when a pass does not clear the finding it fixed, instead of applying it again', () => {
    validations = 0;
    const { text } = fixAll('abc def\n', 'w32time', normalizeSettings({}), {}, stubbornCheck);
    // The first check, then the pass that showed the fix changed nothing; that pass is undone.
    assert.deepEqual([validations, text], [2, 'abc def\n']);
  });

  it('ends inserted lines with the document’s line break', () => {
    const { text } = fixAll('server a.example iburst\r\nserver b.example iburst\r\n', 'ntpd', normalizeSettings({}));
    assert.match(text, /restrict default/);
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false);
  });
});
