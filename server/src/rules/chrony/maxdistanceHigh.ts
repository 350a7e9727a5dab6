import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { lastDirectiveNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'maxdistance-high',
  severity: 'information',
  dialects: ['chrony'],
  fixable: false,
  description: localized(
    '`maxdistance` above the default 3 s: sources with a large possible error are accepted.',
    '`maxdistance`가 기본값 3초보다 큼: 오차가 클 수 있는 소스도 받아들입니다.',
  ),
};

/** chronyd's default maximum root distance, in seconds. */
const DEFAULT_MAXDISTANCE = 3;

/** A larger maxdistance accepts sources whose time may be off by that many seconds; the FAQ raises it only for Windows servers. */
export const maxdistanceHigh: Rule = {
  meta,
  check({ config }) {
    const line = lastDirectiveNamed(config, 'maxdistance');
    const value = line?.tokens[1];
    if (value === undefined || line?.tokens.length !== 2) return [];
    const seconds = Number(value.text);
    if (!Number.isFinite(seconds) || seconds <= DEFAULT_MAXDISTANCE) return [];
    const finding: Finding = findingFor(
      meta,
      tokenRange(value),
      localized(
        `\`maxdistance ${value.text}\` accepts sources with up to ${value.text} s of error (default 3 s). Lower it.`,
        `\`maxdistance ${value.text}\` 설정은 오차가 ${value.text}초까지인 소스도 받아들입니다(기본 3초). 낮추세요.`,
      ),
      {
        detail: localized(
          `\`maxdistance ${value.text}\` accepts sources whose root distance (their estimated maximum error) is up to ${value.text} s, instead of the default 3 s, so a badly synchronised server can be selected. Raise it only for a server that reports a large root dispersion, e.g. a Windows server (check with \`chronyc ntpdata\`), and otherwise remove the line.`,
          `\`maxdistance ${value.text}\`${particle(value.text, '은')} 루트 거리(소스의 추정 최대 오차)가 기본값 3초가 아니라 ${value.text}초까지인 소스를 받아들이므로, 동기화 상태가 나쁜 서버가 선택될 수 있습니다. 루트 분산을 크게 보고하는 서버(예: Windows 서버, \`chronyc ntpdata\`로 확인)를 위해서만 늘리고, 그렇지 않다면 이 줄을 삭제하세요.`,
        ),
      },
    );
    return [finding];
  },
};
