import { localized } from '../../../../core/localized';
import type { DirectiveSpec, OptionSpec, ValueType } from '../types';
import { arg, chronyDirective, COUNT, flag, keyed, LOG2_SECONDS, NON_NEGATIVE_SECONDS, SECONDS, WORD } from './common';

/** chronyd checks the driver name only when it starts the driver, and compares it case-sensitively. */
const REFCLOCK_DRIVER: ValueType = {
  kind: 'enum',
  values: ['PPS', 'SHM', 'SOCK', 'PHC', 'RTC'],
  caseInsensitive: false,
  docs: {
    PPS: localized(
      'Kernel PPS API. The parameter is the PPS device (e.g. /dev/pps0); `:clear` uses falling edges. Pulses carry no full time, so another source (`lock`, an NTP server, or `local`) must complete them.',
      '커널 PPS API입니다. 파라미터는 PPS 장치(예: /dev/pps0)이고 `:clear`를 붙이면 하강 에지를 씁니다. 펄스에는 완전한 시각이 없어 다른 소스(`lock`, NTP 서버, `local`)가 보완해야 합니다.',
    ),
    SHM: localized(
      'NTP shared-memory driver fed by another process such as gpsd. The parameter is the segment number (0–3 typically); `:perm=0644` sets the segment permissions (default 0600).',
      'gpsd 같은 다른 프로세스가 채우는 NTP 공유 메모리 드라이버입니다. 파라미터는 세그먼트 번호(보통 0~3)이며, `:perm=0644`로 세그먼트 권한을 정합니다(기본 0600).',
    ),
    SOCK: localized(
      'Unix domain socket driver; the parameter is the socket path, which chronyd creates. Needs no polling and accepts PPS samples with incomplete time (gpsd supports it).',
      '유닉스 도메인 소켓 드라이버입니다. 파라미터는 chronyd가 만드는 소켓 경로입니다. 폴링이 필요 없고 시각이 불완전한 PPS 샘플도 받습니다(gpsd가 지원).',
    ),
    PHC: localized(
      'PTP hardware clock; the parameter is its device (e.g. /dev/ptp0). Driver options: `:nocrossts`, `:extpps`, `:pin=N`, `:channel=N`, `:clear`. For a PHC kept in TAI, set `offset -37` or use `pps`.',
      'PTP 하드웨어 시계입니다. 파라미터는 장치(예: /dev/ptp0)이고 드라이버 옵션은 `:nocrossts`, `:extpps`, `:pin=N`, `:channel=N`, `:clear`입니다. TAI로 유지되는 PHC라면 `offset -37`을 주거나 `pps`를 쓰세요.',
    ),
    RTC: localized(
      'Real-time clock as a reference (chrony 4.7 and later); the parameter is the RTC device, `:utc` if it keeps UTC. Cannot be combined with `rtcfile` or `rtcsync`.',
      '실시간 시계(RTC)를 기준 시계로 씁니다(chrony 4.7 이상). 파라미터는 RTC 장치이고, UTC로 유지한다면 `:utc`를 붙입니다. `rtcfile`, `rtcsync`와 함께 쓸 수 없습니다.',
    ),
  },
};

const REFID: ValueType = { kind: 'word', maxLength: 4 };

export const REFCLOCK_OPTIONS: readonly OptionSpec[] = [
  keyed(
    'poll',
    LOG2_SECONDS,
    'Interval over which samples are median-filtered into one update, as a power of 2 in seconds (negative for sub-second). Shorter reacts faster but lets more jitter through.',
    '샘플을 중앙값 필터로 모아 한 번 갱신하는 간격으로, 2의 거듭제곱 초입니다(음수면 1초 미만). 짧을수록 빨리 반응하지만 지터가 더 들어옵니다.',
    { default: '4 (16 s)' },
  ),
  keyed(
    'dpoll',
    LOG2_SECONDS,
    'How often drivers that poll on their own (SHM, PHC) read the clock, as a power of 2 in seconds.',
    'SHM, PHC처럼 스스로 읽는 드라이버가 시계를 읽는 간격으로, 2의 거듭제곱 초입니다.',
    { default: '0 (1 s)' },
  ),
  keyed(
    'refid',
    REFID,
    'Reference ID of this refclock, up to four ASCII characters; must be unique among refclocks.',
    '이 기준 시계의 참조 ID로, ASCII 최대 4글자입니다. 기준 시계마다 달라야 합니다.',
    { default: 'driver name (3 letters) + refclock number' },
  ),
  keyed(
    'lock',
    REFID,
    'Pair the pulses of this PPS refclock directly with samples of the refclock with this reference ID (e.g. `lock NMEA`).',
    '이 PPS 기준 시계의 펄스를 이 참조 ID를 가진 기준 시계의 샘플과 직접 짝짓습니다(예: `lock NMEA`).',
  ),
  keyed(
    'rate',
    { kind: 'integer', min: 1 },
    'Pulse rate of the PPS signal in Hz. More than one pulse per second also needs a negative `dpoll`.',
    'PPS 신호의 초당 펄스 수(Hz)입니다. 초당 1개보다 많으면 음수 `dpoll`도 필요합니다.',
    { default: '1' },
  ),
  keyed(
    'maxlockage',
    COUNT,
    'How old, in pulses, a sample of the `lock` refclock may be to be paired with a pulse.',
    '`lock` 기준 시계의 샘플이 펄스와 짝지어질 수 있는 최대 나이(펄스 수)입니다.',
    { default: '2' },
  ),
  keyed(
    'width',
    NON_NEGATIVE_SECONDS,
    'Pulse width in seconds, used to drop samples of the wrong edge when the driver reports both. A 50 % duty cycle is best.',
    '펄스 폭(초)입니다. 드라이버가 두 에지를 모두 보고할 때 잘못된 에지의 샘플을 거르는 데 씁니다. 듀티 사이클 50%가 가장 좋습니다.',
  ),
  flag(
    'pps',
    'Treat this refclock (e.g. SHM or PHC) as a PPS source: only the sub-second part is used, and another source completes the time.',
    '이 기준 시계(SHM, PHC 등)를 PPS 소스로 다룹니다. 1초 미만 부분만 쓰고 나머지 시각은 다른 소스가 채웁니다.',
  ),
  keyed('offset', SECONDS, 'Constant correction in seconds applied to every sample.', '모든 샘플에 적용하는 고정 보정값(초)입니다.', { default: '0.0' }),
  keyed(
    'delay',
    NON_NEGATIVE_SECONDS,
    'NTP delay assigned to this source in seconds; half of it counts in the maximum error used by source selection. Raise it to avoid a missing majority or to favour other sources.',
    '이 소스에 매기는 NTP 지연(초)입니다. 절반이 소스 선택의 최대 오차에 들어갑니다. 과반이 안 생기거나 다른 소스를 선호하게 할 때 늘립니다.',
    { default: '1e-9 (1 ns)' },
  ),
  keyed(
    'stratum',
    { kind: 'integer', min: 0, max: 15, unit: 'stratum', refused: true },
    'Stratum of this refclock (0–15); chronyd refuses to start with a larger value.',
    '이 기준 시계의 stratum(0~15)입니다. 더 큰 값이면 chronyd가 시작하지 않습니다.',
    { default: '0' },
  ),
  keyed('precision', NON_NEGATIVE_SECONDS, 'Precision of the reference clock in seconds.', '기준 시계의 정밀도(초)입니다.', {
    default: 'the measured precision of the system clock',
  }),
  keyed(
    'maxdispersion',
    NON_NEGATIVE_SECONDS,
    'Ignore filtered samples whose estimated dispersion exceeds this many seconds. Off by default.',
    '추정 분산이 이 값(초)을 넘는 필터링된 샘플을 버립니다. 기본으로 꺼져 있습니다.',
  ),
  keyed(
    'filter',
    COUNT,
    'Length of the median filter. Each poll discards about 40 % of the stored samples and averages the rest.',
    '중앙값 필터의 길이입니다. 폴링마다 저장된 샘플 중 약 40%를 버리고 나머지를 평균합니다.',
    { default: '64' },
  ),
  flag('prefer', 'Prefer this refclock over sources without `prefer`.', '`prefer`가 없는 소스보다 이 기준 시계를 우선합니다.'),
  flag(
    'noselect',
    'Never select this refclock; useful for monitoring, or for an inaccurate clock that only serves as the `lock` partner of a PPS refclock.',
    '이 기준 시계를 선택하지 않습니다. 모니터링용이나, PPS 기준 시계의 `lock` 상대로만 쓰는 부정확한 시계에 유용합니다.',
  ),
  flag(
    'trust',
    'Assume this refclock is always right; only other `trust` sources can outvote it.',
    '이 기준 시계가 항상 옳다고 봅니다. 다른 `trust` 소스만 이를 뒤집을 수 있습니다.',
  ),
  flag(
    'require',
    'Update the clock only while at least one `require` source is selectable, so unauthenticated NTP sources are used only when they agree with it.',
    '`require` 소스가 하나 이상 선택 가능할 때만 시계를 갱신해, 인증되지 않은 NTP 소스는 이와 일치할 때만 쓰이게 합니다.',
  ),
  flag(
    'tai',
    'The refclock keeps TAI, not UTC; chronyd subtracts the current TAI-UTC offset, which needs `leapsectz` (or `leapseclist`). Not meaningful for PPS.',
    '기준 시계가 UTC가 아니라 TAI를 유지합니다. chronyd가 현재 TAI-UTC 차이를 빼며, 이를 위해 `leapsectz`(또는 `leapseclist`)가 필요합니다. PPS에는 의미가 없습니다.',
  ),
  flag(
    'local',
    'The refclock is an unsynchronised but very stable oscillator (TCXO, OCXO, atomic clock) used to stabilise the system clock; it bypasses source selection. Use at most one, with the shortest polling interval.',
    '동기화되지 않았지만 매우 안정적인 발진기(TCXO, OCXO, 원자시계)로 시스템 시계를 안정시킵니다. 소스 선택을 거치지 않습니다. 하나만, 가장 짧은 폴링 간격으로 쓰세요.',
    { since: '4.3' },
  ),
  keyed(
    'minsamples',
    COUNT,
    'Minimum number of samples kept for this refclock; overrides `minsamples`.',
    '이 기준 시계에 보관할 최소 샘플 수로, `minsamples`보다 우선합니다.',
  ),
  keyed(
    'maxsamples',
    COUNT,
    'Maximum number of samples kept for this refclock; overrides `maxsamples`.',
    '이 기준 시계에 보관할 최대 샘플 수로, `maxsamples`보다 우선합니다.',
  ),
  keyed(
    'maxunreach',
    COUNT,
    'How many polls this refclock may stay selected while it delivers no valid samples.',
    '유효한 샘플이 없는 동안 이 기준 시계가 선택된 채 머무를 수 있는 폴링 횟수입니다.',
    { default: '100000', since: '4.8' },
  ),
];

export const CHRONY_REFCLOCK_DIRECTIVES: readonly DirectiveSpec[] = [
  chronyDirective({
    name: 'refclock',
    category: 'refclock',
    args: [
      arg('driver', REFCLOCK_DRIVER, 'Driver name: PPS, SHM, SOCK or PHC (RTC from chrony 4.7).', '드라이버 이름: PPS, SHM, SOCK, PHC(chrony 4.7부터 RTC).'),
      arg(
        'parameter',
        WORD,
        'Driver parameter (device path or SHM segment), optionally followed by `:option`s such as `:clear` or `:perm=0644`.',
        '드라이버 파라미터(장치 경로나 SHM 세그먼트)이며, `:clear`, `:perm=0644` 같은 `:옵션`을 붙일 수 있습니다.',
      ),
    ],
    options: REFCLOCK_OPTIONS,
    doc: localized(
      'Adds a hardware reference clock (GPS via gpsd, PPS signal, PTP clock) as a time source. chronyd validates the driver name only when it starts the driver. Example: `refclock PPS /dev/pps0 lock NMEA refid GPS` with `refclock SHM 0 refid NMEA noselect`.',
      '하드웨어 기준 시계(gpsd를 거친 GPS, PPS 신호, PTP 시계)를 시간 소스로 추가합니다. 드라이버 이름은 드라이버를 시작할 때에야 검사합니다. 예: `refclock SHM 0 refid NMEA noselect`와 함께 `refclock PPS /dev/pps0 lock NMEA refid GPS`.',
    ),
  }),
];
