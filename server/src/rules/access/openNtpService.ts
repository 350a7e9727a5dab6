import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import type { AddressFamily } from './addresses';
import { chronyAccess, type ChronyAccessLine } from './chronyAccess';

const meta: RuleMeta = {
  code: 'open-ntp-service',
  severity: 'warning',
  dialects: ['chrony'],
  fixable: false,
  profiles: ['client', 'hardened'],
  description: localized(
    'chronyd serves time to every address (`allow` with no subnet, `allow all`, `0/0`, `::/0`).',
    'chronyd가 모든 주소에 시간을 제공함(서브넷 없는 `allow`, `allow all`, `0/0`, `::/0`).',
  ),
};

function familiesText(families: readonly AddressFamily[]): string {
  return families.map((family) => (family === 'ipv4' ? 'IPv4' : 'IPv6')).join(' and ');
}

/** chronyd is a pure client until `allow`; a bare `allow`, `allow all`, `0/0` or `::/0` serves the whole Internet. */
export const openNtpService: Rule = {
  meta,
  check({ config }) {
    const access = chronyAccess(config);
    if (access.ntpPortClosed) return [];
    const byLine = new Map<ChronyAccessLine, AddressFamily[]>();
    for (const [family, entry] of access.openNtp) byLine.set(entry, [...(byLine.get(entry) ?? []), family]);
    const findings: Finding[] = [];
    for (const [entry, families] of byLine) {
      const text = entry.line.tokens.map((token) => token.text).join(' ');
      const scope = familiesText(families.sort());
      findings.push(findingFor(
        meta,
        spanRange(entry.keyword, entry.subnet ?? entry.line.tokens[entry.line.tokens.length - 1] ?? entry.keyword),
        localized(
          `\`${text}\` lets every ${scope} address use this host as an NTP server (and NTS-KE server when NTS is set up), which a client does not need: it exposes the daemon to the Internet and invites traffic you did not plan for. Allow only your own clients (for example \`allow 192.168.0.0/16\`), or remove the line. For a public server, choose the \`server\` profile and add \`ratelimit\`.`,
          `\`${text}\`로 모든 ${scope.replace(' and ', '·')} 주소가 이 호스트를 NTP 서버(NTS를 설정했다면 NTS-KE 서버)로 쓸 수 있습니다. 클라이언트에는 필요 없는 설정으로, 데몬을 인터넷에 노출하고 예상하지 못한 트래픽을 부릅니다. 자체 클라이언트만 허용하거나(예: \`allow 192.168.0.0/16\`) 줄을 지우세요. 공개 서버라면 \`server\` 프로필을 고르고 \`ratelimit\`을 추가하세요.`,
        ),
      ));
    }
    return findings;
  },
};
