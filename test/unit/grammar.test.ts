import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allDirectives } from '../../server/src/formats/ntpconf/catalog';
import { buildGrammar, GRAMMAR_FILES, SCOPE_NAMES, type GrammarFamily } from '../../server/src/grammar/textmateGrammar';

const ROOT = path.resolve(__dirname, '../../..');
const FAMILIES: GrammarFamily[] = ['chrony', 'ntp'];

describe('TextMate grammars', () => {
  it('lists every catalog directive of the family as a keyword', () => {
    for (const family of FAMILIES) {
      const grammar = buildGrammar(family) as { repository: { 'directive-line': { begin: string } } };
      const alternation = /\(\?i?:([^)]*)\)/.exec(grammar.repository['directive-line'].begin)?.[1] ?? '';
      const keywords = new Set(alternation.split('|').map((k) => k.replace(/\\(.)/g, '$1')));
      const expected = allDirectives()
        .filter((d) => (family === 'chrony') === d.dialects.includes('chrony'))
        .map((d) => (family === 'chrony' ? d.name.toLowerCase() : d.name));
      assert.deepEqual(
        expected.filter((name) => !keywords.has(name)),
        [],
        family,
      );
    }
  });

  it('is contributed for both languages in package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { grammars?: unknown[] } };
    assert.deepEqual(manifest.contributes.grammars, [
      { language: 'chrony-conf', scopeName: SCOPE_NAMES.chrony, path: `./${GRAMMAR_FILES.chrony}` },
      { language: 'ntp-conf', scopeName: SCOPE_NAMES.ntp, path: `./${GRAMMAR_FILES.ntp}` },
    ]);
  });
});
