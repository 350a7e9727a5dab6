import { localized } from '../../core/localized';
import type { ParsedConfig } from '../../formats/ntpconf/parser/types';
import { findingFor, spanRange } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { countSources } from './sourceCount';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'minsources-default',
  scope: 'configuration',
  severity: 'information',
  dialects: ['chrony', 'ntpd', 'ntpsec'],
  fixable: false,
  profiles: ['hardened'],
  description: localized(
    'Several sources, but the clock is still set from a single agreeing source (`minsources` / `tos minsane` at the default 1).',
    '소스가 여럿인데도 소스 하나만으로 시계를 맞춤(`minsources` / `tos minsane`이 기본값 1).',
  ),
};

/** Only worth raising when enough sources remain to reach it after one or two fail. */
const ENOUGH_SOURCES = 4;

function setsMinimum(config: ParsedConfig): boolean {
  if (config.dialect === 'chrony') return directivesNamed(config, 'minsources').length > 0;
  return directivesNamed(config, 'tos').some((tos) => tos.tokens.some((t) => t.text === 'minsane'));
}

/** RFC 8633 §5.2: "Increase the minimum number of servers required before the NTP client adjusts the system clock." */
export const minsourcesDefault: Rule = {
  meta,
  check({ config, dialect }) {
    const sources = countSources(config);
    const counted = sources.count;
    if (counted < ENOUGH_SOURCES || sources.dynamic || sources.first === undefined || setsMinimum(config)) return [];
    // NTPsec's own start-up check (check_minsane in ntpd.c) asks for 3 from five servers; ntpd's docs keep minsane below minclock (3).
    const minimum = dialect === 'ntpsec' && counted > ENOUGH_SOURCES ? 3 : 2;
    const setting = dialect === 'chrony' ? `minsources ${minimum}` : `tos minsane ${minimum}`;
    return [
      findingFor(
        meta,
        spanRange(sources.first.keyword, sources.first.last),
        localized(
          `One agreeing source of ${counted} can set the clock: consider \`${setting}\`.`,
          `${counted}개 중 소스 하나만으로도 시계를 맞춥니다. \`${setting}\`${particle(setting, '을')} 고려하세요.`,
        ),
        {
          detail: localized(
            `With ${counted} sources configured, the clock is still updated when only one of them is selectable (the default minimum is 1), so a single bad or spoofed source can steer it while the others are unreachable. Consider \`${setting}\`: the clock then waits until at least ${minimum} sources agree.`,
            `소스가 ${counted}개 설정돼 있지만, 그중 하나만 선택 가능해도 시계를 갱신합니다(기본 최솟값 1). 다른 소스에 닿지 않는 동안 잘못되거나 위조된 소스 하나가 시계를 움직일 수 있습니다. \`${setting}\`${particle(setting, '을')} 고려하세요. 그러면 최소 ${minimum}개 소스가 일치할 때까지 시계를 갱신하지 않습니다.`,
          ),
        },
      ),
    ];
  },
};
