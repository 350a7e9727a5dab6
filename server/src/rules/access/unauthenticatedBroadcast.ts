import type { Dialect } from '../../core/dialect';
import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import { findingFor, spanRange, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { linesNamed, ntpAccess, systemFlagState, type NtpAccess } from './restrictLines';

const meta: RuleMeta = {
  code: 'unauthenticated-broadcast',
  severity: 'warning',
  dialects: ['ntpd', 'xntpd'],
  fixable: false,
  description: localized(
    'Broadcast, multicast or manycast time without authentication: any host on the network can forge it.',
    '인증 없는 브로드캐스트·멀티캐스트·매니캐스트 시간: 네트워크의 어떤 호스트든 위조할 수 있습니다.',
  ),
  docs: { dialects: 'NTPsec removed broadcast and manycast' },
};

const AUTH_OPTIONS = new Set(['key', 'autokey']);

/** ntpd requires authentication for unconfigured associations by default; xntpd 3 does not. */
function authRequired(access: NtpAccess, dialect: Dialect): boolean {
  const { enabled } = systemFlagState(access, 'auth');
  const legacy = linesNamed(access, 'authenticate').at(-1)?.tokens[1]?.text;
  if (dialect === 'xntpd' && legacy !== undefined && enabled === undefined) return legacy === 'yes';
  return enabled ?? dialect !== 'xntpd';
}

function senderFinding(line: ConfigLine): Finding | undefined {
  const [keyword, address] = line.tokens;
  if (keyword === undefined || address === undefined) return undefined;
  if (line.tokens.slice(2).some((token) => AUTH_OPTIONS.has(token.text))) return undefined;
  const head = `${keyword.text} ${address.text}`;
  return keyword.text === 'broadcast'
    ? findingFor(
        meta,
        spanRange(keyword, address),
        localized(
          `\`${head}\` sends unauthenticated time that any host can forge: add \`key N\`.`,
          `\`${head}\`${particle(head, '이')} 누구나 위조할 수 있는 인증 없는 시간을 보냅니다. \`key N\`을 추가하세요.`,
        ),
        {
          detail: localized(
            `\`${head}\` sends time without authentication: any host on that network can forge broadcast packets, and clients cannot tell them from yours. Add \`key N\` (a key listed in \`trustedkey\` on both sides), or serve time with ordinary \`server\` lines.`,
            `\`${head}\`${particle(head, '이')} 인증 없이 시간을 보냅니다. 같은 네트워크의 어떤 호스트든 브로드캐스트 패킷을 위조할 수 있고 클라이언트는 이를 구별할 수 없습니다. \`key N\`(양쪽 \`trustedkey\`에 있는 키)을 추가하거나, 일반 \`server\` 줄로 시간을 제공하세요.`,
          ),
        },
      )
    : findingFor(
        meta,
        spanRange(keyword, address),
        localized(
          `\`${head}\` lets any host that answers become a time source: add \`key N\`.`,
          `\`${head}\`에 응답하는 어떤 호스트든 시간 소스가 될 수 있습니다. \`key N\`을 추가하세요.`,
        ),
        {
          detail: localized(
            `\`${head}\` mobilises servers from unauthenticated manycast replies: any host that answers on that group can become a time source. Add \`key N\` (a key listed in \`trustedkey\`).`,
            `\`${head}\`${particle(head, '이')} 인증되지 않은 매니캐스트 응답으로 서버를 추가합니다. 그 그룹에서 응답하는 어떤 호스트든 시간 소스가 될 수 있습니다. \`key N\`(\`trustedkey\`에 있는 키)을 추가하세요.`,
          ),
        },
      );
}

/** Broadcast and manycast without keys let anyone on the segment supply the time (RFC 8633, broadcast mode). */
export const unauthenticatedBroadcast: Rule = {
  meta,
  check({ config, dialect }) {
    const access = ntpAccess(config);
    const findings: Finding[] = [];
    for (const name of ['broadcast', 'manycastclient']) {
      for (const line of linesNamed(access, name)) {
        const finding = senderFinding(line);
        if (finding) findings.push(finding);
      }
    }
    if (!authRequired(access, dialect)) {
      for (const name of ['broadcastclient', 'multicastclient']) {
        for (const line of linesNamed(access, name)) {
          const keyword = line.tokens[0];
          if (keyword === undefined) continue;
          const name = keyword.text;
          findings.push(
            findingFor(
              meta,
              tokenRange(keyword),
              localized(
                `\`${name}\` with auth off lets any host set your clock: enable \`auth\` and use keys.`,
                `인증이 꺼진 \`${name}\`${particle(name, '으로')}는 어떤 호스트든 시계를 바꿀 수 있습니다. \`auth\`를 켜고 키를 쓰세요.`,
              ),
              {
                detail: localized(
                  `\`${name}\` with authentication off (${dialect === 'xntpd' ? 'xntpd 3 does not require it unless `enable auth`' : '`disable auth`'}): the daemon sets its clock from any broadcast it hears, so any host on the network can set your time. Turn \`auth\` on and use keys with \`trustedkey\`.`,
                  `인증이 꺼진 상태의 \`${name}\`입니다(${dialect === 'xntpd' ? 'xntpd 3은 `enable auth`가 없으면 인증을 요구하지 않음' : '`disable auth`'}). 데몬이 들리는 아무 브로드캐스트로나 시계를 맞추므로 네트워크의 어떤 호스트든 시간을 바꿀 수 있습니다. \`auth\`를 켜고 \`trustedkey\`로 키를 쓰세요.`,
                ),
              },
            ),
          );
        }
      }
    }
    return findings;
  },
};
