import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { LOCAL_CLOCK_TYPE, ntpsecRefclocks, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { refclockId } from '../../core/hostNames';

const meta: RuleMeta = {
  code: 'local-clock-deprecated',
  severity: 'information',
  dialects: ['ntpd', 'ntpsec'],
  fixable: false,
  description: localized(
    'The undisciplined local clock driver (127.127.1.x) instead of orphan mode.',
    '오펀 모드 대신 보정되지 않은 로컬 시계 드라이버(127.127.1.x) 사용.',
  ),
  docs: { dialects: 'xntpd 3 has no orphan mode' },
};

/** driver1.html / driver_local.html: "We recommend against using this driver"; orphan mode (ntpd 4.2.2+) replaces it. */
export const localClockDeprecated: Rule = {
  meta,
  check({ config }) {
    const declarations: { line: ConfigLine; last: Token; name: string }[] = [];
    const seen = new Set<string>();
    for (const source of sourceLines(config)) {
      if (!source.isRefclock || source.address === undefined || refclockId(source.address.text)?.type !== LOCAL_CLOCK_TYPE) continue;
      if (seen.has(source.address.text)) continue;
      seen.add(source.address.text);
      declarations.push({ line: source.line, last: source.address, name: source.address.text });
    }
    for (const refclock of ntpsecRefclocks(config)) {
      if (refclock.type !== LOCAL_CLOCK_TYPE || refclock.address === undefined || seen.has(refclock.address)) continue;
      seen.add(refclock.address);
      declarations.push({ line: refclock.line, last: refclock.driver, name: `refclock ${refclock.driver.text}` });
    }
    const findings: Finding[] = [];
    for (const declaration of declarations) {
      const keyword = declaration.line.tokens[0];
      if (keyword === undefined) continue;
      findings.push(
        findingFor(
          meta,
          spanRange(keyword, declaration.last),
          localized(
            `The undisciplined local clock \`${declaration.name}\` is deprecated: on a server, use \`tos orphan 10\`.`,
            `보정되지 않은 로컬 시계 \`${declaration.name}\`${particle(declaration.name, '은')} 권장되지 않습니다. 서버라면 대신 \`tos orphan 10\`을 쓰세요.`,
          ),
          {
            detail: localized(
              'The ntpd documentation recommends against this driver. On a client it adds nothing: when the real sources are lost, the clock keeps running on its last frequency correction either way. On a server that must keep serving when upstream is lost, orphan mode (`tos orphan 10` on each of your servers) makes them agree on one leader and step back as soon as a real source returns.',
              'ntpd 문서는 이 드라이버를 쓰지 말라고 합니다. 클라이언트에서는 아무 도움이 되지 않습니다(실제 소스를 잃으면 어차피 마지막 주파수 보정으로 계속 흐름). 상위 소스를 잃어도 시간을 계속 제공해야 하는 서버라면 각 서버에 오펀 모드(`tos orphan 10`)를 두세요. 서버들이 리더 하나에 합의하고, 실제 소스가 돌아오면 바로 물러납니다.',
            ),
          },
        ),
      );
    }
    return findings;
  },
};
