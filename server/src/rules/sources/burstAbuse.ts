import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { findOption, isPublicServer, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { removeWords, replaceToken } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'burst-abuse',
  severity: 'warning',
  dialects: ['ntpd', 'ntpsec'],
  fixable: true,
  description: localized('`burst` against a public or pool server.', '공개 서버나 풀 서버에 `burst`.'),
  docs: { fix: 'Replace `burst` with `iburst` (or remove it when `iburst` is there)' },
};

/** `burst` sends eight packets at every poll: "Using the burst option against a public server is considered abuse." */
export const burstAbuse: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      if (source.address === undefined || source.isRefclock || !isPublicServer(source.address.text)) continue;
      const burst = findOption(source, 'burst');
      if (burst === undefined) continue;
      const hasIburst = source.bound.option('iburst') !== undefined;
      findings.push(
        findingFor(
          meta,
          tokenRange(burst.option),
          localized(
            '`burst` sends up to 8 packets per poll to a public server you do not run: use `iburst`.',
            '`burst`는 직접 운영하지 않는 공개 서버에 폴링마다 최대 8개 패킷을 보냅니다. `iburst`를 쓰세요.',
          ),
          {
            detail: localized(
              `\`burst\` sends up to eight packets instead of one to \`${source.address.text}\` at every poll, for as long as the daemon runs: up to eight times the load of an ordinary client. That is considered abuse of a public server you do not run and can get you rate-limited or blocked. ${hasIburst ? 'Remove `burst`; the `iburst` already on this line speeds up the start.' : 'Use `iburst` instead: it only bursts at start-up, when the server is not yet reachable.'}`,
              `\`burst\`는 데몬이 도는 내내 매 폴링마다 \`${source.address.text}\`에 패킷을 하나 대신 최대 8개 보내, 일반 클라이언트의 최대 8배 부하를 줍니다. 직접 운영하지 않는 공개 서버에 쓰면 남용으로 간주돼 속도 제한이나 차단을 당할 수 있습니다. ${hasIburst ? '`burst`를 지우세요. 이 줄에 이미 있는 `iburst`가 시작을 빠르게 해 줍니다.' : '대신 `iburst`를 쓰세요. 서버에 아직 닿지 않은 시작 단계에서만 묶어 보냅니다.'}`,
            ),
            fixes: [
              {
                title: hasIburst ? localized('Remove burst', 'burst 삭제') : localized('Replace burst with iburst', 'burst를 iburst로 바꾸기'),
                preferred: true,
                edits: [hasIburst ? removeWords(source.line, burst.option) : replaceToken(burst.option, 'iburst')],
              },
            ],
          },
        ),
      );
    }
    return findings;
  },
};
