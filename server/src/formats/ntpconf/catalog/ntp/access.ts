import { localized } from '../../../../core/localized';
import type { DirectiveSpec, OptionSpec } from '../types';
import {
  ADDRESS_FAMILY_FLAGS,
  ALL,
  arg,
  CLASSIC,
  classicUrl,
  COUNT,
  flag,
  IP,
  keyed,
  NTPD,
  NTPD_NTPSEC,
  ntpDirective,
  NTPSEC,
  secUrl,
  WHOLE_SECONDS,
  WORD,
} from './common';

/** Flags and keyed options of `restrict` (and NTPsec `unrestrict`), with the dialects whose parser accepts each. */
const RESTRICT_OPTIONS: readonly OptionSpec[] = [
  ...ADDRESS_FAMILY_FLAGS.map((option) => {
    const family = option.name === '-4' ? 'IPv4' : 'IPv6';
    return flag(
      option.name,
      `Before \`default\`: only the ${family} default entry (plain \`default\` covers both families). Before a host name: resolve it to ${family} only. Not in xntpd 3.`,
      `\`default\` 앞에 쓰면 ${family} 기본 항목만 뜻합니다(그냥 \`default\`는 두 주소 체계 모두). 호스트 이름 앞에 쓰면 ${family} 주소로만 조회합니다. xntpd 3에는 없습니다.`,
      { dialects: NTPD_NTPSEC },
    );
  }),
  keyed(
    'mask',
    IP,
    'Network mask for the address (default all ones: a single host). Not allowed with `default` in NTPsec.',
    '주소에 적용할 네트워크 마스크입니다(기본값은 모든 비트가 1인 단일 호스트). NTPsec에서는 `default`와 함께 쓸 수 없습니다.',
  ),
  flag('ignore', 'Deny packets of all kinds, including ntpq and ntpdc queries.', 'ntpq·ntpdc 질의를 포함한 모든 종류의 패킷을 거부합니다.'),
  flag(
    'kod',
    'Send a kiss-o’-death (RATE) packet to clients that exceed the rate limits; only has an effect together with `limited`.',
    '속도 제한을 넘은 클라이언트에 KoD(RATE) 패킷을 보냅니다. `limited`와 함께 있어야만 효과가 있습니다.',
    { dialects: NTPD_NTPSEC },
  ),
  flag(
    'limited',
    'Deny time service to clients that exceed the rate limits (`discard` in ntpd, `limit` in NTPsec, `clientlimit` in xntpd 3); queries are not affected. Turns the monitoring facility on.',
    '속도 제한(ntpd는 `discard`, NTPsec은 `limit`, xntpd 3은 `clientlimit`)을 넘은 클라이언트에 시간 서비스를 거부합니다. 질의에는 영향이 없고, 모니터링 기능이 켜집니다.',
  ),
  flag(
    'lowpriotrap',
    'Make traps set by matching hosts low priority, so later normal-priority trap requests can take their slot. Not in NTPsec.',
    '해당 호스트가 설정한 트랩을 낮은 우선순위로 두어, 나중에 온 일반 우선순위 트랩 요청이 자리를 차지할 수 있게 합니다. NTPsec에는 없습니다.',
    { dialects: CLASSIC },
  ),
  flag(
    'mssntp',
    'Enable Microsoft MS-SNTP authentication through Samba’s ntp_signd socket. It can block other clients; use only on a dedicated server.',
    'Samba의 ntp_signd 소켓을 통한 Microsoft MS-SNTP 인증을 켭니다. 다른 클라이언트를 지연시킬 수 있으므로 전용 서버에서만 쓰세요.',
    { dialects: NTPD_NTPSEC },
  ),
  flag(
    'nomodify',
    'Deny ntpq/ntpdc queries that try to change the server state (run-time reconfiguration); read-only queries are still answered.',
    '서버 상태를 바꾸려는 ntpq/ntpdc 질의(실행 중 재설정)를 거부합니다. 읽기 전용 질의에는 계속 응답합니다.',
  ),
  flag(
    'nomrulist',
    'Deny MRU-list (`ntpq mrulist`) requests, which can be expensive and produce a lot of traffic.',
    '비용이 크고 트래픽을 많이 만드는 MRU 목록(`ntpq mrulist`) 요청을 거부합니다.',
    { dialects: NTPD_NTPSEC },
  ),
  flag(
    'noepeer',
    'Deny packets that would mobilise an ephemeral symmetric association, even if authenticated (ntpd 4.2.8p11 and later).',
    '인증됐더라도 임시 대칭 연관을 만들게 될 패킷을 거부합니다(ntpd 4.2.8p11 이상).',
    { dialects: NTPD },
  ),
  flag(
    'nopeer',
    'Deny unauthenticated packets that would mobilise a new association (symmetric active, broadcast, manycast). In ntpd it also blocks `pool` servers unless a `restrict source` line without it exists. NTPsec accepts and ignores it.',
    '새 연관을 만들게 될 인증되지 않은 패킷(대칭 능동, 브로드캐스트, 매니캐스트)을 거부합니다. ntpd에서는 이 플래그가 없는 `restrict source` 줄이 없으면 `pool` 서버도 막습니다. NTPsec은 받아들이지만 무시합니다.',
  ),
  flag(
    'noquery',
    'Deny all ntpq and ntpdc queries (mode 6 and 7); time service is not affected.',
    '모든 ntpq·ntpdc 질의(모드 6, 7)를 거부합니다. 시간 서비스에는 영향이 없습니다.',
  ),
  flag('noserve', 'Deny time service; queries are still answered.', '시간 서비스를 거부합니다. 질의에는 계속 응답합니다.'),
  flag(
    'notrap',
    'Decline the mode 6 trap service (remote event logging) to matching hosts. NTPsec accepts and ignores it.',
    '해당 호스트에 모드 6 트랩 서비스(원격 이벤트 기록)를 제공하지 않습니다. NTPsec은 받아들이지만 무시합니다.',
  ),
  flag('notrust', 'Deny service unless the packet is cryptographically authenticated.', '암호학적으로 인증된 패킷이 아니면 서비스를 거부합니다.'),
  flag(
    'ntpport',
    'Match modifier, not a restriction: the entry only matches packets whose source port is 123. Sorted after the same entry without it.',
    '제한이 아니라 일치 조건입니다. 출발 포트가 123인 패킷에만 이 항목이 적용됩니다. 같은 주소의 이 플래그 없는 항목보다 뒤에 정렬됩니다.',
  ),
  flag('version', 'Deny packets that do not match the current NTP version.', '현재 NTP 버전과 맞지 않는 패킷을 거부합니다.', { dialects: NTPD_NTPSEC }),
  flag('flake', 'Drop received NTP packets with probability 0.1 (for testing only).', '받은 NTP 패킷을 0.1의 확률로 버립니다(시험용).', {
    dialects: NTPD_NTPSEC,
  }),
  keyed(
    'serverresponse',
    { kind: 'enum', values: ['fuzz'] },
    '`serverresponse fuzz`: randomise the low-order bits of the reference timestamp in server replies (later ntpd 4.2.8 releases).',
    '`serverresponse fuzz`: 서버 응답의 기준 타임스탬프 하위 비트를 무작위로 흐립니다(후기 ntpd 4.2.8 릴리스).',
    { dialects: NTPD },
  ),
  keyed(
    'ippeerlimit',
    { kind: 'integer', min: -1, max: 100, unit: 'count' },
    'How many peer associations one IP address may hold: -1 unlimited (default), 0 none. Must come before the flags (ntpd 4.2.8p11 and later).',
    '한 IP 주소가 가질 수 있는 피어 연관 수입니다. -1은 무제한(기본), 0은 없음입니다. 플래그보다 앞에 써야 합니다(ntpd 4.2.8p11 이상).',
    { dialects: NTPD, default: '-1' },
  ),
];

const RESTRICT_ADDRESS = arg(
  'address',
  { kind: 'word', notNumber: true },
  '`default` (every address; both families unless `-4`/`-6` is given), `source` (a template for each association, ntpd 4.2.7p22+ and NTPsec), an IP address or host name, or in NTPsec an `address/prefix` CIDR.',
  '`default`(모든 주소, `-4`/`-6`이 없으면 두 주소 체계 모두), `source`(각 연관에 붙는 템플릿, ntpd 4.2.7p22 이상과 NTPsec), IP 주소나 호스트 이름, NTPsec에서는 `주소/프리픽스` CIDR입니다.',
);

const MRU_KB = { kind: 'integer', min: 0 } as const;

export const NTP_ACCESS_DIRECTIVES: readonly DirectiveSpec[] = [
  ntpDirective({
    name: 'restrict',
    dialects: ALL,
    category: 'access',
    args: [RESTRICT_ADDRESS],
    options: RESTRICT_OPTIONS,
    doc: localized(
      'Adds an access-control entry: packets from matching addresses get the listed restrictions (no flags means unrestricted). The most specific match wins. NTPsec always keeps a built-in default entry with `noquery` and `limited`. Typical: `restrict default kod limited nomodify nopeer noquery` plus `restrict 127.0.0.1`.',
      '접근 제어 항목을 추가합니다. 일치하는 주소에서 온 패킷에 나열한 제한을 적용합니다(플래그가 없으면 제한 없음). 가장 구체적인 항목이 적용됩니다. NTPsec은 `noquery`와 `limited`가 걸린 내장 기본 항목을 항상 둡니다. 예: `restrict default kod limited nomodify nopeer noquery`와 `restrict 127.0.0.1`.',
    ),
    docUrl: secUrl('accopt', 'restrict'),
  }),
  ntpDirective({
    name: 'unrestrict',
    dialects: NTPSEC,
    category: 'access',
    args: [RESTRICT_ADDRESS],
    options: RESTRICT_OPTIONS,
    doc: localized(
      'Like `restrict` but clears the listed flags; with no flags it removes the matching entry. Mostly for run-time use with `ntpq :config`. `unrestrict default` cannot remove the built-in default entry. NTPsec only.',
      '`restrict`와 같지만 나열한 플래그를 해제합니다. 플래그가 없으면 일치하는 항목을 지웁니다. 주로 `ntpq :config`로 실행 중에 씁니다. `unrestrict default`로 내장 기본 항목을 지울 수는 없습니다. NTPsec 전용입니다.',
    ),
    docUrl: secUrl('accopt', 'unrestrict'),
  }),
  ntpDirective({
    name: 'delrestrict',
    dialects: NTPD,
    category: 'access',
    args: [arg('address', WORD, 'Address (or host) of the entry to delete.', '지울 항목의 주소(또는 호스트)입니다.')],
    options: [
      flag('source', 'Delete the restriction that `restrict source` attached to this address.', '`restrict source`가 이 주소에 붙인 제한을 지웁니다.'),
      keyed('mask', IP, 'Mask of the entry to delete.', '지울 항목의 마스크입니다.'),
    ],
    doc: localized(
      'Deletes a restriction entry by address and mask (or `source ADDRESS`). Mainly for run-time use. Recent ntpd 4.2.8 releases only.',
      '주소와 마스크(또는 `source 주소`)로 접근 제한 항목을 지웁니다. 주로 실행 중에 씁니다. 최근 ntpd 4.2.8 릴리스 전용입니다.',
    ),
    docUrl: classicUrl('accopt'),
  }),
  ntpDirective({
    name: 'discard',
    dialects: NTPD,
    category: 'access',
    options: [
      keyed(
        'average',
        { kind: 'integer', min: 0, unit: 'log2-seconds' },
        'Minimum average interval between packets, as a power of 2 in seconds.',
        '패킷 사이 최소 평균 간격으로, 2의 거듭제곱 초입니다.',
        {
          default: '3 (8 s)',
        },
      ),
      keyed('minimum', WHOLE_SECONDS, 'Minimum interval between any two packets (guard time) in seconds.', '두 패킷 사이의 최소 간격(보호 시간, 초)입니다.', {
        default: '2',
      }),
      keyed(
        'monitor',
        { kind: 'integer', min: 0 },
        'Probability of recording packets that overflow the MRU list; a tuning knob for very busy servers.',
        'MRU 목록이 넘칠 때 패킷을 기록할 확률입니다. 매우 바쁜 서버용 조정값입니다.',
      ),
    ],
    doc: localized(
      'Sets the rate limits enforced on clients that match a `restrict … limited` entry; with `kod` they also get a KoD packet. NTPsec replaced it with `limit`.',
      '`restrict … limited` 항목에 해당하는 클라이언트에 적용할 속도 제한을 정합니다. `kod`가 있으면 KoD 패킷도 보냅니다. NTPsec에서는 `limit`으로 바뀌었습니다.',
    ),
    docUrl: classicUrl('accopt'),
  }),
  ntpDirective({
    name: 'limit',
    requiresOption: true,
    dialects: NTPSEC,
    category: 'access',
    options: [
      keyed(
        'average',
        { kind: 'number', min: 0 },
        'Allowed average rate of responses, in packets per second.',
        '허용하는 평균 응답 속도(초당 패킷 수)입니다.',
        { default: '1.0' },
      ),
      keyed(
        'burst',
        { kind: 'number', min: 0 },
        'Allowed burst size, as long as the average rate stays below `average`.',
        '평균 속도가 `average` 아래로 유지되는 한 허용하는 버스트 크기입니다.',
        {
          default: '20.0',
        },
      ),
      keyed(
        'kod',
        { kind: 'number', min: 0 },
        'Allowed average rate of KoD packets, in packets per second.',
        '허용하는 KoD 패킷의 평균 속도(초당 패킷 수)입니다.',
        { default: '0.5' },
      ),
    ],
    doc: localized(
      'Sets the rate limits applied to clients matching a `restrict … limited` entry; each MRU slot keeps a decaying score of the client packet rate. NTPsec’s replacement for `discard`.',
      '`restrict … limited` 항목에 해당하는 클라이언트에 적용할 속도 제한을 정합니다. MRU 슬롯마다 클라이언트 패킷 속도의 감쇠 점수를 유지합니다. NTPsec에서 `discard`를 대신합니다.',
    ),
    docUrl: secUrl('accopt', 'limit'),
  }),
  ntpDirective({
    name: 'mru',
    requiresOption: true,
    dialects: NTPD_NTPSEC,
    category: 'access',
    options: [
      keyed(
        'maxdepth',
        COUNT,
        'Upper limit of the MRU list in entries (the last of `maxdepth`/`maxmem` wins).',
        'MRU 목록의 최대 크기(항목 수)입니다(`maxdepth`/`maxmem` 중 나중 것이 적용).',
      ),
      keyed('maxmem', MRU_KB, 'Upper limit of the MRU list in kilobytes.', 'MRU 목록의 최대 크기(킬로바이트)입니다.', { default: '1024' }),
      keyed('mindepth', COUNT, 'Below this many entries, old entries are never recycled.', '항목이 이 수보다 적으면 오래된 항목도 재사용하지 않습니다.', {
        default: '600',
      }),
      keyed(
        'maxage',
        WHOLE_SECONDS,
        'Once `mindepth` is reached, an entry older than this many seconds is recycled.',
        '`mindepth`에 도달한 뒤에는 이 초보다 오래된 항목을 재사용합니다.',
        { default: 'NTPsec 3600; ntpd 64' },
      ),
      keyed(
        'minage',
        WHOLE_SECONDS,
        'When memory is exhausted, the oldest entry is recycled only if it is older than this. NTPsec only.',
        '메모리가 다 찼을 때 가장 오래된 항목이 이 초보다 오래됐을 때만 재사용합니다. NTPsec 전용입니다.',
        { dialects: NTPSEC, default: '64' },
      ),
      keyed('initalloc', COUNT, 'Entries allocated when monitoring starts.', '모니터링을 시작할 때 할당하는 항목 수입니다.'),
      keyed('initmem', MRU_KB, 'Kilobytes allocated when monitoring starts.', '모니터링을 시작할 때 할당하는 킬로바이트입니다.', { default: '4' }),
      keyed('incalloc', COUNT, 'Entries added each time the list grows.', '목록이 커질 때마다 추가하는 항목 수입니다.'),
      keyed('incmem', MRU_KB, 'Kilobytes added each time the list grows.', '목록이 커질 때마다 추가하는 킬로바이트입니다.', { default: '4' }),
    ],
    doc: localized(
      'Sizes the Most Recently Used list of client addresses kept by the monitoring facility and used for rate limiting.',
      '모니터링 기능이 유지하고 속도 제한에 쓰는 클라이언트 주소 MRU(최근 사용) 목록의 크기를 정합니다.',
    ),
    docUrl: secUrl('miscopt', 'mru'),
  }),
  interfaceDirective('interface'),
  interfaceDirective('nic'),
];

function interfaceDirective(name: 'interface' | 'nic'): DirectiveSpec {
  const alias = name === 'nic' ? ' `nic` is an alias of `interface`.' : '';
  const aliasKo = name === 'nic' ? ' `nic`은 `interface`의 별칭입니다.' : '';
  return ntpDirective({
    name,
    dialects: NTPD_NTPSEC,
    category: 'access',
    args: [
      arg(
        'action',
        {
          kind: 'enum',
          values: ['listen', 'ignore', 'drop'],
          docs: {
            listen: localized('Open matching addresses and process their packets.', '일치하는 주소를 열고 패킷을 처리합니다.'),
            ignore: localized('Do not open matching addresses at all.', '일치하는 주소를 아예 열지 않습니다.'),
            drop: localized('Open matching addresses but drop every packet received on them.', '일치하는 주소를 열지만 받은 패킷은 모두 버립니다.'),
          },
        },
        'What to do with matching addresses.',
        '일치하는 주소를 어떻게 처리할지 정합니다.',
      ),
      arg(
        'match',
        { kind: 'word', notNumber: true },
        '`all`, `ipv4`, `ipv6`, `wildcard`, an interface name (such as `eth0`), or an address with optional `/prefixlen`.',
        '`all`, `ipv4`, `ipv6`, `wildcard`, 인터페이스 이름(예: `eth0`), 또는 `/프리픽스길이`를 붙일 수 있는 주소입니다.',
      ),
    ],
    doc: localized(
      `Controls which local addresses ntpd opens and whether it drops their input; the last matching rule wins. Ignored when -I, -L or --novirtualips is given on the command line.${alias}`,
      `ntpd가 어떤 로컬 주소를 열고 그 입력을 버릴지 정합니다. 마지막으로 일치한 규칙이 적용됩니다. 명령줄에 -I, -L, --novirtualips가 있으면 무시됩니다.${aliasKo}`,
    ),
    docUrl: secUrl('miscopt', 'interface'),
  });
}
