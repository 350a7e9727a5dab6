import { dialectTraits } from '../../core/dialectTraits';
import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { formatMask, parseCidr, prefixMaskBytes } from './addresses';
import { ntpAccess, type RestrictEntry } from './restrictLines';
import { removeWords, replaceToken } from '../../formats/ntpconf/edits';
import type { TextEdit } from 'vscode-languageserver-types';

const meta: RuleMeta = {
  code: 'restrict-cidr-classic',
  severity: 'error',
  dialects: ['ntpd', 'xntpd'],
  fixable: true,
  description: localized(
    'CIDR notation in `restrict` (`10.0.0.0/8`) only works in NTPsec; ntpd skips the line.',
    '`restrict`의 CIDR 표기(`10.0.0.0/8`)는 NTPsec에서만 동작하며, ntpd는 그 줄을 건너뜁니다.',
  ),
  docs: { fix: 'Rewrite as `address mask netmask`' },
};

/**
 * ntpd's grammar has `restrict ADDRESS mask MASK` only without `-4`/`-6` (ntp_parser.y; NTPsec's too): the
 * qualifier goes, the address itself says the family.
 */
function maskEdits(entry: RestrictEntry, replacement: string): TextEdit[] {
  const edits = [replaceToken(entry.addressToken, replacement)];
  if (entry.familyToken !== undefined) edits.unshift(removeWords(entry.line, entry.familyToken));
  return edits;
}

/**
 * Classic ntpd reads `10.0.0.0/8` as a host name, the lookup fails and the line is skipped with
 * "restrict: … address/host '10.0.0.0/8' unusable" (ntp_config.c); CIDR is an NTPsec addition.
 */
export const restrictCidrClassic: Rule = {
  meta,
  check({ config, dialect }) {
    const findings: Finding[] = [];
    for (const entry of ntpAccess(config).restricts) {
      const text = entry.addressToken.text;
      if (!text.includes('/')) continue;
      const cidr = parseCidr(text);
      // xntpd 3 has no IPv6 at all, so only IPv4 ranges can be rewritten there.
      const rewritable = cidr !== undefined && entry.maskToken === undefined && (dialect === 'ntpd' || cidr.address.family === 'ipv4');
      const replacement = rewritable ? `${cidr.addressText} mask ${formatMask(prefixMaskBytes(cidr.prefix, cidr.address.family))}` : undefined;
      const daemon = dialectTraits(dialect).daemonName;
      const skipped = daemon === 'ntpd' ? 'ntpd' : 'xntpd 3';
      const write = replacement
        ? localized(`Write \`${replacement}\`.`, `\`${replacement}\`${particle(replacement, '으로')} 쓰세요.`)
        : localized('Write the network as `address mask netmask`.', '네트워크를 `주소 mask 넷마스크` 형식으로 쓰세요.');
      findings.push(
        findingFor(
          meta,
          tokenRange(entry.addressToken),
          localized(
            `${skipped} cannot read CIDR \`${text}\` and skips this line: use \`address mask netmask\`.`,
            `${skipped}${particle(skipped, '은')} CIDR \`${text}\`${particle(text, '을')} 읽지 못해 이 줄을 건너뜁니다. \`주소 mask 넷마스크\`로 쓰세요.`,
          ),
          {
            detail: localized(
              `${daemon === 'ntpd' ? `ntpd does not understand CIDR notation: it looks \`${text}\` up as a host name, fails, and skips this whole line ("address/host '${text}' unusable")` : `xntpd 3 only knows \`address mask netmask\`: it cannot read \`${text}\` and skips this line`}, so the restriction never applies. ${write.en}`,
              `${daemon === 'ntpd' ? `ntpd는 CIDR 표기를 이해하지 못해 \`${text}\`${particle(text, '을')} 호스트 이름으로 조회하다 실패하고 이 줄 전체를 건너뛰므로("address/host '${text}' unusable")` : `xntpd 3은 \`주소 mask 넷마스크\` 형식만 알아서 \`${text}\`${particle(text, '을')} 읽지 못하고 이 줄을 건너뛰므로`} 제한이 전혀 적용되지 않습니다. ${write.ko}`,
            ),
            ...(replacement
              ? {
                  fixes: [
                    {
                      title: localized(`Rewrite as ${replacement}`, `${replacement}${particle(replacement, '으로')} 바꾸기`),
                      preferred: true,
                      edits: maskEdits(entry, replacement),
                    },
                  ],
                }
              : {}),
          },
        ),
      );
    }
    return findings;
  },
};
