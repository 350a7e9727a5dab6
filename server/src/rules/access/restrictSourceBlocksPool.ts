import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import type { Token } from '../../core/token';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { linesNamed, ntpAccess } from './restrictLines';
import { sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { removeWords } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'restrict-source-blocks-pool',
  scope: 'configuration',
  severity: 'error',
  dialects: ['ntpd'],
  fixable: true,
  description: localized(
    '`restrict source` with `nopeer`, `ignore`, `noserve` or `notrust`: it blocks the pool or the servers themselves.',
    '`nopeer`·`ignore`·`noserve`·`notrust`가 있는 `restrict source`: 풀이나 서버 자체를 막습니다.',
  ),
  docs: { fix: 'Remove the blocking flags' },
};

/** Authenticated sources carry a MAC, so `notrust` does not drop their replies. */
const AUTH_OPTIONS = new Set(['key', 'autokey']);

/**
 * `restrict source` is the template ntpd copies for every association's address, so a blocking flag there
 * blocks the very servers the line exists to let in (pfSense #4207, OPNsense #6724).
 */
export const restrictSourceBlocksPool: Rule = {
  meta,
  check({ config }) {
    const access = ntpAccess(config);
    if (access.sourceTemplates.length === 0) return [];
    const remote = sourceLines(config).filter((source) => !source.isRefclock && source.address !== undefined);
    if (remote.length === 0) return [];
    const hasPool = remote.some((source) => source.kind === 'pool') || linesNamed(access, 'manycastclient').length > 0;
    const hasUnauthenticated = remote.some((source) => !source.options.some((option) => AUTH_OPTIONS.has(option)));
    const findings: Finding[] = [];
    for (const entry of access.sourceTemplates) {
      const blocking: Token[] = entry.flags.filter(
        (flag) => flag.text === 'ignore' || flag.text === 'noserve' || (flag.text === 'nopeer' && hasPool) || (flag.text === 'notrust' && hasUnauthenticated),
      );
      const first = blocking[0];
      if (first === undefined) continue;
      const plain = blocking.map((flag) => flag.text).join(', ');
      const words = blocking.map((flag) => `\`${flag.text}\``).join(', ');
      const dropsAll = blocking.some((flag) => flag.text === 'ignore' || flag.text === 'noserve');
      const effect = dropsAll
        ? localized(
            'ntpd drops every reply from your servers and pool members, so it never synchronises',
            'ntpd가 서버와 풀 멤버의 응답을 모두 버려 전혀 동기화하지 못합니다',
          )
        : blocking.some((flag) => flag.text === 'nopeer')
          ? localized('pool servers can never be mobilised, so the pool never spins up', '풀 서버가 연관을 만들 수 없어 풀이 전혀 동작하지 않습니다')
          : localized('replies from servers without `key` are dropped', '`key`가 없는 서버의 응답이 버려집니다');
      findings.push(
        findingFor(
          meta,
          tokenRange(first),
          localized(
            `Every server inherits ${words} from \`restrict source\`: remove ${blocking.length > 1 ? 'them' : 'it'}.`,
            `모든 서버가 물려받는 \`restrict source\`에 ${words}${particle(plain, '이')} 있습니다. 지우세요.`,
          ),
          {
            detail: localized(
              `\`restrict source\` is copied to the address of every server and pool member, and here it carries ${words}: ${effect.en}. Remove ${words} (\`restrict source nomodify notrap noquery\` is the usual line).`,
              `\`restrict source\`는 모든 서버와 풀 멤버의 주소에 복사되는데 여기에 ${words}${particle(plain, '이')} 있습니다. ${effect.ko}. ${words}${particle(plain, '을')} 지우세요(보통은 \`restrict source nomodify notrap noquery\`).`,
            ),
            fixes: [{ title: localized(`Remove ${plain}`, `${plain} 제거`), preferred: true, edits: blocking.map((flag) => removeWords(entry.line, flag)) }],
          },
        ),
      );
    }
    return findings;
  },
};
