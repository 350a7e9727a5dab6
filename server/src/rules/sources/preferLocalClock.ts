import { localized } from '../../core/localized';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { hasRealSources } from './sourceCount';
import { findOption, LOCAL_CLOCK_TYPE, ntpsecRefclocks, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { refclockId } from '../../core/hostNames';
import { removeWords } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'prefer-local-clock',
  severity: 'warning',
  dialects: ['ntpd', 'ntpsec', 'xntpd'],
  fixable: true,
  description: localized('`prefer` on the local clock 127.127.1.x.', '로컬 시계 127.127.1.x에 `prefer`.'),
  docs: { fix: 'Remove `prefer`' },
};

function finding(line: ConfigLine, prefer: Token, name: string): Finding {
  return findingFor(
    meta,
    tokenRange(prefer),
    localized(
      `\`prefer\` on the local clock \`${name}\` makes ntpd ignore every real server. Remove \`prefer\`.`,
      `로컬 시계 \`${name}\`의 \`prefer\` 때문에 ntpd가 실제 서버를 모두 무시합니다. \`prefer\`를 지우세요.`,
    ),
    {
      detail: localized(
        `\`prefer\` on the local clock \`${name}\` makes ntpd follow its own undisciplined clock whether or not real sources are available: every other server is ignored. Remove \`prefer\` (it is only meant for a host whose clock is disciplined by other means, such as PTP).`,
        `로컬 시계 \`${name}\`에 \`prefer\`를 쓰면 ntpd는 실제 소스가 있든 없든 보정되지 않은 자기 시계를 따르고, 다른 모든 서버를 무시합니다. \`prefer\`를 지우세요(PTP처럼 다른 수단으로 시계를 맞추는 호스트에서만 쓰는 설정입니다).`,
      ),
      fixes: [{ title: localized('Remove prefer', 'prefer 삭제'), preferred: true, edits: [removeWords(line, prefer)] }],
    },
  );
}

/** With `prefer`, the local driver becomes the only source (ntpd prefer.html, "Peer Classification"). */
export const preferLocalClock: Rule = {
  meta,
  check({ config }) {
    // With no other source (an isolated network) there is nothing for `prefer` to override.
    if (!hasRealSources(config)) return [];
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      if (!source.isRefclock || source.address === undefined) continue;
      if (refclockId(source.address.text)?.type !== LOCAL_CLOCK_TYPE) continue;
      const prefer = findOption(source, 'prefer');
      if (prefer) findings.push(finding(source.line, prefer.option, source.address.text));
    }
    for (const refclock of ntpsecRefclocks(config)) {
      if (refclock.type !== LOCAL_CLOCK_TYPE) continue;
      const prefer = findOption(refclock, 'prefer');
      if (prefer) findings.push(finding(refclock.line, prefer.option, `refclock ${refclock.driver.text}`));
    }
    return findings;
  },
};
