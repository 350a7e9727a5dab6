import { localized } from '../../core/localized';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import type { Token } from '../../core/token';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleContext, RuleMeta } from '../types';
import { findOption, LOCAL_CLOCK_TYPE, ntpsecRefclocks, PPS_CLOCK_TYPE, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { refclockId } from '../../core/hostNames';
import { removeWords } from '../../formats/ntpconf/edits';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'multiple-prefer',
  severity: 'information',
  dialects: ['ntpd', 'ntpsec', 'xntpd'],
  fixable: true,
  description: localized('`prefer` on more than one source.', '둘 이상의 소스에 `prefer`.'),
  docs: { fix: 'Remove `prefer` from the second and later sources' },
};

interface Preferred {
  readonly line: ConfigLine;
  readonly prefer: Token;
  readonly name: string;
}

/** `prefer` sources in file order, except the local clock (prefer-local-clock) and PPS drivers, where `prefer` has its own meaning. */
function preferredSources(context: RuleContext): Preferred[] {
  const preferred: Preferred[] = [];
  for (const source of sourceLines(context.config)) {
    const prefer = findOption(source, 'prefer');
    if (prefer === undefined || source.address === undefined) continue;
    const type = source.isRefclock ? refclockId(source.address.text)?.type : undefined;
    if (type === LOCAL_CLOCK_TYPE || type === PPS_CLOCK_TYPE) continue;
    preferred.push({ line: source.line, prefer: prefer.option, name: source.address.text });
  }
  for (const refclock of ntpsecRefclocks(context.config)) {
    const prefer = findOption(refclock, 'prefer');
    if (prefer === undefined || refclock.type === LOCAL_CLOCK_TYPE || refclock.type === PPS_CLOCK_TYPE) continue;
    preferred.push({ line: refclock.line, prefer: prefer.option, name: `refclock ${refclock.driver.text}` });
  }
  return preferred.sort((a, b) => a.line.line - b.line.line);
}

/** "It is usually not useful to designate more than one source as preferred" (ntpd prefer.html §5). */
export const multiplePrefer: Rule = {
  meta,
  check(context) {
    const preferred = preferredSources(context);
    const first = preferred[0];
    if (first === undefined) return [];
    return preferred.slice(1).map((extra): Finding =>
      findingFor(
        meta,
        tokenRange(extra.prefer),
        localized(
          `A second \`prefer\` (the first is on line ${first.line.line + 1}) hides which source drives the clock. Remove it.`,
          `두 번째 \`prefer\`(첫 번째는 ${first.line.line + 1}번째 줄)는 어느 소스가 시계를 이끄는지 흐립니다. 지우세요.`,
        ),
        {
          detail: localized(
            `\`${first.name}\` is already the preferred source, so \`prefer\` on \`${extra.name}\` only takes effect when \`${first.name}\` is unusable; a second preferred source is rarely useful and hides which one really drives the clock. Keep \`prefer\` on one source.`,
            `\`${first.name}\`${particle(first.name, '이')} 이미 우선 소스이므로 \`${extra.name}\`의 \`prefer\`는 \`${first.name}\`${particle(first.name, '을')} 쓸 수 없을 때만 효과가 있습니다. 두 번째 우선 소스는 거의 쓸모가 없고, 어떤 소스가 실제로 시계를 맞추는지 알기 어렵게 합니다. \`prefer\`는 한 소스에만 두세요.`,
          ),
          fixes: [
            {
              title: localized(`Remove prefer from ${extra.name}`, `${extra.name}에서 prefer 삭제`),
              preferred: true,
              edits: [removeWords(extra.line, extra.prefer)],
            },
          ],
        },
      ),
    );
  },
};
