import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { type SourceLine, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { deleteLine } from '../../formats/ntpconf/edits';
import { particle } from '../../core/koreanParticles';
import { ipVersion } from '../../core/hostNames';
import type { Localized } from '../../core/localized';

const meta: RuleMeta = {
  code: 'duplicate-source',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: true,
  description: localized('The same host or address is configured as a source twice.', '같은 호스트나 주소가 소스로 두 번 설정됨.'),
  docs: { fix: 'Delete the duplicate line' },
};

function label(source: SourceLine): string {
  return `${source.line.tokens[0]?.text ?? source.kind} ${source.address?.text ?? ''}`;
}

/** chronyd 4.3 logs "Could not add source ADDRESS" and drops the line at start, even when `port` differs. */
function chronyDropsLine(address: string, where: number): Localized {
  return localized(
    `chronyd drops this line ("Could not add source ${address}"): line ${where} has the same address.`,
    `chronyd가 이 줄을 버립니다("Could not add source ${address}"). ${where}번째 줄과 주소가 같습니다.`,
  );
}
/** The same host twice adds no redundancy: the daemon keeps one association, yet the file looks better protected than it is. */
export const duplicateSource: Rule = {
  meta,
  check({ config, dialect }) {
    // Groups are made only for hosts seen twice: most files name each host once.
    const firstByHost = new Map<string, SourceLine>();
    const repeated = new Map<string, SourceLine[]>();
    for (const source of sourceLines(config)) {
      if (source.address === undefined) continue;
      const first = firstByHost.get(source.host);
      const group = first === undefined ? undefined : repeated.get(source.host);
      if (first === undefined) firstByHost.set(source.host, source);
      else if (group === undefined) repeated.set(source.host, [first, source]);
      else group.push(source);
    }
    const findings: Finding[] = [];
    for (const group of repeated.values()) {
      const first = group[0] as SourceLine;
      // chronyd refuses a second source on an address it already has, whatever the kind, so the first line is the one that runs.
      const chronyAddress = dialect === 'chrony' && ipVersion(first.host) !== 0;
      // A pool supersedes a server of the same name (it re-resolves and replaces servers), so the pool line is the one to keep.
      const keep = chronyAddress ? first : (group.find((s) => s.kind === 'pool') ?? first);
      for (const duplicate of group) {
        if (duplicate === keep) continue;
        const keyword = duplicate.line.tokens[0];
        if (keyword === undefined || duplicate.address === undefined) continue;
        const where = keep.line.line + 1;
        const againstPool = keep.kind === 'pool' && duplicate.kind !== 'pool';
        findings.push(
          findingFor(
            meta,
            spanRange(keyword, duplicate.address),
            chronyAddress
              ? chronyDropsLine(duplicate.address.text, where)
              : againstPool
                ? localized(
                    `\`${label(duplicate)}\` repeats the pool of line ${where}: it adds no independent source. Delete it.`,
                    `\`${label(duplicate)}\`${particle(label(duplicate), '은')} ${where}번째 줄의 풀과 같아 독립된 소스를 더하지 않습니다. 지우세요.`,
                  )
                : localized(
                    `\`${duplicate.address.text}\` is already a source on line ${where}: this line adds no redundancy. Delete it.`,
                    `\`${duplicate.address.text}\`${particle(duplicate.address.text, '은')} 이미 ${where}번째 줄의 소스라 이 줄은 대비책이 되지 않습니다. 지우세요.`,
                  ),
            {
              detail: chronyAddress
                ? localized(
                    'chronyd 4.3 refuses a second source on an address it already has, even with another `port`: two daemons on one host cannot both be sources.',
                    'chronyd 4.3은 이미 있는 주소의 두 번째 소스를 `port`가 달라도 거부합니다. 한 호스트의 두 데몬을 모두 소스로 쓸 수는 없습니다.',
                  )
                : localized(
                    'The daemon keeps one association per host: a second line gives it no second source, and the list only looks longer than it is.',
                    '데몬은 호스트마다 연관을 하나만 둡니다. 두 번째 줄은 소스를 더하지 않고 목록만 실제보다 길어 보이게 합니다.',
                  ),
              fixes: [{ title: localized('Delete the duplicate line', '중복 줄 삭제'), preferred: true, edits: [deleteLine(config, duplicate.line.line)] }],
            },
          ),
        );
      }
    }
    return findings;
  },
};
