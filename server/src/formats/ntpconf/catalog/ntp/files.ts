import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import { ALL, arg, classicUrl, flag, NTPD, NTPD_NTPSEC, ntpDirective, PATH, secUrl, XNTPD } from './common';

export const NTP_FILE_DIRECTIVES: readonly DirectiveSpec[] = [
  ntpDirective({
    name: 'driftfile',
    dialects: ALL,
    category: 'file',
    args: [
      arg('path', PATH, 'Drift file; ntpd needs write access to its directory.', '드리프트 파일입니다. ntpd가 그 디렉터리에 쓸 수 있어야 합니다.', {
        optional: true,
      }),
      arg(
        'wander',
        { kind: 'number', min: 0 },
        'Deprecated write threshold; use `nonvolatile` instead (ntpd, NTPsec).',
        '권장되지 않는 기록 임계값입니다. 대신 `nonvolatile`을 쓰세요(ntpd, NTPsec).',
        { optional: true },
      ),
    ],
    doc: localized(
      'File that stores the clock frequency offset (PPM) so a restart does not begin at zero; it is read at start and rewritten about hourly via a temporary file. In ntpd 4.2.8 and NTPsec a bare `driftfile` disables it. Typical: `driftfile /var/lib/ntp/ntp.drift`.',
      '시계 주파수 오프셋(PPM)을 저장해 재시작할 때 0부터 시작하지 않게 하는 파일입니다. 시작할 때 읽고 약 한 시간마다 임시 파일을 거쳐 다시 씁니다. ntpd 4.2.8과 NTPsec에서는 인수 없는 `driftfile`이 이를 끕니다. 예: `driftfile /var/lib/ntp/ntp.drift`.',
    ),
    docUrl: secUrl('miscopt', 'driftfile'),
  }),
  ntpDirective({
    name: 'keys',
    dialects: ALL,
    category: 'file',
    args: [arg('path', PATH, 'Symmetric key file (for example /etc/ntp.keys).', '대칭 키 파일입니다(예: /etc/ntp.keys).')],
    doc: localized(
      'File with the symmetric keys (id, type, secret) used for `key`, `trustedkey`, `controlkey` and `requestkey`; same as `ntpd -k`. Keep it readable by root only.',
      '`key`, `trustedkey`, `controlkey`, `requestkey`에 쓰는 대칭 키(번호, 종류, 비밀값) 파일로, `ntpd -k`와 같습니다. root만 읽을 수 있게 두세요.',
    ),
    docUrl: secUrl('authopt', 'keys'),
  }),
  ntpDirective({
    name: 'includefile',
    dialects: NTPD_NTPSEC,
    category: 'file',
    args: [
      arg('path', PATH, 'File (or, in NTPsec, directory of *.conf files) to include.', '포함할 파일(NTPsec에서는 *.conf 파일이 든 디렉터리도 가능)입니다.'),
    ],
    doc: localized(
      'Reads another configuration file at this point, as if its text were spliced in; includes nest up to five levels. Relative paths are relative to the including file’s directory. NTPsec also accepts a directory (all *.conf files in it).',
      '이 위치에서 다른 설정 파일을 읽어 그 내용이 끼워 넣어진 것처럼 처리합니다. 최대 5단계까지 중첩됩니다. 상대 경로는 포함하는 파일의 디렉터리를 기준으로 합니다. NTPsec은 디렉터리(안의 모든 *.conf 파일)도 받습니다.',
    ),
    docUrl: secUrl('miscopt', 'includefile'),
  }),
  ntpDirective({
    name: 'leapfile',
    dialects: NTPD_NTPSEC,
    category: 'file',
    args: [arg('path', PATH, 'NIST/IERS leap-seconds.list file.', 'NIST/IERS leap-seconds.list 파일입니다.')],
    options: [
      flag('checkhash', 'Require a valid hash line in the file (the default). ntpd only.', '파일에 올바른 해시 줄이 있어야 합니다(기본값). ntpd 전용입니다.', {
        dialects: NTPD,
      }),
      flag('ignorehash', 'Load the file even if its hash does not match. ntpd only.', '해시가 맞지 않아도 파일을 읽습니다. ntpd 전용입니다.', {
        dialects: NTPD,
      }),
    ],
    doc: localized(
      'Loads the leap-second table (next leap second, expiry, TAI offset). ntpd re-reads it when the file changes (checked daily); keep it current, e.g. with `ntpleapfetch`.',
      '윤초 표(다음 윤초, 만료일, TAI 오프셋)를 읽습니다. 파일이 바뀌면 다시 읽으며(하루에 한 번 확인), `ntpleapfetch` 등으로 최신 상태를 유지하세요.',
    ),
    docUrl: secUrl('miscopt', 'leapfile'),
  }),
  ntpDirective({
    name: 'logfile',
    dialects: ALL,
    category: 'file',
    args: [arg('path', PATH, 'Log file path.', '로그 파일 경로입니다.')],
    doc: localized(
      'Writes log messages to this file instead of syslog (same as `ntpd -l`). Rotate it with logrotate or newsyslog; SIGHUP makes NTPsec reopen it.',
      '로그 메시지를 syslog 대신 이 파일에 씁니다(`ntpd -l`과 같음). logrotate나 newsyslog로 순환하세요. NTPsec은 SIGHUP을 받으면 파일을 다시 엽니다.',
    ),
    docUrl: secUrl('miscopt'),
  }),
  ntpDirective({
    name: 'pidfile',
    dialects: ALL,
    category: 'file',
    args: [arg('path', PATH, 'PID file path.', 'PID 파일 경로입니다.')],
    doc: localized(
      'File where the daemon writes its process id (same as `ntpd -p`). Undocumented as a directive in NTPsec but accepted.',
      '데몬이 프로세스 ID를 적는 파일입니다(`ntpd -p`와 같음). NTPsec 문서에는 지시어로 나오지 않지만 받아들입니다.',
    ),
    docUrl: secUrl('ntpd'),
  }),
  ntpDirective({
    name: 'keysdir',
    dialects: NTPD,
    category: 'file',
    args: [arg('path', PATH, 'Directory of Autokey files.', 'Autokey 파일 디렉터리입니다.')],
    doc: localized(
      'Directory holding the Autokey keys, parameters and certificates (default /usr/local/etc/). The symmetric key file is set by `keys`. Removed from NTPsec.',
      'Autokey 키, 매개변수, 인증서가 있는 디렉터리입니다(기본 /usr/local/etc/). 대칭 키 파일은 `keys`로 지정합니다. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('authopt'),
  }),
  ntpDirective({
    name: 'saveconfigdir',
    dialects: NTPD,
    category: 'file',
    args: [arg('path', PATH, 'Directory for saved configurations.', '저장한 설정을 둘 디렉터리입니다.')],
    doc: localized(
      'Directory where `ntpq saveconfig` writes configuration snapshots; without it those requests are refused. Removed from NTPsec.',
      '`ntpq saveconfig`가 설정 스냅숏을 쓰는 디렉터리입니다. 없으면 그런 요청을 거부합니다. NTPsec에서는 제거됐습니다.',
    ),
    docUrl: classicUrl('miscopt'),
  }),
  ntpDirective({
    name: 'tracefile',
    dialects: XNTPD,
    category: 'file',
    args: [arg('path', PATH, 'Trace output file.', '추적 출력 파일입니다.')],
    doc: localized(
      'AIX xntpd: file that receives the daemon’s trace output. Specific to IBM’s build of xntpd 3.',
      'AIX xntpd: 데몬의 추적 출력을 받는 파일입니다. IBM이 빌드한 xntpd 3에만 있습니다.',
    ),
    docUrl: 'https://www.ibm.com/docs/en/aix/7.2?topic=files-ntpconf-file',
  }),
];
