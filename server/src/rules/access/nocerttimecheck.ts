import { particle } from '../../core/koreanParticles';
import { versionAtLeast } from '../../core/dialect';
import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { chronyAccess, chronyLinesNamed } from './chronyAccess';

const meta: RuleMeta = {
  code: 'nocerttimecheck',
  severity: 'warning',
  dialects: ['chrony'],
  fixable: false,
  description: localized(
    '`nocerttimecheck` turns off the validity-period check of NTS certificates.',
    '`nocerttimecheck`이 NTS 인증서의 유효 기간 검사를 끕니다.',
  ),
  docs: { dialects: '4.0 and later' },
};

/** chrony.conf(5): disabling certificate time checks "has important security implications and should be used only as a last resort". */
export const nocerttimecheck: Rule = {
  meta,
  check({ config, chronyVersion }) {
    // Before 4.0 the directive does not exist; the syntax check reports that.
    if (!versionAtLeast(chronyVersion, '4.0')) return [];
    const findings: Finding[] = [];
    for (const line of chronyLinesNamed(chronyAccess(config), 'nocerttimecheck')) {
      const [keyword, value] = line.tokens;
      // 0 is the default: checks always on.
      if (keyword === undefined || value === undefined || !(Number(value.text) > 0)) continue;
      findings.push(
        findingFor(
          meta,
          spanRange(keyword, value),
          localized(
            `\`nocerttimecheck ${value.text}\` accepts expired NTS certificates at start. Remove it if the RTC keeps time.`,
            `\`nocerttimecheck ${value.text}\`${particle(value.text, '은')} 시작 때 만료된 NTS 인증서를 받아들입니다. RTC를 믿을 수 있다면 지우세요.`,
          ),
          {
            detail: localized(
              `\`nocerttimecheck ${value.text}\` accepts expired and not-yet-valid NTS certificates for the first ${value.text} clock update(s): a server using a leaked, long-expired key can then set your clock. chrony.conf(5) calls it a last resort for machines that boot without a working RTC; keep the value at 1 and \`ntstrustedcerts\` minimal, or remove it if this host keeps time across reboots.`,
              `\`nocerttimecheck ${value.text}\`${particle(value.text, '은')} 처음 ${value.text}번의 시계 갱신 동안 만료됐거나 아직 유효하지 않은 NTS 인증서를 받아들입니다. 유출된 오래전 만료 키를 쓰는 서버가 시계를 바꿀 수 있게 됩니다. chrony.conf(5)는 RTC 없이 부팅하는 기기를 위한 최후의 수단이라고 합니다. 값은 1로, \`ntstrustedcerts\`는 최소한으로 두고, 재부팅해도 시간을 유지하는 호스트라면 지우세요.`,
            ),
          },
        ),
      );
    }
    return findings;
  },
};
