import type { TextEdit } from 'vscode-languageserver-types';
import { localized, type Localized } from '../../core/localized';
import type { ParsedConfig } from '../../formats/ntpconf/parser/types';
import { findingFor, fitsHeadline, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { poolLineName, poolZone, type SourceLine, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { appendWords, deleteLine, replaceToken } from '../../formats/ntpconf/edits';
import { ntpAccess } from '../access/restrictLines';
import { RESTRICT_SOURCE_LINE } from '../access/poolBlockedByNopeer';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'pool-as-server',
  severity: 'warning',
  severities: ['warning', 'information'],
  dialects: ['chrony', 'ntpd', 'ntpsec'],
  fixable: true,
  description: localized('`server N.pool.ntp.org` lines where one `pool` line should be used.', '`pool` 한 줄을 써야 할 자리에 쓴 `server N.pool.ntp.org` 줄.'),
  docs: { severity: 'warning (ntpd, NTPsec), information (chrony)', dialects: 'not xntpd 3, which has no `pool`', fix: 'Use one `pool … iburst` line' },
};

/** `server` lines naming NTP Pool hosts, grouped by pool zone, in file order. */
function serversByZone(config: ParsedConfig): { groups: Map<string, SourceLine[]>; pooledZones: Set<string> } {
  const groups = new Map<string, SourceLine[]>();
  const pooledZones = new Set<string>();
  const pooledHosts = new Set<string>();
  for (const source of sourceLines(config)) {
    if (source.kind !== 'pool' || source.address === undefined) continue;
    const zone = poolZone(source.address.text);
    if (zone !== undefined) pooledZones.add(zone);
    pooledHosts.add(source.host);
  }
  for (const source of sourceLines(config)) {
    if (source.kind !== 'server' || source.address === undefined) continue;
    const zone = poolZone(source.address.text);
    // A server repeating a pool's exact name is duplicate-source's finding.
    if (zone === undefined || pooledHosts.has(source.host)) continue;
    const group = groups.get(zone);
    if (group) group.push(source);
    else groups.set(zone, [source]);
  }
  return { groups, pooledZones };
}

function collapse(config: ParsedConfig, group: readonly SourceLine[], poolName: string, alreadyPooled: boolean): TextEdit[] {
  const [first, ...rest] = group as [SourceLine, ...SourceLine[]];
  const deletions = rest.map((s) => deleteLine(config, s.line.line));
  if (alreadyPooled) return [deleteLine(config, first.line.line), ...deletions];
  const keyword = first.line.tokens[0];
  const address = first.address;
  if (keyword === undefined || address === undefined) return deletions;
  const edits: TextEdit[] = [replaceToken(keyword, 'pool'), replaceToken(address, poolName)];
  if (first.bound.option('iburst') === undefined) edits.push(appendWords(first.line, 'iburst'));
  return [...edits, ...deletions];
}

/** `nopeer` on an IPv4 default entry and no `restrict source`: pool servers would be refused (see pool-blocked-by-nopeer). */
function nopeerBlocksPool(config: ParsedConfig): boolean {
  const access = ntpAccess(config);
  return access.sourceTemplates.length === 0 && access.defaults.some((entry) => entry.family !== 'ipv6' && entry.flagNames.has('nopeer'));
}

/** `server` resolves a pool name once; `pool` keeps drawing servers from it (MBG ntp_pool_usage; ntpd 4.2.6+). */
export const poolAsServer: Rule = {
  meta,
  check({ config, dialect, ntpdVersion }) {
    const { groups, pooledZones } = serversByZone(config);
    const blocked = dialect !== 'chrony' && nopeerBlocksPool(config);
    // ntpd 4.2.6 (RHEL 7) has no `restrict source` (4.2.7p22): behind `nopeer` a pool line would never mobilise.
    if (blocked && (dialect === 'xntpd' || ntpdVersion?.startsWith('4.2.6') === true)) return [];
    const sourceLineKnown = dialect === 'ntpsec' || (ntpdVersion !== undefined && !ntpdVersion.startsWith('4.2.6'));
    const findings: Finding[] = [];
    for (const [zone, group] of groups) {
      const first = group[0] as SourceLine;
      if (first.address === undefined) continue;
      const alreadyPooled = pooledZones.has(zone);
      const poolName = poolLineName(first.address.text) ?? zone;
      const poolLine = `pool ${poolName} iburst`;
      const count = group.length;
      const withSource = blocked && !alreadyPooled;
      const fix = {
        title: alreadyPooled
          ? localized('Delete the server lines of this pool zone', '이 풀 영역의 server 줄 삭제')
          : localized(`Use ${poolLine}${withSource ? ` and ${RESTRICT_SOURCE_LINE}` : ''}`, `${poolLine}${withSource ? `, ${RESTRICT_SOURCE_LINE}` : ''} 사용`),
        // Behind `nopeer`, the pool needs `restrict source`, which ntpd before 4.2.7p22 rejects: applied only when the version is known.
        preferred: !withSource || sourceLineKnown,
        edits: withSource
          ? [
              { range: { start: { line: first.line.line, character: 0 }, end: { line: first.line.line, character: 0 } }, newText: `${RESTRICT_SOURCE_LINE}\n` },
              ...collapse(config, group, poolName, alreadyPooled),
            ]
          : collapse(config, group, poolName, alreadyPooled),
      };
      const what =
        count === 1
          ? localized(
              `\`server ${first.address.text}\` takes a single server from ${zone}`,
              `\`server ${first.address.text}\`${particle(first.address.text, '은')} 풀 ${zone}에서 서버 하나만 가져옵니다`,
            )
          : localized(`${count} \`server\` lines take single servers from ${zone}`, `\`server\` 줄 ${count}개가 풀 ${zone}에서 서버를 하나씩만 가져옵니다`);
      const action = alreadyPooled
        ? localized(': its `pool` line already covers this; delete them.', '. 이 영역의 `pool` 줄이 이미 있으니 지우세요.')
        : localized(`: use \`${poolLine}\`.`, `. \`${poolLine}\`${particle(poolLine, '을')} 쓰세요.`);
      const shortAction = localized(': use one `pool` line instead.', '. 대신 `pool` 줄 하나를 쓰세요.');
      // The fullest headline that fits: the exact pool line, else "one pool line", else without the zone's name.
      const withoutZone = localized(
        `\`server ${first.address.text}\` takes one server from a pool`,
        `\`server ${first.address.text}\`${particle(first.address.text, '은')} 풀에서 서버 하나만 가져옵니다`,
      );
      const joined = (a: Localized, b: Localized): Localized => localized(`${a.en}${b.en}`, `${a.ko}${b.ko}`);
      const message = [joined(what, action), joined(what, shortAction)].find(fitsHeadline) ?? joined(count === 1 ? withoutZone : what, shortAction);
      const why =
        dialect === 'chrony'
          ? localized(
              `Each such line gives chronyd one server, while one \`${poolLine}\` line gives up to 4 (\`maxsources\`) and replaces any that stop answering.`,
              `이런 줄 하나는 서버 하나만 주지만, \`${poolLine}\` 한 줄은 최대 4개(\`maxsources\`)를 쓰고 응답하지 않는 서버를 바꿔 줍니다.`,
            )
          : localized(
              `ntpd resolves the name once at start and keeps that address, even after the server leaves the pool or stops answering, while one \`${poolLine}\` line keeps drawing working servers from the pool.`,
              `ntpd는 시작할 때 이름을 한 번만 조회하고 그 서버가 풀에서 빠지거나 응답하지 않아도 그 주소를 계속 쓰지만, \`${poolLine}\` 한 줄은 풀에서 동작하는 서버를 계속 가져옵니다.`,
            );
      const caveat = withSource
        ? localized(
            ` With \`nopeer\` on the default entry the pool also needs \`${RESTRICT_SOURCE_LINE}\` (ntpd 4.2.7p22 or later); on ntpd 4.2.6 (RHEL 7) keep the \`server\` lines.`,
            ` 기본 항목에 \`nopeer\`가 있으면 풀에는 \`${RESTRICT_SOURCE_LINE}\`도 필요합니다(ntpd 4.2.7p22 이상). ntpd 4.2.6(RHEL 7)이면 \`server\` 줄을 그대로 두세요.`,
          )
        : localized('', '');
      const keyword = first.line.tokens[0];
      if (keyword === undefined) continue;
      // One finding for the zone, on its first line, the other lines as related locations: one cause, one fix.
      const related = group.slice(1).flatMap((source) => {
        const word = source.line.tokens[0];
        if (word === undefined || source.address === undefined) return [];
        return [{ range: spanRange(word, source.address), message: localized(`also from the pool ${zone}`, `같은 풀 ${zone}`) }];
      });
      findings.push(
        findingFor(meta, spanRange(keyword, first.address), message, {
          detail: localized(`${why.en}${caveat.en}`, `${why.ko}${caveat.ko}`),
          severity: dialect === 'chrony' ? 'information' : 'warning',
          fixes: [fix],
          ...(related.length > 0 ? { related } : {}),
        }),
      );
    }
    return findings;
  },
};
