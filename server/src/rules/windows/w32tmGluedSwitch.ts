import { localized, type Localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { code, insertFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, fitsHeadline, tokenRange, type Finding } from '../../core/finding';

const meta: ScriptRuleMetaInput = {
  code: 'w32tm-glued-switch',
  severity: 'error',
  fixable: true,
  description: localized(
    'A `w32tm` switch stuck to the previous value without a blank (`/manualpeerlist:10.10.10.1/update`).',
    '앞 값에 공백 없이 붙은 `w32tm` 스위치(`/manualpeerlist:10.10.10.1/update`).',
  ),
  docs: { fix: 'put a blank before the switch' },
};

function headline(glued: string, stuckTo: string): Localized {
  const candidates = [
    localized(
      `${code(glued)} is stuck to ${code(stuckTo)}, so it is never applied. Put a blank before ${code(glued)}.`,
      `${code(glued)}${particle(glued, '이')} ${code(stuckTo)}에 붙어 있어 적용되지 않습니다. ${code(glued)} 앞에 공백을 넣으세요.`,
    ),
    localized(
      `${code(glued)} is stuck to the value before it and is never applied. Put a blank before it.`,
      `${code(glued)}${particle(glued, '이')} 앞의 값에 붙어 있어 적용되지 않습니다. 그 앞에 공백을 넣으세요.`,
    ),
    localized(
      'This switch is stuck to the value before it and is never applied. Put a blank before it.',
      '이 스위치가 앞의 값에 붙어 있어 적용되지 않습니다. 그 앞에 공백을 넣으세요.',
    ),
  ];
  return candidates.find(fitsHeadline) ?? (candidates[2] as Localized);
}

/** `/manualpeerlist:10.10.10.1/update` (printed in the guide) makes `10.10.10.1/update` the peer and drops /update. */
export const w32tmGluedSwitch = w32timeRule(meta, (script) => {
  const findings: Finding[] = [];
  for (const command of script.commands) {
    command.switches.forEach((option, index) => {
      if (!option.glued) return;
      const previous = command.switches[index - 1];
      const stuckTo = previous?.value?.raw.text ?? previous?.nameToken.text ?? '';
      const glued = `/${option.name}`;
      findings.push(
        findingFor(meta, tokenRange(option.nameToken), headline(glued, stuckTo), {
          detail: localized(
            `${code(glued)} is stuck to ${code(stuckTo)}: w32tm reads ${code(`${stuckTo}${option.nameToken.text}`)} as one value, so ${previous?.name === 'manualpeerlist' ? 'the peer name is wrong and ' : ''}${code(glued)} is never applied. Put a blank before ${code(glued)}.`,
            `${code(glued)}가 ${code(stuckTo)}에 붙어 있습니다. w32tm은 ${code(`${stuckTo}${option.nameToken.text}`)}를 값 하나로 읽으므로 ${previous?.name === 'manualpeerlist' ? '피어 이름이 틀어지고 ' : ''}${code(glued)}는 적용되지 않습니다. ${code(glued)} 앞에 공백을 넣으세요.`,
          ),
          fixes: [
            insertFix(
              localized(`Put a blank before ${glued}`, `${glued} 앞에 공백 넣기`),
              { line: option.nameToken.line, character: option.nameToken.start },
              ' ',
            ),
          ],
        }),
      );
    });
  }
  return findings;
});
