import { dialectTraits } from '../../core/dialectTraits';
import { particle } from '../../core/koreanParticles';
import { capitalised, localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import type { AddressFamily } from './addresses';
import { defaultFlagsFor, hasLoopbackEntry, ntpAccess, type NtpAccess, type RestrictEntry } from './restrictLines';
import { extendLine } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'restrict-default-permissive',
  severity: 'warning',
  dialects: ['ntpd', 'xntpd'],
  fixable: true,
  description: localized(
    '`restrict default` without `noquery` or `nomodify`: anyone may query the daemon or try to reconfigure it.',
    '`noquery`나 `nomodify`가 없는 `restrict default`: 누구나 데몬에 질의하거나 재설정을 시도할 수 있습니다.',
  ),
  docs: { fix: 'Add the missing flags' },
};

const REQUIRED = ['nomodify', 'noquery'] as const;

function missingFlags(access: NtpAccess, family: AddressFamily): string[] {
  const flags = defaultFlagsFor(access, family);
  // `ignore` already refuses queries and everything else.
  if (flags.has('ignore')) return [];
  return REQUIRED.filter((flag) => !flags.has(flag));
}

function code(words: readonly string[]): string {
  return words.map((word) => `\`${word}\``).join(', ');
}

function finding(access: NtpAccess, entry: RestrictEntry, families: readonly AddressFamily[], missing: readonly string[], dialect: 'ntpd' | 'xntpd'): Finding {
  const localhost: string[] = [];
  if (missing.includes('noquery')) {
    // noquery on the default entry would otherwise lock out ntpq on this very host.
    if (families.includes('ipv4') && !hasLoopbackEntry(access, 'ipv4')) localhost.push('restrict 127.0.0.1');
    if (families.includes('ipv6') && !hasLoopbackEntry(access, 'ipv6')) localhost.push('restrict ::1');
  }
  const head = `${entry.keyword.text}${entry.familyToken ? ` ${entry.familyToken.text}` : ''} ${entry.addressToken.text}`;
  const risk =
    dialect === 'xntpd'
      ? localized(
          "without `noquery` anyone can read xntpd's state, including the `monlist` list of recent clients (mode 7), a well-known DDoS amplifier (CVE-2013-5211); without `nomodify` they can try run-time reconfiguration",
          '`noquery`가 없으면 누구나 xntpd의 상태를 읽을 수 있고 여기에는 DDoS 증폭에 악용되는 `monlist`(모드 7, CVE-2013-5211)도 포함되며, `nomodify`가 없으면 실행 중 재설정도 시도할 수 있습니다',
        )
      : localized(
          "without `noquery` anyone can read the daemon's state with ntpq (mode 6 replies are larger than the requests: amplification and reconnaissance); without `nomodify` they can attempt run-time reconfiguration",
          '`noquery`가 없으면 누구나 ntpq로 데몬 상태를 읽을 수 있고(모드 6 응답이 요청보다 커서 증폭과 정찰에 쓰임), `nomodify`가 없으면 실행 중 재설정을 시도할 수 있습니다',
        );
  const extra = localhost.length > 0 ? ` (plus ${code(localhost)} so local ntpq keeps working)` : '';
  const extraKo = localhost.length > 0 ? `(로컬 ntpq가 계속 동작하도록 ${code(localhost)}도 추가)` : '';
  return findingFor(
    meta,
    spanRange(entry.keyword, entry.addressToken),
    localized(
      `\`${head}\` lacks ${code(missing)}: anyone may query or change the daemon. Add ${missing.length > 1 ? 'them' : 'it'}.`,
      `\`${head}\`에 ${code(missing)}${particle(missing[missing.length - 1] ?? '', '이')} 없어 누구나 데몬에 질의하거나 재설정할 수 있습니다. 추가하세요.`,
    ),
    {
      detail: localized(
        `${capitalised(risk.en)}. Add ${code(missing)}${extra}.`,
        `${risk.ko}. ${code(missing)}${particle(missing[missing.length - 1] ?? '', '을')} 추가하세요${extraKo}.`,
      ),
      fixes: [
        {
          title: localized(`Add ${missing.join(', ')}`, `${missing.join(', ')} 추가`),
          preferred: true,
          edits: extendLine(entry.line, missing, localhost),
        },
      ],
    },
  );
}

/** The default entry should refuse control queries and reconfiguration from the world (CIS, RFC 8633 §3.4). */
export const restrictDefaultPermissive: Rule = {
  meta,
  check({ config, dialect }) {
    if (dialect !== 'ntpd' && dialect !== 'xntpd') return [];
    const access = ntpAccess(config);
    const families: AddressFamily[] = [...dialectTraits(dialect).addressFamilies];
    const findings: Finding[] = [];
    const both = access.defaults.find((entry) => entry.family === 'any');
    if (both !== undefined) {
      const missing = REQUIRED.filter((flag) => families.some((family) => missingFlags(access, family).includes(flag)));
      if (missing.length > 0) findings.push(finding(access, both, families, missing, dialect));
      return findings;
    }
    for (const family of families) {
      const entry = access.defaults.find((candidate) => candidate.family === family);
      const missing = missingFlags(access, family);
      if (entry !== undefined && missing.length > 0) findings.push(finding(access, entry, [family], missing, dialect));
    }
    return findings;
  },
};
