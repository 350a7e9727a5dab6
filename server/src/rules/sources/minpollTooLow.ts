import type { TextEdit } from 'vscode-languageserver-types';
import { localized } from '../../core/localized';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import { PerLineMemo } from '../perLineMemo';
import type { Rule, RuleMeta } from '../types';
import { isPublicServer, optionInteger, sourceLines, type SourceLine } from '../../formats/ntpconf/model/sourceLines';
import { removeWords } from '../../formats/ntpconf/edits';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'minpoll-too-low',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: true,
  description: localized('`minpoll` below 6 (64 s) against a public or pool server.', '공개 서버나 풀 서버에 6(64초)보다 작은 `minpoll`.'),
  docs: { fix: 'Remove `minpoll N` (and a `maxpoll` below 6)' },
};

/** 2^6 = 64 s: the default, and the shortest interval public servers expect. */
const PUBLIC_MINPOLL = 6;

function checkSource(source: SourceLine): Finding | undefined {
  if (source.address === undefined || source.isRefclock || !isPublicServer(source.address.text)) return undefined;
  const minpoll = optionInteger(source, 'minpoll');
  if (minpoll === undefined || minpoll.value >= PUBLIC_MINPOLL || minpoll.match.value === undefined) return undefined;
  const maxpoll = optionInteger(source, 'maxpoll');
  const lowMaxpoll = maxpoll !== undefined && maxpoll.value < PUBLIC_MINPOLL && maxpoll.match.value !== undefined ? maxpoll : undefined;
  const seconds = 2 ** minpoll.value;
  const edits: TextEdit[] = [removeWords(source.line, minpoll.match.option, minpoll.match.value)];
  if (lowMaxpoll?.match.value) edits.push(removeWords(source.line, lowMaxpoll.match.option, lowMaxpoll.match.value));
  const alsoMax = lowMaxpoll
    ? localized(` and \`maxpoll ${lowMaxpoll.value}\``, `${particle(minpoll.value, '과')} \`maxpoll ${lowMaxpoll.value}\``)
    : localized('', '');
  return findingFor(
    meta,
    spanRange(minpoll.match.option, minpoll.match.value),
    localized(
      `\`minpoll ${minpoll.value}\` polls a public server every ${seconds} s; it expects at most one request per 64 s. Remove it.`,
      `\`minpoll ${minpoll.value}\`${particle(minpoll.value, '은')} 공개 서버를 ${seconds}초마다 폴링합니다. 64초에 한 번 이하가 기대됩니다. 지우세요.`,
    ),
    {
      detail: localized(
        `\`minpoll ${minpoll.value}\` polls \`${source.address.text}\` as often as every ${seconds} s. Public and pool servers expect at most one request per 64 s: faster polling is treated as abuse and may get rate-limited (KoD RATE) or blocked, and it does not make your clock more accurate. Remove \`minpoll ${minpoll.value}\`${alsoMax.en} to use the default (64 s and up).`,
        `\`minpoll ${minpoll.value}\`${particle(minpoll.value, '은')} \`${source.address.text}\`를 최대 ${seconds}초마다 폴링합니다. 공개 서버와 풀 서버는 64초에 한 번 이하의 요청을 기대하며, 더 잦은 폴링은 남용으로 취급돼 속도 제한(KoD RATE)이나 차단을 당할 수 있고 시계가 더 정확해지지도 않습니다. \`minpoll ${minpoll.value}\`${alsoMax.ko}${particle(alsoMax.ko || minpoll.value, '을')} 지워 기본값(64초 이상)을 쓰세요.`,
      ),
      fixes: [{ title: localized(`Remove minpoll ${minpoll.value}`, `minpoll ${minpoll.value} 삭제`), preferred: true, edits }],
    },
  );
}

const memo = new PerLineMemo();

/** Polling a public server more often than every 64 s "might be considered abuse" (chrony.conf(5), minpoll) and draws rate-limit kisses. */
export const minpollTooLow: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      for (const finding of memo.findings(config.dialect, source, checkSource)) findings.push(finding);
    }
    return findings;
  },
};
