import type { Dialect } from '../../../../core/dialect';
import { localized, type Localized } from '../../../../core/localized';
import type { DirectiveSpec, ValueType } from '../types';
import { ALL, arg, flag, keyed, ntpDirective, PATH, secUrl } from './common';

interface StatisticsName {
  readonly dialects: readonly Dialect[];
  readonly doc: Localized;
}

/** File-set names of `statistics` and `filegen`; an enum cannot vary by dialect, so the dialects are recorded here. */
export const STATISTICS_NAMES: Readonly<Record<string, StatisticsName>> = {
  clockstats: {
    dialects: ALL,
    doc: localized('Reference clock driver updates (last timecode of each clock).', '참조 시계 드라이버 갱신 기록(각 시계의 마지막 타임코드).'),
  },
  cryptostats: {
    dialects: ['ntpd'],
    doc: localized('Autokey protocol events. ntpd only.', 'Autokey 프로토콜 이벤트입니다. ntpd 전용입니다.'),
  },
  loopstats: {
    dialects: ALL,
    doc: localized('Clock discipline updates: offset, frequency, jitter, wander.', '시계 보정 갱신 기록: 오프셋, 주파수, 지터, 변동(wander).'),
  },
  peerstats: {
    dialects: ALL,
    doc: localized('One line per valid update from each source: offset, delay, dispersion.', '각 소스의 유효한 갱신마다 한 줄: 오프셋, 지연, 분산.'),
  },
  protostats: {
    dialects: ['ntpd', 'ntpsec'],
    doc: localized('Protocol events (the same events as the system log).', '프로토콜 이벤트(시스템 로그와 같은 이벤트)입니다.'),
  },
  rawstats: {
    dialects: ['ntpd', 'ntpsec'],
    doc: localized('The four raw timestamps of every packet received from a source.', '소스에서 받은 모든 패킷의 원시 타임스탬프 네 개입니다.'),
  },
  sysstats: {
    dialects: ['ntpd', 'ntpsec'],
    doc: localized(
      'Hourly server counters: packets received, denied, rate-limited, KoDs sent.',
      '서버 카운터를 한 시간마다 기록: 받은 패킷, 거부, 속도 제한, 보낸 KoD.',
    ),
  },
  timingstats: {
    dialects: ['ntpd'],
    doc: localized(
      'Processing-time statistics (ntpd built with --enable-debug-timing only). NTPsec rejects it.',
      '처리 시간 통계입니다(--enable-debug-timing으로 빌드한 ntpd 전용). NTPsec은 거부합니다.',
    ),
  },
  usestats: {
    dialects: ['ntpsec'],
    doc: localized(
      'Hourly resource usage of ntpd (getrusage counters). NTPsec only.',
      'ntpd의 자원 사용량(getrusage 카운터)을 한 시간마다 기록합니다. NTPsec 전용입니다.',
    ),
  },
};

const STATISTICS_NAME: ValueType = {
  kind: 'enum',
  values: Object.keys(STATISTICS_NAMES),
  docs: Object.fromEntries(Object.entries(STATISTICS_NAMES).map(([name, info]) => [name, info.doc])),
  valueDialects: Object.fromEntries(Object.entries(STATISTICS_NAMES).map(([name, info]) => [name, info.dialects])),
};

const FILEGEN_TYPES: ValueType = {
  kind: 'enum',
  values: ['none', 'pid', 'day', 'week', 'month', 'year', 'age'],
  docs: {
    none: localized('A single plain file.', '하나의 일반 파일입니다.'),
    pid: localized('One file per ntpd process (suffix .PID).', 'ntpd 프로세스마다 파일 하나(접미사 .PID).'),
    day: localized('One file per UTC day (suffix .YYYYMMDD); the default.', 'UTC 날짜마다 파일 하나(접미사 .YYYYMMDD). 기본값입니다.'),
    week: localized('One file per week (suffix .YYYYWww, day of year divided by 7).', '주마다 파일 하나(접미사 .YYYYWww, 연중 일수를 7로 나눈 값).'),
    month: localized('One file per month (suffix .YYYYMM).', '달마다 파일 하나(접미사 .YYYYMM).'),
    year: localized('One file per year (suffix .YYYY).', '해마다 파일 하나(접미사 .YYYY).'),
    age: localized('A new file every 24 hours of ntpd run time (suffix .a + seconds running).', 'ntpd 실행 시간 24시간마다 새 파일(접미사 .a + 실행 초).'),
  },
};

const LOG_CLASSES = ['clock', 'peer', 'sync', 'sys'] as const;
const LOG_ITEMS = ['all', 'info', 'events', 'status', 'statistics'] as const;
const LOG_WHOLE = ['allall', 'allinfo', 'allevents', 'allstatus', 'allstatistics', 'allclock', 'allpeer', 'allsys', 'allsync'] as const;

/** Every keyword get_logmask() accepts (identical in ntpd 4.2.8 and NTPsec), with and without the =/+/- prefix. */
export const LOGCONFIG_KEYWORDS: readonly string[] = (() => {
  const bare = [...LOG_WHOLE, ...LOG_ITEMS, ...LOG_CLASSES.flatMap((c) => LOG_ITEMS.map((item) => `${c}${item}`))];
  return ['', '=', '+', '-'].flatMap((prefix) => bare.map((word) => `${prefix}${word}`));
})();

export const NTP_MONITORING_DIRECTIVES: readonly DirectiveSpec[] = [
  ntpDirective({
    name: 'statistics',
    dialects: ALL,
    category: 'logging',
    args: [arg('name', STATISTICS_NAME, 'Statistics file sets to record.', '기록할 통계 파일 집합입니다.', { repeat: true })],
    doc: localized(
      'Turns on writing of the listed statistics file sets in `statsdir`. Names differ by daemon: NTPsec rejects `cryptostats` and `timingstats` and adds `usestats`; xntpd 3 knows `loopstats`, `peerstats` and `clockstats`.',
      '나열한 통계 파일 집합을 `statsdir`에 기록하도록 켭니다. 이름은 데몬마다 다릅니다. NTPsec은 `cryptostats`, `timingstats`를 거부하고 `usestats`를 더했으며, xntpd 3은 `loopstats`, `peerstats`, `clockstats`를 압니다.',
    ),
    docUrl: secUrl('monopt', 'statistics'),
  }),
  ntpDirective({
    name: 'filegen',
    dialects: ALL,
    category: 'logging',
    args: [arg('name', STATISTICS_NAME, 'The statistics file set to configure.', '설정할 통계 파일 집합입니다.')],
    options: [
      keyed(
        'file',
        PATH,
        'File name appended to `statsdir` (default: the set name); `..` is not allowed. Keep it a plain name: NTPsec 1.2.2 hangs at start-up (busy loop, needs SIGKILL) when it contains a `/`.',
        '`statsdir` 뒤에 붙는 파일 이름입니다(기본: 집합 이름). `..`은 쓸 수 없습니다. 단순한 이름만 쓰세요. NTPsec 1.2.2는 `/`가 들어 있으면 시작할 때 멈춥니다(무한 루프, SIGKILL 필요).',
      ),
      keyed('type', FILEGEN_TYPES, 'When to start a new file of the set.', '집합의 새 파일을 언제 시작할지 정합니다.', { default: 'day' }),
      flag(
        'link',
        'Keep a hard link without suffix to the current file (the default in ntpd).',
        '현재 파일을 가리키는 접미사 없는 하드 링크를 유지합니다(ntpd의 기본값).',
      ),
      flag('nolink', 'Do not keep the suffix-less link.', '접미사 없는 링크를 만들지 않습니다.'),
      flag('enable', 'Write this file set.', '이 파일 집합을 기록합니다.'),
      flag('disable', 'Stop writing this file set.', '이 파일 집합 기록을 멈춥니다.'),
    ],
    doc: localized(
      'Configures a statistics file set: its file name, how often a new file starts, the current-file link, and whether it is written. Example: `filegen loopstats file loopstats type day enable`.',
      '통계 파일 집합의 파일 이름, 새 파일을 시작하는 주기, 현재 파일 링크, 기록 여부를 설정합니다. 예: `filegen loopstats file loopstats type day enable`.',
    ),
    docUrl: secUrl('monopt', 'filegen'),
  }),
  ntpDirective({
    name: 'statsdir',
    dialects: ALL,
    category: 'logging',
    args: [arg('directory', PATH, 'Directory path, normally ending in `/`.', '디렉터리 경로로, 보통 `/`로 끝납니다.')],
    doc: localized(
      'Directory prefix for statistics files. It is prepended as is, so end it with a `/`. It cannot be changed at run time.',
      '통계 파일의 디렉터리 접두사입니다. 그대로 앞에 붙으므로 `/`로 끝내세요. 실행 중에는 바꿀 수 없습니다.',
    ),
    docUrl: secUrl('monopt', 'statsdir'),
  }),
  ntpDirective({
    name: 'logconfig',
    dialects: ALL,
    category: 'logging',
    args: [
      arg(
        'keyword',
        { kind: 'enum', values: LOGCONFIG_KEYWORDS, unknownIsWarning: true },
        'A class (`clock`, `peer`, `sync`, `sys`, or `all`) joined to a type (`info`, `events`, `status`, `statistics`, or `all`), optionally prefixed with `=` (set), `+` (add) or `-` (remove).',
        '종류(`clock`, `peer`, `sync`, `sys`, `all`)와 유형(`info`, `events`, `status`, `statistics`, `all`)을 붙인 낱말이며, 앞에 `=`(설정), `+`(추가), `-`(제거)를 붙일 수 있습니다.',
        { repeat: true },
      ),
    ],
    doc: localized(
      'Chooses which messages go to syslog or the `logfile`. Unknown keywords are logged and ignored. Example: `logconfig =syncall +clockall`.',
      'syslog나 `logfile`에 보낼 메시지를 고릅니다. 모르는 낱말은 로그를 남기고 무시합니다. 예: `logconfig =syncall +clockall`.',
    ),
    docUrl: secUrl('miscopt', 'logconfig'),
  }),
];
