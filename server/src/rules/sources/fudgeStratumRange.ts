import { localized } from '../../core/localized';
import type { Token } from '../../core/token';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { ntpsecRefclocks } from '../../formats/ntpconf/model/sourceLines';
import { bindLine } from '../../formats/ntpconf/model/bindLine';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'fudge-stratum-range',
  severity: 'warning',
  dialects: ['ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized(
    'A reference clock set to stratum 16 (unsynchronised), so it is never used.',
    '참조 시계를 stratum 16(비동기)으로 설정해 절대 쓰이지 않음.',
  ),
};

/** Stratum 16 means "unsynchronised": peer_unfit() rejects any source at or above the default `tos ceiling` of 16. */
const UNSYNCHRONISED = 16;

/**
 * The catalog's range check (0–16, the widest any parser accepts) cannot tell that 16 itself is useless:
 * the drivers document 0–15, and a clock at 16 is never selected.
 */
export const fudgeStratumRange: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    const report = (keyword: Token, value: Token, clock: string): void => {
      if (value.text !== String(UNSYNCHRONISED)) return;
      findings.push(
        findingFor(
          meta,
          spanRange(keyword, value),
          localized(
            `\`stratum 16\` marks \`${clock}\` unsynchronised: ntpd never uses it. Use its real stratum (0–15).`,
            `\`stratum 16\`은 \`${clock}\`${particle(clock, '을')} 동기화되지 않은 시계로 만들어 쓰이지 않습니다. 실제 stratum(0–15)을 쓰세요.`,
          ),
          {
            detail: localized(
              `\`stratum 16\` marks \`${clock}\` as unsynchronised: ntpd rejects every source at stratum 16 or above, so this clock is never used. Reference clock strata go from 0 to 15; use the stratum the clock really has (0 for a receiver such as GPS), or remove the clock.`,
              `\`stratum 16\`은 \`${clock}\`${particle(clock, '을')} 동기화되지 않은 시계로 표시합니다. ntpd는 stratum 16 이상인 소스를 모두 거부하므로 이 시계는 절대 쓰이지 않습니다. 참조 시계의 stratum은 0부터 15까지이니 실제 stratum(GPS 같은 수신기는 0)을 쓰거나 시계를 지우세요.`,
            ),
          },
        ),
      );
    };
    for (const fudge of directivesNamed(config, 'fudge')) {
      const stratum = bindLine(fudge, config.dialect).option('stratum');
      if (stratum?.value !== undefined) report(stratum.option, stratum.value, fudge.tokens[1]?.text ?? 'fudge');
    }
    for (const refclock of ntpsecRefclocks(config)) {
      const stratum = refclock.bound.option('stratum');
      if (stratum?.value !== undefined) report(stratum.option, stratum.value, `refclock ${refclock.driver.text}`);
    }
    return findings;
  },
};
