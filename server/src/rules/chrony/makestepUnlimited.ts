import { localized, type Localized } from '../../core/localized';
import { findingFor, fitsHeadline, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { directivesNamed, lastDirectiveNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'makestep-unlimited',
  severity: 'information',
  dialects: ['chrony'],
  fixable: false,
  description: localized(
    '`makestep` with a negative limit lets chronyd step the clock on any update, not only at start.',
    '`makestep`의 제한값이 음수라 시작할 때뿐 아니라 언제든 시계를 한 번에 맞출 수 있습니다.',
  ),
};

/** A negative makestep limit allows a step on every update: time can jump backwards at any moment, also when a source lies. */
/** The headline with the rewrite when it fits in MAX_HEADLINE, else without it (the detail always has it). */
function headline(threshold: string, limit: string): Localized {
  const withRewrite = localized(
    `\`makestep ${threshold} ${limit}\` steps the clock on any update, not only at boot. Limit it, e.g. \`makestep ${threshold} 3\`.`,
    `\`makestep ${threshold} ${limit}\` 설정은 부팅 때만이 아니라 언제든 시계를 건너뛰게 합니다. \`makestep ${threshold} 3\`처럼 제한하세요.`,
  );
  if (fitsHeadline(withRewrite)) return withRewrite;
  return localized(
    `\`makestep ${threshold} ${limit}\` steps the clock on any update, not only at boot. Limit its count.`,
    `\`makestep ${threshold} ${limit}\` 설정은 부팅 때만이 아니라 언제든 시계를 건너뛰게 합니다. 횟수를 제한하세요.`,
  );
}

export const makestepUnlimited: Rule = {
  meta,
  check({ config }) {
    // maxchange bounds how far any update may move the clock, which is the FAQ's pairing for this setup.
    if (directivesNamed(config, 'maxchange').length > 0) return [];
    const line = lastDirectiveNamed(config, 'makestep');
    const threshold = line?.tokens[1];
    const limit = line?.tokens[2];
    if (line === undefined || threshold === undefined || limit === undefined) return [];
    const value = Number(limit.text);
    if (!/^[-+]?\d+$/.test(limit.text) || value >= 0) return [];
    const keyword = line.tokens[0] ?? threshold;
    const finding: Finding = findingFor(meta, spanRange(keyword, limit), headline(threshold.text, limit.text), {
      detail: localized(
        `\`makestep ${threshold.text} ${limit.text}\` allows a step on every clock update, not only after boot: the time can jump (also backwards) whenever the error exceeds ${threshold.text} s, e.g. when a source sends a wrong time. Unless this host is a VM that is suspended and resumed or has no RTC, limit the steps to the first updates (\`makestep ${threshold.text} 3\`), or add \`maxchange\` to cap how far any update may move the clock.`,
        `\`makestep ${threshold.text} ${limit.text}\`${particle(limit.text, '은')} 부팅 직후뿐 아니라 모든 시계 갱신에서 한 번에 맞추기(step)를 허용합니다. 오차가 ${threshold.text}초를 넘으면(예: 소스가 틀린 시각을 보낼 때) 언제든 시각이 뛰거나 뒤로 갈 수 있습니다. 일시 중지 후 재개되는 VM이나 RTC가 없는 장비가 아니라면 처음 몇 번의 갱신으로 제한하거나(\`makestep ${threshold.text} 3\`), \`maxchange\`를 추가해 한 번의 갱신이 시계를 움직일 수 있는 폭을 제한하세요.`,
      ),
    });
    return [finding];
  },
};
