import { localized } from '../../core/localized';
import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import { findingFor, spanRange } from '../../core/finding';
import type { Token } from '../../core/token';
import type { Rule, RuleMeta } from '../types';
import { countSources } from './sourceCount';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { bindLine } from '../../formats/ntpconf/model/bindLine';

const meta: RuleMeta = {
  code: 'minsources-unreachable',
  scope: 'configuration',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec'],
  fixable: false,
  description: localized(
    '`minsources` / `tos minsane` asks for more agreeing sources than the configuration has: the clock is never set.',
    '`minsources` / `tos minsane`이 설정된 소스 수보다 많은 소스를 요구함: 시계를 맞추지 않음.',
  ),
};

interface Minimum {
  readonly line: ConfigLine;
  readonly value: Token;
  readonly count: number;
  readonly setting: string;
}

/** The minimum in effect: the daemons apply lines in order, so the last one wins. */
function minimumOf(config: ParsedConfig): Minimum | undefined {
  const name = config.dialect === 'chrony' ? 'minsources' : 'tos';
  let found: Minimum | undefined;
  for (const line of directivesNamed(config, name)) {
    const value = config.dialect === 'chrony' ? line.tokens[1] : bindLine(line, config.dialect).option('minsane')?.value;
    if (value === undefined || !/^\d+$/.test(value.text)) continue;
    found = { line, value, count: Number(value.text), setting: config.dialect === 'chrony' ? 'minsources' : 'tos minsane' };
  }
  return found;
}

/** chrony.conf(5) minsources and ntpd's miscopt.html minsane: with fewer selectable sources the clock is left free-running. */
export const minsourcesUnreachable: Rule = {
  meta,
  check({ config }) {
    const minimum = minimumOf(config);
    if (minimum === undefined) return [];
    const sources = countSources(config);
    // Discovered sources have no count; none at all is no-time-source's finding.
    if (sources.dynamic || sources.count === 0 || minimum.count <= sources.count) return [];
    const keyword = minimum.line.tokens[0] as Token;
    const daemon = config.dialect === 'chrony' ? 'chronyd' : 'ntpd';
    return [
      findingFor(
        meta,
        spanRange(keyword, minimum.value),
        localized(
          `\`${minimum.setting} ${minimum.count}\` needs more sources than the ${sources.count} configured: ${daemon} never sets the clock.`,
          `\`${minimum.setting} ${minimum.count}\`에 필요한 소스가 설정된 ${sources.count}개보다 많아 ${daemon}가 시계를 맞추지 않습니다.`,
        ),
      ),
    ];
  },
};
