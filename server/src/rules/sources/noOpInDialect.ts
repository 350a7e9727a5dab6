import { localized } from '../../core/localized';
import type { Token } from '../../core/token';
import { findingFor, spanRange, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { deleteLine, replaceToken } from '../../formats/ntpconf/edits';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'no-op-in-dialect',
  severity: 'information',
  dialects: ['ntpsec'],
  fixable: true,
  description: localized(
    'Accepted but ignored by NTPsec: `peer` (treated as `server`), `requestkey`, `restrict … nopeer`/`notrap`.',
    'NTPsec이 받아들이지만 무시함: `peer`(`server`로 취급), `requestkey`, `restrict … nopeer`/`notrap`.',
  ),
  docs: { fix: '`peer` → `server`; delete `requestkey`' },
};

/** restrict flags NTPsec 1.2 parses and ignores ("CONFIG: restrict nopeer ignored"). */
const IGNORED_RESTRICT_FLAGS = new Set(['nopeer', 'notrap']);

/** Directives and flags NTPsec accepts but does nothing with, each confirmed by its own log message. */
export const noOpInDialect: Rule = {
  meta,
  check({ config }) {
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      const keyword = source.line.tokens[0];
      if (source.kind !== 'peer' || keyword === undefined) continue;
      findings.push(
        findingFor(
          meta,
          tokenRange(keyword),
          localized(
            'NTPsec has no symmetric mode and treats `peer` as `server`: write `server` to say what happens.',
            'NTPsec에는 대칭 모드가 없어 `peer`를 `server`로 다룹니다. 실제 동작대로 `server`라고 쓰세요.',
          ),
          {
            detail: localized(
              'NTPsec logs "peer deprecated, treated as server" and polls the host as an ordinary server.',
              'NTPsec은 "peer deprecated, treated as server"를 기록하고 그 호스트를 일반 서버로 폴링합니다.',
            ),
            fixes: [{ title: localized('Change peer to server', 'peer를 server로 바꾸기'), preferred: true, edits: [replaceToken(keyword, 'server')] }],
          },
        ),
      );
    }
    for (const line of directivesNamed(config, 'requestkey')) {
      const keyword = line.tokens[0] as Token;
      findings.push(
        findingFor(
          meta,
          spanRange(keyword, line.tokens[line.tokens.length - 1] as Token),
          localized(
            '`requestkey` does nothing in NTPsec, which has no ntpdc: delete the line.',
            'NTPsec에는 ntpdc가 없어 `requestkey`는 아무 일도 하지 않습니다. 이 줄을 지우세요.',
          ),
          {
            detail: localized(
              '`requestkey` authenticated ntpdc (mode 7) requests; NTPsec removed ntpdc and logs "requestkey is a no-op".',
              '`requestkey`는 ntpdc(모드 7) 요청을 인증하던 설정입니다. NTPsec은 ntpdc를 없앴고 "requestkey is a no-op"를 남깁니다.',
            ),
            fixes: [{ title: localized('Delete requestkey', 'requestkey 삭제'), preferred: true, edits: [deleteLine(config, line.line)] }],
          },
        ),
      );
    }
    for (const line of directivesNamed(config, 'restrict')) {
      for (const flag of line.tokens.slice(1)) {
        if (!IGNORED_RESTRICT_FLAGS.has(flag.text)) continue;
        findings.push(
          findingFor(
            meta,
            tokenRange(flag),
            localized(
              `NTPsec ignores \`${flag.text}\`: harmless; keep it only if a compliance check (such as CIS) wants it.`,
              `NTPsec은 \`${flag.text}\`${particle(flag.text, '을')} 무시합니다. 해는 없으니 CIS 같은 점검이 요구할 때만 남기세요.`,
            ),
            {
              detail: localized(
                `NTPsec logs "restrict ${flag.text} ignored": it has no symmetric peers or traps to refuse.`,
                `NTPsec은 "restrict ${flag.text} ignored"를 남깁니다. 거부할 대칭 피어나 트랩이 없기 때문입니다.`,
              ),
            },
          ),
        );
      }
    }
    return findings;
  },
};
