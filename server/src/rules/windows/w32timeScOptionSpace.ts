import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { code, insertFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, fitsHeadline, tokenRange, type Finding } from '../../core/finding';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-sc-option-space',
  severity: 'error',
  fixable: true,
  description: localized(
    'An `sc config w32time` option without the blank after `=` (`start=auto` instead of `start= auto`).',
    '`=` 뒤에 공백이 없는 `sc config w32time` 옵션(`start= auto`가 아니라 `start=auto`).',
  ),
  docs: { fix: 'insert the blank after `=`' },
};

const SC_OPTIONS = /^(type|start|error|binpath|group|tag|depend|obj|displayname|password)=(\S+)$/i;

function headline(option: string, fixed: string): Localized {
  const full = localized(
    `sc.exe needs a blank after ${code(option)}, so the command fails. Write ${code(fixed)}.`,
    `${code(option)} 뒤에 공백이 없어 sc.exe 명령이 실패합니다. ${code(fixed)}${particle(fixed, '으로')} 쓰세요.`,
  );
  if (fitsHeadline(full)) return full;
  return localized(
    `sc.exe needs a blank after ${code(option)}, so the command fails. Put a blank after it.`,
    `${code(option)} 뒤에 공백이 없어 sc.exe 명령이 실패합니다. ${code(option)} 뒤에 공백을 넣으세요.`,
  );
}

/** sc.exe takes `start= auto`: the option name includes `=` and its value is the next argument. */
export const w32timeScOptionSpace = w32timeRule(meta, (script) => {
  const findings: Finding[] = [];
  for (const service of script.services) {
    if (service.tool !== 'sc' || !/^(config|create)$/i.test(service.action.text)) continue;
    for (const option of service.options) {
      const match = SC_OPTIONS.exec(option.text);
      if (match === null) continue;
      const name = match[1] as string;
      const fixed = `${name}= ${match[2] as string}`;
      const at = option.start + name.length + 1;
      findings.push(
        findingFor(meta, tokenRange(option), headline(`${name}=`, fixed), {
          detail: localized(
            `sc.exe needs a blank after ${code(`${name}=`)}: ${code(option.text)} is not understood and the command fails, so the service start type is not changed. Write ${code(fixed)}.`,
            `sc.exe는 ${code(`${name}=`)} 뒤에 공백이 필요합니다. ${code(option.text)}는 인식되지 않아 명령이 실패하고 서비스 시작 유형이 바뀌지 않습니다. ${code(fixed)}로 쓰세요.`,
          ),
          fixes: [insertFix(localized(`Write ${fixed}`, `${fixed}로 쓰기`), { line: option.line, character: at }, ' ')],
        }),
      );
    }
  }
  return findings;
});
