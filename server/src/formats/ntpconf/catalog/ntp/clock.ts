import { localized } from '../../../../core/localized';
import type { DirectiveSpec, ValueType } from '../types';
import {
  arg,
  BIT,
  classicUrl,
  keyed,
  NON_NEGATIVE_SECONDS,
  NTPD,
  NTPD_NTPSEC,
  ntpDirective,
  NTPSEC,
  secUrl,
  SECONDS,
  WHOLE_SECONDS,
  WORD,
  XNTPD,
  xntpUrl,
} from './common';

const STRATUM_BOUND: ValueType = { kind: 'integer', min: 0, max: 16, unit: 'stratum' };
const SERVER_COUNT: ValueType = { kind: 'number', min: 1, unit: 'count' };
const PPM: ValueType = { kind: 'number', unit: 'ppm' };

export const NTP_CLOCK_DIRECTIVES: readonly DirectiveSpec[] = [
  ntpDirective({
    name: 'tos',
    requiresOption: true,
    dialects: NTPD_NTPSEC,
    category: 'clock',
    options: [
      keyed(
        'ceiling',
        STRATUM_BOUND,
        'Servers with a stratum at or above this are discarded when at least `minclock` others remain. ntpd clamps it to 0–15.',
        '이 값 이상의 스트라텀을 가진 서버는 다른 서버가 `minclock`개 이상 남아 있으면 버립니다. ntpd는 0–15로 잘라 맞춥니다.',
        { default: '16' },
      ),
      keyed(
        'floor',
        STRATUM_BOUND,
        'Servers with a stratum below this are discarded when at least `minclock` others remain. ntpd clamps it to 0–15.',
        '이 값보다 낮은 스트라텀의 서버는 다른 서버가 `minclock`개 이상 남아 있으면 버립니다. ntpd는 0–15로 잘라 맞춥니다.',
        { default: '1' },
      ),
      keyed(
        'minclock',
        SERVER_COUNT,
        'The clustering algorithm stops discarding outliers at this many survivors; also the number of servers averaged (default 3). ntpd wants an integer.',
        '클러스터링 알고리즘이 이 개수의 생존자가 남으면 이상값 제거를 멈추며, 평균을 내는 서버 수이기도 합니다(기본 3). ntpd는 정수를 요구합니다.',
        { default: '3' },
      ),
      keyed(
        'maxclock',
        SERVER_COUNT,
        'Maximum number of associations kept by `pool` and manycast discovery, counting the pool entries themselves (default 10). ntpd wants an integer.',
        '`pool`과 매니캐스트 탐색이 유지하는 최대 연관 수로, 풀 항목 자체도 셉니다(기본 10). ntpd는 정수를 요구합니다.',
        { default: '10' },
      ),
      keyed(
        'minsane',
        { kind: 'integer', min: 0, unit: 'count' },
        'Minimum number of candidates needed before the clock is disciplined (default 1). Use 3 or more with several servers, but keep it below `minclock`.',
        '시계를 보정하기 전에 필요한 최소 후보 수입니다(기본 1). 서버가 여럿이면 3 이상을 쓰되 `minclock`보다 작게 두세요.',
        { default: '1' },
      ),
      keyed(
        'mindist',
        NON_NEGATIVE_SECONDS,
        'Minimum distance used by the selection algorithm; raise it when jittery refclocks never intersect.',
        '선택 알고리즘이 쓰는 최소 거리입니다. 지터가 큰 참조 시계들이 겹치지 않을 때 늘립니다.',
        { default: '0.001' },
      ),
      keyed(
        'maxdist',
        NON_NEGATIVE_SECONDS,
        'Synchronisation distance threshold: sources farther than this are not selectable.',
        '동기화 거리 임계값으로, 이보다 먼 소스는 선택될 수 없습니다.',
        { default: '1.5' },
      ),
      keyed(
        'maxdisp',
        NON_NEGATIVE_SECONDS,
        'Maximum dispersion, also assigned to missing data. NTPsec only.',
        '최대 분산값으로, 데이터가 없을 때도 이 값을 씁니다. NTPsec 전용입니다.',
        { dialects: NTPSEC, default: '16' },
      ),
      keyed(
        'orphan',
        { kind: 'integer', min: 1, max: 16, unit: 'stratum' },
        'Enables orphan mode at this stratum when no real source is reachable; use the same value on every server of the group (16, the default, disables it).',
        '실제 소스에 닿지 않을 때 이 스트라텀으로 고아(orphan) 모드를 켭니다. 그룹의 모든 서버에 같은 값을 쓰세요(기본 16은 끔).',
        { default: '16' },
      ),
      keyed(
        'orphanwait',
        WHOLE_SECONDS,
        'Seconds to wait after losing all sources before orphan mode (and the local/modem drivers) may be used.',
        '모든 소스를 잃은 뒤 고아 모드(와 local/modem 드라이버)를 쓰기 전까지 기다리는 초입니다.',
        { default: '300' },
      ),
      keyed(
        'cohort',
        BIT,
        'Accept (1) or ignore (0) server packets of the same stratum as this host. ntpd only.',
        '이 호스트와 같은 스트라텀의 서버 패킷을 받을지(1) 무시할지(0) 정합니다. ntpd 전용입니다.',
        { dialects: NTPD, default: '0' },
      ),
      keyed(
        'beacon',
        WHOLE_SECONDS,
        'Interval of manycast server beacons once `maxclock` servers are known. ntpd only.',
        '`maxclock`개 서버를 찾은 뒤 매니캐스트 서버 비컨의 간격(초)입니다. ntpd 전용입니다.',
        { dialects: NTPD, default: '3600' },
      ),
      keyed(
        'bcpollbstep',
        { kind: 'integer', min: 0, max: 4 },
        'Number of broadcast polls to wait before believing a backward step from a broadcast server (0–4). ntpd only.',
        '브로드캐스트 서버의 뒤로 가는 시각 조정을 믿기 전에 기다릴 폴링 횟수입니다(0–4). ntpd 전용입니다.',
        { dialects: NTPD, default: '0' },
      ),
      keyed(
        'basedate',
        WORD,
        'Era anchor for NTP and GPS dates, as `YYYY-MM-DD` or days since 1900-01-01 (default: build date minus 11 days). ntpd 4.2.8p13 and later.',
        'NTP·GPS 날짜의 기준 시점으로, `YYYY-MM-DD` 또는 1900-01-01 이후 일수입니다(기본: 빌드 날짜 − 11일). ntpd 4.2.8p13 이상입니다.',
        { dialects: NTPD },
      ),
    ],
    doc: localized(
      'Tunes the selection and clustering algorithms and orphan mode. Not in xntpd 3. Typical: `tos minsane 3` on a host with four or more sources, or `tos orphan 10` for an isolated network.',
      '선택·클러스터링 알고리즘과 고아 모드를 조정합니다. xntpd 3에는 없습니다. 예: 소스가 넷 이상이면 `tos minsane 3`, 고립된 네트워크라면 `tos orphan 10`.',
    ),
    docUrl: secUrl('miscopt', 'tos'),
  }),
  ntpDirective({
    name: 'tinker',
    requiresOption: true,
    dialects: NTPD_NTPSEC,
    category: 'clock',
    options: [
      keyed(
        'allan',
        { kind: 'number', min: 11, unit: 'log2-seconds' },
        'Allan intercept of the PLL/FLL discipline, power of 2 in seconds (11 is also the minimum).',
        'PLL/FLL 보정의 앨런 절편으로, 2의 거듭제곱 초입니다(11이 최솟값).',
        {
          default: '11 (2048 s)',
        },
      ),
      keyed('dispersion', { kind: 'number', min: 0, unit: 'ppm' }, 'Rate at which dispersion grows, in PPM.', '분산이 늘어나는 비율(PPM)입니다.', {
        default: '15',
      }),
      keyed(
        'freq',
        PPM,
        'Initial frequency offset in PPM; overrides the drift file and skips the initial training.',
        '초기 주파수 오프셋(PPM)으로, 드리프트 파일보다 우선하며 처음의 학습 단계를 건너뜁니다.',
      ),
      keyed(
        'huffpuff',
        { kind: 'number', min: 900, unit: 'seconds' },
        'Span of the huff-n’-puff filter for asymmetric links (minimum 900 s, 7200 is reasonable); off unless set.',
        '비대칭 링크용 huff-n’-puff 필터의 기간입니다(최소 900초, 7200이 적당). 지정하지 않으면 꺼져 있습니다.',
      ),
      keyed(
        'panic',
        NON_NEGATIVE_SECONDS,
        'Panic threshold: an offset larger than this makes ntpd exit (0 disables the check; `ntpd -g` skips it once at start).',
        '패닉 임계값입니다. 이보다 큰 오프셋이면 ntpd가 종료합니다(0이면 검사 안 함, `ntpd -g`는 시작 시 한 번 건너뜀).',
        { default: '1000' },
      ),
      keyed(
        'step',
        NON_NEGATIVE_SECONDS,
        'Step threshold: larger offsets are stepped instead of slewed (0 never steps). Above 0.5 s the kernel discipline is turned off.',
        '스텝 임계값입니다. 이보다 큰 오프셋은 천천히 보정하지 않고 한 번에 맞춥니다(0이면 스텝 없음). 0.5초를 넘기면 커널 보정이 꺼집니다.',
        { default: '0.128' },
      ),
      keyed('stepback', NON_NEGATIVE_SECONDS, 'Step threshold for backward corrections only.', '뒤로 가는 보정에만 쓰는 스텝 임계값입니다.', {
        default: '0.128',
      }),
      keyed('stepfwd', NON_NEGATIVE_SECONDS, 'Step threshold for forward corrections only.', '앞으로 가는 보정에만 쓰는 스텝 임계값입니다.', {
        default: '0.128',
      }),
      keyed(
        'stepout',
        NON_NEGATIVE_SECONDS,
        'How long an offset must stay above the step threshold before the clock is stepped.',
        '시계를 스텝하기 전에 오프셋이 스텝 임계값을 넘은 상태로 유지돼야 하는 시간입니다.',
        { default: '900 (ntpd docs: 300)' },
      ),
      keyed(
        'tick',
        SECONDS,
        'Undocumented: overrides the measured system clock tick, in seconds.',
        '문서에 없는 옵션으로, 측정된 시스템 시계 틱(초)을 덮어씁니다.',
      ),
    ],
    doc: localized(
      'Changes clock-discipline constants. The defaults suit nearly every network; changing them can badly hurt timekeeping. Place it before other commands. Not in xntpd 3. `tinker panic 0` disables the panic check (RFC 8633 advises against it).',
      '시계 보정 상수를 바꿉니다. 기본값은 거의 모든 네트워크에 맞으며, 바꾸면 시간 유지가 크게 나빠질 수 있습니다. 다른 명령보다 앞에 두세요. xntpd 3에는 없습니다. `tinker panic 0`은 패닉 검사를 끄는데 RFC 8633은 권하지 않습니다.',
    ),
    docUrl: secUrl('miscopt', 'tinker'),
  }),
  ntpDirective({
    name: 'tick',
    dialects: NTPD_NTPSEC,
    category: 'clock',
    args: [arg('seconds', SECONDS, 'System clock tick in seconds.', '시스템 시계 틱(초)입니다.')],
    doc: localized(
      'Undocumented in both ntpd and NTPsec: sets the system clock tick (the same as `tinker tick`).',
      'ntpd와 NTPsec 모두 문서에 없는 지시어로, 시스템 시계 틱을 설정합니다(`tinker tick`과 같음).',
    ),
    docUrl: secUrl('miscopt'),
  }),
  ntpDirective({
    name: 'nonvolatile',
    dialects: NTPD_NTPSEC,
    category: 'clock',
    args: [
      arg(
        'threshold',
        { kind: 'number', min: 0 },
        'Frequency change that triggers a write, e.g. 1e-7 (0.1 PPM).',
        '파일 쓰기를 일으키는 주파수 변화량입니다(예: 1e-7 = 0.1 PPM).',
      ),
    ],
    doc: localized(
      'Writes the drift file only when the frequency moved by more than this threshold since the last write (default 1e-7); the threshold halves each hour otherwise. Useful for flash storage.',
      '마지막 기록 이후 주파수가 이 임계값보다 많이 바뀌었을 때만 드리프트 파일을 씁니다(기본 1e-7). 그렇지 않으면 임계값이 매시간 절반이 됩니다. 플래시 저장 장치에 유용합니다.',
    ),
    docUrl: secUrl('miscopt'),
  }),
  ntpDirective({
    name: 'leapsmearinterval',
    dialects: NTPD_NTPSEC,
    category: 'clock',
    args: [
      arg('seconds', { kind: 'integer', min: 0, unit: 'seconds' }, 'Smear interval; 7200–86400 is recommended.', '스미어 기간으로, 7200–86400을 권장합니다.'),
    ],
    doc: localized(
      'Spreads a leap second over this many seconds (leap smearing). Only in builds with --enable-leap-smear; others log "Built without LEAP_SMEAR support". Never use it on public servers or mix smeared and unsmeared sources.',
      '윤초를 이 초 동안 나누어 적용합니다(leap smearing). --enable-leap-smear로 빌드한 경우에만 동작하며, 아니면 "Built without LEAP_SMEAR support"를 로그에 남깁니다. 공개 서버에서 쓰거나 스미어 소스와 일반 소스를 섞지 마세요.',
    ),
    docUrl: secUrl('miscopt'),
  }),
  ntpDirective({
    name: 'pollskewlist',
    dialects: NTPD,
    category: 'clock',
    args: [
      arg(
        'spec',
        WORD,
        '`POLL EARLY|LATE` pairs (POLL 3–17) or `default EARLY|LATE`; skews are at most half the poll interval.',
        '`POLL EARLY|LATE` 쌍(POLL 3–17) 또는 `default EARLY|LATE`입니다. 지연값은 폴링 간격의 절반 이하입니다.',
        { optional: true, repeat: true },
      ),
    ],
    doc: localized(
      'Randomly moves each poll up to EARLY seconds earlier or LATE seconds later, per poll interval, so many clients do not hit servers at the same moment. Recent ntpd 4.2.8 releases only.',
      '폴링 간격별로 각 폴링을 최대 EARLY초 앞당기거나 LATE초 늦춰, 많은 클라이언트가 동시에 서버에 몰리지 않게 합니다. 최근 ntpd 4.2.8 릴리스 전용입니다.',
    ),
    docUrl: classicUrl('miscopt'),
  }),
  ntpDirective({
    name: 'precision',
    dialects: XNTPD,
    category: 'clock',
    args: [
      arg(
        'log2',
        { kind: 'integer', max: 0, unit: 'log2-seconds' },
        'Precision as a power of 2 in seconds (e.g. -7).',
        '2의 거듭제곱 초로 나타낸 정밀도입니다(예: -7).',
      ),
    ],
    doc: localized(
      'xntpd 3: overrides the measured precision of the system clock. Later daemons measure it themselves.',
      'xntpd 3: 측정된 시스템 시계 정밀도를 덮어씁니다. 이후 데몬은 스스로 측정합니다.',
    ),
    docUrl: xntpUrl('miscopt'),
  }),
  ntpDirective({
    name: 'slewalways',
    dialects: XNTPD,
    // A vendor addition: Sun's and IBM's xntpd have it, the xntpd 3 distribution does not.
    xntpdPlatforms: ['solaris', 'aix'],
    category: 'clock',
    args: [
      arg(
        'yes|no',
        { kind: 'enum', values: ['yes', 'no'] },
        '`yes`: always slew the clock, never step it.',
        '`yes`: 시계를 늘 천천히 맞추고 한 번에 바꾸지 않습니다.',
      ),
    ],
    doc: localized(
      'Solaris and AIX xntpd: with `yes`, the clock is always slewed, never stepped, however far off it is (like `xntpd -x` without its 600 s limit). Other xntpd 3 builds do not know it.',
      'Solaris와 AIX의 xntpd: `yes`면 시각이 아무리 틀려도 한 번에 바꾸지 않고 늘 천천히 맞춥니다(600초 한계가 없는 `xntpd -x`와 비슷). 다른 xntpd 3 빌드는 이 지시어를 모릅니다.',
    ),
    docUrl: xntpUrl('miscopt'),
  }),
];
