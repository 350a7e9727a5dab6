import { buildGrammar, GRAMMAR_FILES, serializeGrammar, type GrammarFamily } from '../grammar/textmateGrammar';
import { CONFIG_LANGUAGES } from '../formats/ntpFileNames';
import { CODE_METAS } from '../rules';
import { ruleSettingsContribution, withRuleTable } from './contributions';
import { withDocHeader } from './docHeader';

/** A file (path relative to the repository root) as `npm run generate` writes it. */
interface GeneratedFile {
  readonly file: string;
  readonly text: string;
}

type Json = Record<string, unknown>;

function patchJson(text: string, change: (json: Json) => void): string {
  const json = JSON.parse(text) as Json;
  change(json);
  return JSON.stringify(json, null, 2) + '\n';
}

function withRuleKeys(nls: Json, entries: Record<string, string>): void {
  for (const key of Object.keys(nls)) if (key.startsWith('rule.')) delete nls[key];
  Object.assign(nls, entries);
}

/**
 * Everything generated from metadata and the catalog: the settings schema and its en/ko descriptions, the README
 * table, the docs page headers and the TextMate grammars. `read` gives a file's current text (hand-written parts stay).
 */
export function generatedFiles(read: (file: string) => string): GeneratedFile[] {
  const contribution = ruleSettingsContribution(CODE_METAS);
  const files: GeneratedFile[] = [
    {
      file: 'package.json',
      text: patchJson(read('package.json'), (json) => {
        const contributes = json['contributes'] as { configuration: { properties: Json }; languages: Json[] };
        contributes.configuration.properties['ntpConfig.rules'] = contribution.property;
        // The editor opens the same names and paths that `ntpconf lint DIR` looks for.
        for (const language of contributes.languages) {
          const known = CONFIG_LANGUAGES.find((entry) => entry.id === language['id']);
          if (known === undefined) continue;
          language['filenames'] = [...known.filenames];
          language['filenamePatterns'] = [...known.filenamePatterns];
        }
      }),
    },
    { file: 'package.nls.json', text: patchJson(read('package.nls.json'), (json) => withRuleKeys(json, contribution.nls.en)) },
    { file: 'package.nls.ko.json', text: patchJson(read('package.nls.ko.json'), (json) => withRuleKeys(json, contribution.nls.ko)) },
    { file: 'README.md', text: withRuleTable(read('README.md'), CODE_METAS) },
  ];
  for (const meta of CODE_METAS) {
    const file = `docs/rules/${meta.code}.md`;
    files.push({ file, text: withDocHeader(read(file), meta) });
  }
  for (const [family, file] of Object.entries(GRAMMAR_FILES) as [GrammarFamily, string][]) {
    files.push({ file, text: serializeGrammar(buildGrammar(family)) });
  }
  return files;
}
