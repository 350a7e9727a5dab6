import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ruleSettingsContribution } from '../../server/src/meta/contributions';
import { CODE_METAS } from '../../server/src/rules';

const ROOT = path.resolve(__dirname, '../../..');

describe('settings generated from code metadata', () => {
  const expected = ruleSettingsContribution(CODE_METAS);

  it('offers a severity override for every code, syntax and include codes included', () => {
    const properties = expected.property['properties'] as Record<string, { default: string }>;
    assert.deepEqual(Object.keys(properties).sort(), CODE_METAS.map((meta) => meta.code).sort());
    for (const meta of CODE_METAS) assert.equal(properties[meta.code]?.default, meta.severity, meta.code);
  });

  it('every description exists in English and Korean', () => {
    for (const [key, text] of Object.entries(expected.nls.en)) assert.ok(text.trim().length > 0, key);
    for (const [key, text] of Object.entries(expected.nls.ko)) assert.match(text, /[\uac00-\ud7a3]/, key);
  });

  it('the README links every code to its page', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const { code } of CODE_METAS) assert.ok(readme.includes(`[\`${code}\`](docs/rules/${code}.md)`), code);
  });
});
