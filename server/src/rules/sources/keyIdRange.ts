import { localized, type Localized } from '../../core/localized';
import type { Token } from '../../core/token';
import { findingFor, spanRange, tokenRange, type Finding } from '../../core/finding';
import type { Rule, RuleContext, RuleMeta } from '../types';
import { MAX_KEY_ID, trustedKeys } from './trustedKeys';
import { optionInteger, sourceLines } from '../../formats/ntpconf/model/sourceLines';
import { directivesNamed } from '../../formats/ntpconf/model/directiveIndex';
import { particle } from '../../core/koreanParticles';

const meta: RuleMeta = {
  code: 'key-id-range',
  severity: 'error',
  severities: ['error', 'warning'],
  dialects: ['ntpd', 'ntpsec', 'xntpd'],
  fixable: false,
  description: localized(
    'A symmetric key id the daemon cannot use (above 65535, or the public key 0 in xntpd 3).',
    '데몬이 쓸 수 없는 대칭 키 번호(65535 초과, 또는 xntpd 3의 공개 키 0).',
  ),
  docs: { severity: 'error (ntpd 4, NTPsec), warning (xntpd 3 key 0)' },
};

function tooLarge(token: Token, id: number, consequence: Localized): Finding {
  return findingFor(
    meta,
    tokenRange(token),
    localized(
      `Key id ${id} is out of range: no key can have it. Use an id from 1 to ${MAX_KEY_ID - 1}.`,
      `키 번호 ${id}${particle(id, '은')} 범위를 벗어나 쓸 수 없습니다. 1부터 ${MAX_KEY_ID - 1} 사이의 번호를 쓰세요.`,
    ),
    {
      detail: localized(
        `A keys file holds ids up to ${MAX_KEY_ID} (NTPsec takes up to ${MAX_KEY_ID - 1}): ${consequence.en}`,
        `keys 파일이 담을 수 있는 번호는 ${MAX_KEY_ID}까지입니다(NTPsec은 ${MAX_KEY_ID - 1}까지). ${consequence.ko}`,
      ),
    },
  );
}

function ntpFindings({ config, dialect }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const source of sourceLines(config)) {
    const key = optionInteger(source, 'key');
    if (key?.match.value === undefined) continue;
    // NTPsec rejects ids from NTP_MAXKEY up and then drops the whole line (create_peer_node); ntpd accepts them but no key can match.
    const limit = dialect === 'ntpsec' ? MAX_KEY_ID - 1 : MAX_KEY_ID;
    if (key.value <= limit) continue;
    findings.push(
      tooLarge(
        key.match.value,
        key.value,
        dialect === 'ntpsec'
          ? localized(
              `NTPsec logs "key: invalid argument" and ignores this whole \`${source.kind}\` line.`,
              `NTPsec은 "key: invalid argument"를 남기고 이 \`${source.kind}\` 줄 전체를 무시합니다.`,
            )
          : localized(
              'no key with this id can exist, so every packet from this source fails authentication.',
              '이 번호의 키는 있을 수 없으므로 이 소스의 모든 패킷이 인증에 실패합니다.',
            ),
      ),
    );
  }
  for (const word of trustedKeys(config).words) {
    if (word.id <= MAX_KEY_ID) continue;
    findings.push(
      tooLarge(
        word.token,
        word.id,
        localized('the daemon ignores it ("Ignoring invalid trustedkey").', '데몬은 이 값을 무시합니다("Ignoring invalid trustedkey").'),
      ),
    );
  }
  for (const line of directivesNamed(config, 'controlkey')) {
    const value = line.tokens[1];
    if (value === undefined || !/^\d+$/.test(value.text) || Number(value.text) <= MAX_KEY_ID) continue;
    findings.push(tooLarge(value, Number(value.text), localized('ntpq can never authenticate with it.', 'ntpq가 이 키로 인증할 수 없습니다.')));
  }
  return findings;
}

/** In xntpd 3 "NTP key 0 is fixed and globally known. If meaningful authentication is to be performed the 0 key should not be trusted." */
function xntpdFindings({ config }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const word of trustedKeys(config).words) {
    if (word.id !== 0) continue;
    const keyword = config.lines[word.token.line]?.tokens[0] ?? word.token;
    findings.push(
      findingFor(
        meta,
        spanRange(keyword, word.token),
        localized(
          'Key 0 is public in xntpd 3, so anyone can forge it: drop 0 from `trustedkey`, use your own key ids.',
          'xntpd 3의 키 0은 누구나 아는 키라 위조할 수 있습니다. `trustedkey`에서 0을 빼고 직접 만든 키 번호를 쓰세요.',
        ),
        {
          severity: 'warning',
          detail: localized(
            'Key 0 is fixed and publicly known in xntpd 3: trusting it lets anyone produce packets that pass authentication.',
            'xntpd 3에서 키 0은 고정돼 누구나 아는 키입니다. 이를 신뢰하면 누구나 인증을 통과하는 패킷을 만들 수 있습니다.',
          ),
        },
      ),
    );
  }
  return findings;
}

/** Key ids the daemon cannot use: above 65535 in ntpd 4/NTPsec (the catalog allows xntpd's 32-bit ids), or the public key 0 trusted in xntpd 3. */
export const keyIdRange: Rule = {
  meta,
  check(context) {
    return context.dialect === 'xntpd' ? xntpdFindings(context) : ntpFindings(context);
  },
};
