import { localized, type Localized } from '../../core/localized';

interface StartupVariable {
  readonly name: string;
  readonly doc: Localized;
  /** Meaning of particular values. */
  readonly values?: Readonly<Record<string, Localized>>;
  /** A typical line, for completion. */
  readonly example: string;
}

/** The NTP variables of HP-UX /etc/rc.config.d/netdaemons, read by /sbin/init.d/xntpd at boot. */
export const NETDAEMONS_VARIABLES: Readonly<Record<string, StartupVariable>> = {
  XNTPD: {
    name: 'XNTPD',
    doc: localized(
      'Whether /sbin/init.d/xntpd starts the NTP daemon at boot: `1` starts it, anything else (the default `0`) does not.',
      '부팅 때 /sbin/init.d/xntpd가 NTP 데몬을 시작할지 정합니다. `1`이면 시작하고, 그 밖의 값(기본값 `0`)이면 시작하지 않습니다.',
    ),
    values: {
      '1': localized('xntpd starts at boot.', '부팅 때 xntpd를 시작합니다.'),
      '0': localized('xntpd does not start at boot.', '부팅 때 xntpd를 시작하지 않습니다.'),
    },
    example: 'export XNTPD=1',
  },
  XNTPD_ARGS: {
    name: 'XNTPD_ARGS',
    doc: localized(
      'Extra command-line arguments for xntpd. The guides add `-x` on database servers so the clock is slewed, never stepped backwards. Quote the value when it holds more than one word.',
      'xntpd에 줄 추가 명령줄 인수입니다. 가이드는 데이터베이스 서버에서 `-x`를 붙여 시계를 뒤로 건너뛰지 않고 천천히 맞추게 합니다. 단어가 둘 이상이면 값을 따옴표로 감싸세요.',
    ),
    example: 'export XNTPD_ARGS="-x"',
  },
  NTPDATE_SERVER: {
    name: 'NTPDATE_SERVER',
    doc: localized(
      'The server(s) the start-up script gives to `ntpdate` to set the clock once before xntpd starts. This avoids a long slew and xntpd giving up on an offset above 1000 s. Quote the value when it names more than one server.',
      'xntpd를 시작하기 전에 시계를 한 번 맞추려고 시작 스크립트가 `ntpdate`에 넘기는 서버입니다. 긴 slew와, 1000초가 넘는 차이에서 xntpd가 동기화를 포기하는 일을 막습니다. 서버가 둘 이상이면 값을 따옴표로 감싸세요.',
    ),
    example: 'export NTPDATE_SERVER=',
  },
};

/** xntpd 3 options seen in start-up files (HP-UX and AIX). */
export const XNTPD_OPTIONS: Readonly<Record<string, Localized>> = {
  '-x': localized(
    'Slew the clock instead of stepping it, so time never jumps (in particular never backwards), which databases and clusters need; large offsets then take long to correct.',
    '시계를 건너뛰지 않고 천천히(slew) 맞춰 시간이 점프하지 않게(특히 뒤로 가지 않게) 합니다. 데이터베이스와 클러스터에 필요하지만 큰 차이는 맞추는 데 오래 걸립니다.',
  ),
  '-c': localized('Read this configuration file instead of /etc/ntp.conf.', '/etc/ntp.conf 대신 이 설정 파일을 읽습니다.'),
  '-f': localized('Keep the frequency drift in this file.', '주파수 드리프트를 이 파일에 보관합니다.'),
  '-k': localized('Read the authentication keys from this file.', '인증 키를 이 파일에서 읽습니다.'),
  '-l': localized('Write the log to this file.', '로그를 이 파일에 씁니다.'),
  '-p': localized('Write the process id to this file.', '프로세스 ID를 이 파일에 씁니다.'),
  '-d': localized('Debug output (repeat for more).', '디버그 출력(반복하면 더 자세히).'),
  '-b': localized('Listen for broadcast NTP.', '브로드캐스트 NTP를 받습니다.'),
  '-m': localized('Listen for multicast NTP.', '멀티캐스트 NTP를 받습니다.'),
};

export const AIX_DOCS = {
  xntpdStart: localized(
    '`start` is the rc.tcpip helper that starts a subsystem through the System Resource Controller (`startsrc`) when `$src_running` is set. A commented-out line means the daemon does not start at boot.',
    '`start`는 `$src_running`이 설정돼 있으면 시스템 자원 컨트롤러(`startsrc`)로 서브시스템을 시작하는 rc.tcpip 도우미 함수입니다. 이 줄이 주석 처리되어 있으면 부팅 때 데몬이 시작되지 않습니다.',
  ),
  daemon: localized('The NTP daemon of AIX (NTP version 3 on AIX 7.2 and earlier).', 'AIX의 NTP 데몬(AIX 7.2 이하에서는 NTP 버전 3).'),
  srcRunning: localized(
    'Set by rc.tcpip: whether SRC is running, so `start` uses `startsrc`.',
    'rc.tcpip가 설정: SRC가 실행 중인지 여부로, `start`가 `startsrc`를 쓰게 합니다.',
  ),
  url: 'https://www.ibm.com/docs/en/aix/7.2?topic=x-xntpd-daemon',
} as const;
