import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import { findingFor, spanRange, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleContext, RuleMeta } from '../types';
import { chronyAccess, chronyLinesNamed } from './chronyAccess';
import { defaultFlagsFor, linesNamed, ntpAccess } from './restrictLines';

const meta: RuleMeta = {
  code: 'public-leap-smearing',
  scope: 'configuration',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec'],
  fixable: false,
  description: localized(
    'Leap smearing (`leapsmearinterval`, chrony `smoothtime`) on a server open to everyone.',
    '누구에게나 열린 서버에서의 윤초 스미어링(`leapsmearinterval`, chrony `smoothtime`).',
  ),
};

/** ntpd and NTPsec serve time to every address unless the default entry says `ignore` or `noserve`. */
function servesEveryone(context: RuleContext): boolean {
  const access = ntpAccess(context.config);
  return (['ipv4', 'ipv6'] as const).some((family) => {
    const flags = defaultFlagsFor(access, family);
    return !flags.has('ignore') && !flags.has('noserve');
  });
}

function checkNtp(context: RuleContext): Finding[] {
  const access = ntpAccess(context.config);
  if (access.includesOtherFiles || !servesEveryone(context)) return [];
  const findings: Finding[] = [];
  for (const line of linesNamed(access, 'leapsmearinterval')) {
    const [keyword, value] = line.tokens;
    if (keyword === undefined || value === undefined || !(Number(value.text) > 0)) continue;
    const setting = `leapsmearinterval ${value.text}`;
    findings.push(
      findingFor(
        meta,
        spanRange(keyword, value),
        localized(
          `\`${setting}\` hands smeared time to any client: serve only your own clients.`,
          `\`${setting}\`${particle(setting, '은')} 누구에게나 스미어한 시간을 제공합니다. 자체 클라이언트에만 제공하세요.`,
        ),
        {
          detail: localized(
            `\`${setting}\` smears leap seconds into the time this daemon serves, and no \`restrict default … noserve\` (or \`ignore\`) limits who gets it: any client may receive time up to 1 s away from UTC and mix it with unsmeared servers. The documentation says "DO NOT USE THIS OPTION ON PUBLIC-ACCESS SERVERS" (RFC 8633: smearing MUST NOT be used on public-facing servers). Serve smeared time only to your own clients (\`restrict default noserve\` plus \`restrict <your network> mask …\`).`,
            `\`${setting}\`${particle(setting, '은')} 이 데몬이 제공하는 시간에 윤초를 나눠 섞는데, 받을 수 있는 대상을 제한하는 \`restrict default … noserve\`(또는 \`ignore\`)가 없습니다. 어떤 클라이언트든 UTC와 최대 1초 다른 시간을 받아 스미어하지 않는 서버와 섞어 쓸 수 있습니다. 문서에는 "DO NOT USE THIS OPTION ON PUBLIC-ACCESS SERVERS"라고 되어 있습니다(RFC 8633: 공개 서버에서 스미어링 금지). 스미어한 시간은 자체 클라이언트에만 제공하세요(\`restrict default noserve\`와 \`restrict <내부 네트워크> mask …\`).`,
          ),
        },
      ),
    );
  }
  return findings;
}

function checkChrony(context: RuleContext): Finding[] {
  const access = chronyAccess(context.config);
  const opener = access.openNtp.get('ipv4') ?? access.openNtp.get('ipv6');
  if (access.ntpPortClosed || opener === undefined) return [];
  const openText = opener.line.tokens.map((token) => token.text).join(' ');
  const findings: Finding[] = [];
  for (const line of chronyLinesNamed(access, 'smoothtime')) {
    const keyword = line.tokens[0];
    if (keyword === undefined) continue;
    findings.push(
      findingFor(
        meta,
        tokenRange(keyword),
        localized(
          `\`smoothtime\` with \`${openText}\` serves smoothed time to anyone: limit \`allow\` to your clients.`,
          `\`${openText}\`${particle(openText, '으로')} 평활화한(\`smoothtime\`) 시간을 누구에게나 제공합니다. \`allow\`를 자체 클라이언트로 제한하세요.`,
        ),
        {
          detail: localized(
            `\`smoothtime\` makes chronyd serve smoothed rather than true time, and \`${openText}\` (line ${opener.line.line + 1}) serves it to every address. chrony.conf(5) warns to use it only when clients do not also poll other servers, which public clients do (RFC 8633: smearing MUST NOT be used on public-facing servers). Limit \`allow\` to your own clients.`,
            `\`smoothtime\` 설정은 chronyd가 실제 시간 대신 평활화한 시간을 제공하게 하는데, \`${openText}\`(${opener.line.line + 1}행)${particle(openText, '이')} 이를 모든 주소에 제공합니다. chrony.conf(5)는 클라이언트가 다른 서버를 함께 폴링하지 않을 때만 쓰라고 경고하며, 공개 클라이언트는 보통 그렇게 합니다(RFC 8633: 공개 서버에서 스미어링 금지). \`allow\`를 자체 클라이언트로 제한하세요.`,
          ),
        },
      ),
    );
  }
  return findings;
}

/** Leap smearing on a server anyone can use hands non-UTC time to clients that also use true-UTC servers (RFC 8633 §3.7.1). */
export const publicLeapSmearing: Rule = {
  meta,
  check(context) {
    return context.dialect === 'chrony' ? checkChrony(context) : checkNtp(context);
  },
};
