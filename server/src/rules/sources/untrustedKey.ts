import type { TextEdit } from 'vscode-languageserver-types';
import { localized } from '../../core/localized';
import type { ParsedConfig } from '../../formats/ntpconf/parser/types';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { MAX_KEY_ID, trustedKeys, type TrustedKeys } from './trustedKeys';
import { optionInteger, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { appendWords, insertLineAfter } from '../../formats/ntpconf/edits';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'untrusted-key',
  severity: 'warning',
  dialects: ['ntpd', 'ntpsec', 'xntpd'],
  fixable: true,
  description: localized(
    '`server … key N` where key N is not in `trustedkey` (or there is no `keys` file).',
    '`server … key N`의 키 N이 `trustedkey`에 없음(또는 `keys` 파일이 없음).',
  ),
  docs: { fix: 'Trust key N (when a `keys` file is configured)' },
};

function trustFix(config: ParsedConfig, keys: TrustedKeys, id: number): TextEdit | undefined {
  const last = keys.lines[keys.lines.length - 1];
  if (last !== undefined) return appendWords(last, String(id));
  if (keys.keysFile !== undefined) return insertLineAfter(config, keys.keysFile.line, `trustedkey ${id}`);
  return undefined;
}

/** A key must be listed in `trustedkey` to authenticate a source (NTPsec logs "key N found but not trusted"). */
export const untrustedKey: Rule = {
  meta,
  check({ config }) {
    const keys = trustedKeys(config);
    const findings: Finding[] = [];
    for (const source of sourceLines(config)) {
      const key = optionInteger(source, 'key');
      // Key 0 and ids above the maximum are the catalog's and key-id-range's findings.
      if (key?.match.value === undefined || key.value < 1 || key.value > MAX_KEY_ID || keys.isTrusted(key.value)) continue;
      const id = key.value;
      const name = source.address?.text ?? source.kind;
      const range = spanRange(key.match.option, key.match.value);
      if (keys.keysFile === undefined) {
        findings.push(
          findingFor(
            meta,
            range,
            localized(
              `Key ${id} cannot be found (no \`keys\` file): every reply is rejected. Add \`keys <file>\`.`,
              `\`keys\` 파일이 없어 키 ${id}${particle(String(id), '을')} 찾을 수 없으므로 모든 응답이 거부됩니다. \`keys <파일>\`을 추가하세요.`,
            ),
            {
              detail: localized(
                `\`${name}\` authenticates with key ${id}, but no \`keys\` file is configured, so every reply from this source is rejected (unless the daemon is started with \`-k <file>\`). Add \`keys <file>\` holding key ${id}, and \`trustedkey ${id}\`.`,
                `\`${name}\`${particle(name, '은')} 키 ${id}로 인증하지만 \`keys\` 파일이 설정되지 않아 이 소스의 모든 응답이 거부됩니다(데몬을 \`-k <파일>\`로 시작하지 않는 한). 키 ${id}가 든 \`keys <파일>\`과 \`trustedkey ${id}\`를 추가하세요.`,
              ),
            },
          ),
        );
        continue;
      }
      const fix = trustFix(config, keys, id);
      findings.push(
        findingFor(
          meta,
          range,
          localized(
            `Key ${id} is not in \`trustedkey\`: every reply fails authentication. Add ${id} to \`trustedkey\`.`,
            `키 ${id}가 \`trustedkey\`에 없어 모든 응답이 인증에 실패합니다. \`trustedkey\`에 ${id}${particle(String(id), '을')} 추가하세요.`,
          ),
          {
            detail: localized(
              `\`${name}\` authenticates with key ${id}, which the daemon does not trust, so the source is never used.`,
              `\`${name}\`${particle(name, '은')} 키 ${id}로 인증하지만 데몬이 이 키를 신뢰하지 않아 소스가 쓰이지 않습니다.`,
            ),
            fixes: fix === undefined ? undefined : [{ title: localized(`Trust key ${id}`, `키 ${id} 신뢰`), preferred: true, edits: [fix] }],
          },
        ),
      );
    }
    return findings;
  },
};
