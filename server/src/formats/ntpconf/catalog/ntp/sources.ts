import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import {
  ADDRESS_FAMILY_FLAGS,
  ALL,
  arg,
  CLASSIC,
  classicUrl,
  HOST,
  NON_NEGATIVE_SECONDS,
  NTPD,
  NTPD_NTPSEC,
  ntpDirective,
  secUrl,
  WORD,
  YES_NO,
} from './common';
import { SOURCE_OPTIONS } from './sourceOptions';

const ADDRESS = arg(
  'address',
  HOST,
  'Host name, IPv4 address, or IPv6 address (NTPsec also takes `[v6addr]` and `[fe80::1%dev]`). A 127.127.t.u address selects a legacy reference clock driver.',
  '호스트 이름, IPv4 주소 또는 IPv6 주소입니다(NTPsec은 `[v6주소]`, `[fe80::1%dev]`도 받음). 127.127.t.u 주소는 예전 방식의 참조 시계 드라이버를 뜻합니다.',
);

const UNPEER_TARGET = arg(
  'target',
  WORD,
  'Address, host name, or association id of a configured association.',
  '설정된 연관의 주소, 호스트 이름 또는 연관 ID입니다.',
);

export const NTP_SOURCE_DIRECTIVES: readonly DirectiveSpec[] = [
  ntpDirective({
    name: 'server',
    dialects: ALL,
    category: 'source',
    args: [ADDRESS],
    options: SOURCE_OPTIONS,
    doc: localized(
      'Adds a persistent client-mode association: this host takes time from the server but never gives time to it. With a 127.127.t.u address it configures a reference clock driver instead. Typical: `server ntp.example.com iburst`.',
      '영구적인 클라이언트 모드 연관을 추가합니다. 이 호스트는 서버에서 시간을 받기만 하고 서버에 주지는 않습니다. 127.127.t.u 주소를 쓰면 대신 참조 시계 드라이버를 설정합니다. 예: `server ntp.example.com iburst`.',
    ),
    docUrl: secUrl('confopt', 'server'),
  }),
  ntpDirective({
    name: 'pool',
    dialects: NTPD_NTPSEC,
    category: 'source',
    args: [ADDRESS],
    options: SOURCE_OPTIONS,
    doc: localized(
      'Adds a pool: a DNS name that resolves to several servers. ntpd mobilises preemptable associations from it (up to `tos maxclock`) and replaces servers that stop answering. Since ntpd 4.2.6; not in xntpd 3. Typical: `pool pool.ntp.org iburst`.',
      '풀을 추가합니다. 여러 서버로 풀리는 DNS 이름입니다. ntpd는 여기서 선점 가능한 연관을 (`tos maxclock`까지) 만들고 응답하지 않는 서버는 교체합니다. ntpd 4.2.6부터 있으며 xntpd 3에는 없습니다. 예: `pool pool.ntp.org iburst`.',
    ),
    docUrl: secUrl('confopt', 'pool'),
  }),
  ntpDirective({
    name: 'peer',
    dialects: ALL,
    category: 'source',
    args: [ADDRESS],
    options: SOURCE_OPTIONS,
    doc: localized(
      'Adds a symmetric-active association: the two hosts can synchronise each other. Use `key` to authenticate it. NTPsec removed symmetric mode and treats `peer` as `server` (it logs "peer deprecated, treated as server").',
      '대칭 능동 연관을 추가합니다. 두 호스트가 서로 동기화할 수 있습니다. `key`로 인증하세요. NTPsec은 대칭 모드를 없애 `peer`를 `server`로 취급합니다("peer deprecated, treated as server" 로그).',
    ),
    docUrl: secUrl('confopt', 'peer'),
  }),
  ntpDirective({
    name: 'broadcast',
    dialects: CLASSIC,
    category: 'source',
    args: [ADDRESS],
    options: SOURCE_OPTIONS,
    doc: localized(
      'Sends broadcast (local interface broadcast address) or multicast (for example 224.0.1.1) server packets to that address. Authenticate it with `key`. Removed from NTPsec.',
      '해당 주소로 브로드캐스트(로컬 인터페이스의 브로드캐스트 주소) 또는 멀티캐스트(예: 224.0.1.1) 서버 패킷을 보냅니다. `key`로 인증하세요. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('confopt'),
  }),
  ntpDirective({
    name: 'manycastclient',
    dialects: NTPD,
    category: 'source',
    args: [ADDRESS],
    options: SOURCE_OPTIONS,
    doc: localized(
      'Searches for servers by sending to the multicast group address with an expanding TTL, and mobilises preemptable associations with the manycast servers that answer (see `manycastserver`). Removed from NTPsec.',
      '멀티캐스트 그룹 주소로 TTL을 늘려 가며 요청을 보내 서버를 찾고, 응답한 매니캐스트 서버와 선점 가능한 연관을 만듭니다(`manycastserver` 참고). NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('confopt'),
  }),
  ntpDirective({
    name: 'unpeer',
    dialects: NTPD_NTPSEC,
    category: 'source',
    args: [UNPEER_TARGET],
    options: ADDRESS_FAMILY_FLAGS,
    doc: localized(
      'Removes a previously configured association, named by address, host name, or association id; mainly useful at run time through `ntpq :config`. NTPsec documents `unpeer clock TYPE [unit N]`, but its 1.2.2 parser rejects that form.',
      '앞서 설정한 연관을 주소, 호스트 이름 또는 연관 ID로 지정해 제거합니다. 주로 `ntpq :config`로 실행 중에 씁니다. NTPsec 문서에는 `unpeer clock TYPE [unit N]` 형식이 있지만 1.2.2 파서는 이를 거부합니다.',
    ),
    docUrl: secUrl('confopt', 'unpeer'),
  }),
  ntpDirective({
    name: 'unconfig',
    dialects: NTPD_NTPSEC,
    category: 'source',
    args: [UNPEER_TARGET],
    options: ADDRESS_FAMILY_FLAGS,
    doc: localized(
      'Undocumented alias of `unpeer`: removes a configured association by address or association id.',
      '문서에 없는 `unpeer`의 별칭입니다. 설정된 연관을 주소나 연관 ID로 제거합니다.',
    ),
    docUrl: secUrl('confopt', 'unpeer'),
  }),
  ntpDirective({
    name: 'broadcastclient',
    dialects: CLASSIC,
    category: 'source',
    args: [
      arg('enabled', YES_NO, 'xntpd 3 only: `yes` or `no`. ntpd 4 takes no argument.', 'xntpd 3 전용: `yes` 또는 `no`. ntpd 4는 인수를 받지 않습니다.', {
        optional: true,
      }),
    ],
    doc: localized(
      'Listens for broadcast server packets on all local interfaces and synchronises to them (after a short client/server exchange to measure the delay, unless `broadcastdelay` is set). ntpd 4.2.8 takes no argument; older xntpd 3 builds use `broadcastclient yes|no`. Authenticate broadcast servers. Removed from NTPsec.',
      '모든 로컬 인터페이스에서 브로드캐스트 서버 패킷을 받아 동기화합니다(`broadcastdelay`가 없으면 먼저 짧은 클라이언트/서버 교환으로 지연을 잽니다). ntpd 4.2.8은 인수를 받지 않고, 예전 xntpd 3 빌드는 `broadcastclient yes|no`를 씁니다. 브로드캐스트 서버는 인증하세요. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('confopt'),
  }),
  ntpDirective({
    name: 'multicastclient',
    dialects: CLASSIC,
    category: 'source',
    args: [
      arg(
        'group',
        HOST,
        'Multicast group addresses to join (224.0.1.1 and ff05::101 are assigned to NTP).',
        '가입할 멀티캐스트 그룹 주소입니다(224.0.1.1과 ff05::101이 NTP용으로 할당됨).',
        {
          optional: true,
          repeat: true,
        },
      ),
    ],
    doc: localized(
      'Joins the given multicast groups and synchronises to multicast servers heard there. ntpd 4.2.8 requires at least one address; xntpd 3 defaults to 224.0.1.1. Removed from NTPsec.',
      '지정한 멀티캐스트 그룹에 가입해 거기서 들리는 멀티캐스트 서버에 동기화합니다. ntpd 4.2.8은 주소가 하나 이상 필요하고, xntpd 3은 기본값 224.0.1.1을 씁니다. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('confopt'),
  }),
  ntpDirective({
    name: 'manycastserver',
    dialects: NTPD,
    category: 'source',
    args: [
      arg('group', HOST, 'Multicast group addresses on which to answer manycast clients.', '매니캐스트 클라이언트에 응답할 멀티캐스트 그룹 주소입니다.', {
        repeat: true,
      }),
    ],
    doc: localized(
      'Answers manycast client requests sent to the given multicast group addresses (at least one). Both sides should authenticate. Removed from NTPsec.',
      '지정한 멀티캐스트 그룹 주소(하나 이상)로 온 매니캐스트 클라이언트 요청에 응답합니다. 양쪽 모두 인증을 쓰는 것이 좋습니다. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('confopt'),
  }),
  ntpDirective({
    name: 'broadcastdelay',
    dialects: CLASSIC,
    category: 'source',
    args: [arg('delay', NON_NEGATIVE_SECONDS, 'Round-trip delay in seconds; 0 means measure it.', '왕복 지연(초)이며, 0이면 직접 측정합니다.')],
    doc: localized(
      'Fixed round-trip delay in seconds to assume for broadcast and multicast servers. With 0 (the default in ntpd 4) the client measures it with a brief exchange; a positive value disables that exchange. Removed from NTPsec.',
      '브로드캐스트·멀티캐스트 서버에 대해 가정할 고정 왕복 지연(초)입니다. 0(ntpd 4의 기본값)이면 클라이언트가 짧은 교환으로 직접 재고, 양수면 그 교환을 하지 않습니다. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('miscopt'),
  }),
  ntpDirective({
    name: 'ttl',
    dialects: NTPD,
    category: 'source',
    args: [
      arg('hop', { kind: 'integer', min: 0, max: 255 }, 'TTL values in increasing order, up to eight.', '증가하는 순서의 TTL 값으로, 최대 8개입니다.', {
        repeat: true,
      }),
    ],
    doc: localized(
      'TTL values used in turn by the manycast expanding-ring search (up to eight, increasing). Default: eight multiples of 32 starting at 31. Removed from NTPsec.',
      '매니캐스트 확장 링 검색에서 차례로 쓰는 TTL 값들입니다(최대 8개, 증가 순). 기본값은 31부터 32씩 늘어나는 8개 값입니다. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('miscopt'),
  }),
  ntpDirective({
    name: 'mdnstries',
    dialects: NTPD_NTPSEC,
    category: 'source',
    args: [arg('count', { kind: 'integer', min: 0, unit: 'count' }, 'Number of registration attempts.', '등록 시도 횟수입니다.')],
    doc: localized(
      'How many times, one minute apart, ntpd retries registering with mDNS after its first synchronisation (default 5).',
      '처음 동기화한 뒤 mDNS 등록을 1분 간격으로 몇 번까지 다시 시도할지 정합니다(기본 5).',
    ),
    docUrl: secUrl('confopt', 'aux'),
  }),
];
