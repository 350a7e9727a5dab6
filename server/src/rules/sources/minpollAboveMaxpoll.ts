import type { Dialect } from '../../core/dialect';
import { localized, type Localized } from '../../core/localized';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import { PerLineMemo } from '../perLineMemo';
import type { Rule, RuleMeta } from '../types';
import type { BoundLine } from '../../formats/ntpconf/model/bindLine';
import { ntpsecRefclocks, optionInteger, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { appendWords, replaceToken } from '../../formats/ntpconf/edits';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'minpoll-above-maxpoll',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: true,
  description: localized('`minpoll` is larger than `maxpoll`.', '`minpoll`이 `maxpoll`보다 큼.'),
  docs: { severity: 'warning: every daemon starts and polls, just not as written (it moves one bound)', fix: 'Swap the values / add `maxpoll`' },
};

/** The default maxpoll of network sources in every dialect (2^10 = 1024 s). */
const DEFAULT_MAXPOLL = 10;

interface PollOptions {
  readonly line: ConfigLine;
  readonly options: readonly string[];
  readonly optionTokens: readonly Token[];
  readonly bound: BoundLine;
  /** Reference clocks default maxpoll to minpoll, so only an explicit pair can conflict. */
  readonly isRefclock: boolean;
}

function resolution(dialect: Dialect, minpoll: number, maxpoll: number): Localized {
  if (dialect === 'xntpd') return localized('xntpd cannot honour both', 'xntpd는 둘 다 지킬 수 없습니다');
  return dialect === 'chrony'
    ? localized(
        `chronyd raises maxpoll to ${minpoll}, so the source is polled every ${2 ** minpoll} s`,
        `chronyd가 maxpoll을 ${minpoll}${particle(minpoll, '으로')} 올려 소스를 ${2 ** minpoll}초마다 폴링합니다`,
      )
    : localized(
        `ntpd silently lowers minpoll to ${maxpoll}, so the source is polled every ${2 ** maxpoll} s`,
        `ntpd가 minpoll을 조용히 ${maxpoll}${particle(maxpoll, '으로')} 낮춰 소스를 ${2 ** maxpoll}초마다 폴링합니다`,
      );
}

function check(source: PollOptions, dialect: Dialect): Finding | undefined {
  const minpoll = optionInteger(source, 'minpoll');
  if (minpoll?.match.value === undefined) return undefined;
  const maxpoll = optionInteger(source, 'maxpoll');
  if (maxpoll?.match.value !== undefined) {
    if (minpoll.value <= maxpoll.value) return undefined;
    const how = resolution(dialect, minpoll.value, maxpoll.value);
    return findingFor(
      meta,
      spanRange(minpoll.match.option, minpoll.match.value),
      localized(
        `\`minpoll ${minpoll.value}\` is larger than \`maxpoll ${maxpoll.value}\`: the bounds are reversed. Swap the two values.`,
        `\`minpoll ${minpoll.value}\`${particle(minpoll.value, '이')} \`maxpoll ${maxpoll.value}\`보다 커서 두 한계가 뒤바뀌었습니다. 두 값을 서로 바꾸세요.`,
      ),
      {
        detail: localized(`The daemon resolves it its own way: ${how.en}.`, `데몬은 나름대로 해소합니다. ${how.ko}.`),
        fixes: [
          {
            title: localized('Swap minpoll and maxpoll', 'minpoll과 maxpoll 값 바꾸기'),
            preferred: true,
            edits: [replaceToken(minpoll.match.value, maxpoll.match.value.text), replaceToken(maxpoll.match.value, minpoll.match.value.text)],
          },
        ],
      },
    );
  }
  // Only ntpd and NTPsec clamp minpoll to the default maxpoll (newpeer() in ntp_peer.c); chronyd raises maxpoll instead.
  if (dialect === 'chrony' || dialect === 'xntpd' || source.isRefclock || minpoll.value <= DEFAULT_MAXPOLL) return undefined;
  return findingFor(
    meta,
    spanRange(minpoll.match.option, minpoll.match.value),
    localized(
      `\`minpoll ${minpoll.value}\` without \`maxpoll\` has no effect: add \`maxpoll ${minpoll.value}\` (or higher).`,
      `\`maxpoll\` 없이 쓴 \`minpoll ${minpoll.value}\`${particle(minpoll.value, '은')} 효과가 없습니다. \`maxpoll ${minpoll.value}\` 이상을 추가하세요.`,
    ),
    {
      detail: localized(
        `maxpoll stays at its default ${DEFAULT_MAXPOLL}, and ntpd lowers minpoll to it, so the source is still polled every ${2 ** DEFAULT_MAXPOLL} s.`,
        `maxpoll이 기본값 ${DEFAULT_MAXPOLL}에 머물고 ntpd가 minpoll을 그 값으로 낮추므로 소스는 여전히 ${2 ** DEFAULT_MAXPOLL}초마다 폴링됩니다.`,
      ),
      fixes: [
        {
          title: localized(`Add maxpoll ${minpoll.value}`, `maxpoll ${minpoll.value} 추가`),
          preferred: true,
          edits: [appendWords(source.line, `maxpoll ${minpoll.value}`)],
        },
      ],
    },
  );
}

const memo = new PerLineMemo();

/** minpoll above maxpoll is resolved silently and differently by each daemon: ntpd lowers minpoll, chronyd raises maxpoll. */
export const minpollAboveMaxpoll: Rule = {
  meta,
  check({ config, dialect }) {
    const findings: Finding[] = [];
    const checkIn = (source: PollOptions) => check(source, dialect);
    for (const source of sourceLines(config)) {
      for (const finding of memo.findings(dialect, source, checkIn)) findings.push(finding);
    }
    for (const refclock of ntpsecRefclocks(config)) {
      for (const finding of memo.findings(dialect, { ...refclock, isRefclock: true }, checkIn)) findings.push(finding);
    }
    return findings;
  },
};
