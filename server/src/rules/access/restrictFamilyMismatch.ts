import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import type { AddressFamily } from './addresses';
import { defaultFlagsFor, ntpAccess } from './restrictLines';
import { extendLine } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'restrict-family-mismatch',
  scope: 'configuration',
  severity: 'warning',
  dialects: ['ntpd'],
  fixable: true,
  description: localized(
    '`restrict -4 default` without `restrict -6 default` (or the reverse): the other address family is unrestricted.',
    '`restrict -6 default` 없는 `restrict -4 default`(또는 반대): 다른 주소 체계는 제한이 없습니다.',
  ),
  docs: { fix: 'Add the matching line for the other family' },
};

// Mirroring these could cut the other family off from its own servers, so that fix is offered but not applied by fix-all.
const SERVICE_BLOCKING = new Set(['ignore', 'noserve', 'notrust']);

const NAME: Record<AddressFamily, string> = { ipv4: 'IPv4', ipv6: 'IPv6' };

/** `restrict -4 default` restricts IPv4 only; the IPv6 default entry keeps no flags at all (accopt), and vice versa. */
export const restrictFamilyMismatch: Rule = {
  meta,
  check({ config }) {
    const access = ntpAccess(config);
    if (access.defaults.some((entry) => entry.family === 'any') || access.includesOtherFiles) return [];
    const findings: Finding[] = [];
    for (const [present, missing] of [
      ['ipv4', 'ipv6'],
      ['ipv6', 'ipv4'],
    ] as const) {
      const lines = access.defaults.filter((entry) => entry.family === present);
      const first = lines[0];
      const last = lines[lines.length - 1];
      if (first === undefined || last === undefined || access.defaults.some((entry) => entry.family === missing)) continue;
      const flags = [...defaultFlagsFor(access, present)];
      const mirrored = `restrict ${missing === 'ipv4' ? '-4' : '-6'} default${flags.map((flag) => ` ${flag}`).join('')}`;
      const head = first.line.tokens
        .slice(0, first.line.tokens.indexOf(first.addressToken) + 1)
        .map((token) => token.text)
        .join(' ');
      const other = `restrict ${missing === 'ipv4' ? '-4' : '-6'} default`;
      findings.push(
        findingFor(
          meta,
          spanRange(first.keyword, first.addressToken),
          localized(
            `\`${head}\` covers ${NAME[present]} only: ${NAME[missing]} is unrestricted. Add \`${other}\` too.`,
            `\`${head}\`${particle(head, '은')} ${NAME[present]}만 제한해 ${NAME[missing]} 클라이언트에는 제한이 없습니다. \`${other}\` 줄을 추가하세요.`,
          ),
          {
            detail: localized(
              `\`${head}\` restricts ${NAME[present]} only, and there is no default line for ${NAME[missing]}: ${NAME[missing]} clients get the built-in default entry, which has no restrictions at all. Add \`${mirrored}\` (or use \`restrict default …\`, which covers both).`,
              `\`${head}\`${particle(head, '은')} ${NAME[present]}만 제한하고 ${NAME[missing]} 기본 줄이 없습니다. ${NAME[missing]} 클라이언트에는 아무 제한도 없는 내장 기본 항목이 적용됩니다. \`${mirrored}\`${particle(mirrored, '을')} 추가하세요(또는 두 체계를 모두 덮는 \`restrict default …\`를 쓰세요).`,
            ),
            fixes: [
              {
                title: localized(`Add ${mirrored}`, `${mirrored} 추가`),
                preferred: !flags.some((flag) => SERVICE_BLOCKING.has(flag)),
                edits: extendLine(last.line, [], [mirrored]),
              },
            ],
          },
        ),
      );
    }
    return findings;
  },
};
