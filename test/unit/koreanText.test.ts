import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const FALLBACK = /을\(를\)|를\(을\)|이\(가\)|가\(이\)|은\(는\)|는\(은\)|\(으\)로|와\(과\)|과\(와\)/;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(child) : entry.name.endsWith('.ts') ? [child] : [];
  });
}

/** Every line of ours that holds Korean: source strings, the VS Code bundles and the settings texts. */
function koreanLines(): { where: string; text: string }[] {
  const files = [...['server/src', 'cli/src', 'verify/src', 'client/src'].flatMap(sourceFiles), 'l10n/bundle.l10n.ko.json', 'package.nls.ko.json'];
  return files.flatMap((file) =>
    readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .map((text, i) => ({ where: `${file}:${i + 1}`, text }))
      .filter((line) => /[\uac00-\ud7a3]/.test(line.text)),
  );
}

describe('Korean text', () => {
  const lines = koreanLines();

  it('chooses every particle by the word before it (no 을(를) fallbacks)', () => {
    assert.ok(lines.length > 500, `read ${lines.length} lines`);
    assert.deepEqual(
      lines.filter((line) => FALLBACK.test(line.text) && !line.where.startsWith('server/src/core/koreanParticles.ts')).map((line) => line.where),
      [],
    );
  });

  it('uses the words of the glossary (l10n/glossary.ko.json)', () => {
    const { terms } = JSON.parse(readFileSync(path.join(ROOT, 'l10n', 'glossary.ko.json'), 'utf8')) as { terms: { en: string; avoid: string[] }[] };
    const found = terms.flatMap((term) =>
      term.avoid.flatMap((word) =>
        lines.filter((line) => line.text.includes(word) && !line.where.startsWith('l10n/glossary')).map((line) => `${line.where}: ${word} (${term.en})`),
      ),
    );
    assert.deepEqual(found, []);
  });
});
