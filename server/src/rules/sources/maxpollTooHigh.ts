import type { TextEdit } from 'vscode-languageserver-types';
import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import { PerLineMemo } from '../perLineMemo';
import type { Rule, RuleMeta } from '../types';
import { optionInteger, sourceLines, type SourceLine } from '../../formats/ntpconf/model/sourceLines';
import { replaceToken } from '../../formats/ntpconf/edits';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'maxpoll-too-high',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec'],
  fixable: true,
  description: localized('`maxpoll` above 16: the source is polled less than once a day.', '16보다 큰 `maxpoll`: 소스를 하루에 한 번도 폴링하지 않을 수 있음.'),
  docs: { fix: 'Set `maxpoll 16`' },
};

/** 2^16 s ≈ 18.2 h, the longest interval that still polls at least once a day. */
const DAILY_MAXPOLL = 16;

function hours(exponent: number): string {
  return (2 ** exponent / 3600).toFixed(1);
}

function checkSource(source: SourceLine): Finding | undefined {
  if (source.address === undefined || source.isRefclock) return undefined;
  const maxpoll = optionInteger(source, 'maxpoll');
  if (maxpoll === undefined || maxpoll.value <= DAILY_MAXPOLL || maxpoll.match.value === undefined) return undefined;
  const edits: TextEdit[] = [replaceToken(maxpoll.match.value, String(DAILY_MAXPOLL))];
  // A minpoll above the new maxpoll would turn this into minpoll-above-maxpoll.
  const minpoll = optionInteger(source, 'minpoll');
  if (minpoll?.match.value !== undefined && minpoll.value > DAILY_MAXPOLL) edits.push(replaceToken(minpoll.match.value, String(DAILY_MAXPOLL)));
  return findingFor(
    meta,
    spanRange(maxpoll.match.option, maxpoll.match.value),
    localized(
      `\`maxpoll ${maxpoll.value}\` polls as rarely as every ${hours(maxpoll.value)} hours: a leap second can be missed. Use 16 or less.`,
      `\`maxpoll ${maxpoll.value}\`${particle(maxpoll.value, '은')} ${hours(maxpoll.value)}시간마다 폴링해 윤초를 놓칠 수 있습니다. 16 이하로 쓰세요.`,
    ),
    {
      detail: localized(
        `\`maxpoll ${maxpoll.value}\` lets the poll interval for \`${source.address.text}\` grow to ${hours(maxpoll.value)} hours. RFC 8633 §3.7 has servers announce a leap second only on the last day of the month, so a client that polls less than once a day can miss the announcement. Use \`maxpoll ${DAILY_MAXPOLL}\` (${hours(DAILY_MAXPOLL)} h) or less.`,
        `\`maxpoll ${maxpoll.value}\`이면 \`${source.address.text}\`의 폴링 간격이 ${hours(maxpoll.value)}시간까지 늘어납니다. RFC 8633 §3.7에 따라 서버는 윤초를 그 달의 마지막 날에만 알리므로, 하루에 한 번도 폴링하지 않는 클라이언트는 이 예고를 놓칠 수 있습니다. \`maxpoll ${DAILY_MAXPOLL}\`(${hours(DAILY_MAXPOLL)}시간) 이하를 쓰세요.`,
      ),
      fixes: [{ title: localized(`Set maxpoll ${DAILY_MAXPOLL}`, `maxpoll ${DAILY_MAXPOLL}${particle(DAILY_MAXPOLL, '으로')} 설정`), preferred: true, edits }],
    },
  );
}

const memo = new PerLineMemo();

/** RFC 8633 §3.7: clients should not poll less often than every 24 hours, or they can miss a leap second warning. */
export const maxpollTooHigh: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      for (const finding of memo.findings(config.dialect, source, checkSource)) findings.push(finding);
    }
    return findings;
  },
};
