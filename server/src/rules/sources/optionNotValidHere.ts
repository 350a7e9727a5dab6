import { localized, type Localized } from '../../core/localized';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleContext, RuleMeta } from '../types';
import { ntpsecRefclocks, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { removeWords } from '../../formats/ntpconf/edits';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'option-not-valid-here',
  severity: 'warning',
  dialects: ['chrony', 'ntpd', 'ntpsec', 'xntpd'],
  fixable: true,
  description: localized(
    'An option the daemon accepts on this line but ignores (e.g. `iburst` on a chrony `peer` or a reference clock).',
    '데몬이 이 줄에서 받아들이지만 무시하는 옵션(예: chrony `peer`나 참조 시계의 `iburst`).',
  ),
  docs: { fix: 'Remove the option' },
};

/** chrony.conf(5), peer: "The following options of the server directive do not work in the peer directive". */
const CHRONY_NOT_ON_PEER = new Set(['iburst', 'burst', 'nts', 'presend', 'copy']);
const CHRONY_VALUED = new Set(['presend']);
/** Burst options apply to network polling only; refclock_transmit() never looks at them. */
const BURSTS = new Set(['iburst', 'burst']);

function finding(line: ConfigLine, option: Token, value: Token | undefined, reason: Localized): Finding {
  const shown = value === undefined ? option.text : `${option.text} ${value.text}`;
  return findingFor(
    meta,
    spanRange(option, value ?? option),
    localized(`\`${shown}\` has no effect here. Remove it.`, `여기서 \`${shown}\`${particle(shown, '은')} 효과가 없습니다. 지우세요.`),
    { detail: reason, fixes: [{ title: localized(`Remove ${shown}`, `${shown} 삭제`), preferred: true, edits: [removeWords(line, option, value ?? option)] }] },
  );
}

function chronyFindings({ config }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const source of sourceLines(config)) {
    if (source.kind !== 'peer') continue;
    source.options.forEach((word, index) => {
      if (!CHRONY_NOT_ON_PEER.has(word)) return;
      const option = source.optionTokens[index] as Token;
      const value = CHRONY_VALUED.has(word) ? source.optionTokens[index + 1] : undefined;
      findings.push(
        finding(
          source.line,
          option,
          value,
          localized(
            `chrony documents that \`${word}\` does not work in the \`peer\` directive, only in \`server\` and \`pool\`.`,
            `chrony 문서에 따르면 \`${word}\`${particle(word, '은')} \`peer\` 지시어에서는 동작하지 않고 \`server\`와 \`pool\`에서만 동작합니다.`,
          ),
        ),
      );
    });
  }
  return findings;
}

function ntpFindings({ config, dialect }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const refclockBurst = (word: string) =>
    localized(
      `\`${word}\` only changes how network servers are polled; reference clocks are read by their driver, which ignores it.`,
      `\`${word}\`${particle(word, '은')} 네트워크 서버를 폴링하는 방식만 바꾸며, 참조 시계는 드라이버가 읽으므로 이 옵션을 무시합니다.`,
    );
  for (const source of sourceLines(config)) {
    source.options.forEach((word, index) => {
      const option = source.optionTokens[index] as Token;
      if (source.isRefclock && BURSTS.has(word) && dialect !== 'xntpd') {
        findings.push(finding(source.line, option, undefined, refclockBurst(word)));
      } else if (word === 'ttl' && dialect !== 'ntpsec') {
        const reason = localized(
          `\`ttl\` only applies to \`broadcast\` and \`manycastclient\`, not to \`${source.kind}\`.`,
          `\`ttl\`은 \`broadcast\`와 \`manycastclient\`에만 적용되고 \`${source.kind}\`에는 적용되지 않습니다.`,
        );
        findings.push(finding(source.line, option, source.optionTokens[index + 1], reason));
      } else if (word === 'mode' && !source.isRefclock) {
        const reason = localized(
          '`mode` is passed to a reference clock driver and only applies to 127.127.t.u addresses.',
          '`mode`는 참조 시계 드라이버에 넘기는 값으로 127.127.t.u 주소에만 적용됩니다.',
        );
        findings.push(finding(source.line, option, source.optionTokens[index + 1], reason));
      }
    });
  }
  for (const refclock of ntpsecRefclocks(config)) {
    refclock.options.forEach((word, index) => {
      if (BURSTS.has(word)) findings.push(finding(refclock.line, refclock.optionTokens[index] as Token, undefined, refclockBurst(word)));
    });
  }
  return findings;
}

/** Options the daemon accepts on a line where they do nothing. */
export const optionNotValidHere: Rule = {
  meta,
  check(context) {
    return context.dialect === 'chrony' ? chronyFindings(context) : ntpFindings(context);
  },
};
