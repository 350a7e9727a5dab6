import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';

const meta: RuleMeta = {
  code: 'rtconutc-with-rtcsync',
  severity: 'hint',
  dialects: ['chrony'],
  fixable: false,
  description: localized(
    '`rtconutc` does not make the kernel keep the RTC in UTC under `rtcsync`.',
    '`rtcsync`에서는 `rtconutc`가 커널이 RTC를 UTC로 유지하게 만들지 않습니다.',
  ),
};

/**
 * With rtcsync the kernel writes the RTC, so `rtconutc` does not choose UTC for it; chronyd only reads the
 * setting when it reads the RTC itself (`chronyd -s`, or rtcfile). A hint, not a fix: with `-s` it still matters.
 */
export const rtconutcWithRtcsync: Rule = {
  meta,
  check({ config }) {
    if (directivesNamed(config, 'rtcsync').length === 0) return [];
    // With rtcfile as well, chronyd exits anyway: rtcsync-with-rtcfile reports that.
    if (directivesNamed(config, 'rtcfile').length > 0) return [];
    const findings: Finding[] = [];
    for (const line of directivesNamed(config, 'rtconutc')) {
      const keyword = line.tokens[0];
      if (keyword === undefined) continue;
      findings.push(
        findingFor(
          meta,
          tokenRange(keyword),
          localized(
            `\`${keyword.text}\` has no effect with \`rtcsync\`: the kernel decides the RTC's time zone.`,
            `\`rtcsync\`와 함께면 \`${keyword.text}\`${particle(keyword.text, '은')} 효과가 없습니다. RTC의 시간대는 커널이 정합니다.`,
          ),
          {
            detail: localized(
              `\`${keyword.text}\` does not affect \`rtcsync\`: the kernel copies the time to the RTC, in UTC unless the system was told at boot that the RTC keeps local time (/etc/adjtime, \`timedatectl set-local-rtc\`). chronyd only uses \`rtconutc\` when it reads the RTC itself, i.e. when started with \`-s\`. Remove it unless chronyd runs with \`-s\` and no hwclockfile says the same.`,
              `\`${keyword.text}\`는 \`rtcsync\`에 영향을 주지 않습니다. RTC에 시각을 복사하는 것은 커널이며, 부팅 때 RTC가 지역 시각이라고 설정하지 않았다면(/etc/adjtime, \`timedatectl set-local-rtc\`) UTC로 씁니다. chronyd는 RTC를 직접 읽을 때, 즉 \`-s\` 옵션으로 시작할 때만 \`rtconutc\`를 씁니다. chronyd를 \`-s\`로 실행하면서 hwclockfile이 같은 내용을 알려 주지 않는 경우가 아니라면 삭제하세요.`,
            ),
          },
        ),
      );
    }
    return findings;
  },
};
