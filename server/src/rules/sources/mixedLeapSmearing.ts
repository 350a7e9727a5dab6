import { localized } from '../../core/localized';
import { findingFor, spanRange } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { isLeapSmearing, type SourceLine, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'mixed-leap-smearing',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized(
    'Leap-smearing servers (Google, AWS, Meta) mixed with ordinary ones.',
    '윤초를 분산(smear)하는 서버(Google, AWS, Meta)와 일반 서버를 섞어 씀.',
  ),
};

function names(sources: readonly SourceLine[]): string {
  const shown = sources.slice(0, 3).map((s) => `\`${s.address?.text ?? ''}\``);
  return sources.length > 3 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** RFC 8633 §3.7.1: clients "MUST NOT be configured to use a mixture of smeared and non-smeared servers". */
export const mixedLeapSmearing: Rule = {
  meta,
  check({ config }) {
    const smearing: SourceLine[] = [];
    const ordinary: SourceLine[] = [];
    for (const source of sourceLines(config)) {
      if (source.address === undefined || source.isRefclock) continue;
      const group = isLeapSmearing(source.address.text) ? smearing : ordinary;
      // The message names three of each and marks more with an ellipsis: a fourth is all it needs to know.
      if (group.length <= 3) group.push(source);
    }
    const first = smearing[0];
    const keyword = first?.line.tokens[0];
    if (first?.address === undefined || keyword === undefined || ordinary.length === 0) return [];
    return [
      findingFor(
        meta,
        spanRange(keyword, first.address),
        localized(
          'Smearing and ordinary servers are mixed: they differ by up to 1 s at a leap second. Use one kind.',
          '윤초를 나눠 반영하는 서버와 일반 서버가 섞여 윤초 때 최대 1초 어긋납니다. 한 종류만 쓰세요.',
        ),
        {
          detail: localized(
            `${names(smearing)} smear${smearing.length === 1 ? 's' : ''} leap seconds (the extra second is spread over many hours), while ${names(ordinary)} step${ordinary.length === 1 ? 's' : ''} at the leap second. Around every leap second the two groups disagree by up to a second, and the daemon may throw out the wrong ones or hop between them. Use only smearing servers or only ordinary ones (RFC 8633 §3.7.1).`,
            `${names(smearing)}${particle(names(smearing), '은')} 윤초를 여러 시간에 걸쳐 나눠 반영(smear)하고, ${names(ordinary)}${particle(names(ordinary), '은')} 윤초 순간에 한 번에 반영합니다. 윤초 무렵마다 두 무리가 최대 1초까지 어긋나, 데몬이 엉뚱한 쪽을 버리거나 둘 사이를 오갈 수 있습니다. 분산하는 서버만 쓰거나 일반 서버만 쓰세요(RFC 8633 §3.7.1).`,
          ),
        },
      ),
    ];
  },
};
