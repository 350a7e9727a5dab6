import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding, type Fix } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { deleteLine } from '../../formats/ntpconf/edits';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'rtcsync-with-rtcfile',
  severity: 'error',
  dialects: ['chrony'],
  fixable: true,
  description: localized('`rtcsync` and `rtcfile` together: chronyd exits at start.', '`rtcsync`와 `rtcfile`을 함께 씀: chronyd가 시작하자마자 종료됩니다.'),
  docs: { fix: 'Remove `rtcfile` (or `rtcsync` when `rtcautotrim` shows that RTC tracking is wanted)' },
};

/** chronyd's RTC start-up exits with "rtcfile directive cannot be used with rtcsync"; `chronyd -p` does not catch it. */
export const rtcsyncWithRtcfile: Rule = {
  meta,
  check({ config }) {
    const rtcsyncLines = directivesNamed(config, 'rtcsync');
    if (rtcsyncLines.length === 0) return [];
    // rtcautotrim only works with rtcfile, so its presence says which of the two the admin wants.
    const wantsRtcfile = directivesNamed(config, 'rtcautotrim').length > 0;
    const findings: Finding[] = [];
    for (const line of directivesNamed(config, 'rtcfile')) {
      const first = line.tokens[0];
      const last = line.tokens[line.tokens.length - 1];
      if (first === undefined || last === undefined) continue;
      const dropRtcfile: Fix = {
        title: localized('Remove rtcfile (keep rtcsync)', 'rtcfile 삭제(rtcsync 유지)'),
        preferred: !wantsRtcfile,
        edits: [deleteLine(config, line.line)],
      };
      const dropRtcsync: Fix = {
        title: localized('Remove rtcsync (keep rtcfile)', 'rtcsync 삭제(rtcfile 유지)'),
        preferred: wantsRtcfile,
        edits: rtcsyncLines.map((l) => deleteLine(config, l.line)),
      };
      findings.push(
        findingFor(
          meta,
          spanRange(first, last),
          localized(
            `\`${first.text}\` with \`rtcsync\` (line ${(rtcsyncLines[0]?.line ?? 0) + 1}): chronyd exits at start. Keep one.`,
            `\`${first.text}\`${particle(first.text, '과')} \`rtcsync\`(${(rtcsyncLines[0]?.line ?? 0) + 1}번째 줄)를 함께 쓰면 chronyd가 시작하지 않습니다. 하나만 남기세요.`,
          ),
          {
            detail: localized(
              `\`${first.text}\` cannot be combined with \`rtcsync\` (line ${(rtcsyncLines[0]?.line ?? 0) + 1}): chronyd exits at start with "rtcfile directive cannot be used with rtcsync" (\`chronyd -p\` does not detect this). Keep one: \`rtcsync\` lets the kernel copy the system time to the RTC every 11 minutes; \`rtcfile\` makes chronyd track the RTC drift itself.`,
              `\`${first.text}\`${particle(first.text, '은')} \`rtcsync\`(${(rtcsyncLines[0]?.line ?? 0) + 1}번째 줄)와 함께 쓸 수 없습니다. chronyd가 시작할 때 "rtcfile directive cannot be used with rtcsync" 오류로 종료합니다(\`chronyd -p\`로는 발견되지 않음). 하나만 남기세요. \`rtcsync\`는 커널이 11분마다 시스템 시각을 RTC에 복사하게 하고, \`rtcfile\`은 chronyd가 RTC 드리프트를 직접 추적하게 합니다.`,
            ),
            fixes: wantsRtcfile ? [dropRtcsync, dropRtcfile] : [dropRtcfile, dropRtcsync],
          },
        ),
      );
    }
    return findings;
  },
};
