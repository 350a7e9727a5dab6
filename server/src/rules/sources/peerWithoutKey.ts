import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { type SourceLine, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'peer-without-key',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'xntpd'],
  fixable: false,
  description: localized('A `peer` (symmetric mode) without `key`.', '`key` 없는 `peer`(대칭 모드).'),
  docs: { dialects: 'NTPsec treats `peer` as `server`, see [no-op-in-dialect](no-op-in-dialect.md)' },
};

/** ntpd's `autokey` authenticates the association with public-key cryptography instead of a shared `key`. */
function isAuthenticated(source: SourceLine): boolean {
  return source.bound.option('key') !== undefined || source.bound.option('autokey') !== undefined;
}

/** Unauthenticated symmetric associations can be disrupted with spoofed packets (chrony.conf(5) peer; RFC 8633 §5.6). */
export const peerWithoutKey: Rule = {
  meta,
  check({ config, dialect }) {
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      if (source.kind !== 'peer' || source.address === undefined || isAuthenticated(source)) continue;
      const keyword = source.line.tokens[0];
      if (keyword === undefined) continue;
      const keys = dialect === 'chrony' ? localized('`keyfile`', '`keyfile`') : localized('`keys`/`trustedkey`', '`keys`/`trustedkey`');
      findings.push(
        findingFor(
          meta,
          spanRange(keyword, source.address),
          localized(
            `Unauthenticated \`peer\`: spoofed packets can disrupt it. Use \`server\`, or add \`key <id>\`.`,
            `인증 없는 \`peer\`라 위조 패킷으로 방해받을 수 있습니다. \`server\`를 쓰거나 \`key <번호>\`를 추가하세요.`,
          ),
          {
            detail: localized(
              `\`peer ${source.address.text}\` is a symmetric association: the peer can also set this host's clock, and anyone who can guess the pair can disrupt it with spoofed packets. If you only want time from this host, use \`server\`; if you really need symmetric mode, add \`key <id>\` with a shared key from ${keys.en}.`,
              `\`peer ${source.address.text}\`${particle(source.address.text, '은')} 대칭 연결입니다. 상대도 이 호스트의 시계를 맞출 수 있고, 이 짝을 아는 누구나 위조 패킷으로 동기화를 방해할 수 있습니다. 이 호스트에서 시간을 받기만 한다면 \`server\`를 쓰고, 대칭 모드가 꼭 필요하다면 ${keys.ko}의 공유 키로 \`key <번호>\`를 추가하세요.`,
            ),
          },
        ),
      );
    }
    return findings;
  },
};
