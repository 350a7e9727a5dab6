// Writes syntaxes/*.tmLanguage.json from the directive catalog (run `npm run grammars`; `--check` only compares).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { buildGrammar, serializeGrammar, GRAMMAR_FILES } = require(join(root, 'out/server/src/grammar/textmateGrammar.js'));
const check = process.argv.includes('--check');

let stale = 0;
for (const [family, file] of Object.entries(GRAMMAR_FILES)) {
  const text = serializeGrammar(buildGrammar(family));
  const path = join(root, file);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === text) continue;
  if (check) {
    console.error(`${file} is out of date: run npm run grammars`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale === 0 ? 0 : 1);
