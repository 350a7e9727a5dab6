import { localized } from '../../../../core/localized';
import type { DirectiveSpec, OptionSpec } from '../types';
import { arg, chronyDirective, COUNT, flag, NON_NEGATIVE_SECONDS, PATH, singleValue, WORD } from './common';

/** chronyd matches these names case-sensitively (strcmp), unlike most keywords. */
const LOG_OPTIONS: readonly OptionSpec[] = [
  flag(
    'rawmeasurements',
    'Log every NTP measurement, including invalid ones, to measurements.log; useful for debugging.',
    '유효하지 않은 것을 포함한 모든 NTP 측정값을 measurements.log에 기록합니다. 디버깅에 유용합니다.',
  ),
  flag(
    'measurements',
    'Log valid NTP measurements (those passing RFC 5905 tests 1–7) to measurements.log, e.g. for graphing source quality.',
    '유효한 NTP 측정값(RFC 5905 검사 1~7 통과)을 measurements.log에 기록합니다. 소스 품질을 그래프로 볼 때 씁니다.',
  ),
  flag(
    'statistics',
    'Log the regression results per source (offset, frequency, their errors, sample count) to statistics.log.',
    '소스별 회귀 결과(오프셋, 주파수, 그 오차, 샘플 수)를 statistics.log에 기록합니다.',
  ),
  flag(
    'selection',
    'Log the state of every source at each source selection to selection.log; grows quadratically with the number of sources.',
    '소스 선택 때마다 모든 소스의 상태를 selection.log에 기록합니다. 소스 수의 제곱에 비례해 커집니다.',
    { since: '4.3' },
  ),
  flag(
    'tracking',
    'Log changes of the system clock frequency estimate and applied corrections to tracking.log.',
    '시스템 시계 주파수 추정의 변화와 적용한 보정을 tracking.log에 기록합니다.',
  ),
  flag('rtc', 'Log RTC measurements and the RTC drift regression to rtc.log.', 'RTC 측정값과 RTC 드리프트 회귀 결과를 rtc.log에 기록합니다.'),
  flag('refclocks', 'Log raw and filtered reference clock samples to refclocks.log.', '기준 시계의 원시 샘플과 필터링된 샘플을 refclocks.log에 기록합니다.'),
  flag(
    'tempcomp',
    'Log temperature readings and the applied compensation (see `tempcomp`) to tempcomp.log.',
    '온도 측정값과 적용한 보정(`tempcomp` 참고)을 tempcomp.log에 기록합니다.',
  ),
];

export const CHRONY_LOGGING_DIRECTIVES: readonly DirectiveSpec[] = [
  chronyDirective({
    name: 'log',
    category: 'logging',
    optionsCaseSensitive: true,
    options: LOG_OPTIONS,
    doc: localized(
      'Turns on statistics log files, written to the `logdir` directory with a column banner repeated every `logbanner` entries. The names are case-sensitive; an unknown one stops chronyd. Typical: `log measurements statistics tracking`.',
      '통계 로그 파일을 켭니다. 파일은 `logdir` 디렉터리에 쓰이며 `logbanner` 항목마다 열 제목이 반복됩니다. 이름은 대소문자를 구분하며, 모르는 이름이 있으면 chronyd가 시작하지 않습니다. 예: `log measurements statistics tracking`.',
    ),
  }),
  singleValue(
    'logdir',
    'logging',
    arg('directory', PATH, 'Directory for log files.', '로그 파일 디렉터리입니다.'),
    localized(
      'Directory where the files enabled by `log` are written; created if missing. Example: `logdir /var/log/chrony`.',
      '`log`로 켠 파일을 쓸 디렉터리로, 없으면 만듭니다. 예: `logdir /var/log/chrony`.',
    ),
  ),
  singleValue(
    'logbanner',
    'logging',
    arg('entries', COUNT, 'Entries between banners; 0 disables them.', '제목 줄 사이의 항목 수이며, 0이면 끕니다.'),
    localized(
      'Writes the column banner to log files every this many entries. Default 32; 0 disables the banner.',
      '로그 파일에 이 항목 수마다 열 제목 줄을 씁니다. 기본값은 32이고 0이면 쓰지 않습니다.',
    ),
  ),
  singleValue(
    'logchange',
    'logging',
    arg('threshold', NON_NEGATIVE_SECONDS, 'Clock error in seconds.', '시계 오차(초)입니다.'),
    localized(
      'Sends a syslog message when chronyd starts correcting a clock error larger than this many seconds. Default 1 s. Example: `logchange 0.1`.',
      'chronyd가 이 값(초)보다 큰 시계 오차를 고치기 시작하면 syslog 메시지를 남깁니다. 기본값은 1초입니다. 예: `logchange 0.1`.',
    ),
  ),
  chronyDirective({
    name: 'mailonchange',
    category: 'logging',
    args: [
      arg('email', WORD, 'Recipient address.', '받는 사람 주소입니다.'),
      arg('threshold', NON_NEGATIVE_SECONDS, 'Correction in seconds that triggers a mail.', '메일을 보내게 하는 보정량(초)입니다.'),
    ],
    doc: localized(
      'Mails this address (via sendmail) when chronyd applies a correction larger than the threshold in seconds. Does not work with the system call filter (-F). Example: `mailonchange root@localhost 0.5`.',
      'chronyd가 임계값(초)보다 큰 보정을 적용하면 이 주소로 메일을 보냅니다(sendmail 사용). 시스템 호출 필터(-F)와는 함께 동작하지 않습니다. 예: `mailonchange root@localhost 0.5`.',
    ),
  }),
];
