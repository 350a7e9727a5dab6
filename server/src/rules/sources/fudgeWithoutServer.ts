import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { ntpsecRefclocks, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { refclockId } from '../../core/hostNames';
import { directivesNamed, includesOtherFiles } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'fudge-without-server',
  scope: 'configuration',
  severity: 'warning',
  dialects: ['ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized('`fudge 127.127.t.u` with no matching `server 127.127.t.u`.', '짝이 되는 `server 127.127.t.u`가 없는 `fudge 127.127.t.u`.'),
};

/** ntpd applies a fudge only to a running clock (refclock_control returns when no association has the address). */
export const fudgeWithoutServer: Rule = {
  meta,
  check({ config, dialect }) {
    const fudges = directivesNamed(config, 'fudge');
    // The clock may be declared in an included file.
    if (fudges.length === 0 || includesOtherFiles(config)) return [];
    const declared = new Set<string>();
    for (const source of sourceLines(config)) if (source.isRefclock && source.address) declared.add(source.address.text);
    for (const refclock of ntpsecRefclocks(config)) if (refclock.address) declared.add(refclock.address);
    const findings: Finding[] = [];
    for (const fudge of fudges) {
      const address = fudge.tokens[1];
      const id = address === undefined ? undefined : refclockId(address.text);
      if (address === undefined || id === undefined || declared.has(address.text)) continue;
      const declare =
        dialect === 'ntpsec'
          ? localized(
              `\`server ${address.text}\` (or \`refclock <driver> unit ${id.unit}\`)`,
              `\`server ${address.text}\`(또는 \`refclock <드라이버> unit ${id.unit}\`)`,
            )
          : localized(`\`server ${address.text}\``, `\`server ${address.text}\``);
      findings.push(
        findingFor(
          meta,
          tokenRange(address),
          localized(
            `No \`server ${address.text}\` declares this clock: ntpd ignores this \`fudge\`. Add the server line.`,
            `이 시계를 선언하는 \`server ${address.text}\`${particle(address.text, '이')} 없어 ntpd가 이 \`fudge\`를 무시합니다. server 줄을 추가하세요.`,
          ),
          {
            detail: localized(
              `No \`server ${address.text}\` declares this reference clock, so ntpd silently ignores this \`fudge\`. Add ${declare.en}, or delete the \`fudge\` line if the clock is gone.`,
              `이 참조 시계를 선언하는 \`server ${address.text}\`가 없어 ntpd는 이 \`fudge\`를 조용히 무시합니다. ${declare.ko}${particle(declare.ko, '을')} 추가하거나, 시계를 더 쓰지 않는다면 \`fudge\` 줄을 지우세요.`,
            ),
          },
        ),
      );
    }
    return findings;
  },
};
