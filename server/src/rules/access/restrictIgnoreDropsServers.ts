import { particle } from '../../core/koreanParticles';
import { dialectTraits } from '../../core/dialectTraits';
import type { Dialect } from '../../core/dialect';
import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding, type Fix } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { type AddressFamily, isLoopback, parseIp } from './addresses';
import { defaultFlagsFor, ntpAccess, type NtpAccess, type RestrictEntry } from './restrictLines';
import { type SourceLine, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { extendLine } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'restrict-ignore-drops-servers',
  scope: 'configuration',
  severity: 'error',
  dialects: ['ntpd', 'ntpsec', 'xntpd'],
  fixable: true,
  description: localized(
    '`restrict default ignore` (or `noserve`, `notrust`) with no entry letting the configured servers through: their replies are dropped.',
    '`restrict default ignore`(또는 `noserve`, `notrust`)인데 설정한 서버를 통과시키는 항목이 없음: 서버 응답이 버려집니다.',
  ),
  docs: { fix: 'Let the servers through (`restrict source …`, or one `restrict <address>` line per server)' },
};

/** Flags on the default entry that also drop the replies of your own servers. */
const BLOCKING = ['ignore', 'noserve', 'notrust'] as const;
const AUTHENTICATED = new Set(['key', 'autokey', 'nts']);

function blockingFlags(entryFlags: ReadonlySet<string>, authenticated: boolean, dialect: Dialect): string[] {
  // ntpd and NTPsec let authenticated replies through notrust; xntpd 3's notrust means "never sync to it".
  return BLOCKING.filter((flag) => entryFlags.has(flag) && !(flag === 'notrust' && authenticated && dialect !== 'xntpd'));
}

/** The non-default restrict entries that let traffic through, indexed so each source is checked in O(masks). */
interface Exemptions {
  /** Masked network keys, grouped by mask. */
  readonly networksByMask: ReadonlyMap<string, { readonly mask: readonly number[]; readonly keys: ReadonlySet<string> }>;
  readonly hostnames: ReadonlySet<string>;
  /** Any non-loopback network: a host name might resolve into it. */
  readonly anyNetwork: boolean;
}

function maskedKey(bytes: readonly number[], mask: readonly number[]): string {
  return bytes.map((byte, index) => byte & (mask[index] ?? 0)).join('.');
}

function exemptions(access: NtpAccess, authenticated: boolean, dialect: Dialect): Exemptions {
  const networksByMask = new Map<string, { mask: readonly number[]; keys: Set<string> }>();
  const hostnames = new Set<string>();
  let anyNetwork = false;
  for (const entry of access.restricts) {
    const target = entry.target;
    if (entry.isDefault || (target.kind !== 'network' && target.kind !== 'hostname')) continue;
    if (blockingFlags(entry.flagNames, authenticated, dialect).length > 0) continue;
    if (target.kind === 'hostname') {
      hostnames.add(target.name);
      continue;
    }
    if (!isLoopback(target.address)) anyNetwork = true;
    const maskId = `${target.address.family}/${target.mask.join('.')}`;
    const group = networksByMask.get(maskId) ?? { mask: target.mask, keys: new Set<string>() };
    group.keys.add(maskedKey(target.address.bytes, target.mask));
    networksByMask.set(maskId, group);
  }
  return { networksByMask, hostnames, anyNetwork };
}

/** A restrict line that gives this source its own, non-blocking entry, or one we cannot rule out. */
function isCovered(source: SourceLine, exempt: Exemptions): boolean {
  const text = source.address?.text ?? '';
  const ip = parseIp(text);
  // A host name is let through by a line for the same name, or perhaps by any network it might resolve into.
  if (ip === undefined) return exempt.hostnames.has(text.toLowerCase()) || exempt.anyNetwork;
  // A restrict host name might resolve to this address, so we cannot claim it is blocked.
  if (exempt.hostnames.size > 0) return true;
  for (const { mask, keys } of exempt.networksByMask.values()) {
    if (mask.length === ip.bytes.length && keys.has(maskedKey(ip.bytes, mask))) return true;
  }
  return false;
}

function familiesOf(source: SourceLine, dialect: Dialect): AddressFamily[] {
  const ip = parseIp(source.address?.text ?? '');
  if (ip !== undefined) return [ip.family];
  return [...dialectTraits(dialect).addressFamilies];
}

/**
 * `ignore`, `noserve` (and `notrust` for unauthenticated sources) on the default entry apply to every packet,
 * replies from the configured servers included, unless those get their own entry (accopt; verified with NTPsec 1.2.2).
 */
export const restrictIgnoreDropsServers: Rule = {
  meta,
  check({ config, dialect }) {
    const access = ntpAccess(config);
    if (access.includesOtherFiles) return [];
    const hasTemplate = access.sourceTemplates.length > 0;
    // ntpd 4.2.8 gives every association its own `restrict source` entry. NTPsec only pokes that hole
    // for `ignore` and `notrust` (ntp_restrict.c restrict_source; checked with 1.2.2), never for `noserve`.
    if (hasTemplate && dialect === 'ntpd') return [];
    const lifted = (flag: string) => hasTemplate && dialect === 'ntpsec' && flag !== 'noserve';
    const blocked: SourceLine[] = [];
    const flagsSeen = new Set<string>();
    const index = new Map<boolean, Exemptions>();
    const defaults = { ipv4: defaultFlagsFor(access, 'ipv4'), ipv6: defaultFlagsFor(access, 'ipv6') };
    for (const source of sourceLines(config)) {
      if (source.isRefclock || source.address === undefined) continue;
      const authenticated = source.options.some((option) => AUTHENTICATED.has(option));
      const exempt = index.get(authenticated) ?? exemptions(access, authenticated, dialect);
      index.set(authenticated, exempt);
      const perFamily = familiesOf(source, dialect).map((family) => blockingFlags(defaults[family], authenticated, dialect).filter((flag) => !lifted(flag)));
      if (perFamily.some((flags) => flags.length === 0) || isCovered(source, exempt)) continue;
      blocked.push(source);
      for (const flags of perFamily) for (const flag of flags) flagsSeen.add(flag);
    }
    if (blocked.length === 0) return [];
    const entry = access.defaults.find((candidate) => candidate.flags.some((flag) => flagsSeen.has(flag.text)));
    const flag = entry?.flags.find((candidate) => flagsSeen.has(candidate.text));
    if (entry === undefined || flag === undefined) return [];
    const shown = blocked.slice(0, 3).map((source) => `\`${source.address?.text ?? ''}\``);
    const more = blocked.length > 3 ? ` (+${blocked.length - 3})` : '';
    const names = `${shown.join(', ')}${more}`;
    const fix = exemptionFix(entry, blocked, dialect, flagsSeen);
    const finding: Finding = findingFor(
      meta,
      tokenRange(flag),
      localized(
        `\`${flag.text}\` on the default entry drops your servers' replies: the daemon never synchronises.`,
        `기본 항목의 \`${flag.text}\`${particle(flag.text, '이')} 서버 응답을 버려 데몬이 동기화하지 못합니다.`,
      ),
      {
        detail: localized(
          `\`${flag.text}\` on the default entry also drops the replies of ${names}, and no restrict line lets them through, so the daemon never synchronises to them. ${advice(dialect, flagsSeen).en}`,
          `기본 항목의 \`${flag.text}\`${particle(flag.text, '이')} ${names}의 응답까지 버리고, 이를 통과시키는 restrict 줄이 없어 데몬이 이 서버들과 전혀 동기화하지 못합니다. ${advice(dialect, flagsSeen).ko}`,
        ),
        ...(fix ? { fixes: [fix] } : {}),
      },
    );
    return [finding];
  },
};

/** Whether `restrict source` lets the blocked sources through in this dialect. */
function sourceTemplateHelps(dialect: Dialect, flags: ReadonlySet<string>): boolean {
  return dialect === 'ntpd' || (dialect === 'ntpsec' && !flags.has('noserve'));
}

function advice(dialect: Dialect, flags: ReadonlySet<string>) {
  if (sourceTemplateHelps(dialect, flags)) {
    return localized(
      'Add `restrict source nomodify noquery`: it gives each server and pool member its own entry.',
      '`restrict source nomodify noquery`를 추가하세요. 서버와 풀 멤버마다 별도 항목을 만들어 줍니다.',
    );
  }
  if (dialect === 'ntpsec') {
    return localized(
      "NTPsec's `restrict source` lifts only `ignore` and `notrust`, not `noserve`: add `restrict <address or network> nomodify noquery` for your servers.",
      'NTPsec의 `restrict source`는 `ignore`와 `notrust`만 풀어 주고 `noserve`는 풀지 않습니다. 서버 주소(또는 네트워크)마다 `restrict <주소> nomodify noquery`를 추가하세요.',
    );
  }
  return localized(
    'Add a `restrict <address> nomodify notrap noquery` line for each server.',
    '서버마다 `restrict <주소> nomodify notrap noquery` 줄을 추가하세요.',
  );
}

function exemptionFix(entry: RestrictEntry, blocked: readonly SourceLine[], dialect: Dialect, flags: ReadonlySet<string>): Fix | undefined {
  if (sourceTemplateHelps(dialect, flags)) {
    // NTPsec ignores notrap (and says so in the log), so it is left out there.
    const line = dialect === 'ntpsec' ? 'restrict source nomodify noquery' : 'restrict source nomodify notrap noquery';
    return { title: localized(`Add ${line}`, `${line} 추가`), preferred: true, edits: extendLine(entry.line, [], [line]) };
  }
  // Literal addresses can get their own line; what a host name resolves to cannot be known here.
  const addresses = [...new Set(blocked.map((source) => source.address?.text ?? '').filter((text) => parseIp(text) !== undefined))];
  if (addresses.length === 0) return undefined;
  const tail = dialect === 'ntpsec' ? 'nomodify noquery' : 'nomodify notrap noquery';
  const lines = addresses.map((address) => `restrict ${address} ${tail}`);
  return {
    title: localized(`Add ${lines.join(', ')}`, `${lines.join(', ')} 추가`),
    preferred: true,
    edits: extendLine(entry.line, [], lines),
  };
}
