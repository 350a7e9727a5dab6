import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { detectDialect } from '../../server/src/formats/detectDialect';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { fixAll } from '../../server/src/engine/fixAll';
import { validateText } from '../../server/src/engine/validate';
import { chronydParse, chronydPath, Scratch } from './chronyd';

const SEEDS = path.resolve(__dirname, '../../../test/fixtures/seeds');

describe('fix-all on the seed configs gives files the daemon accepts', function () {
  this.timeout(60000);
  const chronyd = chronydPath();
  const scratch = new Scratch();
  after(() => scratch.dispose());

  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.conf'))) {
    it(name, () => {
      const text = readFileSync(path.join(SEEDS, name), 'utf8');
      const { dialect } = detectDialect({ text, path: name });
      const fixed = fixAll(text, dialect, DEFAULT_SETTINGS);
      assert.notEqual(fixed.text, text, 'the seed has fixable mistakes, so fix-all changes it');
      // Errors without a safe fix may remain; a fix must never introduce a new kind of error.
      const errorCodes = (findings: readonly { severity: number; code: string }[]) => new Set(findings.filter((f) => f.severity === 1).map((f) => f.code));
      const before = errorCodes(validateText(text, dialect, DEFAULT_SETTINGS).findings);
      assert.deepEqual(
        [...errorCodes(fixed.result.findings)].filter((code) => !before.has(code)),
        [],
      );
      if (dialect === 'chrony') assert.deepEqual(chronydParse(chronyd, scratch.write(fixed.text)), { accepted: true }, fixed.text);
    });
  }
});
