import { localized } from '../../../../core/localized';
import type { DirectiveSpec, OptionSpec, ValueType } from '../types';
import {
  arg,
  chronyDirective,
  flag,
  keyed,
  LOG2_SECONDS,
  NON_NEGATIVE_SECONDS,
  PATH,
  PPM,
  RATIO,
  SIGNED_COUNT,
  singleValue,
  switchDirective,
  WORD,
} from './common';

const LEAP_SECOND_MODE: ValueType = {
  kind: 'enum',
  values: ['system', 'step', 'slew', 'ignore'],
  caseInsensitive: true,
  docs: {
    system: localized(
      'The kernel steps the clock by one second at the leap second. Default where the system driver supports leap seconds (all systems except macOS 12 and older).',
      '윤초 순간에 커널이 시계를 1초 되돌리거나 앞당깁니다. 시스템 드라이버가 윤초를 지원하면(macOS 12 이하 제외) 기본값입니다.',
    ),
    step: localized(
      'Like `system`, but chronyd steps the clock itself, avoiding kernel leap-second code. Default where the driver lacks leap-second support.',
      '`system`과 같지만 커널 대신 chronyd가 직접 시계를 맞춰 커널의 윤초 코드를 피합니다. 드라이버가 윤초를 지원하지 않으면 기본값입니다.',
    ),
    slew: localized(
      'The one-second error is slewed out gradually (about 12 s on Linux with the default maxslewrate). For applications that cannot stand jumps; with `smoothtime` it enables a server leap smear.',
      '1초 오차를 천천히 보정합니다(리눅스 기본 maxslewrate에서 약 12초). 시각이 건너뛰면 곤란한 응용에 쓰며, `smoothtime`과 함께 쓰면 서버 윤초 스미어가 됩니다.',
    ),
    ignore: localized(
      'No correction at the leap second; normal measurements fix the error later. For secondary chronyd instances (started with -x) that rely on the first instance.',
      '윤초 때 보정하지 않고 이후 일반 측정으로 오차를 고칩니다. 첫 번째 인스턴스에 의존하는 보조 chronyd(-x로 실행)에 씁니다.',
    ),
  },
};

const LEAP_ONLY: ValueType = {
  kind: 'enum',
  values: ['leaponly'],
  caseInsensitive: true,
  docs: {
    leaponly: localized(
      'Smooth only leap seconds and ignore ordinary offset and frequency corrections, so clients may use several identically configured smearing servers.',
      '윤초만 완만하게 처리하고 일반 오프셋·주파수 보정은 무시해, 클라이언트가 똑같이 설정된 스미어 서버 여러 대를 함께 쓸 수 있게 합니다.',
    ),
  },
};

const LOCAL_OPTIONS: readonly OptionSpec[] = [
  keyed(
    'stratum',
    { kind: 'integer', min: 1, max: 15, unit: 'stratum', refused: true },
    'Stratum reported to clients while the local reference is active (1–15). Choose it above any stratum reachable through real sources.',
    '로컬 기준이 활성일 때 클라이언트에 알리는 stratum(1~15)입니다. 실제 소스로 도달할 수 있는 stratum보다 크게 잡으세요.',
    { default: '10' },
  ),
  keyed(
    'distance',
    NON_NEGATIVE_SECONDS,
    'Root distance in seconds at which the local reference activates after the clock was synchronised (distance = delay/2 + dispersion).',
    '시계가 동기화된 적이 있을 때 로컬 기준이 켜지는 루트 거리(초)입니다(거리 = 지연/2 + 분산).',
    { default: '1 s' },
  ),
  flag(
    'orphan',
    'Orphan mode (compatible with ntpd `tos orphan`): servers sharing the same local stratum ignore each other while real sources exist, and only the one with the smallest reference ID serves local time.',
    '고아(orphan) 모드입니다(ntpd `tos orphan`과 호환). 같은 로컬 stratum의 서버들은 실제 소스가 있는 동안 서로를 무시하고, 참조 ID가 가장 작은 서버만 로컬 시간을 제공합니다.',
  ),
  keyed(
    'activate',
    NON_NEGATIVE_SECONDS,
    'Keep the local reference off until the root distance has dropped below this value once, so a server that was never synchronised does not serve local time. 0 disables the check.',
    '루트 거리가 한 번이라도 이 값 아래로 내려가기 전에는 로컬 기준을 켜지 않아, 동기화된 적 없는 서버가 로컬 시간을 제공하지 않게 합니다. 0이면 검사하지 않습니다.',
    { default: '0', since: '4.6' },
  ),
  keyed(
    'waitsynced',
    NON_NEGATIVE_SECONDS,
    'Minimum time in seconds since the last clock update before the local reference may activate.',
    '마지막 시계 갱신 후 로컬 기준이 켜지기까지의 최소 시간(초)입니다.',
    { default: '0', since: '4.7' },
  ),
  keyed(
    'waitunsynced',
    NON_NEGATIVE_SECONDS,
    'How long to wait, while the clock is not synchronised (e.g. after start), before activating the local reference.',
    '시계가 동기화되지 않은 상태(예: 시작 직후)에서 로컬 기준을 켜기 전에 기다리는 시간(초)입니다.',
    { default: '300 with orphan, otherwise 0', since: '4.7' },
  ),
];

export const CHRONY_CLOCK_DIRECTIVES: readonly DirectiveSpec[] = [
  singleValue(
    'clockprecision',
    'clock',
    arg('precision', NON_NEGATIVE_SECONDS, 'Precision in seconds.', '정밀도(초)입니다.'),
    localized(
      'Precision of the system clock in seconds, used to estimate measurement noise and to randomise low bits of served timestamps. Measured at start by default; servers with a TSC clocksource and hardware timestamping may set e.g. `clockprecision 8e-9`.',
      '시스템 시계의 정밀도(초)로, 측정 잡음 추정과 응답 타임스탬프 하위 비트의 무작위화에 씁니다. 기본은 시작할 때 측정한 값이며, TSC 클록소스와 하드웨어 타임스탬프를 쓰는 서버는 `clockprecision 8e-9`처럼 지정할 수 있습니다.',
    ),
  ),
  singleValue(
    'corrtimeratio',
    'clock',
    arg('ratio', RATIO, 'Ratio of correction time to correction interval.', '보정 시간과 보정 간격의 비율입니다.'),
    localized(
      'Ratio between the time spent slewing an average correction and the interval between corrections. Default 3; higher values give better frequency stability at the cost of larger time errors.',
      '평균 보정을 slew하는 데 드는 시간과 보정 간격 사이의 비율입니다. 기본값은 3이며, 크게 하면 주파수 안정성은 좋아지지만 시각 오차가 커집니다.',
    ),
  ),
  chronyDirective({
    name: 'fallbackdrift',
    category: 'clock',
    args: [
      arg(
        'min-interval',
        LOG2_SECONDS,
        'First fallback, as a power of 2 in seconds since the last update.',
        '첫 대체 드리프트 시점으로, 마지막 갱신 후 2의 거듭제곱 초입니다.',
      ),
      arg('max-interval', LOG2_SECONDS, 'Last fallback, as a power of 2 in seconds.', '마지막 대체 드리프트 시점(2의 거듭제곱 초)입니다.'),
    ],
    doc: localized(
      'When the clock has not been updated for a long time, switch its frequency to long-term drift averages, from 2^min to 2^max seconds after the last update. Off by default; `fallbackdrift 16 19` covers 18 hours to 6 days.',
      '시계가 오랫동안 갱신되지 않으면 마지막 갱신 후 2^min초부터 2^max초까지 장기 평균 드리프트로 주파수를 바꿉니다. 기본으로 꺼져 있으며, `fallbackdrift 16 19`는 18시간~6일을 다룹니다.',
    ),
  }),
  singleValue(
    'leapsecmode',
    'clock',
    arg('mode', LEAP_SECOND_MODE, 'system, step, slew or ignore.', 'system, step, slew, ignore 중 하나입니다.'),
    localized(
      'How the system clock is corrected for a leap second: stepped by the kernel (`system`, the usual default) or by chronyd (`step`), slewed (`slew`), or left alone (`ignore`). Use `slew` with `smoothtime` for a server leap smear.',
      '윤초 때 시스템 시계를 어떻게 고칠지 정합니다. 커널이 맞추거나(`system`, 보통 기본값), chronyd가 맞추거나(`step`), 천천히 보정하거나(`slew`), 그대로 둡니다(`ignore`). 서버 윤초 스미어에는 `slew`와 `smoothtime`을 함께 씁니다.',
    ),
  ),
  singleValue(
    'leapsectz',
    'clock',
    arg('timezone', WORD, 'Time zone with leap seconds, usually right/UTC.', '윤초가 들어 있는 시간대로, 보통 right/UTC입니다.'),
    localized(
      'Reads upcoming leap seconds and the TAI-UTC offset from a time zone of the system tz database (normally `right/UTC`). Useful for refclocks that do not announce leap seconds; clients of leap-smearing servers must not use it.',
      '시스템 tz 데이터베이스의 시간대(보통 `right/UTC`)에서 다가올 윤초와 TAI-UTC 차이를 읽습니다. 윤초를 알리지 않는 기준 시계에 유용하며, 윤초 스미어 서버의 클라이언트는 쓰면 안 됩니다.',
    ),
  ),
  singleValue(
    'leapseclist',
    'clock',
    arg('file', PATH, 'Path to a leap-seconds.list file.', 'leap-seconds.list 파일 경로입니다.'),
    localized(
      'Like `leapsectz`, but reads leap seconds and TAI-UTC offsets from a file in NIST/IERS format, usually the `leap-seconds.list` shipped with the tz database.',
      '`leapsectz`와 같지만, 윤초와 TAI-UTC 차이를 NIST/IERS 형식 파일(보통 tz 데이터베이스에 딸린 `leap-seconds.list`)에서 읽습니다.',
    ),
    { since: '4.6' },
  ),
  chronyDirective({
    name: 'makestep',
    category: 'clock',
    args: [
      arg('threshold', NON_NEGATIVE_SECONDS, 'Step when the correction is larger than this many seconds.', '보정량이 이 초보다 크면 한 번에 맞춥니다.'),
      arg(
        'limit',
        SIGNED_COUNT,
        'Only within this many first updates; a negative value means always.',
        '처음 이 횟수의 갱신에서만 적용하며, 음수면 항상 적용합니다.',
      ),
    ],
    doc: localized(
      'Steps the system clock instead of slewing when the correction exceeds the threshold, but only during the first `limit` clock updates (negative: always). Without it, a clock that is far off at boot can take a very long time to slew. Typical: `makestep 1.0 3`.',
      '보정량이 임계값을 넘으면 천천히 보정하는 대신 시계를 한 번에 맞춥니다. 단, 처음 `limit`번의 갱신에서만 적용합니다(음수면 항상). 이것이 없으면 부팅 때 크게 틀린 시계를 맞추는 데 아주 오래 걸릴 수 있습니다. 예: `makestep 1.0 3`.',
    ),
  }),
  chronyDirective({
    name: 'maxchange',
    category: 'clock',
    args: [
      arg('offset', NON_NEGATIVE_SECONDS, 'Largest accepted offset in seconds.', '허용하는 최대 오프셋(초)입니다.'),
      arg('start', SIGNED_COUNT, 'Clock updates before the check starts.', '검사를 시작하기 전 시계 갱신 횟수입니다.'),
      arg(
        'ignore',
        SIGNED_COUNT,
        'Large offsets ignored before chronyd exits; negative ignores them all.',
        'chronyd가 종료하기 전까지 무시할 큰 오프셋 횟수이며, 음수면 모두 무시합니다.',
      ),
    ],
    doc: localized(
      'Limits the offset accepted on a clock update: after `start` updates, larger offsets are ignored `ignore` times, and the next one makes chronyd exit. Guards against a compromised source. Example: `maxchange 1000 1 2`.',
      '시계 갱신 때 받아들일 오프셋을 제한합니다. `start`번 갱신 뒤부터 더 큰 오프셋은 `ignore`번 무시하고, 그다음에는 chronyd가 종료합니다. 오염된 소스를 막는 장치입니다. 예: `maxchange 1000 1 2`.',
    ),
  }),
  singleValue(
    'maxclockerror',
    'clock',
    arg('error-in-ppm', PPM, 'Frequency error in ppm.', '주파수 오차(ppm)입니다.'),
    localized(
      'Maximum frequency error the system clock may gain on its own between updates, i.e. its stability. Default 1 ppm; about 10 for a poor clock, 0.1 for a temperature-compensated oscillator.',
      '갱신 사이에 시스템 시계가 스스로 생길 수 있는 최대 주파수 오차, 즉 시계의 안정성입니다. 기본값은 1ppm이며, 나쁜 시계는 10 정도, 온도 보상 발진기는 0.1 정도입니다.',
    ),
  ),
  singleValue(
    'maxdrift',
    'clock',
    arg('drift-in-ppm', PPM, 'Maximum drift in ppm.', '최대 드리프트(ppm)입니다.'),
    localized(
      'Maximum frequency adjustment chronyd may use to correct the drift, on top of the system driver limit. Default 500000 ppm, i.e. effectively only the driver limit applies.',
      '드리프트를 고치기 위해 chronyd가 쓸 수 있는 최대 주파수 조정량으로, 시스템 드라이버 한도에 더해 적용됩니다. 기본값은 500000ppm이라 사실상 드라이버 한도만 적용됩니다.',
    ),
  ),
  singleValue(
    'maxupdateskew',
    'clock',
    arg('skew-in-ppm', PPM, 'Skew threshold in ppm.', '스큐 임계값(ppm)입니다.'),
    localized(
      'Frequency estimates with an error bound above this many ppm are considered too unreliable to use. Default 1000 ppm; about 100 for sources over wireless links, 10 or less on a wired LAN.',
      '오차 범위가 이 값(ppm)보다 큰 주파수 추정은 믿을 수 없다고 보고 쓰지 않습니다. 기본값은 1000ppm이며, 무선 링크의 소스는 100 정도, 유선 LAN은 10 이하가 적당합니다.',
    ),
  ),
  singleValue(
    'maxslewrate',
    'clock',
    arg('rate-in-ppm', PPM, 'Maximum slew rate in ppm.', '최대 slew 속도(ppm)입니다.'),
    localized(
      'Maximum rate at which chronyd slews the clock. Default 83333.333 ppm (1/12); the kernel may cap it lower (e.g. 500 ppm on FreeBSD and NetBSD). Leap smearing servers often use 1000.',
      'chronyd가 시계를 slew하는 최대 속도입니다. 기본값은 83333.333ppm(1/12)이며, 커널이 더 낮게 제한할 수 있습니다(예: FreeBSD, NetBSD 500ppm). 윤초 스미어 서버는 흔히 1000을 씁니다.',
    ),
  ),
  chronyDirective({
    name: 'tempcomp',
    category: 'clock',
    args: [
      arg('file', PATH, 'File with the current sensor temperature.', '현재 센서 온도가 담긴 파일입니다.'),
      arg('interval', NON_NEGATIVE_SECONDS, 'Seconds between compensation updates.', '보정 갱신 간격(초)입니다.'),
      arg(
        'T0|points-file',
        WORD,
        'Reference temperature T0, or a file of (temperature, compensation) points.',
        '기준 온도 T0, 또는 (온도, 보정값) 점 목록 파일입니다.',
        {
          typeByCount: { 6: { kind: 'number' }, 3: PATH },
        },
      ),
      arg('k0', { kind: 'number' }, 'Constant coefficient (ppm); only in the six-argument form.', '상수 계수(ppm)로, 인수 6개 형식에서만 씁니다.', {
        optional: true,
      }),
      arg('k1', { kind: 'number' }, 'Linear coefficient; only in the six-argument form.', '1차 계수로, 인수 6개 형식에서만 씁니다.', { optional: true }),
      arg('k2', { kind: 'number' }, 'Quadratic coefficient; only in the six-argument form.', '2차 계수로, 인수 6개 형식에서만 씁니다.', { optional: true }),
    ],
    doc: localized(
      'Compensates the clock frequency for temperature read from a sensor file every `interval` seconds, either as k0 + (T-T0)·k1 + (T-T0)²·k2 ppm (six arguments) or by interpolating a points file (three arguments). Results outside ±10 ppm are ignored. Example: `tempcomp /sys/class/hwmon/hwmon0/temp2_input 30 26000 0.0 0.000183 0.0`.',
      '센서 파일에서 `interval`초마다 읽은 온도로 시계 주파수를 보정합니다. 인수 6개면 k0 + (T-T0)·k1 + (T-T0)²·k2 ppm으로 계산하고, 인수 3개면 점 목록 파일을 보간합니다. ±10ppm을 벗어난 결과는 무시합니다. 예: `tempcomp /sys/class/hwmon/hwmon0/temp2_input 30 26000 0.0 0.000183 0.0`.',
    ),
  }),
  switchDirective(
    'manual',
    'clock',
    localized(
      'Allows setting the time by hand with `chronyc settime` (it can also be enabled at run time with `chronyc manual on`). Without it, settime is refused.',
      '`chronyc settime`으로 시각을 손으로 입력할 수 있게 합니다(실행 중에 `chronyc manual on`으로 켤 수도 있습니다). 없으면 settime이 거부됩니다.',
    ),
  ),
  chronyDirective({
    name: 'smoothtime',
    category: 'clock',
    args: [
      arg('max-freq', PPM, 'Maximum frequency offset of the served time, in ppm.', '제공하는 시각의 최대 주파수 오프셋(ppm)입니다.'),
      arg('max-wander', { kind: 'number', min: 0 }, 'Maximum change of that offset, in ppm per second.', '그 오프셋의 최대 변화율(ppm/초)입니다.'),
      arg('leaponly', LEAP_ONLY, 'Smooth only leap seconds.', '윤초만 완만하게 처리합니다.', { optional: true }),
    ],
    doc: localized(
      'Smooths the time served to NTP clients so large corrections of the server clock reach them gradually. The server deliberately serves time that is not its best estimate, so clients should not mix it with other servers. `leapsecmode slew`, `maxslewrate 1000` and `smoothtime 400 0.001024 leaponly` form a leap smear.',
      'NTP 클라이언트에 제공하는 시각을 완만하게 만들어 서버 시계의 큰 보정이 천천히 전달되게 합니다. 서버가 일부러 최선의 추정이 아닌 시각을 제공하므로 클라이언트는 다른 서버와 섞어 쓰면 안 됩니다. `leapsecmode slew`, `maxslewrate 1000`, `smoothtime 400 0.001024 leaponly`로 윤초 스미어를 구성합니다.',
    ),
  }),
  chronyDirective({
    name: 'local',
    category: 'clock',
    options: LOCAL_OPTIONS,
    doc: localized(
      'Lets chronyd as an NTP server appear synchronised (at stratum 10 by default) even when it has no reachable source, e.g. in an isolated network. Set the stratum above any real source and prefer `orphan` when several servers use it. Example: `local stratum 10 orphan`.',
      'chronyd가 NTP 서버로서 도달 가능한 소스가 없어도 동기화된 것처럼(기본 stratum 10) 보이게 합니다. 고립된 네트워크 등에 씁니다. stratum은 실제 소스보다 크게 잡고, 여러 서버가 쓸 때는 `orphan`을 권합니다. 예: `local stratum 10 orphan`.',
    ),
  }),
];
