import type { TextEdit } from 'vscode-languageserver-types';
import { localized } from '../../core/localized';
import type { ConfigLine, ParsedConfig } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { defaultFlagsFor, defaultsFor, linesNamed, ntpAccess, type NtpAccess } from './restrictLines';
import { particle } from '../../core/koreanParticles';
import { appendLineToFile, extendLine, removeWords, replaceToken } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'monitor-amplifier',
  severity: 'warning',
  dialects: ['xntpd'],
  fixable: true,
  description: localized(
    'The monitor is on and `restrict default` lacks `noquery`: xntpd answers `monlist` to anyone, a DDoS amplifier.',
    '모니터가 켜져 있고 `restrict default`에 `noquery`가 없음: xntpd가 누구에게나 `monlist`로 응답하는 DDoS 증폭기가 됩니다.',
  ),
  docs: { dialects: 'Solaris 10, AIX ≤ 7.2, HP-UX', fix: 'Turn the monitor off' },
};

/** Where the monitor was last switched, and how: `enable/disable monitor` or the old `monitor yes|no`. */
interface MonitorSwitch {
  readonly line: ConfigLine;
  readonly token: Token;
  readonly on: boolean;
}

function lastMonitorSwitch(access: NtpAccess): MonitorSwitch | undefined {
  let last: MonitorSwitch | undefined;
  const consider = (candidate: MonitorSwitch) => {
    if (last === undefined || candidate.line.line > last.line.line) last = candidate;
  };
  for (const name of ['enable', 'disable'] as const) {
    for (const line of linesNamed(access, name)) {
      const token = line.tokens.slice(1).find((word) => word.text === 'monitor');
      if (token) consider({ line, token, on: name === 'enable' });
    }
  }
  for (const line of linesNamed(access, 'monitor')) {
    const token = line.tokens[1];
    if (token && (token.text === 'yes' || token.text === 'no')) consider({ line, token, on: token.text === 'yes' });
  }
  return last;
}

/** Turns the monitor off at the line that turned it on, or at the end of the file when it is on by default. */
function disableMonitorEdits(config: ParsedConfig, switched: MonitorSwitch | undefined): TextEdit[] {
  if (switched === undefined) return [appendLineToFile(config, 'disable monitor')];
  if (switched.line.tokens[0]?.text === 'monitor') return [replaceToken(switched.token, 'no')];
  const keyword = switched.line.tokens[0] as Token;
  if (switched.line.tokens.length === 2) return [replaceToken(keyword, 'disable')];
  return [removeWords(switched.line, switched.token), ...extendLine(switched.line, [], ['disable monitor'])];
}

/**
 * xntpd 3 keeps the monitor (the list of recent clients) on by default and answers `monlist` (mode 7) to
 * anyone not restricted by `noquery`: the classic NTP DDoS amplifier (CVE-2013-5211, US-CERT TA14-013A).
 */
export const monitorAmplifier: Rule = {
  meta,
  check({ config }) {
    const access = ntpAccess(config);
    const flags = defaultFlagsFor(access, 'ipv4');
    if (flags.has('noquery') || flags.has('ignore')) return [];
    const switched = lastMonitorSwitch(access);
    // `limited` keeps the monitor running whatever `disable monitor` says.
    const limited = access.restricts.some((entry) => entry.flagNames.has('limited'));
    if (switched !== undefined && !switched.on && !limited) return [];
    const hasDefault = defaultsFor(access, 'ipv4').length > 0;
    // With no default entry at all, missing-restrict-default already says monlist is open: one cause, one finding.
    if (!hasDefault && switched?.on !== true) return [];
    const anchor = switched?.on ? switched.token : defaultsFor(access, 'ipv4')[0]?.keyword;
    if (anchor === undefined) return [];
    const why = switched?.on
      ? localized(
          `\`${switched.line.tokens.map((t) => t.text).join(' ')}\` turns the monitor on`,
          `\`${switched.line.tokens.map((t) => t.text).join(' ')}\`${particle(switched.token.text, '이')} 모니터를 켜고`,
        )
      : limited
        ? localized('`restrict … limited` keeps the monitor on', '`restrict … limited`가 모니터를 켜 두고')
        : localized('The monitor is on by default', '모니터가 기본으로 켜져 있고');
    const gap = hasDefault
      ? localized('`restrict default` lacks `noquery`', '`restrict default`에 `noquery`가 없어')
      : localized('no `restrict default` limits it', '이를 막는 `restrict default`가 없어');
    const noquery = hasDefault
      ? localized('add `noquery` to `restrict default`', '`restrict default`에 `noquery`를 추가하세요')
      : localized('add a `restrict default … noquery` line', '`restrict default … noquery` 줄을 추가하세요');
    const finding: Finding = findingFor(
      meta,
      tokenRange(anchor),
      limited
        ? localized(
            `xntpd answers monlist to anyone, a DDoS amplifier: ${noquery.en}.`,
            `xntpd가 누구에게나 monlist로 응답하는 DDoS 증폭기가 됩니다. ${noquery.ko}.`,
          )
        : localized(
            'xntpd answers monlist to anyone, a DDoS amplifier: turn the monitor off.',
            'xntpd가 누구에게나 monlist로 응답하는 DDoS 증폭기가 됩니다. 모니터를 끄세요.',
          ),
      {
        detail: localized(
          `${why.en} and ${gap.en}, so xntpd answers monlist to anyone: a DDoS amplifier (CVE-2013-5211). ${limited ? `\`limited\` needs the monitor, so ${noquery.en}.` : `Turn the monitor off (or ${noquery.en}).`}`,
          `${why.ko} ${gap.ko} xntpd가 누구에게나 monlist로 응답하는 DDoS 증폭기가 됩니다(CVE-2013-5211). ${limited ? `\`limited\`에는 모니터가 필요하니 ${noquery.ko}.` : `모니터를 끄세요(또는 ${noquery.ko}).`}`,
        ),
        ...(limited
          ? {}
          : {
              fixes: [
                {
                  title: localized('Turn the monitor off (disable monitor)', '모니터 끄기(disable monitor)'),
                  preferred: true,
                  edits: disableMonitorEdits(config, switched),
                },
              ],
            }),
      },
    );
    return [finding];
  },
};
