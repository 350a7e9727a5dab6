import type { OptionSpec } from '../types';
import { ADDRESS_FAMILY_FLAGS, CLASSIC, flag, keyed, NTPD, NTPD_NTPSEC, NTPSEC, OPTION_KEY_ID, OPTION_POLL, PATH, SECONDS, WORD } from './common';
import { LEGACY_REFCLOCK_SERVER_OPTIONS } from './refclockOptions';

/** AEAD algorithms NTPsec 1.2.2 knows (nts_string_to_aead compares them case-sensitively). */
export const AEAD_ALGORITHMS = ['AES_SIV_CMAC_256', 'AES_SIV_CMAC_384', 'AES_SIV_CMAC_512'] as const;

/**
 * Options of the association directives (`server`, `pool`, `peer`, `broadcast`, `manycastclient`).
 * Each daemon's parser accepts the same option list on all of its association directives, so one list is shared;
 * `dialects` records which daemon knows each option.
 */
export const SOURCE_OPTIONS: readonly OptionSpec[] = [
  ...ADDRESS_FAMILY_FLAGS,
  keyed(
    'key',
    OPTION_KEY_ID,
    'Authenticate every packet to and from this source with the symmetric key of this id (from the `keys` file; it must also be listed in `trustedkey`). ntpd and NTPsec take ids 1–65535; xntpd 3 takes any 32-bit id.',
    '이 소스와 주고받는 모든 패킷을 이 번호의 대칭 키로 인증합니다(`keys` 파일의 키이며 `trustedkey`에도 있어야 합니다). ntpd와 NTPsec은 1–65535, xntpd 3은 32비트 번호를 받습니다.',
  ),
  keyed(
    'version',
    { kind: 'integer', min: 1, max: 4, takesUnsigned: true },
    'NTP version number put in outgoing packets: 1–4 (default 4). xntpd 3 only speaks versions 1–3 (default 3).',
    '보내는 패킷에 넣을 NTP 버전 번호로 1–4입니다(기본 4). xntpd 3은 1–3만 지원합니다(기본 3).',
    { default: '4 (xntpd 3: 3)' },
  ),
  flag(
    'prefer',
    'Mark this source as preferred: among equally good survivors of the selection algorithm it is chosen, and a preferred PPS or refclock source gets special treatment. Use it on one source at most.',
    '이 소스를 우선 소스로 표시합니다. 선택 알고리즘을 통과한 비슷한 소스들 가운데 이 소스를 고르고, PPS나 참조 시계라면 특별히 취급됩니다. 한 소스에만 쓰세요.',
  ),
  keyed(
    'minpoll',
    OPTION_POLL,
    'Shortest poll interval as a power of two in seconds (6 = 64 s). Ranges: ntpd 4.2.8 3–17 (values outside are clamped), NTPsec 0–17, xntpd 3 4–14.',
    '가장 짧은 폴링 간격으로 2의 거듭제곱 초입니다(6 = 64초). 범위: ntpd 4.2.8은 3–17(벗어나면 잘라 맞춤), NTPsec은 0–17, xntpd 3은 4–14입니다.',
    { default: '6 (64 s)' },
  ),
  keyed(
    'maxpoll',
    OPTION_POLL,
    'Longest poll interval as a power of two in seconds (10 = 1024 s, 17 ≈ 36 h). Ranges: ntpd 4.2.8 3–17, NTPsec 0–17, xntpd 3 4–14.',
    '가장 긴 폴링 간격으로 2의 거듭제곱 초입니다(10 = 1024초, 17 ≈ 36시간). 범위: ntpd 4.2.8은 3–17, NTPsec은 0–17, xntpd 3은 4–14입니다.',
    { default: '10 (1024 s)' },
  ),
  keyed(
    'mode',
    { kind: 'integer', min: 0, takesUnsigned: true },
    'Driver-specific mode number passed to a reference clock (only meaningful with a 127.127.t.u address); ntpd documents 0–255.',
    '참조 시계 드라이버에 넘기는 드라이버별 모드 번호입니다(127.127.t.u 주소에서만 의미가 있음). ntpd 문서상 범위는 0–255입니다.',
  ),
  keyed(
    'ttl',
    { kind: 'integer', min: 0, max: 255 },
    'Time-to-live of `broadcast` packets, or the largest TTL of the expanding-ring search of `manycastclient` (default 127). Not supported by NTPsec.',
    '`broadcast` 패킷의 TTL, 또는 `manycastclient` 확장 링 검색의 최대 TTL입니다(기본 127). NTPsec은 지원하지 않습니다.',
    { dialects: CLASSIC, default: '127' },
  ),
  flag(
    'iburst',
    'When the source is unreachable, send a short burst of packets about 2 s apart instead of one, so the first synchronisation takes seconds instead of minutes. Recommended for `server` and `pool`; not available in xntpd 3.',
    '소스에 닿지 않을 때 패킷 하나 대신 약 2초 간격의 짧은 묶음을 보내 첫 동기화가 몇 분이 아니라 몇 초 만에 끝나게 합니다. `server`와 `pool`에 권장하며 xntpd 3에는 없습니다(AIX의 xntpd는 지원).',
    // IBM documents iburst in AIX 7.2's /etc/ntp.conf reference for xntpd.
    { dialects: NTPD_NTPSEC, xntpdPlatforms: ['aix'] },
  ),
  flag(
    'burst',
    'When the source is reachable, send a burst of eight packets instead of one at each poll. Only for servers you run yourself: against public servers it is considered abuse.',
    '소스에 닿을 때 매 폴링마다 패킷 하나 대신 8개를 묶어 보냅니다. 직접 운영하는 서버에만 쓰세요. 공개 서버에 쓰면 남용으로 봅니다.',
    { dialects: NTPD_NTPSEC },
  ),
  flag(
    'noselect',
    'Poll this source and show it in monitoring, but never let the selection algorithm use it.',
    '이 소스를 폴링하고 모니터링에 표시하지만, 선택 알고리즘이 절대 쓰지 않게 합니다.',
    { dialects: NTPD_NTPSEC },
  ),
  flag(
    'true',
    'Treat this source as a truechimer that always survives selection and clustering. Dangerous: it defeats falseticker detection; meant for refclocks with a PPS signal.',
    '이 소스를 항상 선택·클러스터링을 통과하는 truechimer로 취급합니다. falseticker 검출을 무력화하므로 위험하며, PPS 신호가 있는 참조 시계용입니다.',
    { dialects: NTPD_NTPSEC },
  ),
  flag(
    'preempt',
    'Make the association preemptable: ntpd may drop it when it is not useful (implied for `pool` and `manycastclient`). Classic ntpd only; NTPsec rejects it although its man page still lists it for `pool`.',
    '연관을 선점 가능하게 만들어 쓸모없으면 ntpd가 제거할 수 있게 합니다(`pool`, `manycastclient`에는 기본 적용). 기존 ntpd 전용이며, NTPsec은 man 페이지의 `pool` 항목에 남아 있지만 실제로는 거부합니다.',
    { dialects: NTPD },
  ),
  flag(
    'xleave',
    'Use interleaved mode (symmetric and broadcast modes only) for more accurate timestamps. Classic ntpd only.',
    '더 정확한 타임스탬프를 위해 인터리브 모드를 씁니다(대칭 모드와 브로드캐스트 모드 전용). 기존 ntpd 전용입니다.',
    { dialects: NTPD },
  ),
  flag(
    'autokey',
    'Authenticate with the Autokey public-key scheme (needs `crypto`); cannot be combined with `key`. Autokey is deprecated (RFC 8633) and removed from NTPsec.',
    'Autokey 공개 키 방식으로 인증합니다(`crypto` 필요). `key`와 함께 쓸 수 없습니다. Autokey는 권장되지 않으며(RFC 8633) NTPsec에서는 제거됐습니다.',
    { dialects: NTPD },
  ),
  keyed('ident', WORD, 'Autokey group name for this association. Classic ntpd only.', '이 연관의 Autokey 그룹 이름입니다. 기존 ntpd 전용입니다.', {
    dialects: NTPD,
  }),
  flag(
    'xmtnonce',
    'Put a random nonce in the transmit timestamp of requests (for `server` and `pool`), strengthening the origin-timestamp check; the server then cannot see the client time. Later ntpd 4.2.8 releases only.',
    '요청 패킷의 송신 타임스탬프에 난수를 넣어(`server`, `pool`용) 원래 타임스탬프 검사를 강화합니다. 대신 서버는 클라이언트 시각을 알 수 없습니다. 후기 ntpd 4.2.8 릴리스 전용입니다.',
    { dialects: NTPD },
  ),
  keyed(
    'bias',
    SECONDS,
    'Add this many seconds (may be negative) to every offset measured from this source, to compensate a known path asymmetry such as ADSL. NTPsec only.',
    '이 소스에서 측정한 모든 오프셋에 이 초 값(음수 가능)을 더해, ADSL처럼 알려진 경로 비대칭을 보정합니다. NTPsec 전용입니다.',
    { dialects: NTPSEC },
  ),
  flag(
    'nts',
    'Authenticate this source with Network Time Security: the address is the NTS-KE server, whose TLS certificate must match the name. NTPsec only.',
    '이 소스를 NTS(Network Time Security)로 인증합니다. 주소는 NTS-KE 서버이며 TLS 인증서가 그 이름과 맞아야 합니다. NTPsec 전용입니다.',
    { dialects: NTPSEC },
  ),
  flag(
    'noval',
    'With `nts`: do not validate the NTS-KE server certificate (testing only). NTPsec only.',
    '`nts`와 함께 쓰며 NTS-KE 서버 인증서를 검증하지 않습니다(시험용). NTPsec 전용입니다.',
    { dialects: NTPSEC },
  ),
  keyed(
    'ca',
    PATH,
    'With `nts`: file or hashed directory of CA certificates used to validate this NTS-KE server instead of the system roots. NTPsec only.',
    '`nts`와 함께 쓰며, 시스템 루트 대신 이 NTS-KE 서버를 검증할 CA 인증서 파일이나 해시 디렉터리입니다. NTPsec 전용입니다.',
    { dialects: NTPSEC },
  ),
  keyed(
    'aead',
    // NTPsec takes any string and asks the server for it; the server may then choose another.
    { kind: 'enum', values: AEAD_ALGORITHMS, unknownIsWarning: true },
    'With `nts`: preferred AEAD algorithm for this server (the server may ignore it). Default AES_SIV_CMAC_256. NTPsec only.',
    '`nts`와 함께 쓰며, 이 서버에 요청할 AEAD 알고리즘입니다(서버가 무시할 수 있음). 기본값은 AES_SIV_CMAC_256입니다. NTPsec 전용입니다.',
    { dialects: NTPSEC, default: 'AES_SIV_CMAC_256' },
  ),
  ...LEGACY_REFCLOCK_SERVER_OPTIONS,
];
