import { localized } from '../../../../core/localized';
import type { DirectiveSpec } from '../types';
import { arg, chronyDirective, keyed, PATH, singleValue } from './common';

export const CHRONY_FILE_DIRECTIVES: readonly DirectiveSpec[] = [
  chronyDirective({
    name: 'driftfile',
    category: 'file',
    args: [arg('file', PATH, 'Where the drift is stored.', '드리프트를 저장할 파일입니다.')],
    options: [
      keyed(
        'interval',
        { kind: 'integer', min: 0, unit: 'seconds' },
        'Minimum interval in seconds between writes of the drift file.',
        '드리프트 파일을 쓰는 최소 간격(초)입니다.',
        { default: '3600', since: '4.7' },
      ),
    ],
    doc: localized(
      'File where chronyd records the measured frequency error of the system clock (in ppm, with its error bound), so that after a restart it compensates immediately instead of re-learning it over hours. Typical: `driftfile /var/lib/chrony/drift`.',
      'chronyd가 측정한 시스템 시계의 주파수 오차(ppm과 그 오차 범위)를 기록하는 파일입니다. 재시작 뒤 몇 시간에 걸쳐 다시 배우지 않고 곧바로 보정할 수 있습니다. 예: `driftfile /var/lib/chrony/drift`.',
    ),
  }),
  singleValue(
    'keyfile',
    'file',
    arg('file', PATH, 'Path of the key file.', '키 파일 경로입니다.'),
    localized(
      'File of symmetric keys (lines of `ID [type] key`, e.g. `1 SHA256 HEX:...`) used by the `key` source option. It should be readable only by root and the chrony user. Typical: `keyfile /etc/chrony/chrony.keys`.',
      '`key` 소스 옵션이 쓰는 대칭 키 파일입니다(`ID [종류] 키` 형식의 줄, 예: `1 SHA256 HEX:...`). root와 chrony 사용자만 읽을 수 있어야 합니다. 예: `keyfile /etc/chrony/chrony.keys`.',
    ),
  ),
  singleValue(
    'dumpdir',
    'file',
    arg('directory', PATH, 'Directory for measurement histories.', '측정 기록을 둘 디렉터리입니다.'),
    localized(
      'Directory where source measurement histories are saved on exit or by `chronyc dump`, and reloaded at start with `chronyd -r`. Created if missing. Example: `dumpdir /run/chrony`.',
      '종료할 때나 `chronyc dump` 때 소스의 측정 기록을 저장하고, `chronyd -r`로 시작할 때 다시 읽는 디렉터리입니다. 없으면 만듭니다. 예: `dumpdir /run/chrony`.',
    ),
  ),
  singleValue(
    'include',
    'file',
    arg('pattern', PATH, 'File name or glob pattern.', '파일 이름이나 glob 패턴입니다.'),
    localized(
      'Reads another configuration file, or every file matching a wildcard pattern. A plain file name that does not exist stops chronyd. Example: `include /etc/chrony/chrony.d/*.conf`.',
      '다른 설정 파일, 또는 와일드카드 패턴에 맞는 모든 파일을 읽습니다. 일반 파일 이름이 존재하지 않으면 chronyd가 시작하지 않습니다. 예: `include /etc/chrony/chrony.d/*.conf`.',
    ),
  ),
  chronyDirective({
    name: 'confdir',
    category: 'file',
    args: [arg('directory', PATH, 'Directory with *.conf files (up to 10).', '*.conf 파일이 있는 디렉터리입니다(최대 10개).', { repeat: true })],
    doc: localized(
      'Includes every `*.conf` file from the given directories (up to 10) in file-name order; when several directories hold the same name, only the one in the earliest directory is read, so a fragment can be replaced by adding a file to an earlier directory. Example: `confdir /etc/chrony/conf.d`.',
      '주어진 디렉터리들(최대 10개)의 `*.conf` 파일을 파일 이름 순서로 모두 읽습니다. 같은 이름이 여러 디렉터리에 있으면 가장 앞 디렉터리의 것만 읽으므로, 앞 디렉터리에 파일을 추가해 조각 설정을 교체할 수 있습니다. 예: `confdir /etc/chrony/conf.d`.',
    ),
  }),
  chronyDirective({
    name: 'sourcedir',
    category: 'file',
    args: [arg('directory', PATH, 'Directory with *.sources files.', '*.sources 파일이 있는 디렉터리입니다.', { optional: true, repeat: true })],
    doc: localized(
      'Like `confdir`, but reads `*.sources` files that may only contain `server`, `pool` and `peer` lines; they can be reloaded with `chronyc reload sources`. Handy for servers learned from DHCP. Example: `sourcedir /run/chrony-dhcp`.',
      '`confdir`와 같지만 `server`, `pool`, `peer` 줄만 담을 수 있는 `*.sources` 파일을 읽으며, `chronyc reload sources`로 다시 읽을 수 있습니다. DHCP로 받은 서버에 편리합니다. 예: `sourcedir /run/chrony-dhcp`.',
    ),
  }),
  singleValue(
    'pidfile',
    'file',
    arg('file', PATH, 'Path of the PID file.', 'PID 파일 경로입니다.'),
    localized(
      'File where chronyd writes its process ID and checks for an already running instance. Default /run/chrony/chronyd.pid (distribution builds may differ).',
      'chronyd가 자신의 프로세스 ID를 쓰고, 이미 실행 중인 인스턴스가 있는지 확인하는 파일입니다. 기본값은 /run/chrony/chronyd.pid입니다(배포판 빌드마다 다를 수 있음).',
    ),
  ),
];
