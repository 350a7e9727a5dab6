import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import { arg, INTERFACE, IP, PORT, singleValue } from './common';

const INTERFACE_ARG = arg('interface', INTERFACE, 'Network interface name, e.g. eth0.', '네트워크 인터페이스 이름입니다(예: eth0).');

export const CHRONY_NETWORK_DIRECTIVES: readonly DirectiveSpec[] = [
  singleValue(
    'port',
    'access',
    arg('port', PORT, 'UDP port; 0 closes the server port.', 'UDP 포트이며, 0이면 서버 포트를 닫습니다.'),
    localized(
      'UDP port on which chronyd serves NTP; it opens only when `allow`, a peer or `broadcast` needs it. Default 123; `port 0` makes chronyd a strict client that never opens a server port.',
      'chronyd가 NTP를 제공하는 UDP 포트입니다. `allow`, peer, `broadcast`가 필요로 할 때만 열립니다. 기본값은 123이며, `port 0`이면 서버 포트를 전혀 열지 않는 순수 클라이언트가 됩니다.',
    ),
  ),
  singleValue(
    'acquisitionport',
    'access',
    arg('port', PORT, 'Source UDP port; 0 lets the system choose.', '출발지 UDP 포트이며, 0이면 시스템이 고릅니다.'),
    localized(
      'Uses one socket with this fixed source port for all client requests instead of a random port per request, e.g. to get through a firewall. It slightly weakens security, so use it only when needed. Example: `acquisitionport 1123`.',
      '요청마다 임의 포트를 쓰는 대신 모든 클라이언트 요청에 이 고정 출발지 포트의 소켓 하나를 씁니다. 방화벽 통과 등에 씁니다. 보안이 약간 떨어지므로 필요할 때만 쓰세요. 예: `acquisitionport 1123`.',
    ),
  ),
  singleValue(
    'bindaddress',
    'access',
    arg('address', IP, 'Local IPv4 or IPv6 address.', '로컬 IPv4 또는 IPv6 주소입니다.'),
    localized(
      'Binds the NTP and NTS-KE server sockets to one local address; one per address family. Example: `bindaddress 192.168.1.1`.',
      'NTP·NTS-KE 서버 소켓을 로컬 주소 하나에 묶습니다. 주소 체계(IPv4/IPv6)마다 하나씩 쓸 수 있습니다. 예: `bindaddress 192.168.1.1`.',
    ),
  ),
  singleValue(
    'bindacqaddress',
    'access',
    arg('address', IP, 'Local IPv4 or IPv6 address.', '로컬 IPv4 또는 IPv6 주소입니다.'),
    localized(
      'Binds the client sockets used for NTP and NTS-KE requests to a local address; one per address family.',
      'NTP·NTS-KE 요청에 쓰는 클라이언트 소켓을 로컬 주소에 묶습니다. 주소 체계마다 하나씩 쓸 수 있습니다.',
    ),
  ),
  singleValue(
    'bindcmdaddress',
    'access',
    arg(
      'address',
      { kind: 'ip', orPath: true },
      'Local IP address, or a path (starting with /) for the Unix socket; `/` disables it.',
      '로컬 IP 주소, 또는 유닉스 소켓 경로(/로 시작)입니다. `/`이면 소켓을 끕니다.',
    ),
    localized(
      'Binds the UDP command socket to a local address (default 127.0.0.1 and ::1, i.e. local access only), or, with a path, moves the Unix domain command socket (default /run/chrony/chronyd.sock). `0.0.0.0` and `::` expose chronyc access to the network.',
      'UDP 명령 소켓을 로컬 주소에 묶거나(기본 127.0.0.1과 ::1, 즉 로컬 접근만), 경로를 주면 유닉스 도메인 명령 소켓 위치를 바꿉니다(기본 /run/chrony/chronyd.sock). `0.0.0.0`과 `::`은 chronyc 접근을 네트워크에 엽니다.',
    ),
  ),
  singleValue(
    'binddevice',
    'access',
    INTERFACE_ARG,
    localized(
      'Binds the NTP and NTS-KE server sockets to one network interface (Linux only).',
      'NTP·NTS-KE 서버 소켓을 네트워크 인터페이스 하나에 묶습니다(리눅스 전용).',
    ),
  ),
  singleValue(
    'bindacqdevice',
    'access',
    INTERFACE_ARG,
    localized(
      'Binds the client sockets to one network interface (Linux only); useful with a dynamic local address or a link-local IPv6 server.',
      '클라이언트 소켓을 네트워크 인터페이스 하나에 묶습니다(리눅스 전용). 로컬 주소가 바뀌거나 링크 로컬 IPv6 서버를 쓸 때 유용합니다.',
    ),
  ),
  singleValue(
    'bindcmddevice',
    'access',
    INTERFACE_ARG,
    localized('Binds the UDP command sockets to one network interface (Linux only).', 'UDP 명령 소켓을 네트워크 인터페이스 하나에 묶습니다(리눅스 전용).'),
  ),
  singleValue(
    'cmdport',
    'access',
    arg('port', PORT, 'UDP port; 0 disables remote command access.', 'UDP 포트이며, 0이면 원격 명령 접근을 끕니다.'),
    localized(
      'UDP port for chronyc monitoring commands. Default 323; `cmdport 0` closes it (the local Unix socket keeps working), which hardening guides recommend.',
      'chronyc 모니터링 명령용 UDP 포트입니다. 기본값은 323이며, `cmdport 0`이면 닫힙니다(로컬 유닉스 소켓은 계속 동작). 보안 강화 지침이 권하는 설정입니다.',
    ),
  ),
  singleValue(
    'dscp',
    'access',
    arg('point', { kind: 'integer', min: 0, max: 63 }, 'DSCP value (0–63).', 'DSCP 값(0~63)입니다.'),
    localized(
      'Differentiated Services Code Point set on transmitted NTP packets, so switches can prioritise them. Default 0; `dscp 46` selects Expedited Forwarding.',
      '보내는 NTP 패킷에 설정할 DSCP 값으로, 스위치가 우선 처리하게 할 수 있습니다. 기본값은 0이고 `dscp 46`은 Expedited Forwarding입니다.',
    ),
  ),
  singleValue(
    'ptpport',
    'access',
    arg('port', PORT, 'UDP port, normally 319; 0 disables.', 'UDP 포트로 보통 319이며, 0이면 끕니다.'),
    localized(
      'Enables experimental NTP-over-PTP on this port (319 is the PTP event port), so NICs that only timestamp PTP packets can timestamp NTP. Sources must use `port 319` too, and `hwtimestamp` needs `rxfilter ptp`. Default 0 (off).',
      '이 포트(319가 PTP 이벤트 포트)에서 실험적인 NTP-over-PTP를 켜, PTP 패킷만 타임스탬프하는 NIC로도 NTP를 타임스탬프하게 합니다. 소스에도 `port 319`를 지정하고 `hwtimestamp`에는 `rxfilter ptp`가 필요합니다. 기본값은 0(꺼짐)입니다.',
    ),
    { since: '4.2' },
  ),
  singleValue(
    'ptpdomain',
    'access',
    arg('domain', { kind: 'integer', min: 0, max: 255 }, 'PTP domain number (0–255).', 'PTP 도메인 번호(0~255)입니다.'),
    localized(
      'PTP domain number of sent and accepted NTP-over-PTP messages; messages from other domains are ignored. Default 123.',
      '주고받는 NTP-over-PTP 메시지의 PTP 도메인 번호로, 다른 도메인의 메시지는 무시합니다. 기본값은 123입니다.',
    ),
    { since: '4.6' },
  ),
];
