import type { Dialect } from '../../../../core/dialect';
import { localized, type Localized } from '../../../../core/localized';
import type { DirectiveSpec, ValueType } from '../types';
import {
  ALL,
  arg,
  CLASSIC,
  classicUrl,
  flag,
  HOST,
  IP,
  keyed,
  NTPD,
  NTPD_NTPSEC,
  ntpDirective,
  PATH,
  secUrl,
  WHOLE_SECONDS,
  WORD,
  XNTPD,
  xntpUrl,
  YES_NO,
} from './common';

interface SystemFlag {
  readonly dialects: readonly Dialect[];
  readonly doc: Localized;
}

/** `enable`/`disable` flags. One enum serves all dialects, so each value records which daemons accept it. */
export const ENABLE_FLAGS: Readonly<Record<string, SystemFlag>> = {
  auth: {
    dialects: ['ntpd', 'xntpd'],
    doc: localized(
      'Only mobilise associations for unconfigured peers that authenticate (ntpd default: on; xntpd 3 default: off). NTPsec documents it but its 1.2.2 parser rejects it.',
      '인증한 미설정 피어에 대해서만 연관을 만듭니다(ntpd 기본: 켬, xntpd 3 기본: 끔). NTPsec 문서에는 있지만 1.2.2 파서는 거부합니다.',
    ),
  },
  bclient: {
    dialects: ['ntpd', 'xntpd'],
    doc: localized(
      'Listen for broadcast/multicast servers, like `broadcastclient` (default off). Not in NTPsec.',
      '`broadcastclient`처럼 브로드캐스트·멀티캐스트 서버를 듣습니다(기본 끔). NTPsec에는 없습니다.',
    ),
  },
  calibrate: {
    dialects: ['ntpd', 'ntpsec'],
    doc: localized(
      'Calibrate reference clock offsets automatically against the PPS signal (default off).',
      '참조 시계 오프셋을 PPS 신호에 맞춰 자동 보정합니다(기본 끔).',
    ),
  },
  kernel: {
    dialects: ['ntpd', 'ntpsec'],
    doc: localized('Use the kernel time discipline when available (default on if supported).', '가능하면 커널 시간 보정을 씁니다(지원되면 기본 켬).'),
  },
  mode7: {
    dialects: ['ntpd'],
    doc: localized(
      'Answer ntpdc (mode 7) requests; off by default since 4.2.7p230 because of amplification attacks. ntpd only.',
      'ntpdc(모드 7) 요청에 응답합니다. 증폭 공격 때문에 4.2.7p230부터 기본으로 꺼져 있습니다. ntpd 전용입니다.',
    ),
  },
  monitor: {
    dialects: ALL,
    doc: localized(
      'Keep the MRU list of clients (monitoring facility; also turned on by `restrict … limited`). Default on. With xntpd 3 and ntpd before 4.2.7p26 it feeds the `monlist` amplification attack unless queries are restricted. NTPsec refuses `disable monitor` while any entry (including its built-in default) has `limited`.',
      '클라이언트 MRU 목록을 유지합니다(모니터링 기능, `restrict … limited`로도 켜짐). 기본 켬. xntpd 3과 4.2.7p26 이전 ntpd에서는 질의를 막지 않으면 `monlist` 증폭 공격에 쓰입니다. NTPsec은 (내장 기본 항목을 포함해) `limited`가 걸린 항목이 있으면 `disable monitor`를 거부합니다.',
    ),
  },
  ntp: {
    dialects: ['ntpd', 'ntpsec'],
    doc: localized(
      'Discipline the clock time and frequency; turning it off opens the feedback loop (default on).',
      '시계의 시각과 주파수를 보정합니다. 끄면 피드백 루프가 열립니다(기본 켬).',
    ),
  },
  pll: {
    dialects: ['xntpd'],
    doc: localized('xntpd 3: let the daemon adjust the local clock (default on).', 'xntpd 3: 데몬이 로컬 시계를 조정하게 합니다(기본 켬).'),
  },
  pps: {
    dialects: ['xntpd'],
    doc: localized('xntpd 3: use the PPS signal through the kernel time discipline.', 'xntpd 3: 커널 시간 보정을 통해 PPS 신호를 씁니다.'),
  },
  stats: {
    dialects: ALL,
    doc: localized('Write the statistics files configured by `statistics`/`filegen`.', '`statistics`/`filegen`으로 설정한 통계 파일을 기록합니다.'),
  },
  peer_clear_digest_early: {
    dialects: ['ntpd'],
    doc: localized(
      'Reset an association early on a digest failure of a CRYPTO_NAK (default on). ntpd only.',
      'CRYPTO_NAK 다이제스트 실패 시 연관을 일찍 재설정합니다(기본 켬). ntpd 전용입니다.',
    ),
  },
  unpeer_crypto_early: {
    dialects: ['ntpd'],
    doc: localized(
      'Reset an association early on an Autokey crypto failure (default on; disable it if abused for DoS). ntpd only.',
      'Autokey 암호 실패 시 연관을 일찍 재설정합니다(기본 켬, DoS에 악용되면 끄세요). ntpd 전용입니다.',
    ),
  },
  unpeer_crypto_nak_early: {
    dialects: ['ntpd'],
    doc: localized(
      'Reset an association early on a crypto-NAK (default on). ntpd only.',
      'crypto-NAK를 받으면 연관을 일찍 재설정합니다(기본 켬). ntpd 전용입니다.',
    ),
  },
  unpeer_digest_early: {
    dialects: ['ntpd'],
    doc: localized(
      'Reset an association early on a digest failure (default on). ntpd only.',
      '다이제스트 실패 시 연관을 일찍 재설정합니다(기본 켬). ntpd 전용입니다.',
    ),
  },
};

const ENABLE_FLAG: ValueType = {
  kind: 'enum',
  values: Object.keys(ENABLE_FLAGS),
  docs: Object.fromEntries(Object.entries(ENABLE_FLAGS).map(([name, info]) => [name, info.doc])),
  valueDialects: Object.fromEntries(Object.entries(ENABLE_FLAGS).map(([name, info]) => [name, info.dialects])),
};

function enableDirective(name: 'enable' | 'disable'): DirectiveSpec {
  const verb = name === 'enable' ? 'Turns on' : 'Turns off';
  const verbKo = name === 'enable' ? '켭니다' : '끕니다';
  return ntpDirective({
    name,
    dialects: ALL,
    category: 'misc',
    args: [arg('flag', ENABLE_FLAG, 'System flags.', '시스템 플래그입니다.', { repeat: true })],
    doc: localized(
      `${verb} system options; flags not listed are unchanged. Accepted flags: ntpd 4.2.8 auth bclient calibrate kernel mode7 monitor ntp stats and the *_early flags; NTPsec calibrate kernel monitor ntp stats; xntpd 3 auth bclient monitor pll pps stats.`,
      `시스템 옵션을 ${verbKo}. 나열하지 않은 플래그는 그대로입니다. 허용 플래그: ntpd 4.2.8은 auth bclient calibrate kernel mode7 monitor ntp stats와 *_early 플래그, NTPsec은 calibrate kernel monitor ntp stats, xntpd 3은 auth bclient monitor pll pps stats입니다.`,
    ),
    docUrl: secUrl('miscopt', 'enable'),
  });
}

export const NTP_MISC_DIRECTIVES: readonly DirectiveSpec[] = [
  enableDirective('enable'),
  enableDirective('disable'),
  ntpDirective({
    name: 'setvar',
    dialects: ALL,
    category: 'misc',
    args: [
      arg(
        'assignment',
        WORD,
        'ntpd 4.2.8 and NTPsec: `name = value` with spaces around `=` (quote values with spaces); xntpd 3: `name=value` as one word.',
        'ntpd 4.2.8과 NTPsec: `=` 앞뒤에 공백을 둔 `이름 = 값`(공백이 든 값은 따옴표로 묶음), xntpd 3: 한 낱말로 된 `이름=값`.',
        { repeat: true },
      ),
    ],
    options: [flag('default', 'List the variable among the default system variables (`ntpq rv`).', '변수를 기본 시스템 변수 목록(`ntpq rv`)에 보여 줍니다.')],
    doc: localized(
      'Adds an informational system variable (such as the access policy) that ntpq can read; built-in variables always win. Example: `setvar policy = "ask first" default`.',
      'ntpq로 읽을 수 있는 정보용 시스템 변수(예: 접근 정책)를 추가합니다. 내장 변수가 항상 우선합니다. 예: `setvar policy = "ask first" default`.',
    ),
    docUrl: secUrl('miscopt', 'setvar'),
  }),
  ntpDirective({
    name: 'reset',
    dialects: NTPD_NTPSEC,
    category: 'misc',
    args: [
      arg(
        'group',
        { kind: 'enum', values: ['allpeers', 'auth', 'ctl', 'io', 'mem', 'sys', 'timer'] },
        'Counter groups to reset.',
        '초기화할 카운터 그룹입니다.',
        { repeat: true },
      ),
    ],
    doc: localized('Resets groups of statistics counters shown by ntpq.', 'ntpq가 보여 주는 통계 카운터 그룹을 초기화합니다.'),
    docUrl: secUrl('miscopt', 'reset'),
  }),
  ntpDirective({
    name: 'rlimit',
    requiresOption: true,
    dialects: NTPD_NTPSEC,
    category: 'misc',
    options: [
      keyed(
        'memlock',
        { kind: 'integer', min: -1 },
        'Megabytes of memory to lock (-1: do not lock). NTPsec ignores it.',
        '잠글 메모리(MB)입니다(-1: 잠그지 않음). NTPsec은 무시합니다.',
      ),
      keyed('stacksize', { kind: 'integer', min: 0 }, 'Maximum stack size in 4 KiB pages.', '최대 스택 크기(4KiB 페이지 수)입니다.', { default: '50' }),
      keyed('filenum', { kind: 'integer', min: 0 }, 'Maximum number of open file descriptors.', '열 수 있는 파일 디스크립터 최대 개수입니다.', {
        default: 'system default',
      }),
    ],
    doc: localized('Sets process resource limits, on systems that support them.', '지원하는 시스템에서 프로세스 자원 한도를 정합니다.'),
    docUrl: secUrl('miscopt', 'rlimit'),
  }),
  ntpDirective({
    name: 'dscp',
    dialects: NTPD_NTPSEC,
    category: 'misc',
    args: [arg('value', { kind: 'integer', min: 0, max: 63 }, 'DSCP code point (0–63).', 'DSCP 코드 값(0–63)입니다.')],
    doc: localized(
      'Differentiated Services Code Point put in sent NTP packets (default 46, Expedited Forwarding). Replaced `qos`.',
      '보내는 NTP 패킷에 넣을 DSCP 값입니다(기본 46, Expedited Forwarding). `qos`를 대체했습니다.',
    ),
    docUrl: secUrl('miscopt'),
  }),
  ntpDirective({
    name: 'end',
    dialects: NTPD_NTPSEC,
    category: 'misc',
    doc: localized(
      'Undocumented: stops reading the configuration here; later lines are ignored. NTPsec 1.2.2 also logs a spurious "syntax error" for this line.',
      '문서에 없는 지시어로, 여기서 설정 읽기를 멈추고 이후 줄은 무시합니다. NTPsec 1.2.2는 이 줄에 대해 불필요한 "syntax error"도 로그에 남깁니다.',
    ),
    docUrl: secUrl('miscopt'),
  }),
  ntpDirective({
    name: 'simulate',
    dialects: NTPD,
    category: 'misc',
    args: [arg('block', WORD, 'Opening `{` of the simulation block.', '시뮬레이션 블록을 여는 `{`입니다.', { optional: true, repeat: true })],
    doc: localized(
      'Starts a multi-line `{ … }` block of simulation parameters that only ntpdsim uses; ntpd parses it but does not simulate anything.',
      'ntpdsim만 쓰는 여러 줄짜리 `{ … }` 시뮬레이션 매개변수 블록을 시작합니다. ntpd는 구문만 읽고 시뮬레이션은 하지 않습니다.',
    ),
    docUrl: classicUrl('miscopt'),
  }),
  ntpDirective({
    name: 'trap',
    dialects: CLASSIC,
    category: 'misc',
    args: [arg('address', HOST, 'Host that receives the trap messages.', '트랩 메시지를 받을 호스트입니다.')],
    options: [
      keyed('port', { kind: 'integer', min: 1, max: 65535 }, 'UDP port of the trap receiver.', '트랩 수신기의 UDP 포트입니다.', { default: '18447' }),
      keyed('interface', IP, 'Local address to send the traps from.', '트랩을 보낼 로컬 주소입니다.'),
    ],
    doc: localized(
      'Configures a mode 6 trap receiver that gets event messages from the start, so none are lost. Removed from NTPsec.',
      '시작할 때부터 이벤트 메시지를 받는 모드 6 트랩 수신기를 설정해 메시지를 잃지 않게 합니다. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('miscopt'),
  }),
  ntpDirective({
    name: 'clientlimit',
    dialects: XNTPD,
    category: 'misc',
    args: [arg('count', { kind: 'integer', min: 1, unit: 'count' }, 'Maximum number of active clients.', '최대 활성 클라이언트 수입니다.')],
    doc: localized(
      'xntpd 3: how many clients matching a `restrict … limited` entry may be served at the same time; further clients are denied (default 3).',
      'xntpd 3: `restrict … limited` 항목에 해당하는 클라이언트를 동시에 몇 개까지 서비스할지 정합니다. 그보다 많은 클라이언트는 거부됩니다(기본 3).',
    ),
    docUrl: xntpUrl('accopt'),
  }),
  ntpDirective({
    name: 'clientperiod',
    dialects: XNTPD,
    category: 'misc',
    args: [arg('seconds', WHOLE_SECONDS, 'Period in seconds.', '기간(초)입니다.')],
    doc: localized(
      'xntpd 3: seconds after which an idle client no longer counts toward `clientlimit` (default 3600).',
      'xntpd 3: 활동이 없는 클라이언트를 몇 초 뒤부터 `clientlimit` 계산에서 빼는지 정합니다(기본 3600).',
    ),
    docUrl: xntpUrl('accopt'),
  }),
  ntpDirective({
    name: 'resolver',
    dialects: XNTPD,
    category: 'misc',
    args: [arg('path', PATH, 'Path of the xntpres program.', 'xntpres 프로그램의 경로입니다.')],
    doc: localized(
      'xntpd 3: external program that resolves host names in the configuration after start-up.',
      'xntpd 3: 시작 후 설정의 호스트 이름을 조회하는 외부 프로그램입니다.',
    ),
    docUrl: xntpUrl('miscopt'),
  }),
  ntpDirective({
    name: 'monitor',
    dialects: XNTPD,
    category: 'misc',
    args: [arg('enabled', YES_NO, '`yes` or `no`.', '`yes` 또는 `no`입니다.')],
    doc: localized('Old xntpd 3 form of `enable monitor`/`disable monitor`.', '`enable monitor`/`disable monitor`의 예전 xntpd 3 형식입니다.'),
    docUrl: xntpUrl('miscopt'),
  }),
  ntpDirective({
    name: 'calldelay',
    dialects: NTPD,
    category: 'misc',
    args: [arg('seconds', WHOLE_SECONDS, 'Delay in seconds.', '지연(초)입니다.', { optional: true })],
    doc: localized(
      'Old (ntpd 4.2.6 and earlier) delay between the first and second packet of a burst, for modem or ISDN calls.',
      '예전(ntpd 4.2.6 이하) 지시어로, 모뎀·ISDN 연결을 위해 버스트의 첫 패킷과 둘째 패킷 사이에 두던 지연입니다.',
    ),
    obsolete: localized(
      '`calldelay` was removed in ntpd 4.2.7p65; ntpd 4.2.8 reports a syntax error and skips the line.',
      '`calldelay`는 ntpd 4.2.7p65에서 제거됐습니다. ntpd 4.2.8은 구문 오류를 보고하고 이 줄을 건너뜁니다.',
    ),
    docUrl: classicUrl('miscopt'),
  }),
  ntpDirective({
    name: 'qos',
    dialects: NTPD,
    category: 'misc',
    args: [arg('class', WORD, 'IP type-of-service class.', 'IP 서비스 유형 클래스입니다.', { optional: true })],
    doc: localized(
      'Old (ntpd 4.2.6/4.2.7 era) IP type-of-service setting, replaced by `dscp`.',
      '예전(ntpd 4.2.6/4.2.7 시기) IP 서비스 유형 설정으로, `dscp`로 대체됐습니다.',
    ),
    obsolete: localized(
      '`qos` was replaced by `dscp`; ntpd 4.2.8 reports a syntax error and skips the line.',
      '`qos`는 `dscp`로 대체됐습니다. ntpd 4.2.8은 구문 오류를 보고하고 이 줄을 건너뜁니다.',
    ),
    docUrl: classicUrl('miscopt'),
  }),
];
