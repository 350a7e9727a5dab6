import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allDirectives } from '../../server/src/formats/ntpconf/catalog';
import type { ValueType } from '../../server/src/formats/ntpconf/catalog/types';
import { CATEGORY_LABELS, UNKNOWN_LABEL } from '../../server/src/features/categories';
import { COUNTRY_NAMES } from '../../server/src/features/data/countryNames';
import { CONTINENT_ZONES } from '../../server/src/features/data/poolZones';
import { refclockDriver } from '../../server/src/formats/ntpconf/catalog/ntp/refclockDrivers';
import type { Localized } from '../../server/src/core/localized';

const ROOT = path.resolve(__dirname, '../../..');
const HANGUL = /[\uac00-\ud7a3]/;

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** The first argument of every `l10n.t(...)` call: the key VS Code looks up in the bundle. */
function l10nKeys(source: string): string[] {
  const keys: string[] = [];
  for (const match of source.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    keys.push((match[2] as string).replace(/\\(.)/g, '$1'));
  }
  return keys;
}

/** Problems with one Localized text: empty English, or Korean without Hangul. */
function problems(where: string, text: Localized | undefined): string[] {
  if (text === undefined) return [];
  const found: string[] = [];
  if (text.en.trim() === '') found.push(`${where}: empty English text`);
  if (!HANGUL.test(text.ko)) found.push(`${where}: Korean text missing or not Korean: ${JSON.stringify(text.ko)}`);
  return found;
}

function enumProblems(where: string, type: ValueType | undefined): string[] {
  if (type?.kind !== 'enum' || type.docs === undefined) return [];
  return Object.entries(type.docs).flatMap(([value, doc]) => problems(`${where} value ${value}`, doc));
}

describe('localization', () => {
  it('package.nls.ko.json has exactly the keys of package.nls.json, all in Korean', () => {
    const en = readJson('package.nls.json');
    const ko = readJson('package.nls.ko.json');
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
    assert.deepEqual(
      Object.entries(ko).filter(([, v]) => typeof v !== 'string' || !HANGUL.test(v)),
      [],
    );
  });

  it('every %key% in package.json has an English entry', () => {
    const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const en = readJson('package.nls.json');
    const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] as string);
    assert.deepEqual(
      used.filter((key) => !(key in en)),
      [],
    );
  });

  it('every vscode.l10n.t string in client/src has a Korean entry in l10n/bundle.l10n.ko.json', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const keys = sourceFiles('client/src').flatMap((file) => l10nKeys(readFileSync(path.join(ROOT, file), 'utf8')).map((key) => ({ file, key })));
    assert.ok(keys.length > 0);
    assert.deepEqual(
      keys.filter(({ key }) => key.includes('${')),
      [],
      'l10n.t needs a constant message with {0} placeholders',
    );
    assert.deepEqual(
      keys.filter(({ key }) => typeof bundle[key] !== 'string' || !HANGUL.test(bundle[key] as string)),
      [],
    );
  });

  it('every catalog directive, argument, option and enumeration value has English and Korean docs', () => {
    const found: string[] = [];
    for (const spec of allDirectives()) {
      const where = `${spec.dialects.join('/')} ${spec.name}`;
      found.push(...problems(where, spec.doc), ...problems(`${where} (obsolete)`, spec.obsolete));
      for (const argument of spec.args)
        found.push(...problems(`${where} <${argument.name}>`, argument.doc), ...enumProblems(`${where} <${argument.name}>`, argument.type));
      for (const option of spec.options ?? [])
        found.push(...problems(`${where} ${option.name}`, option.doc), ...enumProblems(`${where} ${option.name}`, option.value));
    }
    assert.deepEqual(found, []);
  });

  it('the editor features’ own data is in both languages', () => {
    const found = [
      ...Object.entries(CATEGORY_LABELS).flatMap(([k, v]) => problems(`category ${k}`, v)),
      ...problems('unknown', UNKNOWN_LABEL),
      ...Object.entries(CONTINENT_ZONES).flatMap(([k, v]) => problems(`zone ${k}`, v)),
      ...Object.entries(COUNTRY_NAMES).flatMap(([k, [en, ko]]) => problems(`country ${k}`, { en, ko })),
      ...Array.from({ length: 47 }, (_, type) => refclockDriver(type)).flatMap((d) =>
        d ? [...problems(`driver ${d.type}`, d.title), ...problems(`driver ${d.type} note`, d.note)] : [],
      ),
    ];
    assert.deepEqual(found, []);
  });
});
