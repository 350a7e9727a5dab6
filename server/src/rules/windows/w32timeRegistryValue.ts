import { localized, type Localized } from '../../core/localized';
import { hasVariable } from '../../formats/script/lexer';
import { code, insertFix, replaceFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import type { RegistryWrite } from '../../formats/script/types';
import { findingFor, fitsHeadline, tokenRange, type Finding, type Fix } from '../../core/finding';
import { particle } from '../../core/koreanParticles';
import { closestMatch } from '../../core/suggest';
import type { RegistryValueSpec } from '../../formats/w32time/registryCatalog';
import { registryNumber, valueSpec } from './w32timeFacts';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-registry-value',
  severity: 'error',
  fixable: true,
  description: localized(
    'A W32Time registry value with the wrong type (such as `reg add` without `/t REG_DWORD`), out of range, or not one of its keywords.',
    '형식이 틀렸거나(예: `/t REG_DWORD` 없는 `reg add`), 범위를 벗어났거나, 정해진 키워드가 아닌 W32Time 레지스트리 값.',
  ),
  docs: { fix: 'write the value as `REG_DWORD`, or the closest keyword' },
};

function finding(write: RegistryWrite, message: Localized, detail: Localized, fix?: Fix): Finding {
  const target = write.data ?? write.name ?? write.key.token;
  return findingFor(meta, tokenRange(target), message, { detail, ...(fix ? { fixes: [fix] } : {}) });
}

/** The first headline that fits: the ones naming the written value first, a shorter one last. */
function firstFitting(...headlines: readonly Localized[]): Localized {
  return headlines.find(fitsHeadline) ?? (headlines[headlines.length - 1] as Localized);
}

const TO_DWORD = localized('Write it as REG_DWORD', 'REG_DWORD로 쓰기');

/** The edit that turns a string write of a number into a DWORD write, in the syntax of the line. */
function dwordFix(write: RegistryWrite): Fix | undefined {
  if (write.form === 'reg-add') {
    if (write.type) return replaceFix(TO_DWORD, write.type.token, 'REG_DWORD');
    return write.typeInsertAt === undefined ? undefined : insertFix(TO_DWORD, { line: write.line, character: write.typeInsertAt }, ' /t REG_DWORD');
  }
  if (write.form === 'powershell') return write.type ? replaceFix(TO_DWORD, write.type.token, 'DWord') : undefined;
  const number = write.data && /^\d{1,10}$/.test(write.data.text) ? Number(write.data.text) : undefined;
  if (write.type === undefined || write.data === undefined || number === undefined || number > 0xffffffff) return undefined;
  const range = { start: { line: write.line, character: write.type.token.start }, end: { line: write.line, character: write.data.end + 1 } };
  return { title: TO_DWORD, preferred: true, edits: [{ range, newText: `dword:${number.toString(16).padStart(8, '0')}` }] };
}

function checkDword(write: RegistryWrite, spec: RegistryValueSpec): Finding | undefined {
  const written = write.type?.value ?? (write.form === 'reg-add' ? 'REG_SZ' : undefined);
  if (written !== undefined && written !== 'REG_DWORD') {
    const how =
      write.type === undefined
        ? localized(`\`reg add\` without \`/t\` writes REG_SZ`, `\`/t\` 없는 \`reg add\`는 REG_SZ로 씁니다`)
        : localized(`it is written as ${written}`, `${written}로 쓰여 있습니다`);
    const as = write.type === undefined ? localized('REG_SZ (no `/t`)', '`/t` 없이 REG_SZ') : localized(written, written);
    return finding(
      write,
      firstFitting(
        localized(
          `${code(spec.name)} is written as ${as.en}, so it is ignored. Write it as REG_DWORD.`,
          `${code(spec.name)}${particle(spec.name, '이')} ${as.ko}${particle(as.ko, '으로')} 쓰여 무시됩니다. REG_DWORD로 쓰세요.`,
        ),
        localized(
          `This value is written as ${as.en}, so it is ignored. Write it as REG_DWORD.`,
          `이 값은 ${as.ko}${particle(as.ko, '으로')} 쓰여 무시됩니다. REG_DWORD로 쓰세요.`,
        ),
      ),
      localized(
        `W32Time reads ${code(spec.name)} as a REG_DWORD number, but ${how.en}: the service does not use it. Write it as REG_DWORD.`,
        `W32Time은 ${code(spec.name)}을 REG_DWORD 숫자로 읽는데 ${how.ko}. 서비스가 이 값을 쓰지 않습니다. REG_DWORD로 쓰세요.`,
      ),
      dwordFix(write),
    );
  }
  if (write.data === undefined) return undefined;
  const value = registryNumber(write);
  if (value === undefined)
    return finding(
      write,
      firstFitting(
        localized(
          `${code(write.data.text)} is not a number; ${code(spec.name)} is a REG_DWORD. Write a number.`,
          `${code(write.data.text)}${particle(write.data.text, '은')} 숫자가 아닙니다. ${code(spec.name)}${particle(spec.name, '은')} REG_DWORD이므로 숫자로 쓰세요.`,
        ),
        localized(
          `${code(spec.name)} is a REG_DWORD, but the value is not a number. Write a number.`,
          `${code(spec.name)}${particle(spec.name, '은')} REG_DWORD인데 값이 숫자가 아닙니다. 숫자로 쓰세요.`,
        ),
      ),
      localized(
        `${code(write.data.text)} is not a number; ${code(spec.name)} is a REG_DWORD.`,
        `${code(write.data.text)}는 숫자가 아닙니다. ${code(spec.name)}은 REG_DWORD입니다.`,
      ),
    );
  const below = spec.min !== undefined && value < spec.min;
  const above = spec.max !== undefined && value > spec.max;
  if (!below && !above) return undefined;
  const range = spec.max === undefined ? `≥ ${spec.min}` : `${spec.min ?? 0}–${spec.max}`;
  const within =
    spec.max === undefined
      ? localized(`a value of ${spec.min ?? 0} or more`, `${spec.min ?? 0} 이상의 값을`)
      : localized(`a value from ${spec.min ?? 0} to ${spec.max}`, `${spec.min ?? 0}에서 ${spec.max} 사이의 값을`);
  return finding(
    write,
    localized(
      `${code(spec.name)} ${value} is out of range. Use ${within.en}.`,
      `${code(spec.name)} ${value}${particle(value, '은')} 범위를 벗어납니다. ${within.ko} 쓰세요.`,
    ),
    localized(`${code(spec.name)} ${value} is out of range (${range}).`, `${code(spec.name)} ${value}는 범위(${range})를 벗어납니다.`),
  );
}

function checkString(write: RegistryWrite, spec: RegistryValueSpec): Finding | undefined {
  if (write.type !== undefined && write.type.value === 'REG_DWORD') {
    return finding(
      write,
      localized(
        `${code(spec.name)} is a ${spec.type} string, not a REG_DWORD. Write it as ${spec.type}.`,
        `${code(spec.name)}${particle(spec.name, '은')} REG_DWORD가 아니라 ${spec.type} 문자열입니다. ${spec.type}${particle(spec.type, '으로')} 쓰세요.`,
      ),
      localized(`${code(spec.name)} is a ${spec.type} string, not a REG_DWORD.`, `${code(spec.name)}은 REG_DWORD가 아니라 ${spec.type} 문자열입니다.`),
    );
  }
  const keywords = spec.values === undefined ? undefined : Object.keys(spec.values);
  if (keywords === undefined || write.data === undefined || keywords.some((k) => k.toLowerCase() === write.data?.text.toLowerCase())) return undefined;
  const guess = closestMatch(write.data.text, keywords);
  const use =
    guess === undefined
      ? localized(`Use one of ${keywords.join(', ')}.`, `${keywords.join(', ')} 중 하나를 쓰세요.`)
      : localized(`Use ${code(guess)}.`, `${code(guess)}${particle(guess, '을')} 쓰세요.`);
  return finding(
    write,
    firstFitting(
      localized(
        `${code(spec.name)} ${code(write.data.text)} is not a valid value. ${use.en}`,
        `${code(spec.name)} ${code(write.data.text)}${particle(write.data.text, '은')} 올바른 값이 아닙니다. ${use.ko}`,
      ),
      localized(`${code(spec.name)} has no such value. ${use.en}`, `${code(spec.name)}에 쓸 수 없는 값입니다. ${use.ko}`),
    ),
    localized(
      `${code(spec.name)} ${code(write.data.text)} is not one of ${keywords.join(', ')}.`,
      `${code(spec.name)} ${code(write.data.text)}는 ${keywords.join(', ')} 중 하나가 아닙니다.`,
    ),
    guess === undefined ? undefined : replaceFix(localized(`Change to ${guess}`, `${guess}로 바꾸기`), write.data, guess),
  );
}

/** A W32Time value of the wrong registry type, not a number, out of range, or not one of its keywords. */
export const w32timeRegistryValue = w32timeRule(meta, (script) =>
  script.registry.flatMap((write) => {
    const spec = valueSpec(write);
    if (spec === undefined || spec.reserved || (write.data !== undefined && hasVariable(write.data.text))) return [];
    return (spec.type === 'REG_DWORD' ? checkDword(write, spec) : checkString(write, spec)) ?? [];
  }),
);
