import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import type { AddressFamily } from './addresses';
import { chronyAccess } from './chronyAccess';

const meta: RuleMeta = {
  code: 'command-port-exposed',
  severity: 'warning',
  dialects: ['chrony'],
  fixable: false,
  description: localized(
    'The chronyc command port accepts requests from other hosts (`bindcmdaddress` on a non-loopback address plus `cmdallow`).',
    'chronyc 명령 포트가 다른 호스트의 요청을 받음(루프백이 아닌 `bindcmdaddress`와 `cmdallow`).',
  ),
};

/**
 * Remote chronyc needs both a non-loopback `bindcmdaddress` and a `cmdallow` (chrony.conf(5); checked with
 * chronyd 4.3: either alone still answers "506 Cannot talk to daemon" from another address).
 */
export const commandPortExposed: Rule = {
  meta,
  check({ config, profile }) {
    const access = chronyAccess(config);
    if (access.commandPortClosed || access.commandBinds.size === 0) return [];
    const findings: Finding[] = [];
    for (const entry of access.commandAllows) {
      const families: AddressFamily[] = entry.subnet === undefined ? ['ipv4', 'ipv6'] : [entry.subnet.text.includes(':') ? 'ipv6' : 'ipv4'];
      const bind = families.map((family) => access.commandBinds.get(family)).find((line) => line !== undefined);
      if (bind === undefined) continue;
      const toEveryone = entry.wholeFamilies.length > 0 && entry.wholeFamilies.some((family) => access.openCommand.get(family) === entry);
      // A named monitoring subnet is a deliberate choice; only a hardened host should refuse it.
      if (!toEveryone && profile !== 'hardened') continue;
      const text = entry.line.tokens.map((token) => token.text).join(' ');
      const bindText = bind.tokens.map((token) => token.text).join(' ');
      const where = localized(
        `With \`${bindText}\` (line ${bind.line + 1}), \`${text}\``,
        `\`${bindText}\`(${bind.line + 1}행)${particle(bindText, '이')} 있어 \`${text}\`${particle(text, '으로')}`,
      );
      findings.push(
        findingFor(
          meta,
          spanRange(entry.keyword, entry.subnet ?? entry.keyword),
          toEveryone
            ? localized(
                `\`${text}\` opens the chronyc command port to everyone: limit it to your monitoring hosts.`,
                `\`${text}\`${particle(text, '으로')} chronyc 명령 포트가 모든 주소에 열립니다. 모니터링 호스트로 제한하세요.`,
              )
            : localized(
                `\`${text}\` lets other hosts query chronyd: on a hardened host, set \`cmdport 0\`.`,
                `\`${text}\`${particle(text, '으로')} 다른 호스트가 chronyd를 조회할 수 있습니다. 강화된 호스트라면 \`cmdport 0\`을 설정하세요.`,
              ),
          {
            detail: toEveryone
              ? localized(
                  `${where.en} opens the chronyc command port (UDP 323 unless \`cmdport\` moves it) to every address: anyone can read the sources, tracking and client data. Limit \`cmdallow\` to your monitoring hosts, or drop it (and \`bindcmdaddress\`) to keep monitoring local; \`cmdport 0\` closes the port entirely.`,
                  `${where.ko} chronyc 명령 포트(\`cmdport\`로 바꾸지 않았다면 UDP 323)가 모든 주소에 열립니다. 누구나 소스, tracking, 클라이언트 정보를 읽을 수 있습니다. \`cmdallow\`를 모니터링 호스트로 제한하거나, 지워서(\`bindcmdaddress\`도) 로컬에서만 모니터링하세요. \`cmdport 0\`은 포트를 완전히 닫습니다.`,
                )
              : localized(
                  `${where.en} lets other hosts query chronyd's monitoring data over the UDP command port. On a hardened host, keep monitoring local (the Unix socket still works) and set \`cmdport 0\` (DISA STIG).`,
                  `${where.ko} 다른 호스트가 UDP 명령 포트로 chronyd의 모니터링 정보를 조회할 수 있습니다. 강화된 호스트에서는 로컬에서만 모니터링하고(유닉스 소켓은 계속 동작) \`cmdport 0\`을 설정하세요(DISA STIG).`,
                ),
          },
        ),
      );
    }
    return findings;
  },
};
