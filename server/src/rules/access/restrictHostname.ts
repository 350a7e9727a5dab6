import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { ntpAccess } from './restrictLines';
import { sourceLines } from '../../formats/ntpconf/model/sourceLines';

const meta: RuleMeta = {
  code: 'restrict-hostname',
  severity: 'information',
  dialects: ['ntpd', 'ntpsec'],
  fixable: false,
  description: localized(
    '`restrict <hostname>` is resolved once at start: later address changes are missed, and the line is dropped if DNS is not up yet.',
    '`restrict <호스트 이름>`은 시작할 때 한 번만 조회됩니다. 나중에 바뀐 주소는 반영되지 않고, DNS가 준비되지 않았으면 줄이 버려집니다.',
  ),
};

/** ntpd resolves a restrict host name once, with a blocking lookup at start; NTPsec does the same. */
export const restrictHostname: Rule = {
  meta,
  check({ config }) {
    const access = ntpAccess(config);
    const sourceNames = new Set(sourceLines(config).map((source) => source.address?.text.toLowerCase() ?? ''));
    const findings: Finding[] = [];
    for (const entry of access.restricts) {
      if (entry.target.kind !== 'hostname') continue;
      const name = entry.addressToken.text;
      const isSource = sourceNames.has(entry.target.name);
      const resolved = localized(
        `\`restrict ${name}\` is resolved once, when the daemon starts: if DNS is not up yet the line is dropped ("address/host '${name}' unusable")`,
        `\`restrict ${name}\`${particle(name, '은')} 데몬이 시작할 때 한 번만 조회됩니다. DNS가 아직 준비되지 않았으면 줄이 버려지고("address/host '${name}' unusable")`,
      );
      findings.push(
        findingFor(
          meta,
          tokenRange(entry.addressToken),
          isSource
            ? localized(
                `\`restrict ${name}\` is resolved once at start: use \`restrict source\` for servers.`,
                `\`restrict ${name}\`${particle(name, '은')} 시작할 때 한 번만 조회됩니다. 서버에는 \`restrict source\`를 쓰세요.`,
              )
            : localized(
                `\`restrict ${name}\` is resolved once at start: use the IP address.`,
                `\`restrict ${name}\`${particle(name, '은')} 시작할 때 한 번만 조회됩니다. 호스트의 IP 주소를 쓰세요.`,
              ),
          {
            detail: isSource
              ? localized(
                  `${resolved.en}, and addresses the name gets later (pool names rotate constantly) are not covered. To exempt your servers, use \`restrict source nomodify noquery\` instead: it follows whatever addresses the \`server\`/\`pool\` lines resolve to.`,
                  `${resolved.ko}, 이름이 나중에 가리키는 주소(풀 이름은 계속 바뀝니다)는 적용되지 않습니다. 서버를 예외로 두려면 \`server\`/\`pool\` 줄이 실제로 가리키는 주소를 따라가는 \`restrict source nomodify noquery\`를 쓰세요.`,
                )
              : localized(
                  `${resolved.en}, and later address changes are not followed. Prefer the host's IP address (or a network with \`mask\`).`,
                  `${resolved.ko}, 나중에 주소가 바뀌어도 따라가지 않습니다. 호스트의 IP 주소(또는 \`mask\`를 쓴 네트워크)를 쓰세요.`,
                ),
          },
        ),
      );
    }
    return findings;
  },
};
