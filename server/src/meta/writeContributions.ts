import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../rules';
import { ruleSettingsContribution, withRuleTable } from './contributions';

/** Rewrites package.json's ntpConfig.rules schema, the rule descriptions in package.nls*.json and the README's rule table. Run: npm run generate. */
function main(root: string): void {
  const contribution = ruleSettingsContribution(RULES);
  const updateJson = (file: string, change: (json: Record<string, unknown>) => void) => {
    const full = path.join(root, file);
    const json = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
    change(json);
    writeFileSync(full, JSON.stringify(json, null, 2) + '\n');
  };
  updateJson('package.json', (json) => {
    const configuration = (json['contributes'] as { configuration: { properties: Record<string, unknown> } }).configuration;
    configuration.properties['ntpConfig.rules'] = contribution.property;
  });
  const replaceRuleKeys = (nls: Record<string, unknown>, entries: Record<string, string>) => {
    for (const key of Object.keys(nls)) if (key.startsWith('rule.')) delete nls[key];
    Object.assign(nls, entries);
  };
  updateJson('package.nls.json', (json) => replaceRuleKeys(json, contribution.nls.en));
  updateJson('package.nls.ko.json', (json) => replaceRuleKeys(json, contribution.nls.ko));
  const readme = path.join(root, 'README.md');
  writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8'), RULES));
}

main(process.argv[2] ?? path.resolve(__dirname, '../../../..'));
