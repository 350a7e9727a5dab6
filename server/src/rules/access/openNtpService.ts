import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import type { AddressFamily } from './addresses';
import { chronyAccess, type ChronyAccessLine } from './chronyAccess';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'open-ntp-service',
  severity: 'warning',
  severities: ['warning', 'information'],
  dialects: ['chrony'],
  fixable: false,
  docs: { severity: 'warning, information when the file shows a server set up on purpose (`ratelimit`, `local`, `ntsserverkey`)' },
  profiles: ['client', 'hardened'],
  description: localized(
    'chronyd serves time to every address (`allow` with no subnet, `allow all`, `0/0`, `::/0`).',
    'chronyd가 모든 주소에 시간을 제공함(서브넷 없는 `allow`, `allow all`, `0/0`, `::/0`).',
  ),
};

function familiesText(families: readonly AddressFamily[]): string {
  return families.map((family) => (family === 'ipv4' ? 'IPv4' : 'IPv6')).join(' and ');
}

/** Directives only a host meant to serve time has: an open `allow` beside them is a choice, not an accident. */
const SERVER_SIGNS = ['ratelimit', 'local', 'ntsserverkey', 'ntsservercert', 'smoothtime'];

/** chronyd is a pure client until `allow`; a bare `allow`, `allow all`, `0/0` or `::/0` serves the whole Internet. */
export const openNtpService: Rule = {
  meta,
  check({ config }) {
    const access = chronyAccess(config);
    if (access.ntpPortClosed) return [];
    const byLine = new Map<ChronyAccessLine, AddressFamily[]>();
    for (const [family, entry] of access.openNtp) byLine.set(entry, [...(byLine.get(entry) ?? []), family]);
    const findings: Finding[] = [];
    const serverSign = SERVER_SIGNS.find((name) => directivesNamed(config, name).length > 0);
    const limited = directivesNamed(config, 'ratelimit').length > 0;
    for (const [entry, families] of byLine) {
      const text = entry.line.tokens.map((token) => token.text).join(' ');
      const scope = familiesText(families.sort());
      const range = spanRange(entry.keyword, entry.subnet ?? entry.line.tokens[entry.line.tokens.length - 1] ?? entry.keyword);
      findings.push(
        serverSign === undefined
          ? findingFor(
              meta,
              range,
              localized(
                `\`${text}\` serves time to every ${scope} address: allow only your own clients.`,
                `\`${text}\`${particle(text, '은')} 모든 ${scope.replace(' and ', '·')} 주소에 시간을 제공합니다. 자체 클라이언트만 허용하세요.`,
              ),
              {
                detail: localized(
                  'A client does not need this: it exposes the daemon (and its NTS-KE server when NTS is set up) to the Internet. Allow your own network, e.g. `allow 192.168.0.0/16`, or remove the line; for a public server choose the `server` profile and add `ratelimit`.',
                  '클라이언트에는 필요 없고 데몬(NTS를 설정했다면 NTS-KE 서버도)을 인터넷에 노출합니다. `allow 192.168.0.0/16`처럼 자체 네트워크만 허용하거나 줄을 지우세요. 공개 서버라면 `server` 프로필을 고르고 `ratelimit`을 추가하세요.',
                ),
              },
            )
          : findingFor(
              meta,
              range,
              localized(
                `\`${text}\` serves time to every ${scope} address; ${limited ? 'as a server it has `ratelimit`' : `a server (\`${serverSign}\`) needs \`ratelimit\``}.`,
                `\`${text}\`${particle(text, '은')} 모든 ${scope.replace(' and ', '·')} 주소에 시간을 제공합니다. \`${serverSign}\`${particle(serverSign, '이')} 있으니 서버로 보입니다${limited ? '(요청 빈도 제한 있음).' : '. `ratelimit`을 추가하세요.'}`,
              ),
              { severity: 'information' },
            ),
      );
    }
    return findings;
  },
};
