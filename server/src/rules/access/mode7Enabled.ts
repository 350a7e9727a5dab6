import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { defaultFlagsFor, linesNamed, ntpAccess } from './restrictLines';
import { removeWords } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'mode7-enabled',
  severity: 'warning',
  dialects: ['ntpd'],
  fixable: true,
  description: localized('`enable mode7` turns the deprecated ntpdc protocol back on.', '`enable mode7`가 사용 중단된 ntpdc 프로토콜을 다시 켭니다.'),
  docs: { fix: 'Turn mode 7 off' },
};

/** Mode 7 (ntpdc) has been off by default since ntpd 4.2.7p230; ntpq does the same job over standard mode 6. */
export const mode7Enabled: Rule = {
  meta,
  check({ config }) {
    const access = ntpAccess(config);
    const open = !defaultFlagsFor(access, 'ipv4').has('noquery') || !defaultFlagsFor(access, 'ipv6').has('noquery');
    const findings: Finding[] = [];
    for (const line of linesNamed(access, 'enable')) {
      const token = line.tokens.slice(1).find((word) => word.text === 'mode7');
      const keyword = line.tokens[0];
      if (token === undefined || keyword === undefined) continue;
      // With mode7 as the only flag the whole line goes; otherwise only the word.
      const edits =
        line.tokens.length === 2
          ? [{ range: { start: tokenRange(keyword).start, end: tokenRange(token).end }, newText: 'disable mode7' }]
          : [removeWords(line, token)];
      findings.push(
        findingFor(
          meta,
          tokenRange(token),
          localized(
            '`enable mode7` turns the ntpdc protocol back on, with its record of vulnerabilities. Remove it.',
            '`enable mode7`은 취약점 이력이 긴 ntpdc 프로토콜을 다시 켭니다. 지우세요.',
          ),
          {
            detail: localized(
              `\`enable mode7\` turns mode 7 back on: the private ntpdc protocol, off by default since ntpd 4.2.7p230, with a long record of vulnerabilities. ntpq offers the same over standard mode 6.${open ? ' The default entry has no `noquery`, so any host can send these requests.' : ''} Remove \`mode7\`; if you really need ntpdc, set \`requestkey\` and restrict it to trusted hosts.`,
              `\`enable mode7\`이 모드 7을 다시 켭니다. ntpd 4.2.7p230부터 기본으로 꺼진 ntpdc 전용 프로토콜로, 취약점 이력이 깁니다. ntpq가 표준 모드 6으로 같은 일을 합니다.${open ? ' 기본 항목에 `noquery`가 없어 어떤 호스트든 이 요청을 보낼 수 있습니다.' : ''} \`mode7\`을 지우세요. ntpdc가 꼭 필요하면 \`requestkey\`를 설정하고 신뢰하는 호스트로 제한하세요.`,
            ),
            fixes: [{ title: localized('Turn mode 7 off', '모드 7 끄기'), preferred: true, edits }],
          },
        ),
      );
    }
    return findings;
  },
};
