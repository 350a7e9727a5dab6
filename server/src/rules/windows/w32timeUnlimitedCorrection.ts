import { localized } from '../../core/localized';
import { particle } from '../../core/koreanParticles';
import { code, replaceFix, w32timeRule, type ScriptRuleMetaInput } from '../scriptRule';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import { formatRegistryNumber, registryNumber, writesOf } from './w32timeFacts';

const meta: ScriptRuleMetaInput = {
  code: 'w32time-unlimited-correction',
  severity: 'warning',
  fixable: true,
  description: localized(
    `${code('MaxPosPhaseCorrection')} or ${code('MaxNegPhaseCorrection')} set to 0xFFFFFFFF (no limit on how far the clock is corrected).`,
    `${code('MaxPosPhaseCorrection')} 또는 ${code('MaxNegPhaseCorrection')}을 0xFFFFFFFF(보정 크기 제한 없음)로 설정.`,
  ),
  docs: { fix: 'limit to 48 hours (`172800`)' },
};

const UNLIMITED = 0xffffffff;
/** Microsoft's Group Policy default and the domain controller default: 48 hours. */
const FORTY_EIGHT_HOURS = 172800;

/** 0xFFFFFFFF lets any source, or anyone spoofing one, move the clock by any amount without a check. */
export const w32timeUnlimitedCorrection = w32timeRule(meta, (script) => {
  const findings: Finding[] = [];
  for (const name of ['MaxPosPhaseCorrection', 'MaxNegPhaseCorrection']) {
    for (const write of writesOf(script, 'Config', name)) {
      if (write.data === undefined || registryNumber(write) !== UNLIMITED) continue;
      const replacement = formatRegistryNumber(write, FORTY_EIGHT_HOURS);
      findings.push(
        findingFor(
          meta,
          tokenRange(write.data),
          localized(
            `${name} 0xFFFFFFFF removes the limit on corrections. Use ${code(replacement)} (48 hours).`,
            `${name} 0xFFFFFFFF${particle('0xFFFFFFFF', '은')} 보정 한도를 없앱니다. 48시간(${code(replacement)})으로 제한하세요.`,
          ),
          {
            detail: localized(
              `${name} 0xFFFFFFFF removes the limit on corrections. The guide does this so a clock that is off by more than the stand-alone default of 15 hours still synchronizes, but it also lets a wrong or forged time source move the clock by days or years without any check. Microsoft: the smaller the value, the more secure; its Group Policy and domain controller default is 172800 s (48 hours), which still corrects a large offset. Use ${code(replacement)}.`,
              `${name} 0xFFFFFFFF는 보정 한도를 없앱니다. 가이드는 독립 실행형 기본값인 15시간보다 크게 틀린 시계도 동기화되도록 이렇게 하지만, 잘못되었거나 위조된 시간 원본이 아무 검사 없이 시계를 며칠, 몇 년씩 옮길 수도 있게 됩니다. Microsoft는 값이 작을수록 안전하다고 하며, 그룹 정책과 도메인 컨트롤러 기본값은 172800초(48시간)로 큰 차이도 여전히 보정합니다. ${code(replacement)}를 쓰세요.`,
            ),
            fixes: [replaceFix(localized(`Limit to 48 hours (${replacement})`, `48시간(${replacement})으로 제한`), write.data, replacement)],
          },
        ),
      );
    }
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line);
});
