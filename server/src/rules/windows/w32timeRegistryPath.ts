import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import type { Token } from '../../core/token';
import { code, replaceFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import type { RegistryKey, RegistryWrite } from '../../formats/script/types';
import { findingFor, fitsHeadline, tokenRange, type Finding } from '../../core/finding';
import { closestMatch } from '../../core/suggest';
import { childSegments, subkeySpec, subkeysWithValue } from '../../formats/w32time/registryCatalog';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-registry-path',
  severity: 'error',
  fixable: true,
  description: localized(
    'A W32Time registry subkey or value name that is misspelled (such as `WNTpClient`) or under the wrong subkey.',
    '철자가 틀렸거나(예: `WNTpClient`) 잘못된 하위 키에 있는 W32Time 레지스트리 하위 키 또는 값 이름.',
  ),
  docs: { fix: 'correct the spelling' },
};

function misspeltHeadline(written: string, wanted: string, what: 'key' | 'value'): Localized {
  const fix = localized(`Use ${code(wanted)}.`, `${code(wanted)}${particle(wanted, '으로')} 고치세요.`);
  const make = (name: string, nameKo: string): Localized =>
    what === 'key'
      ? localized(`W32Time has no subkey ${name}: the value is never read. ${fix.en}`, `W32Time에는 ${nameKo} 하위 키가 없어 값이 읽히지 않습니다. ${fix.ko}`)
      : localized(
          `W32Time reads no value ${name} here: it has no effect. ${fix.en}`,
          `W32Time은 이 위치에서 ${nameKo} 값을 읽지 않아 효과가 없습니다. ${fix.ko}`,
        );
  const full = make(code(written), code(written));
  return fitsHeadline(full) ? full : make('by this name', '이 이름의');
}

function misspelled(token: Token, wanted: string, what: 'key' | 'value'): Finding {
  return findingFor(meta, tokenRange(token), misspeltHeadline(token.text, wanted, what), {
    detail:
      what === 'key'
        ? localized(
            `W32Time has no subkey ${code(token.text)}; did you mean ${code(wanted)}? The value is written where the service never reads it.`,
            `W32Time에는 ${code(token.text)} 하위 키가 없습니다. ${code(wanted)}를 뜻했나요? 값이 서비스가 읽지 않는 곳에 쓰입니다.`,
          )
        : localized(
            `W32Time reads no value ${code(token.text)} here; did you mean ${code(wanted)}? The setting has no effect as written.`,
            `W32Time는 이 위치에서 ${code(token.text)} 값을 읽지 않습니다. ${code(wanted)}를 뜻했나요? 이대로는 설정이 효과가 없습니다.`,
          ),
    fixes: [replaceFix(localized(`Change to ${wanted}`, `${wanted}로 바꾸기`), token, wanted)],
  });
}

/** A value under the wrong subkey: where to write it instead (the first subkey that reads it; the detail lists all). */
function movedHeadline(name: string, here: string, there: string): Localized {
  const full = localized(
    `${code(name)} has no effect under ${code(`W32Time\\${here}`)}. Write it under ${code(`W32Time\\${there}`)}.`,
    `${code(name)}${particle(name, '은')} ${code(`W32Time\\${here}`)}에서는 효과가 없습니다. ${code(`W32Time\\${there}`)} 키에 쓰세요.`,
  );
  if (fitsHeadline(full)) return full;
  return localized(
    `${code(name)} has no effect under this key. Write it under ${code(`W32Time\\${there}`)}.`,
    `${code(name)}${particle(name, '은')} 이 키에서는 효과가 없습니다. ${code(`W32Time\\${there}`)} 키에 쓰세요.`,
  );
}

/** The subkey path as the service knows it, with misspellings reported and corrected; undefined past an unknown subkey. */
function checkKey(key: RegistryKey, findings: Finding[]): string[] | undefined {
  const path: string[] = [];
  for (const segment of key.segments) {
    const children = childSegments(path);
    const known = children.find((c) => c.toLowerCase() === segment.text.toLowerCase());
    if (known !== undefined) {
      path.push(known);
      continue;
    }
    const guess = closestMatch(segment.text, children);
    if (guess === undefined) return undefined;
    findings.push(misspelled(segment, guess, 'key'));
    path.push(guess);
  }
  return path;
}

function checkValue(write: RegistryWrite, path: readonly string[], findings: Finding[]): void {
  const name = write.name;
  const spec = subkeySpec(path);
  if (name === undefined || spec === undefined || Object.keys(spec.values).length === 0) return;
  if (spec.values[name.text.toLowerCase()] !== undefined) return;
  const elsewhere = subkeysWithValue(name.text);
  if (elsewhere.length > 0) {
    const where = elsewhere.map((s) => code(`W32Time\\${s.path}`)).join(', ');
    findings.push(
      findingFor(meta, tokenRange(name), movedHeadline(name.text, spec.path, elsewhere[0]?.path ?? ''), {
        detail: localized(
          `${code(name.text)} is read from ${where}, not from ${code(`W32Time\\${spec.path}`)}: as written it has no effect.`,
          `${code(name.text)}은 ${code(`W32Time\\${spec.path}`)}가 아니라 ${where}에서 읽습니다. 이대로는 효과가 없습니다.`,
        ),
      }),
    );
    return;
  }
  const guess = closestMatch(
    name.text,
    Object.values(spec.values).map((v) => v.name),
  );
  if (guess !== undefined) findings.push(misspelled(name, guess, 'value'));
}

/** A misspelled W32Time subkey or value name (the guide's `WNTpClient`) silently writes a setting nobody reads. */
export const w32timeRegistryPath = w32timeRule(meta, (script) => {
  const findings: Finding[] = [];
  const sectionPaths = new Map<RegistryKey, string[] | undefined>();
  for (const section of script.sections) sectionPaths.set(section, checkKey(section, findings));
  for (const write of script.registry) {
    const path = sectionPaths.has(write.key) ? sectionPaths.get(write.key) : checkKey(write.key, findings);
    if (path !== undefined && path.length > 0) checkValue(write, path, findings);
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
});
