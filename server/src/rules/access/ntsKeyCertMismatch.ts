import { versionAtLeast } from '../../core/dialect';
import { particle } from '../../core/koreanParticles';
import { localized } from '../../core/localized';
import type { ConfigLine } from '../../formats/ntpconf/parser/types';
import { findingFor, spanRange, type Finding } from '../../core/finding';
import type { Rule, RuleMeta } from '../types';
import { chronyAccess, chronyLinesNamed } from './chronyAccess';

const meta: RuleMeta = {
  code: 'nts-key-cert-mismatch',
  severity: 'error',
  dialects: ['chrony'],
  fixable: false,
  description: localized(
    '`ntsserverkey` and `ntsservercert` lines do not pair up (count or order).',
    '`ntsserverkey`와 `ntsservercert` 줄이 짝이 맞지 않음(개수 또는 순서).',
  ),
  docs: { dialects: '4.0 and later' },
};

/** `/etc/chrony/a.example.crt` → `a.example`: the part that usually pairs a key with its certificate. */
function stem(line: ConfigLine): string {
  const path = line.tokens[1]?.text ?? '';
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function range(line: ConfigLine) {
  const first = line.tokens[0];
  const last = line.tokens[line.tokens.length - 1];
  return first && last ? spanRange(first, last) : undefined;
}

/**
 * chronyd pairs the n-th `ntsserverkey` with the n-th `ntsservercert`. Different counts are fatal
 * ("Uneven number of NTS certs and keys"); a wrong order disables the NTS-KE server ("The certificate and
 * the given key do not match"). Both checked with chronyd 4.3.
 */
export const ntsKeyCertMismatch: Rule = {
  meta,
  check({ config, chronyVersion }) {
    if (!versionAtLeast(chronyVersion, '4.0')) return [];
    const access = chronyAccess(config);
    const keys = chronyLinesNamed(access, 'ntsserverkey');
    const certs = chronyLinesNamed(access, 'ntsservercert');
    const findings: Finding[] = [];
    if (keys.length !== certs.length) {
      const longer = keys.length > certs.length ? keys : certs;
      for (const line of longer.slice(Math.min(keys.length, certs.length))) {
        const where = range(line);
        if (where === undefined) continue;
        const name = line.tokens[0]?.text ?? '';
        findings.push(
          findingFor(
            meta,
            where,
            localized(
              `${certs.length} \`ntsservercert\` but ${keys.length} \`ntsserverkey\` lines: chronyd will not start. Pair or remove this one.`,
              `\`ntsservercert\` ${certs.length}줄, \`ntsserverkey\` ${keys.length}줄로 짝이 맞지 않아 chronyd가 시작하지 않습니다. 이 줄의 짝을 추가하거나 지우세요.`,
            ),
            {
              detail: localized(
                `There are ${certs.length} \`ntsservercert\` and ${keys.length} \`ntsserverkey\` lines; chronyd pairs them in order and refuses to start when the counts differ ("Fatal error : Uneven number of NTS certs and keys"). Give this \`${name}\` its partner, or remove it.`,
                `\`ntsservercert\` 줄이 ${certs.length}개, \`ntsserverkey\` 줄이 ${keys.length}개입니다. chronyd는 순서대로 짝을 짓고 개수가 다르면 시작하지 않습니다("Fatal error : Uneven number of NTS certs and keys"). 이 \`${name}\`의 짝을 추가하거나 지우세요.`,
              ),
            },
          ),
        );
      }
      return findings;
    }
    // Only judge the order when the file names clearly pair up, e.g. a.crt/b.crt against b.key/a.key.
    const keyStems = keys.map(stem);
    const certStems = certs.map(stem);
    if ([...keyStems].sort().join('\n') !== [...certStems].sort().join('\n')) return [];
    keys.forEach((key, index) => {
      const cert = certs[index];
      const where = range(key);
      if (cert === undefined || where === undefined || keyStems[index] === certStems[index]) return;
      const path = cert.tokens[1]?.text ?? '';
      const file = path.slice(path.lastIndexOf('/') + 1);
      findings.push(
        findingFor(
          meta,
          where,
          localized(
            `Key ${index + 1} gets another key's certificate, \`${file}\` (line ${cert.line + 1}): reorder the keys.`,
            `${index + 1}번째 키가 다른 키의 인증서 \`${file}\`(${cert.line + 1}행)${particle(file, '과')} 짝지어집니다. 키를 인증서 순서대로 나열하세요.`,
          ),
          {
            detail: localized(
              `This is key number ${index + 1}, so chronyd pairs it with certificate number ${index + 1}, \`${path}\` (line ${cert.line + 1}), which by its name belongs to another key: the NTS-KE server then fails with "The certificate and the given key do not match". List the keys in the same order as the certificates.`,
              `이 키는 ${index + 1}번째이므로 chronyd는 ${index + 1}번째 인증서 \`${path}\`(${cert.line + 1}행)${particle(path, '과')} 짝을 짓는데, 이름으로 보아 다른 키의 인증서입니다. 그러면 NTS-KE 서버가 "The certificate and the given key do not match"로 실패합니다. 키를 인증서와 같은 순서로 나열하세요.`,
            ),
          },
        ),
      );
    });
    return findings;
  },
};
