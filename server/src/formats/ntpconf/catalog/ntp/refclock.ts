import { localized, type Localized } from '../../../../core/localized';
import { NTPSEC_DRIVERS } from './refclockDrivers';
import type { DirectiveSpec, OptionSpec } from '../types';
import {
  ALL,
  arg,
  classicUrl,
  flag,
  IP,
  keyed,
  NTPD,
  NTPD_NTPSEC,
  ntpDirective,
  NTPSEC,
  OPTION_POLL,
  PATH,
  secUrl,
  SECONDS,
  WORD,
  XNTPD,
  xntpUrl,
} from './common';
import { FUDGE_FACTORS, FUDGE_OPTIONS, REFCLOCK_DEVICE_OPTIONS, REFCLOCK_TIME_OPTIONS } from './refclockOptions';

// NTPsec's driver names and their descriptions come from the one driver table (refclockDrivers.ts).
const DRIVER_DOCS: Readonly<Record<string, Localized>> = Object.fromEntries(NTPSEC_DRIVERS.flatMap((d) => (d.ntpsec ? [[d.ntpsec.name, d.ntpsec.doc]] : [])));

export const REFCLOCK_DRIVERS: readonly string[] = Object.keys(DRIVER_DOCS);

/** `refclock NAME [unit N] [options]`: the options NTPsec’s parser takes there and that mean something for a clock. */
const REFCLOCK_OPTIONS: readonly OptionSpec[] = [
  keyed(
    'unit',
    { kind: 'integer', min: 0, max: 255 },
    'Unit number of the device (default 0); it changes the device name, e.g. `/dev/gps1`. Must come right after the driver name.',
    '장치의 유닛 번호입니다(기본 0). `/dev/gps1`처럼 장치 이름이 바뀝니다. 드라이버 이름 바로 뒤에 써야 합니다.',
    { default: '0' },
  ),
  flag(
    'prefer',
    'Prefer this clock among equally good sources; a preferred PPS-capable clock also drives the PPS mitigation rules.',
    '비슷한 소스 가운데 이 시계를 우선합니다. PPS를 지원하는 우선 시계는 PPS 조정 규칙에도 쓰입니다.',
  ),
  flag('noselect', 'Poll and display the clock but never select it.', '시계를 폴링하고 표시하지만 선택하지는 않습니다.'),
  flag(
    'true',
    'Always treat the clock as a truechimer (for jittery serial clocks with a PPS signal). Defeats falseticker detection.',
    '시계를 항상 truechimer로 취급합니다(지터가 큰 직렬 시계에 PPS가 있을 때). falseticker 검출을 무력화합니다.',
  ),
  keyed(
    'mode',
    { kind: 'integer', min: 0, takesUnsigned: true },
    'Driver-specific mode number (for example the sentence mix and speed of the nmea driver).',
    '드라이버별 모드 번호입니다(예: nmea 드라이버의 문장 조합과 속도).',
  ),
  keyed(
    'minpoll',
    OPTION_POLL,
    'Shortest poll interval, power of 2 in seconds (0–17). Most drivers default to 6 (64 s); modem drivers to 10.',
    '가장 짧은 폴링 간격으로 2의 거듭제곱 초입니다(0–17). 대부분 드라이버는 6(64초), 모뎀 드라이버는 10이 기본입니다.',
  ),
  keyed(
    'maxpoll',
    OPTION_POLL,
    'Longest poll interval, power of 2 in seconds (0–17). Most drivers default to 6 (64 s); modem drivers to 14.',
    '가장 긴 폴링 간격으로 2의 거듭제곱 초입니다(0–17). 대부분 드라이버는 6(64초), 모뎀 드라이버는 14가 기본입니다.',
  ),
  keyed('bias', SECONDS, 'Seconds added to every offset measured from this clock.', '이 시계에서 측정한 모든 오프셋에 더하는 초 값입니다.'),
  ...REFCLOCK_TIME_OPTIONS,
  ...FUDGE_FACTORS.filter((option) => option.name !== 'time1' && option.name !== 'time2'),
  ...REFCLOCK_DEVICE_OPTIONS,
];

export const NTP_REFCLOCK_DIRECTIVES: readonly DirectiveSpec[] = [
  ntpDirective({
    name: 'refclock',
    dialects: NTPSEC,
    category: 'refclock',
    args: [
      arg(
        'driver',
        { kind: 'enum', values: REFCLOCK_DRIVERS, caseInsensitive: true, docs: DRIVER_DOCS },
        'Driver short name (case-insensitive), such as `shm`, `nmea` or `pps`.',
        '드라이버 짧은 이름(대소문자 무시)으로, `shm`, `nmea`, `pps` 등입니다.',
      ),
    ],
    options: REFCLOCK_OPTIONS,
    doc: localized(
      'Configures a reference clock by driver name, replacing the old `server 127.127.t.u` + `fudge` pair. A driver that was not compiled in is reported as "Unknown driver name" at start. NTPsec only. Example: `refclock shm unit 0 refid GPS`.',
      '드라이버 이름으로 참조 시계를 설정하며, 예전의 `server 127.127.t.u` + `fudge` 조합을 대신합니다. 빌드에 포함되지 않은 드라이버는 시작할 때 "Unknown driver name"으로 보고됩니다. NTPsec 전용입니다. 예: `refclock shm unit 0 refid GPS`.',
    ),
    docUrl: secUrl('clockopt', 'types'),
  }),
  ntpDirective({
    name: 'fudge',
    requiresOption: true,
    dialects: ALL,
    category: 'refclock',
    args: [
      arg(
        'address',
        IP,
        'Reference clock pseudo-address 127.127.t.u (t = driver type, u = unit).',
        '참조 시계의 가상 주소 127.127.t.u입니다(t = 드라이버 타입, u = 유닛).',
      ),
    ],
    options: FUDGE_OPTIONS,
    doc: localized(
      'Sets calibration values and flags of the reference clock configured by a matching `server 127.127.t.u` line. In NTPsec this legacy syntax still works but is undocumented; use `refclock` options instead.',
      '같은 주소의 `server 127.127.t.u` 줄로 설정한 참조 시계의 보정값과 플래그를 정합니다. NTPsec에서도 이 예전 문법이 동작하지만 문서에서는 빠졌으니 `refclock` 옵션을 쓰세요.',
    ),
    docUrl: secUrl('clockopt'),
  }),
  ntpDirective({
    name: 'device',
    dialects: NTPD,
    category: 'refclock',
    args: [arg('address', IP, 'Reference clock pseudo-address 127.127.t.u.', '참조 시계의 가상 주소 127.127.t.u입니다.')],
    options: [
      keyed('timedata', PATH, 'Device delivering the time code (for example `/dev/ttyS0`).', '시각 데이터를 주는 장치입니다(예: `/dev/ttyS0`).'),
      keyed(
        'ppsdata',
        PATH,
        'Device delivering the PPS signal, when it is not the time-code device.',
        '시각 데이터 장치와 다를 때 PPS 신호를 주는 장치입니다.',
      ),
    ],
    doc: localized(
      'Tells a reference clock driver which device files to use instead of its built-in names, with no fallback on error (ntpd 4.2.8p16 and later).',
      '참조 시계 드라이버가 내장된 이름 대신 쓸 장치 파일을 지정합니다. 오류가 나도 기본 이름으로 돌아가지 않습니다(ntpd 4.2.8p16 이상).',
    ),
    docUrl: classicUrl('clockopt'),
  }),
  ntpDirective({
    name: 'phone',
    dialects: NTPD_NTPSEC,
    category: 'refclock',
    args: [arg('number', WORD, 'Telephone numbers, with optional modem control codes.', '전화번호입니다(모뎀 제어 코드 포함 가능).', { repeat: true })],
    doc: localized(
      'Telephone numbers dialled by the ACTS modem driver (up to 10) or the telephone JJY driver (one). `ATDT` is normally prepended.',
      'ACTS 모뎀 드라이버(최대 10개)나 전화 JJY 드라이버(1개)가 걸 전화번호입니다. 보통 앞에 `ATDT`가 붙습니다.',
    ),
    docUrl: secUrl('miscopt', 'phone'),
  }),
  ntpDirective({
    name: 'pps',
    dialects: XNTPD,
    category: 'refclock',
    args: [arg('device', PATH, 'PPS device (later 3.x builds).', 'PPS 장치입니다(후기 3.x 빌드).', { optional: true })],
    options: [
      keyed('delay', SECONDS, 'Fixed delay of the PPS signal, in seconds.', 'PPS 신호의 고정 지연(초)입니다.'),
      keyed(
        'baud',
        { kind: 'enum', values: ['300', '600', '1200', '2400', '4800', '9600', '19200', '38400'] },
        'Serial speed of the PPS line.',
        'PPS 선의 직렬 속도입니다.',
      ),
    ],
    doc: localized(
      'Configures the pulse-per-second signal used with the ppsclock line discipline (xntpd 3 only; the syntax varied between 3.x builds).',
      'ppsclock 회선 규칙과 함께 쓰는 PPS 신호를 설정합니다(xntpd 3 전용이며 3.x 빌드마다 문법이 조금 다릅니다).',
    ),
    docUrl: xntpUrl('miscopt'),
  }),
];
