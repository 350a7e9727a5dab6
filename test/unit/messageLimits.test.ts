import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MAX_HEADLINE, type Finding } from '../../server/src/core/finding';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/settings';
import { detectDocumentKind } from '../../server/src/formats/detectDocumentKind';
import { validateConfiguration } from '../../server/src/engine/validateConfiguration';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const PROFILES: readonly Settings['profile'][] = ['client', 'server', 'hardened'];

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) return files(child);
    return /\.(json|md|map)$/.test(entry.name) ? [] : [child];
  });
}

/** Every finding our own fixtures, seeds and samples produce, under each profile: what users see in the Problems panel. */
function everyFinding(): { file: string; finding: Finding }[] {
  const found: { file: string; finding: Finding }[] = [];
  for (const file of files(FIXTURES)) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('\0')) continue;
    const kind = detectDocumentKind({ text, path: file }).kind;
    for (const profile of PROFILES) {
      for (const finding of validateConfiguration(text, kind, { ...DEFAULT_SETTINGS, profile }, {}).findings)
        found.push({ file: path.relative(FIXTURES, file), finding });
    }
  }
  return found;
}

/**
 * Codes whose messages still carry the why after the headline (issue 15, open): the list may only shrink. A code
 * that gets short must leave it (the test says so), and no other code may grow past the limit.
 */
const STILL_LONG = new Set<string>([]);

function length(text: string): number {
  return [...text].length;
}

describe('what users see: headlines and action titles', () => {
  const found = everyFinding();

  it(`every diagnostic message is one headline of at most ${MAX_HEADLINE} characters, in English and Korean`, () => {
    assert.ok(found.length > 1000, `${found.length} findings`);
    const over = new Map<string, string>();
    for (const { file, finding } of found) {
      for (const language of ['en', 'ko'] as const) {
        const message = finding.message[language];
        if (length(message) > MAX_HEADLINE && !STILL_LONG.has(finding.code) && !over.has(`${finding.code}/${language}`))
          over.set(`${finding.code}/${language}`, `${length(message)} chars (${file}): ${message}`);
        if (message.includes('\n')) over.set(`${finding.code}/${language}/newline`, `${file}: a headline is one line`);
      }
    }
    assert.deepEqual([...over].map(([code, why]) => `${code}: ${why}`).sort(), []);
  });

  it('the list of codes still over the limit holds only codes that still are', () => {
    const long = new Set(
      found.filter(({ finding }) => [finding.message.en, finding.message.ko].some((m) => length(m) > MAX_HEADLINE)).map(({ finding }) => finding.code),
    );
    assert.deepEqual(
      [...STILL_LONG].filter((code) => !long.has(code)),
      [],
    );
  });

  it('no action title holds a markdown backtick (VS Code renders them as plain text)', () => {
    const ticked = new Set<string>();
    for (const { finding } of found)
      for (const fix of finding.fixes ?? [])
        for (const language of ['en', 'ko'] as const) if (fix.title[language].includes('`')) ticked.add(`${finding.code}: ${fix.title[language]}`);
    assert.deepEqual([...ticked].sort(), []);
  });
});
