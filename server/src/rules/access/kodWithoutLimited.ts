import { localized } from '../../core/localized';
import { findingFor, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import type { AddressFamily } from './addresses';
import { defaultFlagsFor, ntpAccess, type RestrictEntry } from './restrictLines';
import { extendLine, removeWords } from '../../formats/ntpconf/edits';

const meta: RuleMeta = {
  code: 'kod-without-limited',
  severity: 'information',
  dialects: ['ntpd'],
  fixable: true,
  description: localized(
    '`restrict … kod` without `limited`: no KoD packet is ever sent.',
    '`limited` 없는 `restrict … kod`: KoD 패킷이 전혀 나가지 않습니다.',
  ),
  docs: { fix: 'Remove `kod` (no change in behaviour); alternatively add `limited`' },
};

/** Lines for the same address and mask merge their flags in ntpd, so they are judged together. */
function entryKey(entry: RestrictEntry): string {
  const target = entry.target;
  switch (target.kind) {
    case 'network':
      return `${target.address.bytes.join('.')}/${target.mask.join('.')}`;
    case 'hostname':
      return `name:${target.name}`;
    default:
      return target.kind;
  }
}

/** ntpd sends KoD only to clients that `limited` rate-limits; it even logs "'kod' does nothing without 'limited'". */
export const kodWithoutLimited: Rule = {
  meta,
  check({ config }) {
    const access = ntpAccess(config);
    const merged = new Map<string, Set<string>>();
    for (const entry of access.restricts) {
      if (entry.isDefault) continue;
      const key = entryKey(entry);
      const flags = merged.get(key) ?? new Set<string>();
      for (const flag of entry.flagNames) flags.add(flag);
      merged.set(key, flags);
    }
    const findings: Finding[] = [];
    for (const entry of access.restricts) {
      const kod = entry.flags.find((flag) => flag.text === 'kod');
      if (kod === undefined) continue;
      const families: AddressFamily[] = entry.family === 'any' ? ['ipv4', 'ipv6'] : [entry.family];
      const limited = entry.isDefault
        ? families.some((family) => defaultFlagsFor(access, family).has('limited'))
        : (merged.get(entryKey(entry))?.has('limited') ?? false);
      if (limited) continue;
      const head = entry.line.tokens
        .slice(0, entry.line.tokens.indexOf(entry.addressToken) + 1)
        .map((token) => token.text)
        .join(' ');
      findings.push(
        findingFor(
          meta,
          tokenRange(kod),
          localized(
            `\`kod\` does nothing without \`limited\` (ntpd logs so at start). Remove \`kod\` or add \`limited\`.`,
            `\`kod\`는 \`limited\` 없이는 효과가 없습니다(ntpd가 시작할 때 기록). \`kod\`를 지우거나 \`limited\`를 추가하세요.`,
          ),
          {
            detail: localized(
              `\`kod\` on \`${head}\` does nothing without \`limited\`: ntpd sends a kiss-o'-death only to clients it rate-limits, and it logs "'kod' does nothing without 'limited'" at start. Add \`limited\` if you want rate limiting (leave your servers out of it with \`restrict source\`), or remove \`kod\`.`,
              `\`${head}\`의 \`kod\`는 \`limited\` 없이는 아무 일도 하지 않습니다. ntpd는 속도 제한에 걸린 클라이언트에만 KoD를 보내며, 시작할 때 "'kod' does nothing without 'limited'"를 기록합니다. 속도 제한을 원하면 \`limited\`를 추가하고(서버는 \`restrict source\`로 제외), 아니면 \`kod\`를 지우세요.`,
            ),
            fixes: [
              // Removing kod changes nothing ntpd does, so it is the one fix-all applies.
              { title: localized('Remove kod (it has no effect)', 'kod 제거(효과 없음)'), preferred: true, edits: [removeWords(entry.line, kod)] },
              {
                title: localized('Add limited (rate-limit these clients)', 'limited 추가(이 클라이언트들에 속도 제한)'),
                edits: extendLine(entry.line, ['limited']),
              },
            ],
          },
        ),
      );
    }
    return findings;
  },
};
