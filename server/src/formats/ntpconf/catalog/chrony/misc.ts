import { localized } from '../../../../core/localized';
import type { DirectiveSpec, OptionSpec, ValueType } from '../types';
import { arg, chronyDirective, COUNT, flag, INTERFACE, keyed, NON_NEGATIVE_SECONDS, PATH, SECONDS, singleValue, switchDirective, WORD } from './common';

const NIC_POLL: ValueType = { kind: 'integer', min: -6, max: 20, unit: 'log2-seconds' };

const RX_FILTER: ValueType = {
  kind: 'enum',
  values: ['all', 'ntp', 'ptp', 'none'],
  caseInsensitive: true,
  docs: {
    all: localized('Timestamp all received packets.', '받은 모든 패킷에 타임스탬프를 찍습니다.'),
    ntp: localized('Timestamp received NTP packets.', '받은 NTP 패킷에 타임스탬프를 찍습니다.'),
    ptp: localized(
      'Timestamp received PTP packets; for NTP-over-PTP (`ptpport`) on NICs that only timestamp PTP (chrony 4.2 and later).',
      '받은 PTP 패킷에 타임스탬프를 찍습니다. PTP만 타임스탬프하는 NIC에서 NTP-over-PTP(`ptpport`)를 쓸 때 필요합니다(chrony 4.2 이상).',
    ),
    none: localized('Do not timestamp received packets (transmit timestamps only).', '받은 패킷에는 타임스탬프를 찍지 않습니다(송신 타임스탬프만).'),
  },
};

const HWTIMESTAMP_OPTIONS: readonly OptionSpec[] = [
  keyed(
    'minpoll',
    NIC_POLL,
    'Shortest interval between readings of the NIC clock, as a power of 2 in seconds; match it to the shortest polling interval of sources and clients.',
    'NIC 시계를 읽는 가장 짧은 간격으로, 2의 거듭제곱 초입니다. 소스와 클라이언트의 가장 짧은 폴링 간격에 맞추세요.',
    { default: '0 (1 s)' },
  ),
  keyed(
    'maxpoll',
    NIC_POLL,
    'Longest interval between readings of the NIC clock, as a power of 2 in seconds.',
    'NIC 시계를 읽는 가장 긴 간격으로, 2의 거듭제곱 초입니다.',
    { default: 'minpoll + 1', since: '4.4' },
  ),
  keyed('minsamples', COUNT, 'Minimum number of NIC clock readings kept.', '보관할 NIC 시계 측정값의 최소 개수입니다.', { default: '2' }),
  keyed('maxsamples', COUNT, 'Maximum number of NIC clock readings kept.', '보관할 NIC 시계 측정값의 최대 개수입니다.', { default: '16' }),
  keyed('precision', NON_NEGATIVE_SECONDS, 'Assumed precision of reading the NIC clock, in seconds.', 'NIC 시계를 읽을 때 가정하는 정밀도(초)입니다.', {
    default: '100e-9 (100 ns)',
  }),
  keyed(
    'txcomp',
    SECONDS,
    'Seconds added to hardware transmit timestamps to account for the delay to the physical layer.',
    '물리 계층까지의 지연을 반영하려고 하드웨어 송신 타임스탬프에 더하는 값(초)입니다.',
    { default: '0' },
  ),
  keyed(
    'rxcomp',
    SECONDS,
    'Seconds subtracted from hardware receive timestamps to account for the delay from the physical layer.',
    '물리 계층으로부터의 지연을 반영하려고 하드웨어 수신 타임스탬프에서 빼는 값(초)입니다.',
    { default: '0' },
  ),
  flag('nocrossts', 'Do not use precise cross timestamping of the NIC and system clocks.', 'NIC 시계와 시스템 시계의 정밀 교차 타임스탬프를 쓰지 않습니다.'),
  keyed(
    'rxfilter',
    RX_FILTER,
    'Which received packets the NIC timestamps: all, ntp, ptp or none.',
    'NIC가 어떤 수신 패킷에 타임스탬프를 찍을지 정합니다: all, ntp, ptp, none.',
    { default: 'the most specific filter that covers NTP' },
  ),
];

export const CHRONY_MISC_DIRECTIVES: readonly DirectiveSpec[] = [
  chronyDirective({
    name: 'hwtimestamp',
    category: 'misc',
    args: [arg('interface', INTERFACE, 'Interface name, or * for all.', '인터페이스 이름이며, *이면 전부입니다.')],
    options: HWTIMESTAMP_OPTIONS,
    doc: localized(
      'Enables hardware timestamping of NTP packets on an interface (Linux 3.19+, NIC support shown by `ethtool -T`), which can improve accuracy greatly; both sides should use it, with `xleave` for interleaved servers. `*` tries every interface. Example: `hwtimestamp eth0`.',
      '인터페이스에서 NTP 패킷의 하드웨어 타임스탬프를 켭니다(리눅스 3.19 이상, NIC 지원 여부는 `ethtool -T`로 확인). 정확도가 크게 좋아질 수 있으며, 양쪽 모두 쓰는 것이 좋고 인터리브 서버에는 `xleave`를 함께 씁니다. `*`이면 모든 인터페이스를 시도합니다. 예: `hwtimestamp eth0`.',
    ),
  }),
  singleValue(
    'hwtstimeout',
    'misc',
    arg('timeout', NON_NEGATIVE_SECONDS, 'Seconds to wait for a transmit timestamp.', '송신 타임스탬프를 기다릴 시간(초)입니다.'),
    localized(
      'How long chronyd holds a response while waiting for the hardware transmit timestamp of its request. Default 0.001 s; try 0.01 if kernel timestamps keep showing up instead of hardware ones.',
      '요청의 하드웨어 송신 타임스탬프를 기다리며 응답 처리를 미루는 시간입니다. 기본값은 0.001초이며, 하드웨어 대신 커널 타임스탬프가 자주 보이면 0.01을 시도해 보세요.',
    ),
    { since: '4.4' },
  ),
  switchDirective(
    'lock_all',
    'misc',
    localized(
      'Locks chronyd’s memory into RAM so it is never paged out, for lower and steadier latency (Linux, FreeBSD, NetBSD, illumos).',
      'chronyd의 메모리를 RAM에 고정해 스왑되지 않게 하여 지연을 낮고 일정하게 합니다(리눅스, FreeBSD, NetBSD, illumos).',
    ),
  ),
  singleValue(
    'sched_priority',
    'misc',
    arg(
      'priority',
      { kind: 'integer', min: 0, max: 100 },
      'Real-time priority (0–100); on macOS 0 or 1.',
      '실시간 우선순위(0~100)이며, macOS에서는 0 또는 1입니다.',
    ),
    localized(
      'Runs chronyd under the SCHED_FIFO real-time scheduler at this priority for lower latency; on macOS, 1 enables the thread time-constraint policy. Use only when really needed.',
      '지연을 줄이려고 chronyd를 이 우선순위의 SCHED_FIFO 실시간 스케줄러로 실행합니다. macOS에서는 1이면 스레드 시간 제약 정책을 켭니다. 꼭 필요할 때만 쓰세요.',
    ),
  ),
  singleValue(
    'user',
    'misc',
    arg('user', WORD, 'System user name.', '시스템 사용자 이름입니다.'),
    localized(
      'System user chronyd switches to after start, dropping root privileges. The compiled-in default depends on the build (upstream `root`, Debian `_chrony`); `user root` never drops privileges and is discouraged.',
      '시작 후 root 권한을 버리고 전환할 시스템 사용자입니다. 컴파일 기본값은 빌드마다 다르며(업스트림 `root`, 데비안 `_chrony`), `user root`는 권한을 전혀 버리지 않으므로 권하지 않습니다.',
    ),
  ),
  singleValue(
    'ntpsigndsocket',
    'auth',
    arg('directory', PATH, 'Location of the ntp_signd socket.', 'ntp_signd 소켓의 위치입니다.'),
    localized(
      'Location of Samba’s ntp_signd socket, so chronyd on an Active Directory domain controller can have MS-SNTP responses signed by smbd. Restrict access with `allow`, as signed responses can be used to attack account passwords. Example: `ntpsigndsocket /var/lib/samba/ntp_signd`.',
      'Samba ntp_signd 소켓의 위치로, 액티브 디렉터리 도메인 컨트롤러의 chronyd가 MS-SNTP 응답을 smbd로 서명받게 합니다. 서명된 응답이 계정 암호 공격에 쓰일 수 있으므로 `allow`로 접근을 제한하세요. 예: `ntpsigndsocket /var/lib/samba/ntp_signd`.',
    ),
  ),
];
