import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ruleSettingsContribution, withRuleTable } from '../../server/src/meta/contributions';
import { RULES } from '../../server/src/rules';

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

describe('settings generated from rule metadata', () => {
  const expected = ruleSettingsContribution(RULES);

  it('package.json has the ntpConfig.rules schema for every rule (run `npm run generate` if this fails)', () => {
    assert.deepEqual(readJson('package.json').contributes.configuration.properties['ntpConfig.rules'], expected.property);
  });

  it('every rule description exists in English and Korean', () => {
    const en = readJson('package.nls.json');
    const ko = readJson('package.nls.ko.json');
    for (const [key, text] of Object.entries(expected.nls.en)) assert.equal(en[key], text, key);
    for (const [key, text] of Object.entries(expected.nls.ko)) assert.equal(ko[key], text, key);
  });

  it('the README lists every rule from its metadata (run `npm run generate` if this fails)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.equal(readme, withRuleTable(readme, RULES));
    for (const rule of RULES) assert.ok(readme.includes(`[\`${rule.meta.code}\`](docs/rules/${rule.meta.code}.md)`), rule.meta.code);
  });
});
