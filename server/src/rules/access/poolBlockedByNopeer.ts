import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { ntpAccess } from './restrictLines';
import { sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { extendLine } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'pool-blocked-by-nopeer',
  scope: 'configuration',
  severity: 'error',
  dialects: ['ntpd'],
  fixable: true,
  description: localized(
    '`pool` with `restrict default … nopeer` and no `restrict source`: ntpd never uses the pool servers.',
    '`restrict default … nopeer`와 `pool`이 있는데 `restrict source`가 없음: ntpd가 풀 서버를 전혀 쓰지 못합니다.',
  ),
  docs: { fix: 'Add `restrict source nomodify notrap noquery`' },
};

export const RESTRICT_SOURCE_LINE = 'restrict source nomodify notrap noquery';

/**
 * In ntpd 4.2.x, pool servers are mobilised like unsolicited associations, so `nopeer` on the default entry
 * drops their replies unless a `restrict source` line without `nopeer` gives them their own entry (accopt, nopeer).
 */
export const poolBlockedByNopeer: Rule = {
  meta,
  check({ config }) {
    const access = ntpAccess(config);
    if (access.sourceTemplates.length > 0 || access.includesOtherFiles) return [];
    const pools = sourceLines(config).filter((source) => source.kind === 'pool' && source.address !== undefined);
    if (pools.length === 0) return [];
    // Pool members are mostly IPv4; an IPv6-only nopeer still leaves them usable.
    const entry = access.defaults.find((candidate) => candidate.family !== 'ipv6' && candidate.flagNames.has('nopeer'));
    const nopeer = entry?.flags.find((flag) => flag.text === 'nopeer');
    if (entry === undefined || nopeer === undefined) return [];
    const names = pools.map((pool) => `\`${pool.address?.text ?? ''}\``).join(', ');
    const finding: Finding = findingFor(
      meta,
      tokenRange(nopeer),
      localized(
        `\`nopeer\` on the default entry refuses pool servers: the pool never starts. Add \`restrict source\`.`,
        `기본 항목의 \`nopeer\`가 풀 서버를 거부해 풀이 동작하지 않습니다. \`restrict source\`를 추가하세요.`,
      ),
      {
        detail: localized(
          `\`nopeer\` on the default entry also refuses the servers of ${names}: ntpd mobilises pool servers only when their replies are allowed to create an association, so the pool never spins up. Add \`${RESTRICT_SOURCE_LINE}\`, which gives every server you configure its own entry without \`nopeer\`.`,
          `기본 항목의 \`nopeer\`가 ${names}의 서버까지 거부합니다. ntpd는 응답이 연관을 만들 수 있을 때만 풀 서버를 추가하므로 풀이 전혀 동작하지 않습니다. 설정한 서버마다 \`nopeer\` 없는 항목을 만들어 주는 \`${RESTRICT_SOURCE_LINE}\`를 추가하세요.`,
        ),
        fixes: [
          {
            title: localized(`Add ${RESTRICT_SOURCE_LINE}`, `${RESTRICT_SOURCE_LINE} 추가`),
            preferred: true,
            edits: extendLine(entry.line, [], [RESTRICT_SOURCE_LINE]),
          },
        ],
      },
    );
    return [finding];
  },
};
