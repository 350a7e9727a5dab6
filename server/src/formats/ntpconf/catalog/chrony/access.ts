import { localized, type Localized } from '../../../../core/localized';
import type { DirectiveSpec, ValueType } from '../types';
import { arg, chronyDirective, flag, IP, PORT, singleValue, SUBNET, switchDirective } from './common';

function accessRule(name: string, doc: Localized): DirectiveSpec {
  return chronyDirective({
    name,
    category: 'access',
    optionsCaseSensitive: true,
    args: [
      arg(
        'subnet',
        SUBNET,
        'Address, CIDR subnet (`192.168.0.0/16`), short form (`192.168`) or host name; omitted means every IPv4 and IPv6 address.',
        '주소, CIDR 서브넷(`192.168.0.0/16`), 축약형(`192.168`), 호스트 이름입니다. 생략하면 모든 IPv4·IPv6 주소입니다.',
        { optional: true },
      ),
    ],
    options: [
      flag(
        'all',
        'Also override earlier rules for subnets inside this one, regardless of their order in the file.',
        '이 서브넷 안의 더 좁은 서브넷에 대한 앞선 규칙도 파일 안의 순서와 관계없이 덮어씁니다.',
      ),
    ],
    doc,
  });
}

const OPEN_COMMAND: ValueType = {
  kind: 'enum',
  values: [
    'activity',
    'authdata',
    'clients',
    'manual',
    'ntpdata',
    'rtcdata',
    'selectdata',
    'serverstats',
    'smoothing',
    'sourcename',
    'sources',
    'sourcestats',
    'tracking',
  ],
  caseInsensitive: true,
};

export const CHRONY_ACCESS_DIRECTIVES: readonly DirectiveSpec[] = [
  accessRule(
    'allow',
    localized(
      'Lets NTP (and NTS-KE) clients from a subnet use this host as a server; by default nobody may, and chronyd is a client only. A bare `allow` opens the service to every address. Typical: `allow 192.168.0.0/16`.',
      '이 서브넷의 NTP(및 NTS-KE) 클라이언트가 이 호스트를 서버로 쓰게 허용합니다. 기본은 아무도 허용하지 않아 chronyd는 클라이언트로만 동작합니다. 인수 없는 `allow`는 모든 주소에 서비스를 엽니다. 예: `allow 192.168.0.0/16`.',
    ),
  ),
  accessRule(
    'deny',
    localized(
      'Denies NTP and NTS-KE access to a subnet, usually to carve an exception out of a wider `allow`. Same syntax as `allow`, including `deny all`.',
      '서브넷의 NTP·NTS-KE 접근을 막습니다. 보통 더 넓은 `allow`에서 예외를 둘 때 씁니다. `deny all`을 포함해 문법은 `allow`와 같습니다.',
    ),
  ),
  accessRule(
    'cmdallow',
    localized(
      'Allows chronyc monitoring access over UDP from a subnet. chronyd listens for commands only on loopback unless `bindcmdaddress` says otherwise. Same syntax as `allow`.',
      '이 서브넷에서 UDP로 chronyc 모니터링 접근을 허용합니다. `bindcmdaddress`로 바꾸지 않으면 chronyd는 루프백에서만 명령을 받습니다. 문법은 `allow`와 같습니다.',
    ),
  ),
  accessRule(
    'cmddeny',
    localized(
      'Denies chronyc monitoring access from a subnet, e.g. as an exception to a wider `cmdallow`. Same syntax as `allow`.',
      '이 서브넷의 chronyc 모니터링 접근을 막습니다. 더 넓은 `cmdallow`의 예외로 씁니다. 문법은 `allow`와 같습니다.',
    ),
  ),
  chronyDirective({
    name: 'broadcast',
    category: 'access',
    args: [
      arg('interval', { kind: 'integer', min: 1, unit: 'seconds' }, 'Seconds between broadcast packets.', '브로드캐스트 패킷 간격(초)입니다.'),
      arg('address', IP, 'Broadcast (or multicast) address of a local network.', '로컬 네트워크의 브로드캐스트(또는 멀티캐스트) 주소입니다.'),
      arg('port', PORT, 'Destination UDP port (default 123).', '목적지 UDP 포트입니다(기본 123).', { optional: true }),
    ],
    doc: localized(
      'Sends NTP broadcast packets to an address every `interval` seconds, serving other NTP implementations that act as broadcast clients (chronyd itself cannot). The subnet should also be covered by `allow`. Example: `broadcast 64 192.168.1.255`.',
      '`interval`초마다 이 주소로 NTP 브로드캐스트 패킷을 보내, 브로드캐스트 클라이언트로 동작하는 다른 NTP 구현에 시간을 제공합니다(chronyd 자신은 브로드캐스트 클라이언트가 될 수 없습니다). 해당 서브넷은 `allow`로도 허용해야 합니다. 예: `broadcast 64 192.168.1.255`.',
    ),
  }),
  singleValue(
    'clientloglimit',
    'access',
    arg('limit', { kind: 'integer', min: 0, unit: 'bytes' }, 'Memory limit in bytes.', '메모리 한도(바이트)입니다.'),
    localized(
      'Memory in bytes for logging client accesses and for the interleaved-mode state of clients. Default 524288 (about 4096 clients); effective maximum 2147483648.',
      '클라이언트 접근 기록과 클라이언트의 인터리브 모드 상태에 쓸 메모리(바이트)입니다. 기본값은 524288(약 4096개 클라이언트)이고 실질적인 최댓값은 2147483648입니다.',
    ),
  ),
  switchDirective(
    'noclientlog',
    'access',
    localized(
      'Stops logging client accesses, so `chronyc clients` has nothing to report; this also disables server support for the interleaved mode.',
      '클라이언트 접근 기록을 끕니다. `chronyc clients`에 보고할 내용이 없어지고, 서버의 인터리브 모드 지원도 꺼집니다.',
    ),
  ),
  chronyDirective({
    name: 'opencommands',
    category: 'access',
    since: '4.7',
    args: [arg('command', OPEN_COMMAND, 'A chronyc monitoring command.', 'chronyc 모니터링 명령입니다.', { optional: true, repeat: true })],
    doc: localized(
      'Chooses which monitoring commands hosts allowed by `cmdallow` may use, replacing the default set (activity, manual, rtcdata, smoothing, sourcename, sources, sourcestats, tracking). Enable only what monitoring needs.',
      '`cmdallow`로 허용된 호스트가 쓸 수 있는 모니터링 명령을 고르며, 기본 집합(activity, manual, rtcdata, smoothing, sourcename, sources, sourcestats, tracking)을 대체합니다. 모니터링에 필요한 명령만 여세요.',
    ),
  }),
];
